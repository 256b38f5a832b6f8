"""Demo ladders for an invented person: stepping outside, slowly and with lapses,
and later the walk to the shop. Distress falls as a step is repeated."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.i18n import language
from app.ladder.models import Attempt
from app.ladder.progress import suggest
from app.ladder.templates import load_templates, step_inputs

if TYPE_CHECKING:
    from sqlite_utils import Database

FEARS = {
    "en": ["A neighbour will see me and think I am strange.", "I will panic and not get back.",
           "Someone will talk to me and I will freeze.", "People will stare at me."],
    "ja": ["近所の人に見られて、変に思われる。", "パニックになって戻れなくなる。",
           "誰かに話しかけられて固まってしまう。", "みんなにじろじろ見られる。"],
}
LEARNED = {
    "en": ["Nobody paid attention to me.", "It was hard at first, then it eased.",
           "I managed even though I was nervous.", ""],
    "ja": ["誰も私を気にしていなかった。", "最初はつらかったが、だんだん楽になった。",
           "緊張していても、できた。", ""],
}


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days:
        return
    lang = language() if language() in FEARS else "en"
    templates = {t.id: t for t in load_templates(lang)}
    rows: dict[str, list[dict[str, Any]]] = {"ladders": [], "ladder_steps": [],
                                             "ladder_attempts": []}
    ids = {t: _next_id(db, t) for t in rows}
    plans = [("step_outside", 0.06), ("to_the_shop", 0.40)]
    for n, (template_id, start_at) in enumerate(plans):
        template = templates.get(template_id)
        start = days[min(len(days) - 1, int(len(days) * start_at))]
        if template is None:
            continue
        _ladder(rows, ids, template, start, days[-1], rng, lang, current=(n == 0))
    with db.atomic():
        for table in ("ladders", "ladder_steps", "ladder_attempts"):
            db.table(table).insert_all(rows[table], batch_size=500)


def _next_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _ladder(rows: dict[str, list[dict[str, Any]]], ids: dict[str, int], template: Any,
            start: date, end: date, rng: random.Random, lang: str, current: bool) -> None:
    ladder_id = ids["ladders"]
    ids["ladders"] += 1
    step_ids = []
    for pos, s in enumerate(step_inputs(template)):
        step_ids.append(ids["ladder_steps"])
        rows["ladder_steps"].append({
            "id": ids["ladder_steps"], "ladder_id": ladder_id, "position": pos, "title": s.title,
            "target_minutes": s.target_minutes, "predicted_suds": s.predicted_suds, "note": "",
            "reached_at": None, "acknowledged": 1})
        ids["ladder_steps"] += 1
    step_rows = rows["ladder_steps"][-len(step_ids):]
    level = _simulate(rows, ids, step_rows, start, end, rng, lang)
    rows["ladders"].append({
        "id": ladder_id, "goal": template.goal, "template": template.id,
        "created_at": _at(start, 20, 0).isoformat(), "archived": 0,
        "is_current": int(current), "current_step_id": step_ids[level]})


def _simulate(rows: dict[str, list[dict[str, Any]]], ids: dict[str, int],
              steps: list[dict[str, Any]], start: date, end: date, rng: random.Random,
              lang: str) -> int:
    """Attempts every few days, sometimes a pause of weeks; moves up when the
    rule says ready (and the person feels like it). Returns the final level."""
    day, level = start, 0
    tries: list[Attempt] = []
    # Over a long demo period the climb is slower too: people take months, not weeks.
    pace = max(1.0, min(4.0, (end - start).days / 730))
    steps[0]["reached_at"] = _at(start, 20, 0).isoformat()
    while day <= end:
        step = steps[level]
        hour = rng.choice([14, 16, 21, 22, 23])
        started = _at(day, hour, rng.randrange(0, 60))
        attempt = _attempt(ids, step, started, len(tries), rng, lang)
        rows["ladder_attempts"].append(attempt)
        tries.append(_as_attempt(attempt))
        if suggest(tries).kind == "ready" and level + 1 < len(steps) and rng.random() < 0.7:
            level += 1
            tries = []
        pause = round(rng.choice([1, 2, 2, 3, 3, 4, 5, 7]) * pace)
        if rng.random() < 0.07:
            pause += rng.randrange(10, 40)  # a lapse: weeks at home, which is normal
        if level + 1 == len(steps) and len(tries) > 4:
            pause += rng.randrange(8, 30)  # top reached: practice now and then
        day += timedelta(days=pause)
        if day <= end and steps[level]["reached_at"] is None:
            steps[level]["reached_at"] = _at(day, 12, 0).isoformat()
    return level


def _attempt(ids: dict[str, int], step: dict[str, Any], started: datetime, n: int,
             rng: random.Random, lang: str) -> dict[str, Any]:
    predicted = step["predicted_suds"] or 50
    lapse = rng.random() < 0.12
    peak = predicted + 5 - 14 * n + rng.randint(-6, 6) + (20 if lapse else 0)
    # Distress rarely falls to nothing: a practised step still feels like something.
    peak = max(rng.randint(15, 28), min(100, peak))
    before = max(rng.randint(8, 15), min(100, peak - rng.randint(5, 20)))
    after = max(rng.randint(0, 8), peak - rng.randint(10, 35))
    planned = step["target_minutes"]
    actual = None if planned is None else max(0, planned + rng.randint(-1, 3))
    happened = "no" if rng.random() < 0.55 + 0.1 * n else rng.choice(["partly", "yes"])
    ids["ladder_attempts"] += 1
    return {
        "id": ids["ladder_attempts"] - 1, "step_id": step["id"],
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=actual)).isoformat() if actual else None,
        "planned_minutes": planned, "actual_minutes": actual, "suds_before": before,
        "suds_peak": peak, "suds_after": after,
        "feared_outcome": rng.choice(FEARS[lang]),
        "feared_likelihood_before": max(10, 80 - 8 * n + rng.randint(-10, 10)),
        "outcome_happened": happened,
        "likelihood_after": max(5, 55 - 8 * n + rng.randint(-10, 10)),
        "safety_behaviours": "", "learned": rng.choice(LEARNED[lang]), "note": ""}


def _as_attempt(row: dict[str, Any]) -> Attempt:
    return Attempt(row["id"], row["step_id"], datetime.fromisoformat(row["started_at"]), None,
                   row["planned_minutes"], row["actual_minutes"], row["suds_before"],
                   row["suds_peak"], row["suds_after"], row["feared_outcome"],
                   row["feared_likelihood_before"], row["outcome_happened"],
                   row["likelihood_after"], "", "", "")


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()
