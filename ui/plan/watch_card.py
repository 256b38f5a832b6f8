"""Today's quiet card when one of the user's warning-sign watchers sees its sign."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app import clock
from app.errors import SaveFailed
from app.plan import service
from app.plan.models import FiredWatcher
from app.tracebacks import describe
from ui.context import AppContext
from ui.widgets.card import Card
from ui.widgets.field_note import FieldNote

log = logging.getLogger(__name__)


class WatchCard(Card):
    """Names each sign in plain words, opens "what helps", and can be set aside."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A sign you asked Ippo to notice"), parent)
        self.context = context
        self.fired: list[FiredWatcher] = []
        self._built = False  # most days no sign shows: the card's controls wait until one does
        self.setVisible(False)
        self.refresh()

    def _build_ui(self) -> None:
        self.intro = QLabel(self.tr(
            "This is not a failure, just a moment to look after yourself. Your plan has "
            "ideas you wrote for times like this."), self)
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        # Lapse versus relapse (Marlatt & Gordon 1985): where a slip is most likely felt.
        self.lapse = QLabel(self.tr(
            "A slip is a short step back, not a return to where you started. Noticing it "
            "early, as now, usually makes the way back shorter."), self)
        self.lapse.setWordWrap(True)
        self.lapse.setProperty("role", "muted")
        self.body.addWidget(self.lapse)
        self.signs = QLabel(self)
        self.signs.setWordWrap(True)
        self.body.addWidget(self.signs)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open what helps"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("How long to set this aside"))
        for text, days in ((self.tr("for 1 day"), 1), (self.tr("for 3 days"), 3),
                           (self.tr("for a week"), 7)):
            self.period.addItem(text, days)
        self.aside_button = QPushButton(self.tr("Set aside"), self)
        self.aside_button.setAccessibleName(self.tr("Set this note aside"))
        self.aside_button.clicked.connect(self._on_aside_clicked)
        row.addWidget(self.aside_button)
        row.addWidget(self.period)
        self.body.addLayout(row)
        self.note = FieldNote(self)  # why a sign could not be set aside (a full disk)
        self.body.addWidget(self.note)

    def refresh(self) -> None:
        try:
            self.fired = service.fired_watchers(self.context.reads, clock.today())
        except Exception as exc:  # a broken feature must never take Today down
            log.error("plan watchers could not be checked: %s", describe(exc))  # no user text
            self.fired = []
        if not self.fired and not self._built:
            return
        if not self._built:
            self._built = True
            self._build_ui()
        self.signs.setText("\n".join("• " + f.message for f in self.fired))
        self.signs.setAccessibleName(self.signs.text())
        self.setVisible(bool(self.fired))

    def messages(self) -> list[str]:
        return [f.message for f in self.fired]

    def set_aside(self, days: int) -> None:
        """Set every sign shown now aside for `days` days."""
        until = clock.now() + timedelta(days=days)
        try:
            for fired in self.fired:
                service.snooze(self.context.db, fired.kind, until)
        except SaveFailed as failed:  # the signs stay shown; say why they were not set aside
            self.note.show_message(failed.user_message())
            return
        self.note.clear_message()
        self.refresh()
        self.context.notify("plan")

    def _on_aside_clicked(self) -> None:
        self.set_aside(int(self.period.currentData()))

    def _on_open_clicked(self) -> None:
        self.context.navigate_requested.emit("plan", "what_helps")

