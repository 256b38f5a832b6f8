"""One line under the sleep times: hours slept and the middle of the night, or a hint."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication

from app import dates
from app.diary.form import parse_time
from app.diary.models import MAX_SLEEP_HOURS, DiaryEntry


def sleep_summary(bed_text: str, wake_text: str) -> str:
    """What the two typed times mean, in words (empty when one is missing)."""
    try:
        bed, wake = parse_time(bed_text), parse_time(wake_text)
    except ValueError:
        return ""
    if bed is None or wake is None:
        return ""
    entry = DiaryEntry(day=date(2000, 1, 1), bedtime=bed, waketime=wake)
    hours, middle = entry.sleep_hours, entry.sleep_midpoint
    assert hours is not None and middle is not None
    if hours == 0 or hours > MAX_SLEEP_HOURS:
        return ""
    minutes = round(middle * 60) % (24 * 60)
    text = QCoreApplication.translate(
        "SleepSummary", "About {hours} hours of sleep; the middle of your sleep was at {middle}.")
    return text.format(hours=f"{hours:.1f}".rstrip("0").rstrip("."),
                       middle=dates.time_of_day(time(minutes // 60, minutes % 60)))
