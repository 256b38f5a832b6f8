"""Automatic thoughts: text, belief 0-100 %, and one marked as the hot thought."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QPushButton, QRadioButton, QWidget

from app.thoughts.models import Thought
from ui.thoughts.rating_spin import RatingSpin
from ui.thoughts.rows_grid import RowsGrid


@dataclass
class _Row:
    text: QLineEdit
    belief: RatingSpin
    hot: QRadioButton
    remove: QPushButton
    traps: tuple[str, ...] = field(default_factory=tuple)


class ThoughtRows(RowsGrid[_Row, Thought]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hot_group = QButtonGroup(self)
        self.hot_group.setExclusive(True)
        self._build_ui((self.tr("Thought"), self.tr("Belief (0–100 %)"), self.tr("Hot thought")),
                       self.tr("Add a &thought"))
        self.add_row()

    def _new_row(self, thought: Thought | None) -> _Row:
        text = QLineEdit(self)
        belief = RatingSpin(self, " %")
        hot = QRadioButton(self.tr("hot"), self)
        remove = QPushButton(self.tr("Remove"), self)
        row = _Row(text, belief, hot, remove)
        if thought:
            text.setText(thought.text)
            belief.set_rating(thought.belief)
            hot.setChecked(thought.is_hot)
            row.traps = thought.traps
        self.hot_group.addButton(hot)
        if not self.rows and not thought:
            hot.setChecked(True)  # one thought is the hot one until another is marked
        text.textChanged.connect(self.changed)
        belief.valueChanged.connect(self.changed)
        hot.toggled.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(row))
        return row

    def _widgets(self, row: _Row) -> tuple[QWidget, ...]:
        return (row.text, row.belief, row.hot, row.remove)

    def _number(self, row: _Row, n: int) -> None:
        row.text.setAccessibleName(self.tr("Thought {n}").format(n=n))
        row.belief.setAccessibleName(self.tr("How much I believed thought {n}").format(n=n))
        row.hot.setAccessibleName(self.tr("Thought {n} is the hot thought").format(n=n))
        row.remove.setAccessibleName(self.tr("Remove thought {n}").format(n=n))

    def _discard(self, row: _Row) -> None:
        self.hot_group.removeButton(row.hot)

    def _after_remove(self) -> None:
        if self.hot_group.checkedButton() is None:
            self.rows[0].hot.setChecked(True)

    def set_thoughts(self, thoughts: tuple[Thought, ...]) -> None:
        self._set_items(thoughts)

    def values(self) -> list[Thought]:
        return [Thought(r.text.text(), r.belief.rating(), r.hot.isChecked(), r.traps)
                for r in self.rows]

    def hot_index(self) -> int:
        for i, r in enumerate(self.rows):
            if r.hot.isChecked():
                return i
        return 0

    def set_traps(self, index: int, traps: tuple[str, ...]) -> None:
        self.rows[index].traps = traps
        self.changed.emit()
