"""Settings: a column of sections (appearance, privacy, backups, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.settings.sections import section_factories


class SettingsPage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sections: list[QWidget] = []
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

    def refresh(self) -> None:
        for section in self.sections:
            if hasattr(section, "refresh"):
                section.refresh()

    def section(self, cls: type) -> QWidget | None:
        return next((s for s in self.sections if isinstance(s, cls)), None)
