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
class AnchorTemplate:
    """A starter anchor from `exercises/<lang>/routine_anchors.toml`."""

    key: str
    name: str
    at: time
    weekdays: frozenset[int] = EVERY_DAY


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


@dataclass(frozen=True)
class Area:
    """A life area the person cares about (their own words)."""

    id: int
    name: str
    position: int = 0


OPEN, DONE, NOT_DONE = "open", "done", "not_done"


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
