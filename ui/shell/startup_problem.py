"""The start-up problem screen: what stops Ippo from opening, in plain words.

When the database is there but unusable and a good backup was found, the
screen offers to put that backup back; nothing happens unless the person asks.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app import dates
from app.storefile import StoreProblem


def _when(moment: datetime) -> str:
    return dates.long_date_time(moment)


class StartupProblemScreen:
    """Tests replace `ask` and `tell_restored`; `quiet` (the smoke test) prints instead."""

    quiet = False

    @classmethod
    def ask(cls, problem: StoreProblem) -> bool:
        """Show the problem; True when the person chose to restore the offered backup."""
        text = problem.user_message(offer=False)
        taken = problem.offer_taken if problem.offer is not None else None
        if taken is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Startup", "Ippo has a good backup from {date}. Restoring it keeps the "
                "unusable file in the backups folder, so nothing is lost.",
            ).format(date=_when(taken))
        if cls.quiet:
            print(text, file=sys.stderr, flush=True)
            return False
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Startup", "Ippo"), text)
        restore = None
        if taken is not None:
            label = QCoreApplication.translate("Startup", "Restore the newest backup from {date}")
            restore = box.addButton(label.format(date=_when(taken)),
                                    QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(QCoreApplication.translate("Startup", "Close"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return restore is not None and chosen is restore

    @classmethod
    def tell_restored(cls, problem: StoreProblem, kept: Path | None) -> None:
        """Say what was done: the backup is back, the unusable file kept (and where)."""
        taken = problem.offer_taken
        text = QCoreApplication.translate(
            "Startup", "The backup from {date} is your data again.",
        ).format(date=_when(taken) if taken is not None else "")
        if kept is not None:
            text += " " + QCoreApplication.translate(
                "Startup", "The unusable file was kept as {name} in the backups folder.",
            ).format(name=kept.name)
        if cls.quiet:
            print(text, file=sys.stderr, flush=True)
            return
        QMessageBox.information(None, QCoreApplication.translate("Startup", "Ippo"), text)
