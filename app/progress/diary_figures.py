"""Diary figures for a period: weeks, "at the start" and "now", from the diary's entries.

Every figure rests on the days noted only: a day without an entry is unknown,
not zero, so a week with no entry is a gap and each figure carries the number
of days it rests on. Weeks are seven days counted back from the period's last
day, so the last week is always whole; days left over at the start (fewer than
seven) are left out of the weekly figures, and the page says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta
from statistics import mean

from app import dates
from app.diary.models import DiaryEntry
from app.progress.models import DiaryFigures, Measure, Stretch, Week
from app.progress.periods import Period

STRETCH_DAYS = 14  # "at the start" and "now": the first and the last two weeks


def _num(value: float | None) -> float | None:
    return None if value is None else float(value)


def _clock(value: time | None) -> float | None:
    return None if value is None else value.hour + value.minute / 60


def night_hours(entry: DiaryEntry) -> tuple[float, float] | None:
    """(bed, waking) as hours after noon of the day before the entry's day.

    Waking is on the entry's day; a bedtime later on the clock than waking was
    the evening before (the diary's night rule): 23:30 -> 07:00 is (11.5, 19).
    """
    bed, wake = _clock(entry.bedtime), _clock(entry.waketime)
    if bed is None or wake is None or bed == wake:
        return None
    start = bed - 24 if bed > wake else bed
    return start + 12, wake + 12


def clock_text(hours_after_noon: float) -> str:
    """"HH:MM" of a time given as hours after noon of the day before."""
    total = int(round(hours_after_noon * 60 + 12 * 60)) % (24 * 60)
    return dates.time_of_day(time(total // 60, total % 60))


def _measure(values: Iterable[float | None]) -> Measure:
    present = [v for v in values if v is not None]
    return Measure(mean(present) if present else None, len(present))


def _sum(values: Iterable[float | None]) -> tuple[int | None, int]:
    present = [v for v in values if v is not None]
    return (int(round(sum(present))) if present else None), len(present)


def week_bounds(period: Period) -> list[tuple[date, date]]:
    """(first, last) day of each whole week, oldest first, the last ending on period.end."""
    count = period.days // 7
    return [(period.end - timedelta(days=7 * (count - i) - 1),
             period.end - timedelta(days=7 * (count - i - 1))) for i in range(count)]


def _week(start: date, end: date, group: Sequence[DiaryEntry], thoughts: int) -> Week:
    nights = [night_hours(e) for e in group]
    outside, outside_days = _sum(_num(e.minutes_outside) for e in group)
    contacts, contacts_days = _sum(_num(e.face_contacts) for e in group)
    return Week(
        start=start, end=end, days_noted=len({e.day for e in group}),
        mood=_measure(_num(e.mood) for e in group).value,
        anxiety=_measure(_num(e.anxiety) for e in group).value,
        sleep_hours=_measure(n[1] - n[0] if n else None for n in nights).value,
        bed_hour=_measure(n[0] if n else None for n in nights).value,
        wake_hour=_measure(n[1] if n else None for n in nights).value,
        outside_minutes=outside, outside_days=outside_days,
        contacts=contacts, contacts_days=contacts_days, thought_records=thoughts)


def _stretch(start: date, end: date, group: Sequence[DiaryEntry]) -> Stretch:
    nights = [night_hours(e) for e in group]
    return Stretch(
        start=start, end=end, days_noted=len({e.day for e in group}),
        mood=_measure(_num(e.mood) for e in group),
        anxiety=_measure(_num(e.anxiety) for e in group),
        bed_hour=_measure(n[0] if n else None for n in nights),
        wake_hour=_measure(n[1] if n else None for n in nights),
        sleep_hours=_measure(n[1] - n[0] if n else None for n in nights),
        outside_minutes=_measure(_num(e.minutes_outside) for e in group),
        contacts=_measure(_num(e.face_contacts) for e in group))


def stretch_days(period: Period) -> int:
    """Two weeks at each end when the period has room for both; otherwise half of it."""
    return STRETCH_DAYS if period.days >= 2 * STRETCH_DAYS else period.days // 2


def compute(entries: Sequence[DiaryEntry], period: Period,
            thought_days: Sequence[date] = ()) -> DiaryFigures:
    """Figures a clinician reads first. Entries outside the period are ignored."""
    inside = sorted((e for e in entries if period.contains(e.day)), key=lambda e: e.day)
    weeks = []
    for first, last in week_bounds(period):
        group = [e for e in inside if first <= e.day <= last]
        records = sum(1 for d in thought_days if first <= d <= last)
        weeks.append(_week(first, last, group, records))
    span = stretch_days(period)
    at_start = now = None
    if span >= 1:
        head_end = period.start + timedelta(days=span - 1)
        tail_start = period.end - timedelta(days=span - 1)
        at_start = _stretch(period.start, head_end, [e for e in inside if e.day <= head_end])
        now = _stretch(tail_start, period.end, [e for e in inside if e.day >= tail_start])
    days = tuple(sorted({e.day for e in inside}))
    return DiaryFigures(
        days_with_entry=len(days), days_in_period=period.days, noted_days=days,
        weeks=tuple(weeks), left_out_days=period.days % 7, at_start=at_start, now=now)
