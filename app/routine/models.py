"""The routine's records as frozen dataclasses: what the services return and take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

EVERY_DAY: frozenset[int] = frozenset(range(7))


@dataclass(frozen=True)
class Anchor:
    """One daily anchor: a name, a target time and the weekdays it is planned for."""

    id: int
    name: str
    at: time  # target time of day, to the minute
    weekdays: frozenset[int]  # 0 = Monday … 6 = Sunday
    active: bool = True


@dataclass(frozen=True)
class DayAnchor:
    """An anchor on one day: planned that day, and whether (and when) it was done."""

    anchor: Anchor
    day: date
    planned: bool  # the anchor is active and its weekdays include this day
    done: bool = False
    done_at: time | None = None  # None when done but filled in later without a time


@dataclass(frozen=True)
class Week:
    """Seven days from `start` (a Monday) and, per anchor, each day's DayAnchor."""

    start: date
    days: tuple[date, ...]
    rows: tuple[tuple[Anchor, tuple[DayAnchor, ...]], ...]


OPEN, DONE, NOT_DONE = "open", "done", "not_done"
