"""Small shared words for the routine screens: days, times, an anchor's days."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication

from app import dates
from app.routine.models import EVERY_DAY


def short_weekday(index: int) -> str:
    """Mon … Sun (0 = Monday), in the language of the window."""
    return dates.weekday_name(index)


def clock(t: time) -> str:
    return dates.time_of_day(t)


def day_month(day: date) -> str:
    return dates.day_month(day)


def date_format() -> str:
    """A date field's display pattern, as the rest of Ippo writes a day."""
    return dates.edit_format()


def long_day(day: date) -> str:
    return dates.short_date(day)


def weekdays_text(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return QCoreApplication.translate("RoutineTexts", "every day")
    if days == frozenset(range(5)):
        return QCoreApplication.translate("RoutineTexts", "Monday to Friday")
    if days == frozenset({5, 6}):
        return QCoreApplication.translate("RoutineTexts", "weekends")
    comma = QCoreApplication.translate("RoutineTexts", ", ")
    return comma.join(short_weekday(d) for d in sorted(days))
