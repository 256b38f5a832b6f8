"""Pure checks of the user's warning-sign watchers against Ippo's own data.

No database, no clock: the caller passes the day signals, the ladder attempts
and `today`. A sign is only reported when the data can show it: with no data
at all, or less history than the rule needs, nothing fires.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from app import dates
from app.i18n import translate
from app.plan.models import (
    LATE_SLEEP,
    MOOD_DROP,
    NO_ATTEMPT,
    NO_DIARY,
    NO_OUTSIDE,
    AttemptSignal,
    DaySignal,
    FiredWatcher,
    Watcher,
)

if TYPE_CHECKING:
    from fractions import Fraction

RECENT_DAYS = 7  # the mood average now ...
BASELINE_DAYS = 14  # ... against the two weeks before it
MIN_RECENT_MOODS = 3  # fewer ratings than this say too little to compare
MIN_BASELINE_MOODS = 5
SLEEP_NIGHTS = 7
# Sleep midpoints are compared on a clock that starts at 18:00, so 23:30 counts
# as earlier than 04:00, and 11:00 as later.
_SLEEP_DAY_START = 18.0


def evaluate(watchers: Iterable[Watcher], days: list[DaySignal],
             attempts: list[AttemptSignal], today: date) -> list[FiredWatcher]:
    """The switched-on watchers whose sign shows in the data, in the given order."""
    fired: list[FiredWatcher] = []
    first = first_day(days, attempts)
    for w in watchers:
        if not w.enabled:
            continue
        message = _check(w, days, attempts, today, first)
        if message:
            fired.append(FiredWatcher(w.kind, message, w))
    return fired


def first_day(days: list[DaySignal], attempts: list[AttemptSignal]) -> date | None:
    """The earliest day Ippo has any record for, or None."""
    dates = [d.day for d in days if d.has_entry] + [a.day for a in attempts]
    return min(dates) if dates else None


def _check(w: Watcher, days: list[DaySignal], attempts: list[AttemptSignal], today: date,
           first: date | None) -> str | None:
    if w.kind == NO_OUTSIDE:
        outside = [d.day for d in days if d.was_outside]
        outside += [a.day for a in attempts if a.actual_minutes and a.actual_minutes > 0]
        gap = days_without(outside, today, first, w.days or 0)
        return None if gap is None else translate(
            "PlanWatchers", "Days since time outside was last noted: %n.", None, gap)
    if w.kind == NO_ATTEMPT:
        gap = days_without([a.day for a in attempts], today, first, w.days or 0)
        return None if gap is None else translate(
            "PlanWatchers", "Days since a ladder step was last tried: %n.", None, gap)
    if w.kind == NO_DIARY:
        gap = days_without([d.day for d in days if d.has_entry], today, first, w.days or 0)
        return None if gap is None else translate(
            "PlanWatchers", "Days since the diary was last written: %n.", None, gap)
    if w.kind == MOOD_DROP:
        from fractions import Fraction  # lazy: ~2 ms, and this watcher is off by default

        drop = mood_drop(days, today)
        if drop is not None and w.mood_drop is not None and drop >= Fraction(str(w.mood_drop)):
            return translate("PlanWatchers",
                             "Your mood this week is {drop} points lower than in the two "
                             "weeks before.").format(drop=f"{float(drop):.1f}")
        return None
    if w.kind == LATE_SLEEP and w.later_than is not None:
        late = late_nights(days, today, w.later_than)
        if w.days and late >= w.days:
            return translate("PlanWatchers",
                             "On {late} of the last 7 nights, the middle of your sleep was "
                             "later than {time}.").format(late=late,
                                                         time=dates.time_of_day(w.later_than))
    return None


def days_without(event_days: list[date], today: date, first: date | None,
                 n: int) -> int | None:
    """Days since the last event (or since records began) if that is at least `n`.

    Exactly `n` days counts: an event `n` days ago, and nothing since, fires.
    Events after `today` (a clock moved back) are ignored.
    """
    if first is None or n <= 0:
        return None
    past = [d for d in event_days if d <= today]
    # With no event at all, count from the first record: Ippo cannot know
    # about the days before it was used.
    since = max(past) if past else first
    gap = (today - since).days
    return gap if gap >= n else None


def mood_drop(days: list[DaySignal], today: date) -> Fraction | None:
    """Average mood of the 14 days before the last 7 minus that of the last 7.

    Exact (fractions), so a drop of exactly the threshold counts. None if either
    stretch has too few ratings.
    """
    from fractions import Fraction  # lazy: ~2 ms, and this watcher is off by default

    recent_start = today - timedelta(days=RECENT_DAYS - 1)
    base_start = recent_start - timedelta(days=BASELINE_DAYS)
    recent = [Fraction(str(d.mood)) for d in days
              if d.mood is not None and recent_start <= d.day <= today]
    base = [Fraction(str(d.mood)) for d in days
            if d.mood is not None and base_start <= d.day < recent_start]
    if len(recent) < MIN_RECENT_MOODS or len(base) < MIN_BASELINE_MOODS:
        return None
    return sum(base, Fraction(0)) / len(base) - sum(recent, Fraction(0)) / len(recent)


def late_nights(days: list[DaySignal], today: date, later_than: time) -> int:
    """How many of the last 7 nights had a sleep midpoint later than `later_than`."""
    start = today - timedelta(days=SLEEP_NIGHTS - 1)
    limit = _sleep_clock(later_than.hour + later_than.minute / 60)
    return sum(1 for d in days
               if start <= d.day <= today and d.sleep_midpoint is not None
               and _sleep_clock(d.sleep_midpoint) > limit)


def _sleep_clock(hours: float) -> float:
    return (hours - _SLEEP_DAY_START) % 24
