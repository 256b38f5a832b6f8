"""Today: the landing page, a column of cards that each feature contributes."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.today.cards import card_factories


class TodayPage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cards: list[QWidget] = []
        self._build_ui()
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

    def refresh(self) -> None:
        for card in self.cards:
            if hasattr(card, "refresh"):
                card.refresh()

    def focus_start(self) -> QWidget | None:
        """Where the keyboard lands when Today is opened with Ctrl+1: the check-in,
        so "type a number" works at once."""
        for card in self.cards:
            start = getattr(card, "focus_start", None)
            if callable(start):
                widget = start()
                if isinstance(widget, QWidget):
                    return widget
        return None

    def card(self, cls: type) -> QWidget | None:
        return next((c for c in self.cards if isinstance(c, cls)), None)

    def _on_context_data_changed(self, _feature: str) -> None:
        if self.isVisible():
            self.refresh()
