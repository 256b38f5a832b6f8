"""Planned activities and the life areas they belong to, and how a period went
(planned against done, how regular waking was).

Everything is validated before the first write. Whether a planned activity
happened, and how it felt, is kept in the diary's activities (same day, same
words), so enjoyment and achievement have one home. Apart from the anchors
(service.py), so Today's anchors card loads none of this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from app import clock
from app.diary import service as diary
from app.diary.models import Activity, DiaryEntry
from app.errors import writes
from app.i18n import translate
from app.routine.models import DONE, NOT_DONE, OPEN
from app.routine.service import MAX_NAME
from app.text import clean
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database

AREAS, PLANS = "routine_areas", "routine_plans"
MAX_PLANS_PER_DAY = 3  # "one or two" is the idea; a third is allowed, more is refused


@dataclass(frozen=True)
class Area:
    """A life area the person cares about (their own words)."""

    id: int
    name: str
    position: int = 0


@dataclass(frozen=True)
class Plan:
    """A planned activity. Done means the diary holds it on that day, with its ratings."""

    id: int
    day: date
    what: str
    area: str = ""  # the area's name, "" when none was chosen
    area_id: int | None = None
    position: int = 0
    status: str = OPEN  # OPEN, DONE or NOT_DONE
    enjoyment: int | None = None  # from the diary, 0..10
    achievement: int | None = None


@dataclass(frozen=True)
class PlannedVsDone:
    planned: int
    done: int
    not_done: int


@dataclass(frozen=True)
class RoutineFigures:
    """What the summary prints about the shape of the days in a period."""

    planned: int = 0  # planned activities in the period
    done: int = 0  # of them, found in the diary on their day
    wake_days: int = 0  # diary days with a waking time
    wake_typical: int | None = None  # minutes after midnight: the median waking time
    wake_near: int = 0  # days woken within WAKE_NEAR_MINUTES of that time


# -- life areas ----------------------------------------------------------------------
def areas(db: Database) -> list[Area]:
    return [Area(r["id"], r["name"], r["position"])
            for r in db.table(AREAS).rows_where(order_by="position, id")]


def area_named(db: Database, name: str) -> Area:
    """The person's area with this name, added to their list if it is new."""
    name = " ".join(clean(name).split())
    errors = FieldErrors()
    if not name:
        errors.add("area", translate("Routine", "Please give the area a few words."))
    elif len(name) > MAX_NAME:
        errors.add("area", translate(
            "Routine", "Please keep the name under {n} characters.").format(n=MAX_NAME))
    errors.raise_if_any()
    found = next((a for a in areas(db) if a.name.casefold() == name.casefold()), None)
    if found is not None:
        return found
    with db.atomic():
        row = db.execute(f"SELECT coalesce(max(position), -1) + 1 FROM {AREAS}").fetchone()
        new_id = db.table(AREAS).insert({"name": name, "position": row[0],
                                         "created_at": clock.now().isoformat()}).last_pk
    return Area(int(new_id), name, row[0])  # type: ignore[arg-type]


# -- planned activities --------------------------------------------------------------
def _diary_match(entry: DiaryEntry | None, what: str) -> Activity | None:
    if entry is None:
        return None
    key = what.casefold()
    return next((a for a in entry.activities if a.tag.casefold() == key), None)


def plans_between(db: Database, start: date, end: date) -> list[Plan]:
    """Planned activities from `start` to `end`, by day and position, with what the
    diary says about each (done, enjoyment, achievement)."""
    names = {a.id: a.name for a in areas(db)}
    entries = {e.day: e for e in diary.entries_between(db, start, end)}
    out = []
    for r in db.table(PLANS).rows_where("day >= ? AND day <= ?",
                                        [start.isoformat(), end.isoformat()],
                                        order_by="day, position, id"):
        day = date.fromisoformat(r["day"])
        match = _diary_match(entries.get(day), r["what"])
        status = DONE if match is not None else (NOT_DONE if r["not_done"] else OPEN)
        out.append(Plan(r["id"], day, r["what"], names.get(r["area_id"], ""), r["area_id"],
                        r["position"], status,
                        match.enjoyment if match else None,
                        match.achievement if match else None))
    return out


def plans_for(db: Database, day: date) -> list[Plan]:
    return plans_between(db, day, day)


def get_plan(db: Database, plan_id: int) -> Plan:
    rows = list(db.table(PLANS).rows_where("id = ?", [plan_id]))
    if not rows:
        errors = FieldErrors()
        errors.add("plan", translate("Routine", "This plan is no longer there."))
        raise errors
    day = date.fromisoformat(rows[0]["day"])
    return next(p for p in plans_for(db, day) if p.id == plan_id)


@writes
def add_plan(db: Database, day: date, what: str, area: str = "") -> Plan:
    """Plan an activity for `day`, tied to one of the person's life areas (optional)."""
    what = " ".join(clean(what).split())
    errors = FieldErrors()
    if not what:
        errors.add("what", translate("Routine", "Please write what you would like to do, "
                                     "in a few words."))
    elif len(what) > diary.MAX_NAME:
        errors.add("what", translate("Routine", "Please keep this under {n} characters.")
                   .format(n=diary.MAX_NAME))
    current = plans_for(db, day)
    if len(current) >= MAX_PLANS_PER_DAY:
        errors.add("what", translate(
            "Routine", "There are already {n} plans for this day. One or two is plenty; a "
            "day with room in it is easier to keep.").format(n=MAX_PLANS_PER_DAY))
    elif any(p.what.casefold() == what.casefold() for p in current):
        errors.add("what", translate("Routine", "This is already planned for that day."))
    errors.raise_if_any()
    area_id = area_named(db, area).id if area.strip() else None
    with db.atomic():
        new_id = db.table(PLANS).insert({
            "day": day.isoformat(), "position": max((p.position for p in current), default=-1)
            + 1, "what": what, "area_id": area_id, "not_done": 0,
            "created_at": clock.now().isoformat()}).last_pk
    return get_plan(db, int(new_id))  # type: ignore[arg-type]


@writes
def note_done(db: Database, plan_id: int, enjoyment: int | None = None,
              achievement: int | None = None) -> Plan:
    """It happened: the activity goes into that day's diary with its ratings (or the
    diary's matching activity gets them), and the plan shows it as done."""
    plan = get_plan(db, plan_id)
    errors = FieldErrors()
    check_range(errors, "enjoyment", enjoyment, 0, 10)
    check_range(errors, "achievement", achievement, 0, 10)
    if plan.day > clock.today():
        errors.add("plan", translate(
            "Routine", "This day is still ahead by this computer's clock. You can note how it "
            "went once the day has come."))
    errors.raise_if_any()
    entry = diary.get_entry(db, plan.day) or DiaryEntry(day=plan.day)
    rated = Activity(plan.what, enjoyment, achievement)
    activities = list(entry.activities)
    found = next((i for i, a in enumerate(activities)
                  if a.tag.casefold() == plan.what.casefold()), None)
    if found is None:
        activities.append(rated)
    else:
        activities[found] = replace(activities[found], enjoyment=enjoyment,
                                    achievement=achievement)
    with db.atomic():
        diary.save_entry(db, replace(entry, activities=tuple(activities)))
        db.table(PLANS).update(plan_id, {"not_done": 0})
    return get_plan(db, plan_id)


@writes
def note_not_done(db: Database, plan_id: int) -> Plan:
    """It did not happen this time. Nothing else changes; the diary is not touched."""
    plan = get_plan(db, plan_id)
    if plan.status == DONE:
        errors = FieldErrors()
        errors.add("plan", translate(
            "Routine", "Your diary already has this activity on that day. To change that, "
            "open the diary for the day."))
        raise errors
    with db.atomic():
        db.table(PLANS).update(plan_id, {"not_done": 1})
    return get_plan(db, plan_id)


@writes
def remove_plan(db: Database, plan_id: int) -> None:
    """Remove a plan. An activity already in the diary stays there."""
    with db.atomic():
        db.execute(f"DELETE FROM {PLANS} WHERE id = ?", [plan_id])


WAKE_NEAR_MINUTES = 60


def _clock_distance(a: int, b: int) -> int:
    d = abs(a - b) % 1440
    return min(d, 1440 - d)


def wake_regularity(wake_minutes: Sequence[int]) -> tuple[int | None, int]:
    """(the typical waking time, how many days were within an hour of it).

    The typical time is the median (the lower middle one for an even count, so it
    is a time that really happened); an hour either way counts as near."""
    if not wake_minutes:
        return None, 0
    typical = sorted(wake_minutes)[(len(wake_minutes) - 1) // 2]
    near = sum(1 for m in wake_minutes if _clock_distance(m, typical) <= WAKE_NEAR_MINUTES)
    return typical, near


def routine_figures(db: Database, start: date, end: date) -> RoutineFigures:
    """Planned against done, and how regular waking was, from `start` to `end`."""
    counts = planned_vs_done(db, start, end)
    wakes = [e.waketime.hour * 60 + e.waketime.minute
             for e in diary.entries_between(db, start, end) if e.waketime is not None]
    typical, near = wake_regularity(wakes)
    return RoutineFigures(counts.planned, counts.done, len(wakes), typical, near)


def planned_vs_done(db: Database, start: date, end: date) -> PlannedVsDone:
    plans = plans_between(db, start, end)
    return PlannedVsDone(len(plans), sum(p.status == DONE for p in plans),
                         sum(p.status == NOT_DONE for p in plans))
