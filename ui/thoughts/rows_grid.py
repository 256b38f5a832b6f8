"""A grid of editable rows under column headings, with Add and a Remove button per row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

Row = TypeVar("Row")
Item = TypeVar("Item")


class RowsGrid(QWidget, Generic[Row, Item]):
    """Lays out, orders, removes and replaces rows; a subclass makes them.

    The subclass calls `_build_ui` with its headings and Add text, translated in
    its own context, then `add_row()`. It builds one row's widgets in `_new_row`,
    with the Remove button wired to `_remove`, and names a row's widgets left to
    right in `_widgets`: the first is the row's text field, the last its Remove,
    and gives them accessible names with the row's number in `_number` (called
    again when an earlier row is removed, so a screen reader counts 1, 2, 3).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def _build_ui(self, headings: Sequence[str], add_text: str) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for col, heading in enumerate(headings):
            self.grid.addWidget(QLabel(heading, self), 0, col)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._on_add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _new_row(self, item: Item | None) -> Row:
        """A new row's widgets, filled from `item` and connected to `changed`."""
        raise NotImplementedError

    def _widgets(self, row: Row) -> tuple[QWidget, ...]:
        raise NotImplementedError

    def _number(self, row: Row, n: int) -> None:
        """Give row number `n`'s widgets their accessible names."""
        raise NotImplementedError

    def _discard(self, row: Row) -> None:
        """Called before a row's widgets are deleted."""

    def _after_remove(self) -> None:
        """Called once a removed row's place is filled, before `changed`."""

    def add_row(self, item: Item | None = None) -> QLineEdit:
        row = self._new_row(item)
        self._number(row, len(self.rows) + 1)
        widgets = self._widgets(row)
        # Rows added later still Tab in reading order: ... → this row → Add.
        if self.rows:
            QWidget.setTabOrder(self._widgets(self.rows[-1])[-1], widgets[0])
        for a, b in zip(widgets, [*widgets[1:], self.add_button], strict=True):
            QWidget.setTabOrder(a, b)
        for col, w in enumerate(widgets):
            self.grid.addWidget(w, len(self.rows) + 1, col)
        self.rows.append(row)
        return cast(QLineEdit, widgets[0])

    def _delete(self, row: Row) -> None:
        self._discard(row)
        for w in self._widgets(row):
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()

    def _remove(self, row: Row) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self._delete(row)
        # Keep the grid compact: move later rows up one line, and renumber them.
        for i, later in enumerate(self.rows[index:], start=index + 1):
            for col, w in enumerate(self._widgets(later)):
                self.grid.addWidget(w, i, col)
            self._number(later, i)
        if not self.rows:
            self.add_row()
        self._after_remove()
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row().setFocus()
        self.changed.emit()

    def _set_items(self, items: Iterable[Item]) -> None:
        for row in list(self.rows):
            self._delete(row)
        self.rows.clear()
        for item in items:
            self.add_row(item)
        if not self.rows:
            self.add_row()

    def first_field(self) -> QWidget:
        return self._widgets(self.rows[0])[0]
