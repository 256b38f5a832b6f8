"""Routine use cases: anchors and their ticks, the week's grid, bringing anchors in.

With plans.py (life areas and planned activities) the only code that knows the
routine tables. Everything is validated before the first write. A missed anchor is
simply an anchor without a tick: nothing here counts misses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from app import clock
from app.errors import writes
from app.i18n import translate
from app.routine.models import EVERY_DAY, Anchor, DayAnchor, Week
from app.rows import has_table, rows_where
from app.text import clean
from app.validation import FieldErrors

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads
    from app.routine.templates import AnchorTemplate

ANCHORS, TICKS = "routine_anchors", "routine_ticks"
MAX_NAME = 80
MAX_PER_DAY = 12  # anchors planned on one day; more stops being a shape and becomes a list


# -- anchors ---------------------------------------------------------------------
def _days_text(weekdays: Iterable[int]) -> str:
    return "".join(str(d) for d in sorted(set(weekdays)))


def _anchor(row: dict[str, Any]) -> Anchor:
    return Anchor(id=row["id"], name=row["name"], at=time.fromisoformat(row["at"]),
                  weekdays=frozenset(int(c) for c in row["weekdays"]),
                  active=bool(row["active"]))


def list_anchors(db: Reads) -> list[Anchor]:
    """Every anchor the person has set, active or paused, in order of time of day."""
    if not has_table(db, ANCHORS):
        return []
    return [_anchor(r) for r in rows_where(db, ANCHORS, order_by="at, name, id")]


def get_anchor(db: Database, anchor_id: int) -> Anchor | None:
    rows = list(db.table(ANCHORS).rows_where("id = ?", [anchor_id]))
    return _anchor(rows[0]) if rows else None


def check_anchor(db: Database, name: str, at: time, weekdays: Iterable[int],
                 except_id: int | None = None, active: bool = True) -> str:
    """The cleaned name, or FieldErrors naming every field with a problem."""
    name = " ".join(clean(name).split())
    days = frozenset(weekdays)
    errors = FieldErrors()
    if not name:
        errors.add("name", translate(
            "Routine", "Please give this anchor a name, like “Breakfast”."))
    elif len(name) > MAX_NAME:
        errors.add("name", translate(
            "Routine", "Please keep the name under {n} characters.").format(n=MAX_NAME))
    if not isinstance(at, time):
        errors.add("at", translate("Routine", "Please choose a time of day."))
    if not days:
        errors.add("weekdays", translate("Routine", "Please choose at least one day of the week."))
    elif not days <= set(range(7)):
        errors.add("weekdays", translate("Routine", "Please choose days from Monday to Sunday."))
    if errors.messages:
        errors.raise_if_any()
    others = [a for a in list_anchors(db) if a.id != except_id and a.active]
    minute = at.replace(second=0, microsecond=0)
    if any(a.name.casefold() == name.casefold() and a.at == minute and a.weekdays & days
           for a in others):
        errors.add("name", translate(
            "Routine", "You already have “{name}” at this time. You can change the days of "
            "that one instead.").format(name=name))
    if active:
        busiest = max(sum(1 for a in others if d in a.weekdays) for d in days)
        if busiest >= MAX_PER_DAY:
            errors.add("weekdays", translate(
                "Routine", "{n} anchors on one day is already a full day. A few anchors are "
                "enough to give a day its shape; you could pause or remove one first.")
                .format(n=MAX_PER_DAY))
    errors.raise_if_any()
    return name


def same_time_notes(db: Database, at: time, weekdays: Iterable[int],
                    except_id: int | None = None) -> list[str]:
    """Gentle remarks about other anchors at the same time on a shared day.

    Two anchors at one time are allowed (breakfast with the morning tablets); the
    person is only told, so a typing slip can be noticed."""
    days = frozenset(weekdays)
    minute = at.replace(second=0, microsecond=0)
    return [translate("Routine", "“{name}” is also at this time. That is fine if the two go "
                      "together.").format(name=a.name)
            for a in list_anchors(db)
            if a.id != except_id and a.active and a.at == minute and a.weekdays & days]


@writes
def add_anchor(db: Database, name: str, at: time, weekdays: Iterable[int]) -> Anchor:
    days = frozenset(weekdays)
    name = check_anchor(db, name, at, days)
    with db.atomic():
        new_id = db.table(ANCHORS).insert(
            {"name": name, "at": at.strftime("%H:%M"), "weekdays": _days_text(days),
             "active": 1, "created_at": clock.now().isoformat()}).last_pk
    found = get_anchor(db, int(new_id))  # type: ignore[arg-type]
    assert found is not None
    return found


@writes
def add_from_template(db: Database, template: AnchorTemplate) -> Anchor:
    return add_anchor(db, template.name, template.at, template.weekdays)


@writes
def edit_anchor(db: Database, anchor_id: int, name: str, at: time,
                weekdays: Iterable[int]) -> Anchor:
    """Change an anchor; ticks already made stay with it."""
    current = _existing(db, anchor_id)
    days = frozenset(weekdays)
    name = check_anchor(db, name, at, days, except_id=anchor_id, active=current.active)
    with db.atomic():
        db.table(ANCHORS).update(anchor_id, {"name": name, "at": at.strftime("%H:%M"),
                                             "weekdays": _days_text(days)})
    return _existing(db, anchor_id)


@writes
def set_active(db: Database, anchor_id: int, active: bool) -> Anchor:
    """Pause an anchor (it leaves Today, its ticks stay) or take it up again."""
    current = _existing(db, anchor_id)
    if active and not current.active:
        check_anchor(db, current.name, current.at, current.weekdays, except_id=anchor_id)
    with db.atomic():
        db.table(ANCHORS).update(anchor_id, {"active": int(active)})
    return _existing(db, anchor_id)


@writes
def remove_anchor(db: Database, anchor_id: int) -> None:
    """Delete an anchor and the days it was ticked."""
    with db.atomic():
        db.execute(f"DELETE FROM {TICKS} WHERE anchor_id = ?", [anchor_id])
        db.execute(f"DELETE FROM {ANCHORS} WHERE id = ?", [anchor_id])


def anchor_named(db: Database, name: str) -> Anchor | None:
    """The anchor with this name (case aside), active first; None when there is none."""
    key = " ".join(clean(name).split()).casefold()
    found = [a for a in list_anchors(db) if a.name.casefold() == key]
    return next((a for a in found if a.active), found[0] if found else None)


@dataclass(frozen=True)
class BringIn:
    """What bringing anchors in from another app would do (`plan_bring_in`)."""

    new: tuple[str, ...]  # cleaned names of the anchors to add
    reused: tuple[Anchor, ...]  # anchors of the same name already there
    ticks: int  # days to tick that are not ticked yet


def plan_bring_in(db: Database | None, anchors: Sequence[tuple[str, time, Sequence[date]]]
                  ) -> BringIn:
    """Check anchors from another app (name, time, days done; every weekday); reads only.

    An anchor of the same name is reused and its ticks are kept; FieldErrors when a
    name does not fit or the new anchors would make a day fuller than MAX_PER_DAY."""
    mine = list_anchors(db) if db is not None else []
    by_name = {a.name.casefold(): a for a in sorted(mine, key=lambda a: not a.active)}
    new: dict[str, str] = {}
    reused: dict[int, Anchor] = {}
    ticks = 0
    errors = FieldErrors()
    for raw, _at, days in anchors:
        name = " ".join(clean(raw).split())
        if not name or len(name) > MAX_NAME:
            errors.add("name", translate(
                "Routine", "Please keep the name under {n} characters.").format(n=MAX_NAME))
            continue
        found = by_name.get(name.casefold())
        if found is None:
            new.setdefault(name.casefold(), name)
            ticks += len(set(days))
        else:
            reused[found.id] = found
            ticks += len(set(days) - set(kept_days(db, found.id, min(days), max(days))
                                         if db is not None and days else ()))
    busiest = max(sum(1 for a in mine if a.active and d in a.weekdays) for d in EVERY_DAY)
    if new and busiest + len(new) > MAX_PER_DAY:
        errors.add("weekdays", translate(
            "Routine", "This would make {total} anchors on one day, and Ippo keeps at most "
            "{n}: a few anchors are enough to give a day its shape. You could pause or remove "
            "some anchors first, or bring the habits in as diary activities.").format(
                total=busiest + len(new), n=MAX_PER_DAY))
    errors.raise_if_any()
    return BringIn(tuple(new.values()), tuple(reused.values()), ticks)


def bring_in(db: Database, anchors: Sequence[tuple[str, time, Sequence[date]]]
             ) -> tuple[int, int]:
    """Add anchors from another app and tick their days: (anchors added, ticks added).

    Checked as `plan_bring_in`; writes inside the caller's transaction (opens none of
    its own) so the whole import stays all or nothing. Days ahead of today are refused."""
    plan_bring_in(db, anchors)
    now = clock.now()
    today, stamp = now.date(), now.isoformat()
    current = now.time().replace(second=0, microsecond=0, tzinfo=None)
    added = ticked = 0
    for raw, at, days in anchors:
        if any(d > today for d in days):
            errors = FieldErrors()
            errors.add("day", translate(
                "Routine", "This day is still ahead by this computer's clock, so it cannot be "
                "ticked yet. If the clock is wrong, setting it right will fix this."))
            raise errors
        at = at.replace(second=0, microsecond=0, tzinfo=None)
        found = anchor_named(db, raw)
        if found is None:
            anchor_id = int(db.table(ANCHORS).insert(  # type: ignore[arg-type]
                {"name": " ".join(clean(raw).split()), "at": at.strftime("%H:%M"),
                 "weekdays": _days_text(EVERY_DAY), "active": 1,
                 "created_at": stamp}).last_pk)
            added += 1
            have: set[date] = set()
        else:
            anchor_id, at = found.id, found.at  # a tick is done at its anchor's time
            have = set(kept_days(db, anchor_id, min(days), max(days))) if days else set()
        rows = [{"anchor_id": anchor_id, "day": d.isoformat(),
                 "done_at": (min(at, current) if d == today else at).strftime("%H:%M"),
                 "recorded_at": stamp} for d in sorted(set(days) - have)]
        db.table(TICKS).insert_all(rows)
        ticked += len(rows)
    return added, ticked


def _existing(db: Database, anchor_id: int) -> Anchor:
    found = get_anchor(db, anchor_id)
    if found is None:
        errors = FieldErrors()
        errors.add("anchor", translate("Routine", "This anchor is no longer there."))
        raise errors
    return found


# -- ticks ---------------------------------------------------------------------------
@writes
def tick(db: Database, anchor_id: int, day: date, at: time | None = None) -> DayAnchor:
    """Record that the anchor was done on `day`.

    For today the time is now (or `at`, if it is not later than now). For an
    earlier day it is `at`, or no time at all. A day after today by this
    computer's clock is refused: the clock may have been moved back, and a tick
    must not land in the future. Ticking twice keeps the first tick.
    """
    anchor = _existing(db, anchor_id)
    now = clock.now()
    today = now.date()
    if day > today:
        errors = FieldErrors()
        errors.add("day", translate(
            "Routine", "This day is still ahead by this computer's clock, so it cannot be "
            "ticked yet. If the clock is wrong, setting it right will fix this."))
        raise errors
    if day == today:
        current = now.time().replace(second=0, microsecond=0, tzinfo=None)
        done_at: time | None = current if at is None or at > current else at
    else:
        done_at = at
    key = day.isoformat()
    with db.atomic():
        here = db.execute(f"SELECT 1 FROM {TICKS} WHERE anchor_id = ? AND day = ?",
                          [anchor_id, key]).fetchone()
        if here is None:
            db.table(TICKS).insert({
                "anchor_id": anchor_id, "day": key,
                "done_at": done_at.strftime("%H:%M") if done_at else "",
                "recorded_at": now.isoformat()})
    return _day_anchor(db, anchor, day)


@writes
def untick(db: Database, anchor_id: int, day: date) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM {TICKS} WHERE anchor_id = ? AND day = ?",
                   [anchor_id, day.isoformat()])


def _ticks(db: Reads, start: date, end: date) -> dict[tuple[int, date], time | None]:
    rows = db.execute(f"SELECT anchor_id, day, done_at FROM {TICKS} WHERE day >= ? AND day <= ?",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return {(r[0], date.fromisoformat(r[1])): (time.fromisoformat(r[2]) if r[2] else None)
            for r in rows}


def _day_anchor(db: Database, anchor: Anchor, day: date) -> DayAnchor:
    ticks = _ticks(db, day, day)
    planned = anchor.active and day.weekday() in anchor.weekdays
    done = (anchor.id, day) in ticks
    return DayAnchor(anchor, day, planned, done, ticks.get((anchor.id, day)))


def day_anchors(db: Reads, day: date) -> list[DayAnchor]:
    """The anchors of `day`: those planned for it, and any ticked on it (even if
    paused or moved to other days since), in order of time of day."""
    ticks = _ticks(db, day, day)
    out = []
    for anchor in list_anchors(db):
        planned = anchor.active and day.weekday() in anchor.weekdays
        done = (anchor.id, day) in ticks
        if planned or done:
            out.append(DayAnchor(anchor, day, planned, done, ticks.get((anchor.id, day))))
    return out


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week(db: Database, any_day: date) -> Week:
    """The plan against what happened for the Monday-to-Sunday week holding `any_day`.

    Rows are the active anchors plus any paused one ticked that week."""
    start = week_start(any_day)
    days = tuple(start + timedelta(days=i) for i in range(7))
    ticks = _ticks(db, days[0], days[-1])
    ticked = {anchor_id for anchor_id, _day in ticks}
    rows = []
    for anchor in list_anchors(db):
        if not anchor.active and anchor.id not in ticked:
            continue
        cells = tuple(DayAnchor(anchor, d, anchor.active and d.weekday() in anchor.weekdays,
                                (anchor.id, d) in ticks, ticks.get((anchor.id, d)))
                      for d in days)
        rows.append((anchor, cells))
    return Week(start, days, tuple(rows))


def kept_days(db: Database, anchor_id: int, start: date, end: date) -> list[date]:
    """The days from `start` to `end` on which the anchor was ticked, in order."""
    return sorted(d for (a, d) in _ticks(db, start, end) if a == anchor_id)
