"""Demo anchors and planned activities for the invented person of the demo.

The anchors start some weeks before the end of the period and are kept more
often as time goes on, with ordinary gaps; planned activities are a few a week,
most of them found again in the diary (so they count as done), some not.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app import clock
from app.diary.service import ACTIVITIES
from app.i18n import translate
from app.routine.plans import AREAS, PLANS
from app.routine.service import ANCHORS, TICKS
from app.routine.templates import anchor_templates, area_examples

if TYPE_CHECKING:
    from sqlite_utils import Database

WEEKS = 8  # the anchors began this many weeks before the last day


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days or not db.table(ANCHORS).exists():
        return
    stamp = clock.now().isoformat()
    span = days[-7 * WEEKS:]
    templates = [t for t in anchor_templates() if t.key != "screen_free"]
    first = db.execute(f"SELECT coalesce(max(id), 0) FROM {ANCHORS}").fetchone()[0] + 1
    db.table(ANCHORS).insert_all(
        [{"id": first + i, "name": t.name, "at": t.at.strftime("%H:%M"),
          "weekdays": "".join(str(d) for d in sorted(t.weekdays)), "active": 1,
          "created_at": stamp} for i, t in enumerate(templates)], replace=True)
    ticks: list[dict[str, Any]] = []
    n = max(len(span) - 1, 1)
    now = clock.now().replace(tzinfo=None)
    for i, day in enumerate(span):
        t = i / n
        for j, tpl in enumerate(templates):
            if day.weekday() not in tpl.weekdays or rng.random() > 0.35 + 0.45 * t:
                continue
            drift = rng.gauss(40 * (1 - t), 25)
            minutes = max(0, min(24 * 60 - 1, tpl.at.hour * 60 + tpl.at.minute + int(drift)))
            done = time(minutes // 60, minutes % 60)
            if datetime.combine(day, done) > now:
                continue  # never a tick later than the moment the demo is made
            ticks.append({"anchor_id": first + j, "day": day.isoformat(),
                          "done_at": done.strftime("%H:%M"),
                          "recorded_at": datetime.combine(day, done).isoformat()})
    db.table(TICKS).insert_all(ticks, replace=True, batch_size=500)
    names = area_examples()[:4]
    area_first = db.execute(f"SELECT coalesce(max(id), 0) FROM {AREAS}").fetchone()[0] + 1
    db.table(AREAS).insert_all([{"id": area_first + i, "name": name, "position": i,
                                 "created_at": stamp} for i, name in enumerate(names)],
                               replace=True)
    tags: dict[str, list[str]] = {}
    for r in db.execute(f"SELECT day, tag FROM {ACTIVITIES} WHERE day >= ?",
                        [span[0].isoformat()]).fetchall():
        tags.setdefault(r[0], []).append(r[1])
    plans: list[dict[str, Any]] = []
    for day in span[:-1]:
        if rng.random() > 0.45:
            continue
        in_diary = tags.get(day.isoformat(), [])
        what = in_diary[0] if in_diary and rng.random() < 0.75 else _other(rng)
        plans.append({"day": day.isoformat(), "position": 0, "what": what,
                      "area_id": area_first + rng.randrange(len(names)) if names else None,
                      "not_done": int(what not in in_diary and rng.random() < 0.5),
                      "created_at": (datetime.combine(day, time(9)) - timedelta(days=1))
                      .isoformat()})
    db.table(PLANS).insert_all(plans, batch_size=500)


def _other(rng: random.Random) -> str:
    return rng.choice((translate("RoutineDemo", "call grandmother"),
                       translate("RoutineDemo", "bake bread"),
                       translate("RoutineDemo", "walk to the river")))
