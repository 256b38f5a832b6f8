"""Today: the landing page, a column of cards that each feature contributes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.today.cards import card_factories
from ui.widgets.card import Card


class TodayPage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cards: list[Card] = []
        self._build_ui()
        # Each card read its data as it was built; the window's refresh that follows
        # in the same turn of the event loop would read it all again.
        self._just_built = True
        QTimer.singleShot(0, self, self._settle)
        context.data_changed.connect(self._on_context_data_changed)

    def _build_ui(self) -> None:
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Today"))
        inner = QWidget(self)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 20, 24, 20)
        self.column.setSpacing(14)
        for factory in card_factories():
            card = factory(self.context, inner)
            self.cards.append(card)
            self.column.addWidget(card)
        self.column.addStretch(1)
        self.setWidget(inner)

    # -- page contract (ui/shell/page.py) ---------------------------------------------
    def refresh(self) -> None:
        if self._just_built:
            self._just_built = False
            return
        for card in self.cards:
            card.refresh()

    def flush(self) -> None:
        """Nothing typed here is kept: the check-in saves as soon as a number is chosen."""

    def open_item(self, arg: object) -> None:
        """Today has no items of its own to open."""

    def holds_unsaved_text(self) -> bool:
        return False

    def focus_start(self) -> QWidget | None:
        """Where the keyboard lands when Today is opened with Ctrl+1: the check-in,
        so "type a number" works at once."""
        return next((w for w in (c.focus_start() for c in self.cards) if w is not None), None)

    def card(self, cls: type) -> Card | None:
        return next((c for c in self.cards if isinstance(c, cls)), None)

    def _settle(self) -> None:
        self._just_built = False

    def _on_context_data_changed(self, _feature: str) -> None:
        self._just_built = False
        if self.isVisible():
            self.refresh()
