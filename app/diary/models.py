"""The diary's frozen records, and the sleep arithmetic that crosses midnight.

The night rule: an entry's bedtime and waking time describe the sleep that
ended on the entry's day. Waking is on the entry's day. If the bedtime clock
value is later than the waking one (23:30 → 07:00), the user went to bed the
evening before; otherwise (03:00 → 11:00, or 13:00 → 21:00) bed and waking are
both on the entry's day, so a 03:00 bedtime is "the night before" that day's
entry. Hours slept are therefore (waking − bedtime) modulo 24 h; the same clock
time for both, or more than MAX_SLEEP_HOURS, is not a possible night.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

MAX_SLEEP_HOURS = 20.0
DAY_FIELDS_0_10 = ("mood", "anxiety", "energy")


class FieldKind(StrEnum):
    """The kinds of a day's fields."""

    INT = "int"  # a whole number
    FLOAT = "float"  # a number with a fraction
    CHOICE = "choice"  # yes or no
    CLOCK = "time"  # a clock time


INT, FLOAT, CHOICE, CLOCK = FieldKind.INT, FieldKind.FLOAT, FieldKind.CHOICE, FieldKind.CLOCK


@dataclass(frozen=True)
class Symptom:
    """A symptom the user chose to rate; `retired` ones keep their past ratings."""

    id: int
    name: str
    position: int = 0
    retired: bool = False


@dataclass(frozen=True)
class SymptomRating:
    symptom_id: int
    rating: int  # 0 none .. 3 strong


@dataclass(frozen=True)
class Activity:
    """Something the user did, optionally rated as in behavioural activation."""

    tag: str
    enjoyment: int | None = None  # 0..10
    achievement: int | None = None  # 0..10


def clock_hours(t: time) -> float:
    return t.hour + t.minute / 60 + t.second / 3600


def night_span(bedtime: time, waketime: time) -> tuple[float, float]:
    """(start, end) in hours from midnight at the start of the entry's day.

    start is negative when bed was the evening before (23:00 → -1.0); end is the
    waking clock time. Raises nothing; an impossible night has end - start of 0
    or more than MAX_SLEEP_HOURS, which `validate` refuses.
    """
    bed, wake = clock_hours(bedtime), clock_hours(waketime)
    start = bed - 24 if bed > wake else bed
    return start, wake


def sleep_midpoint(bedtime: time | None, waketime: time | None) -> float | None:
    """Clock hour 0–24 of the middle of the night from `bedtime` to `waketime`
    (see `DiaryEntry.sleep_midpoint`); None without both times."""
    if bedtime is None or waketime is None:
        return None
    start, end = night_span(bedtime, waketime)
    return ((start + end) / 2) % 24


def _day_field(kind: FieldKind, low: float | None = None, high: float | None = None) -> Any:
    """A field of the day that may be left empty, with its kind and its honest range."""
    return field(default=None, metadata={"kind": kind, "range": (low, high)})


@dataclass(frozen=True)
class DiaryEntry:
    """One civil day. Every field is optional; `day` is the date the user chose.

    The fields made with `_day_field` are declared here once: the form, the checks,
    the stored row and the editor all read them from `DAY_FIELDS`.
    """

    day: date
    mood: int | None = _day_field(INT, 0, 10)
    anxiety: int | None = _day_field(INT, 0, 10)
    energy: int | None = _day_field(INT, 0, 10)
    bedtime: time | None = _day_field(CLOCK)
    waketime: time | None = _day_field(CLOCK)
    minutes_outside: int | None = _day_field(INT, 0, 1440)
    went_outside: bool | None = _day_field(CHOICE)
    face_contacts: int | None = _day_field(INT, 0, 500)
    online_contacts: int | None = _day_field(INT, 0, 1000)
    meals: int | None = _day_field(INT, 0, 10)
    showered: bool | None = _day_field(CHOICE)
    movement_minutes: int | None = _day_field(INT, 0, 1440)
    screen_hours: float | None = _day_field(FLOAT, 0, 24)
    note: str = ""
    symptoms: tuple[SymptomRating, ...] = ()
    activities: tuple[Activity, ...] = ()
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def hygiene(self) -> bool | None:
        return self.showered

    @property
    def sleep_hours(self) -> float | None:
        """Hours slept in the night that ended this day (see the module's night rule)."""
        if self.bedtime is None or self.waketime is None:
            return None
        start, end = night_span(self.bedtime, self.waketime)
        return end - start

    @property
    def sleep_midpoint(self) -> float | None:
        """Clock hour 0–24 of the middle of that night: 4.5 for 04:30.

        Bed 23:00, up 07:00 gives 3.0; bed 05:00, up 14:00 gives 9.5, so a later
        sleeper has a later value. The value wraps at midnight: a rare midpoint
        before midnight (bed 19:00, up 03:00) gives 23.0; charts that need a
        continuous scale use `night_span` instead.
        """
        return sleep_midpoint(self.bedtime, self.waketime)

    def rating_for(self, symptom_id: int) -> int | None:
        return next((r.rating for r in self.symptoms if r.symptom_id == symptom_id), None)

    def is_empty(self) -> bool:
        """True when nothing at all was filled in."""
        return (all(getattr(self, f.name) is None for f in DAY_FIELDS)
                and not self.note.strip() and not self.symptoms and not self.activities)


@dataclass(frozen=True)
class DayOutline:
    """The facts of one day's entry that other features watch, read without its note,
    symptoms or activities (`service.outlines_between`: one query, for Today)."""

    day: date
    mood: int | None
    minutes_outside: int | None
    went_outside: bool | None
    sleep_midpoint: float | None  # as DiaryEntry.sleep_midpoint


@dataclass(frozen=True)
class DayField:
    """One of the day's fields as `DiaryEntry` declares it."""

    name: str
    kind: FieldKind
    low: float | None = None  # numbers only: the honest range
    high: float | None = None


# Every field of the day, in the order DiaryEntry declares them.
DAY_FIELDS: tuple[DayField, ...] = tuple(
    DayField(f.name, f.metadata["kind"], *f.metadata["range"])
    for f in fields(DiaryEntry) if "kind" in f.metadata)


def day_fields(*kinds: FieldKind) -> tuple[str, ...]:
    """The names of the day's fields of these kinds, in declared order."""
    return tuple(f.name for f in DAY_FIELDS if f.kind in kinds)


# field → (low, high): every number the diary stores, with its honest range.
RANGES: dict[str, tuple[float, float]] = {
    f.name: (f.low, f.high) for f in DAY_FIELDS if f.low is not None and f.high is not None}
