"""Settings: a column of sections (appearance, privacy, backups, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.settings.sections import section_factories
from ui.widgets.card import Card


class SettingsPage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sections: list[Card] = []
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Settings"))
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        for factory in section_factories():
            section = factory(context, inner)
            self.sections.append(section)
            column.addWidget(section)
        column.addStretch(1)
        self.setWidget(inner)

    # -- page contract (ui/shell/page.py) ---------------------------------------------
    def refresh(self) -> None:
        for section in self.sections:
            section.refresh()

    def flush(self) -> None:
        """Settings take effect as they are changed: nothing waits to be saved."""

    def open_item(self, arg: object) -> None:
        """Settings has no items to open."""

    def holds_unsaved_text(self) -> bool:
        return False

    def focus_start(self) -> QWidget | None:
        return next((w for w in (s.focus_start() for s in self.sections) if w is not None), None)

    def section(self, cls: type) -> Card | None:
        return next((s for s in self.sections if isinstance(s, cls)), None)
