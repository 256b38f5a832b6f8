"""Earlier versions of the plan, each with its date, to read (never to edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.plan import service
from app.plan.models import SECTION_KEYS
from ui.plan.plan_html import saved_when, sections_html
from ui.widgets import modal

if TYPE_CHECKING:
    from sqlite_utils import Database


class VersionsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Earlier versions of my plan"))
        self._build_ui()
        self._load()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.list.setWordWrap(True)  # a long date wraps at 200 % text, never scrolls sideways
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        row.addWidget(self.list)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("The chosen version (read only)"))
        self.view.setReadOnly(True)
        row.addWidget(self.view, 1)
        col.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 120, m.lineSpacing() * 36)

    def _load(self) -> None:
        infos = service.versions(self.db)
        for i, info in enumerate(infos):
            when = saved_when(info.saved_at)
            if i == 0:
                text = self.tr("{when} (latest)\n%n line(s)", "", info.item_count)
            else:
                text = self.tr("{when}\n%n line(s)", "", info.item_count)
            item = QListWidgetItem(text.format(when=when))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        if infos:
            self.list.setCurrentRow(0)
        else:
            self.view.setPlainText(self.tr("No version has been saved yet."))

    def _on_list_current_changed(self, current: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        plan = service.plan_version(self.db, int(current.data(Qt.ItemDataRole.UserRole)))
        if plan is not None:
            self.view.setHtml(sections_html(plan, SECTION_KEYS,
                                            self.tr("This version has no lines.")))

    def selected_version(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> None:
        """Show the versions modally (tests replace this)."""
        modal.run(cls(db, parent))
