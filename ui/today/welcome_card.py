"""A short greeting at the top of Today: the date, and a gentle word."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app import clock, dates
from ui.context import AppContext
from ui.widgets.card import Card


class WelcomeCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.context = context
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.body.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        day = dates.long_date(clock.today())
        self.set_title(day)
        self.note.setText(self.tr(
            "One small step is enough for today. Whatever you do here stays on this computer."
        ))
