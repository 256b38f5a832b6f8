"""Small shared words for the routine screens: days, times, an anchor's days."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.routine.models import EVERY_DAY


def short_weekday(index: int) -> str:
    """Mon … Sun (0 = Monday), in the language of the window."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def clock(t: time) -> str:
    return QLocale().toString(QTime(t.hour, t.minute), "H:mm")


def day_month(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "M/d")


def date_format() -> str:
    """A date written out, as the glossary asks: "Nov 30, 2026", "2026年11月30日"."""
    return QCoreApplication.translate("RoutineTexts", "MMM d, yyyy")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def weekdays_text(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return QCoreApplication.translate("RoutineTexts", "every day")
    if days == frozenset(range(5)):
        return QCoreApplication.translate("RoutineTexts", "Monday to Friday")
    if days == frozenset({5, 6}):
        return QCoreApplication.translate("RoutineTexts", "weekends")
    comma = QCoreApplication.translate("RoutineTexts", ", ")
    return comma.join(short_weekday(d) for d in sorted(days))
