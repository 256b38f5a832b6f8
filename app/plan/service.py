"""The plan's storage: versions, items, watchers, set-aside times (the only code on its tables)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app import clock, drafts
from app.drafts import DraftKind
from app.errors import writes
from app.i18n import translate
from app.plan import signals
from app.plan.models import (
    DEFAULT_WATCHERS,
    LATE_SLEEP,
    MOOD_DROP,
    SECTION_KEYS,
    WATCHER_KINDS,
    WITH_DETAIL,
    FiredWatcher,
    Plan,
    PlanItem,
    PlanVersionInfo,
    Watcher,
)
from app.plan.watchers import evaluate
from app.rows import rows_where
from app.text import ascii_digits, clean, too_long
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads

MAX_ITEM = 2000  # characters in one line of the plan
HISTORY_DAYS = 400  # how far back the watchers look for the first record

SectionsInput = Mapping[str, Iterable[PlanItem | str]]


# -- the plan ----------------------------------------------------------------
def current_plan(db: Database) -> Plan | None:
    """The latest saved version, or None if the plan was never saved.

    Latest by when it was saved (then by id), so versions merged in from an
    export take their place in time and never hide the plan made here later.
    """
    rows = list(db.table("plan_versions").rows_where(order_by="julianday(saved_at) DESC, id DESC",
                                               limit=1))
    return _load_version(db, rows[0]) if rows else None


def plan_version(db: Database, version_id: int) -> Plan | None:
    rows = list(db.table("plan_versions").rows_where("id = ?", [version_id]))
    return _load_version(db, rows[0]) if rows else None


def versions(db: Database) -> list[PlanVersionInfo]:
    """Every saved version, newest first."""
    sql = ("SELECT v.id, v.saved_at, count(i.id) AS n FROM plan_versions v "
           "LEFT JOIN plan_items i ON i.version_id = v.id GROUP BY v.id "
           "ORDER BY julianday(v.saved_at) DESC, v.id DESC")
    return [PlanVersionInfo(r[0], datetime.fromisoformat(r[1]), r[2])
            for r in db.execute(sql).fetchall()]


def warning_signs(db: Database) -> list[str]:
    plan = current_plan(db)
    return [i.text for i in plan.items("warning_signs")] if plan else []


def clean_sections(sections: SectionsInput) -> dict[str, list[PlanItem]]:
    """Validated, cleaned sections: blank lines left out, every key known.

    Raises FieldErrors keyed by section id (e.g. a contact with no name).
    """
    errors = FieldErrors()
    out: dict[str, list[PlanItem]] = {key: [] for key in SECTION_KEYS}
    for key, items in sections.items():
        if key not in out:
            errors.add(key, translate("PlanService", "This part of the plan is not known."))
            continue
        for item in items:
            raw = item if isinstance(item, PlanItem) else PlanItem(str(item))
            text, detail = clean(raw.text).strip(), clean(raw.detail).strip()
            if key not in WITH_DETAIL:
                detail = ""
            if not text and not detail:
                continue  # an empty line is simply left out
            if not text:
                errors.add(key, translate("PlanService", "Please give each contact a name."))
            elif too_long(text, MAX_ITEM) or too_long(detail, MAX_ITEM):
                errors.add(key, translate("PlanService",
                                          "Please keep each line shorter than {n} characters."
                                          ).format(n=MAX_ITEM))
            out[key].append(PlanItem(text, detail))
    errors.raise_if_any()
    return out


@writes
def save_plan(db: Database, sections: SectionsInput, saved_at: datetime | None = None, *,
              discard_draft: bool = False) -> Plan:
    """Save the plan as a new version in one transaction and return it.

    If nothing changed since the last version, no new version is made.
    `saved_at` is for demo data and imports; normally it is now. The page's Save
    passes `discard_draft=True`: its draft goes in the same transaction, so the
    plan is never saved with the draft left behind, nor the draft lost unsaved.
    """
    cleaned = clean_sections(sections)
    with db.atomic():
        latest = current_plan(db)
        if discard_draft:
            drafts.discard(db, DraftKind.PLAN, DRAFT_REF)
        if latest is not None and {k: latest.items(k) for k in SECTION_KEYS} == cleaned:
            return latest
        saved_at = saved_at or clock.now()
        db.table("plan_versions").insert({"saved_at": saved_at.isoformat()})
        version_id = int(db.execute("SELECT last_insert_rowid()").fetchone()[0])
        rows = [{"version_id": version_id, "section": key, "position": pos,
                 "text": item.text, "detail": item.detail}
                for key, items in cleaned.items() for pos, item in enumerate(items)]
        if rows:
            db.table("plan_items").insert_all(rows)
    return Plan(version_id, saved_at, cleaned)


# -- the page's draft ----------------------------------------------------------
DRAFT_REF = "current"  # one plan, so one draft


def keep_draft(db: Database, sections: Mapping[str, Iterable[PlanItem]]) -> None:
    """Autosave the page's lists exactly as they are, blank lines too."""
    payload = {k: [[i.text, i.detail] for i in v] for k, v in sections.items()}
    drafts.keep(db, DraftKind.PLAN, DRAFT_REF, payload)


def draft(db: Database) -> dict[str, list[PlanItem]] | None:
    """The lists the page kept unsaved (only known sections), or None."""
    kept = drafts.get(db, DraftKind.PLAN, DRAFT_REF)
    if kept is None:
        return None
    return {k: [PlanItem(*i) for i in v] for k, v in kept.payload.items() if k in SECTION_KEYS}


def discard_draft(db: Database) -> None:
    drafts.discard(db, DraftKind.PLAN, DRAFT_REF)


def _load_version(db: Database, row: dict[str, Any]) -> Plan:
    sections: dict[str, list[PlanItem]] = {key: [] for key in SECTION_KEYS}
    for item in db.table("plan_items").rows_where("version_id = ?", [row["id"]],
                                            order_by="section, position"):
        if item["section"] in sections:
            sections[item["section"]].append(PlanItem(item["text"], item["detail"]))
    return Plan(row["id"], datetime.fromisoformat(row["saved_at"]), sections)


# -- watchers ----------------------------------------------------------------
def watchers(db: Reads) -> list[Watcher]:
    """All five watchers in their fixed order, with the user's settings or defaults."""
    stored = {r["kind"]: r for r in rows_where(db, "plan_watchers")}
    return [_to_watcher(stored[k]) if k in stored else DEFAULT_WATCHERS[k]
            for k in WATCHER_KINDS]


def watcher(db: Database, kind: str) -> Watcher:
    return next(w for w in watchers(db) if w.kind == kind)


@writes
def save_watcher(db: Database, kind: str, *, enabled: bool, days: int | str | None = None,
                 mood_drop: float | str | None = None,
                 later_than: time | str | None = None) -> Watcher:
    """Switch a watcher on or off with its thresholds; FieldErrors if one makes no sense.

    Thresholds not given keep their stored (or default) value.
    """
    new = build_watcher(db, kind, enabled=enabled, days=days, mood_drop=mood_drop,
                        later_than=later_than)
    store_watchers(db, [new])
    return new


def build_watcher(db: Database, kind: str, *, enabled: bool, days: int | str | None = None,
                  mood_drop: float | str | None = None,
                  later_than: time | str | None = None) -> Watcher:
    """A checked Watcher (not yet saved); FieldErrors keyed "days", "mood_drop", "later_than".

    Text from a form is accepted ("4", "1.5", "05:30"), so every message about
    bad input comes from here.
    """
    if kind not in WATCHER_KINDS:
        raise FieldErrors({"kind": translate("PlanService", "This warning sign is not known.")})
    old = watcher(db, kind)
    errors = FieldErrors()
    n = old.days if days is None else _number(errors, "days", days)
    drop = old.mood_drop if mood_drop is None else _number(errors, "mood_drop", mood_drop)
    when = old.later_than if later_than is None else parse_time(errors, later_than)
    if kind == MOOD_DROP:
        check_range(errors, "mood_drop", drop, 0.5, 10)
    elif kind == LATE_SLEEP:
        check_range(errors, "days", n, 1, 7)
    else:
        check_range(errors, "days", n, 1, 365)
    if n is not None and not float(n).is_integer():
        errors.add("days", translate("PlanService", "Please use whole days."))
    errors.raise_if_any()
    return Watcher(kind, bool(enabled), None if n is None else int(n),
                   None if drop is None else float(drop), when)


@writes
def store_watchers(db: Database, checked: Iterable[Watcher]) -> None:
    """Write watchers made by `build_watcher`, all in one transaction."""
    stamp = clock.now().isoformat()
    rows = [{"kind": w.kind, "enabled": int(w.enabled), "days": w.days,
             "mood_drop": w.mood_drop,
             "later_than": w.later_than.strftime("%H:%M") if w.later_than else None,
             "updated_at": stamp} for w in checked]
    with db.atomic():
        for row in rows:
            db.table("plan_watchers").upsert(row, pk="kind")


def _number(errors: FieldErrors, name: str, value: float | str) -> float | None:
    if not isinstance(value, str):
        return value
    try:
        return float(ascii_digits(value).strip().replace(",", "."))
    except ValueError:
        errors.add(name, translate("PlanService", "Please write a number here."))
        return None


def parse_time(errors: FieldErrors, value: time | str) -> time | None:
    """A clock time from `time` or text like "5:30", "05:30" or "0530"."""
    if isinstance(value, time):
        return value
    text = ascii_digits(value).strip().replace(".", ":")
    if text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    elif text.isdigit() and len(text) <= 2:
        text = f"{text}:00"
    try:
        hours, minutes = (int(p) for p in text.split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        errors.add("later_than", translate("PlanService",
                                           "Please write a time like 05:30 (hours:minutes)."))
        return None


def _to_watcher(row: dict[str, Any]) -> Watcher:
    default = DEFAULT_WATCHERS[row["kind"]]
    later = time.fromisoformat(row["later_than"]) if row["later_than"] else default.later_than
    return Watcher(row["kind"], bool(row["enabled"]),
                   row["days"] if row["days"] is not None else default.days,
                   row["mood_drop"] if row["mood_drop"] is not None else default.mood_drop,
                   later)


# -- firing and setting aside ---------------------------------------------------
def fired_watchers(db: Reads, today: date) -> list[FiredWatcher]:
    """Switched-on watchers whose sign shows now, leaving out those set aside."""
    active = [w for w in watchers(db) if w.enabled]
    if not active:
        return []
    start = today.fromordinal(today.toordinal() - HISTORY_DAYS)
    days, attempts = signals.load(db, start, today)
    resting = snoozed(db)
    return [f for f in evaluate(active, days, attempts, today) if f.kind not in resting]


@writes
def snooze(db: Database, watcher_id: str, until: datetime) -> None:
    """Set a watcher's card aside until `until` (an aware or local datetime)."""
    if watcher_id not in WATCHER_KINDS:
        raise FieldErrors({"kind": translate("PlanService", "This warning sign is not known.")})
    with db.atomic():
        db.table("plan_snoozes").upsert({"kind": watcher_id, "until": until.isoformat()}, pk="kind")


def snoozed(db: Reads) -> dict[str, datetime]:
    """Watchers set aside right now, with the time they come back."""
    now = clock.now()
    out = {}
    for row in rows_where(db, "plan_snoozes"):
        until = datetime.fromisoformat(row["until"])
        if _after(until, now):
            out[row["kind"]] = until
    return out


def _after(until: datetime, now: datetime) -> bool:
    # Compare like with like: a naive time is taken as local wall-clock time.
    if (until.tzinfo is None) != (now.tzinfo is None):
        until, now = until.replace(tzinfo=None), now.replace(tzinfo=None)
    return until > now


def fired_days(db: Database, start: date, end: date) -> dict[str, list[date]]:
    """For each switched-on watcher, the days in start..end on which its sign showed.

    Each day is judged as the watch card would have judged it that day, from the
    data up to it (set-aside cards count too: this is what the data showed).
    """
    active = [w for w in watchers(db) if w.enabled]
    if not active or end < start:
        return {}
    days, attempts = signals.load(db, start - timedelta(days=HISTORY_DAYS), end)
    out: dict[str, list[date]] = {}
    day = start
    while day <= end:
        for fired in evaluate(active, days, attempts, day):
            out.setdefault(fired.kind, []).append(day)
        day += timedelta(days=1)
    return out
