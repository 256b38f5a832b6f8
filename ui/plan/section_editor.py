"""One section of the plan: an editable, reorderable list (keyboard: Alt+Up/Down, Ctrl+Enter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.plan.models import PlanItem
from ui.widgets.field_note import FieldNote


class SectionEditor(QWidget):
    """A titled list of lines; contacts have a second column for how to reach them."""

    edited = Signal()

    def __init__(self, key: str, title: str, with_detail: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.with_detail = with_detail
        self._build_ui()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.heading = QLabel(self.title, self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        col.addWidget(self.heading)
        self.table = QTableWidget(0, 2 if self.with_detail else 1, self)
        self.table.setAccessibleName(self.title)
        self.table.setAccessibleDescription(self.tr(
            "Alt+Up and Alt+Down move the chosen line; Ctrl+Enter adds a line; F2 edits."))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.with_detail:
            self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("How to reach them")])
        else:
            header.hide()
        self.table.itemChanged.connect(self._on_table_item_changed)
        col.addWidget(self.table)
        self.note = FieldNote(self)
        col.addWidget(self.note)
        col.addLayout(self._build_buttons())
        self._fit_height()
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Alt+Up/Down move the chosen line, Ctrl+Enter adds one (keys on the list)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers()
            alt = mods & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if (mods & Qt.KeyboardModifier.ControlModifier
                    and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                self._on_add_clicked()
                return True
        return super().eventFilter(watched, event)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = ((self.tr("Add a line"), self.tr("Add a line to “{section}”"),
                  self._on_add_clicked),
                 (self.tr("Up"), self.tr("Move the chosen line up in “{section}”"),
                  self._on_up_clicked),
                 (self.tr("Down"), self.tr("Move the chosen line down in “{section}”"),
                  self._on_down_clicked),
                 (self.tr("Remove"), self.tr("Remove the chosen line from “{section}”"),
                  self._on_remove_clicked))
        self.buttons: list[QPushButton] = []
        for text, name, slot in specs:
            button = QPushButton(text, self)
            button.setAccessibleName(name.format(section=self.title))
            button.setToolTip(name.format(section=self.title))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        self.add_button, self.up_button, self.down_button, self.remove_button = self.buttons
        row.addStretch(1)
        return row

    # -- content --------------------------------------------------------------
    def items(self) -> list[PlanItem]:
        """The lines as shown, top to bottom (blank ones included; the service drops them)."""
        out = []
        for r in range(self.table.rowCount()):
            text = self._cell(r, 0)
            detail = self._cell(r, 1) if self.with_detail else ""
            out.append(PlanItem(text, detail))
        return out

    def set_items(self, items: list[PlanItem]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.table.blockSignals(False)
        self.note.clear_message()
        self._fit_height()

    def add_item(self, text: str, detail: str = "") -> None:
        self.table.blockSignals(True)
        self._append(PlanItem(text, detail))
        self.table.blockSignals(False)
        self._fit_height()
        self.edited.emit()

    def show_error(self, message: str) -> None:
        self.note.show_message(message)

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.items()
        items[row], items[target] = items[target], items[row]
        self.set_items(items)
        self.table.setCurrentCell(target, 0)
        self.table.setFocus()
        self.edited.emit()

    def _append(self, item: PlanItem) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(item.text))
        if self.with_detail:
            self.table.setItem(r, 1, QTableWidgetItem(item.detail))

    def _cell(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell else ""

    def _fit_height(self) -> None:
        # Show every line without an inner scroll bar: the page itself scrolls.
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().height() if self.with_detail else 0
        line = self.fontMetrics().lineSpacing()
        self.table.setFixedHeight(max(rows, line * 2) + header + 2 * self.table.frameWidth() + 4)

    # -- slots ----------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        self.add_item("")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def _on_up_clicked(self) -> None:
        self.move_current(-1)

    def _on_down_clicked(self) -> None:
        self.move_current(1)

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._fit_height()
        self.edited.emit()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._fit_height()
        self.edited.emit()
