"""Small shared words for the routine screens: days, times, an anchor's days."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import dates
from app.routine.models import EVERY_DAY


def weekdays_text(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return QCoreApplication.translate("RoutineTexts", "every day")
    if days == frozenset(range(5)):
        return QCoreApplication.translate("RoutineTexts", "Monday to Friday")
    if days == frozenset({5, 6}):
        return QCoreApplication.translate("RoutineTexts", "weekends")
    comma = QCoreApplication.translate("RoutineTexts", ", ")
    return comma.join(dates.weekday_name(d) for d in sorted(days))
