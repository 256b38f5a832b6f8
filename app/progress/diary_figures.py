"""Key diary figures for a period, computed from the diary service's entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from statistics import mean, median
from typing import Any

from app.progress.models import DiaryFigures, WeekPoint
from app.progress.periods import Period


def _num(entry: Any, name: str) -> float | None:
    value = getattr(entry, name, None)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


def _avg(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return mean(present) if present else None


def _per_week(values: Iterable[float | None]) -> float | None:
    """A week's worth from the days noted (seven times their average)."""
    day = _avg(values)
    return None if day is None else day * 7


def bedtime_minutes(value: Any) -> float | None:
    """Minutes after noon, so that 23:30 and 01:00 sit next to each other."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, str) and value:
        try:
            value = time.fromisoformat(value[-8:] if "T" in value else value)
        except ValueError:
            return None
    if not isinstance(value, time):
        return None
    minutes = value.hour * 60 + value.minute - 12 * 60
    return float(minutes + 24 * 60 if minutes < 0 else minutes)


def _clock(value: Any) -> float | None:
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, str) and value:
        try:
            value = time.fromisoformat(value)
        except ValueError:
            return None
    return value.hour + value.minute / 60 if isinstance(value, time) else None


def night_hours(entry: Any) -> tuple[float, float] | None:
    """(bed, waking) as hours after noon of the day before the entry's day.

    Waking is on the entry's day; a bedtime later on the clock than waking was
    the evening before (the diary's night rule): 23:30 -> 07:00 is (11.5, 19).
    """
    bed, wake = _clock(getattr(entry, "bedtime", None)), _clock(getattr(entry, "waketime", None))
    if bed is None or wake is None or bed == wake:
        return None
    start = bed - 24 if bed > wake else bed
    return start + 12, wake + 12


def clock_text(minutes_after_noon: float) -> str:
    total = int(round(minutes_after_noon + 12 * 60)) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _weeks(entries: Sequence[Any], period: Period) -> tuple[WeekPoint, ...]:
    """Calendar weeks (Monday first) overlapping the period, oldest first."""
    first = period.start - timedelta(days=period.start.weekday())
    buckets: dict[date, list[Any]] = {}
    for e in entries:
        monday = e.day - timedelta(days=e.day.weekday())
        buckets.setdefault(monday, []).append(e)
    points = []
    monday = first
    while monday <= period.end:
        group = buckets.get(monday, [])
        nights = [night_hours(e) for e in group]
        points.append(WeekPoint(
            start=monday,
            mood=_avg(_num(e, "mood") for e in group),
            anxiety=_avg(_num(e, "anxiety") for e in group),
            sleep_hours=_avg(_num(e, "sleep_hours") for e in group),
            bedtime_minutes=_avg(bedtime_minutes(getattr(e, "bedtime", None)) for e in group),
            bed_hour=_avg(n[0] if n else None for n in nights),
            wake_hour=_avg(n[1] if n else None for n in nights),
            outside_minutes=_per_week(_num(e, "minutes_outside") for e in group),
            face_contacts=_per_week(_num(e, "face_contacts") for e in group),
            entries=len(group),
        ))
        monday += timedelta(days=7)
    return tuple(points)


def compute(entries: Sequence[Any], period: Period) -> DiaryFigures:
    """Figures a clinician reads first. Entries outside the period are ignored."""
    inside = sorted((e for e in entries if period.contains(e.day)), key=lambda e: e.day)
    # Two weeks each end when the period allows it; otherwise split it in half.
    span = 14 if period.days >= 28 else max(1, period.days // 2)
    first = [e for e in inside if (e.day - period.start).days < span]
    last = [e for e in inside if (period.end - e.day).days < span]
    beds = [b for b in (bedtime_minutes(getattr(e, "bedtime", None)) for e in inside)
            if b is not None]
    outside = [_num(e, "minutes_outside") for e in inside]
    contacts = [_num(e, "face_contacts") for e in inside]
    # Per week from the days that were noted: a day left blank is unknown, not zero.
    outside_day, contacts_day = _avg(outside), _avg(contacts)
    return DiaryFigures(
        days_with_entry=len({e.day for e in inside}),
        days_in_period=period.days,
        mood_first=_avg(_num(e, "mood") for e in first),
        mood_last=_avg(_num(e, "mood") for e in last),
        anxiety_first=_avg(_num(e, "anxiety") for e in first),
        anxiety_last=_avg(_num(e, "anxiety") for e in last),
        sleep_hours=_avg(_num(e, "sleep_hours") for e in inside),
        bedtime=clock_text(median(beds)) if beds else None,
        outside_per_week=None if outside_day is None else outside_day * 7,
        days_outside=sum(1 for e in inside if (_num(e, "minutes_outside") or 0) > 0
                         or getattr(e, "went_outside", False) is True),
        face_contacts_per_week=None if contacts_day is None else contacts_day * 7,
        weeks=_weeks(inside, period),
        compare_days=span,
    )
