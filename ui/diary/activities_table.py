"""A small table of the day's activities, each optionally rated for enjoyment and achievement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ActivitiesTable(QWidget):
    """Rows of [activity, enjoyment 0–10, achievement 0–10] as typed text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activity"), self.tr("Enjoyment 0–10"), self.tr("Achievement 0–10")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        # The activity column stretches to the width there is: never scroll sideways.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        trig = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(trig.DoubleClicked | trig.EditKeyPressed | trig.AnyKeyPressed
                                   | trig.SelectedClicked)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.table.itemChanged.connect(self._on_table_item_changed)
        column.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd activity"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected activity"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)

    def rows(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c).text() if self.table.item(r, c) else ""
                     for c in range(3)]
            if any(c.strip() for c in cells):
                out.append(cells)
        return out

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for cells in rows:
            self._append([str(c) for c in (list(cells) + ["", "", ""])[:3]])
        self.table.blockSignals(False)

    def _append(self, cells: list[str]) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(cells):
            self.table.setItem(r, c, QTableWidgetItem(text))
        return r

    def _on_add_clicked(self) -> None:
        self.table.blockSignals(True)
        r = self._append(["", "", ""])
        self.table.blockSignals(False)
        self.table.setFocus()
        self.table.setCurrentCell(r, 0)
        self.table.editItem(self.table.item(r, 0))

    def _on_remove_clicked(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()
