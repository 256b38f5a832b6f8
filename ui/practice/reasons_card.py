"""On Today, now and then: one of my own reasons, in my words. Quiet on other days."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app import clock
from app.errors import STORE_ERRORS
from app.practice import reasons as reasons_service
from ui.context import AppContext
from ui.widgets.card import Card


class ReasonsCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("From my reasons"), parent)
        self.context = context
        self.lead = QLabel(self)  # the content's words, read when the card first shows
        self.lead.setProperty("role", "muted")
        self.lead.setWordWrap(True)
        self.body.addWidget(self.lead)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.body.addWidget(self.text)
        self.open_button = QPushButton(self.tr("Open my &reasons"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        row = QHBoxLayout()  # the button at its own width, on the left
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        try:
            found = reasons_service.reason_for_today(self.context.reads, clock.today())
        except (*STORE_ERRORS, RuntimeError):
            found = None
        self.text.setText(found[1] if found else "")
        if found is not None and not self.lead.text():
            # lazy: the practice content and its records load only on a day the card shows
            from app.practice import content

            words = content.load_practice().reasons
            self.lead.setText(words.today if words else "")
        self.setVisible(found is not None)

    def _on_open_clicked(self) -> None:
        self.context.navigate_requested.emit("practice", "reasons")
