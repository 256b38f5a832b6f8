"""What a reminder says: nothing private, only our own generic words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.reminders.scheduler import CATCH_UP, SNOOZE_1_H, SNOOZE_15_MIN, SNOOZE_TOMORROW, Due


def title(neutral: bool) -> str:
    """The neutral window name when the person chose one for a shared computer."""
    return (QCoreApplication.translate("Reminders", "Notes") if neutral
            else QCoreApplication.translate("Reminders", "Ippo"))


def line(due: Due) -> str:
    if due.kind == CATCH_UP:
        return QCoreApplication.translate("Reminders",
                                          "When you have a moment: a small step for today")
    return QCoreApplication.translate("Reminders", "A small step for today")


def snooze_actions() -> list[tuple[str, str]]:
    return [(SNOOZE_15_MIN, QCoreApplication.translate("Reminders", "In 15 minutes")),
            (SNOOZE_1_H, QCoreApplication.translate("Reminders", "In 1 hour")),
            (SNOOZE_TOMORROW, QCoreApplication.translate("Reminders", "Tomorrow"))]
