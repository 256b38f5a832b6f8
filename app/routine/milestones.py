"""Quiet firsts to look back on: computed from what is already stored, never counted.

A milestone is something that happened for the first time: the first practice of
a ladder step, the first week with time outside on most days, the first thought
record finished, the first week an anchor was kept on every day it was planned.
Nothing here is a score: the list only grows, and a harder week takes nothing away.
`find` is a pure function of plain facts; `milestones(db)` gathers the facts from
the feature services.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import clock
from app.diary import service as diary
from app.i18n import translate
from app.ladder import service as ladder
from app.routine import service as routine
from app.thoughts import service as thoughts
from app.thoughts.models import DONE

if TYPE_CHECKING:
    from sqlite_utils import Database

MOST_DAYS = 4  # days of one Monday-to-Sunday week with time outside: "most days"
FIRST_ATTEMPT, OUTSIDE_WEEK, FIRST_RECORD, ANCHOR_WEEK = (
    "first_attempt", "outside_week", "first_record", "anchor_week")


@dataclass(frozen=True)
class Milestone:
    day: date
    kind: str
    text: str  # translated, written by Ippo; the person's own words only in quotes
    ref: str = ""  # what it is about (a step or anchor id), so each first is listed once


@dataclass(frozen=True)
class Facts:
    """The few stored facts milestones are read from."""

    steps_first_practised: Sequence[tuple[int, str, date]] = ()  # step id, title, day
    outside_days: Sequence[date] = ()  # days the diary notes time outside
    finished_records: Sequence[date] = ()  # days of finished thought records
    # anchor id, name, weekdays planned, days ticked
    anchors: Sequence[tuple[int, str, frozenset[int], Sequence[date]]] = ()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_outside_week(days: Iterable[date]) -> date | None:
    """The day a Monday-to-Sunday week first reached MOST_DAYS days with time outside."""
    by_week: dict[date, list[date]] = {}
    for d in sorted(set(days)):
        by_week.setdefault(_monday(d), []).append(d)
    for monday in sorted(by_week):
        found = by_week[monday]
        if len(found) >= MOST_DAYS:
            return found[MOST_DAYS - 1]
    return None


def first_kept_week(weekdays: frozenset[int], ticked: Iterable[date]) -> date | None:
    """The last day of the first Monday-to-Sunday week in which the anchor was ticked on
    every day it is planned (at least three planned days, so one lucky day is not a week)."""
    if len(weekdays) < 3:
        return None
    by_week: dict[date, set[int]] = {}
    for d in ticked:
        by_week.setdefault(_monday(d), set()).add(d.weekday())
    for monday in sorted(by_week):
        if weekdays <= by_week[monday]:
            return monday + timedelta(days=max(weekdays))
    return None


def find(facts: Facts) -> list[Milestone]:
    """Every milestone the facts hold, newest first."""
    found: list[Milestone] = []
    for step_id, title, day in facts.steps_first_practised:
        found.append(Milestone(day, FIRST_ATTEMPT, translate(
            "Milestones", "You practised “{step}” for the first time.").format(step=title),
            f"step-{step_id}"))
    outside = first_outside_week(facts.outside_days)
    if outside is not None:
        found.append(Milestone(outside, OUTSIDE_WEEK, translate(
            "Milestones", "For the first time, a week with time outside on most days.")))
    if facts.finished_records:
        found.append(Milestone(min(facts.finished_records), FIRST_RECORD, translate(
            "Milestones", "You finished your first thought record.")))
    for anchor_id, name, weekdays, ticked in facts.anchors:
        kept = first_kept_week(weekdays, ticked)
        if kept is not None:
            found.append(Milestone(kept, ANCHOR_WEEK, translate(
                "Milestones", "You kept “{anchor}” on every planned day of a week.")
                .format(anchor=name), f"anchor-{anchor_id}"))
    return sorted(found, key=lambda m: (m.day, m.kind, m.ref), reverse=True)


def gather(db: Database, today: date | None = None) -> Facts:
    """The facts, through each feature's own service (no feature's tables read here)."""
    end = today or clock.today()
    steps = [(s.id, s.title, s.reached_at.date())
             for lad in ladder.list_ladders(db, include_archived=True)
             for s in ladder.steps(db, lad.id) if s.reached_at is not None]
    first = diary.first_day(db)
    outside = [e.day for e in diary.entries_between(db, first, end)
               if (e.minutes_outside or 0) > 0 or e.went_outside] if first else []
    records = [r.day for r in thoughts.list_records(db, include_drafts=False)
               if r.status == DONE and r.day is not None]
    anchors = [(a.id, a.name, a.weekdays,
                routine.kept_days(db, a.id, date.min, end))
               for a in routine.list_anchors(db)]
    return Facts(steps, outside, records, anchors)


def milestones(db: Database, today: date | None = None) -> list[Milestone]:
    return find(gather(db, today))
