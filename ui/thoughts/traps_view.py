"""The thinking-trap catalogue: read what each means, hide or show, add your own."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.thoughts import traps as trap_service
from app.validation import FieldErrors
from ui.thoughts.add_trap_dialog import AddTrapDialog

if TYPE_CHECKING:
    from sqlite_utils import Database


class TrapsView(QWidget):
    traps_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._filling = False
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Thinking traps are habits of thought everyone falls into now "
                               "and then, more so when worried or tired. Noticing one does "
                               "not mean your feelings are wrong; it is simply something to "
                               "check against the facts. Untick a trap to hide it when "
                               "tagging; records that use it keep it."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        column.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Thinking traps (ticked ones are shown)"))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        row.addWidget(self.list, 1)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.about, 1)
        column.addLayout(row, 1)
        self.add_button = QPushButton(self.tr("&Add my own trap…"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        keep = self.list.currentRow()
        self._filling = True
        self.list.clear()
        self._traps = trap_service.traps(self.db, include_hidden=True)
        for trap in self._traps:
            label = (trap.label if trap.builtin
                     else self.tr("{trap} (my own)").format(trap=trap.label))
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, trap.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if trap.hidden else Qt.CheckState.Checked)
        self._filling = False
        self.list.setCurrentRow(max(0, min(keep, self.list.count() - 1)))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        hidden = item.checkState() != Qt.CheckState.Checked
        trap_service.set_hidden(self.db, item.data(Qt.ItemDataRole.UserRole), hidden)
        self.traps_changed.emit()

    def _on_list_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        trap = next((t for t in self._traps
                     if item and t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if trap is None:
            self.about.clear()
            return
        text = f"<b>{_esc(trap.label)}</b><p>{_esc(trap.explanation)}</p>"
        if trap.example:
            text += "<p><i>" + _esc(self.tr("For example: {example}").format(
                example=trap.example)) + "</i></p>"
        self.about.setText(text)

    def _on_add_clicked(self) -> None:
        label, explanation, message = "", "", ""
        while True:  # a refused name comes back with what was typed and why
            answer = AddTrapDialog.ask(self.window(), label, explanation, message)
            if answer is None:
                return
            try:
                trap = trap_service.add_trap(self.db, *answer)
                break
            except FieldErrors as errors:
                label, explanation = answer
                message = " ".join(errors.messages.values())
        self.refresh()
        ids = [t.id for t in self._traps]
        self.list.setCurrentRow(ids.index(trap.id))
        self.traps_changed.emit()


def _esc(text: str) -> str:
    return html.escape(text)
