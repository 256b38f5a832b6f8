"""Automatic thoughts: text, belief 0-100 %, and one marked as the hot thought."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.thoughts.models import Thought
from ui.thoughts.rating_spin import RatingSpin


@dataclass
class _Row:
    text: QLineEdit
    belief: RatingSpin
    hot: QRadioButton
    remove: QPushButton
    traps: tuple[str, ...] = field(default_factory=tuple)


class ThoughtRows(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.hot_group = QButtonGroup(self)
        self.hot_group.setExclusive(True)
        self._build_ui()
        self.add_row()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Thought"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Belief (0–100 %)"), self), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Hot thought"), self), 0, 2)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add a &thought"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, thought: Thought | None = None) -> QLineEdit:
        n = len(self.rows) + 1
        text = QLineEdit(self)
        text.setAccessibleName(self.tr("Thought {n}").format(n=n))
        belief = RatingSpin(self, " %", self.tr("How much I believed thought {n}").format(n=n))
        hot = QRadioButton(self.tr("hot"), self)
        hot.setAccessibleName(self.tr("Thought {n} is the hot thought").format(n=n))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove thought {n}").format(n=n))
        row = _Row(text, belief, hot, remove)
        if thought:
            text.setText(thought.text)
            belief.set_rating(thought.belief)
            hot.setChecked(thought.is_hot)
            row.traps = thought.traps
        self.hot_group.addButton(hot)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].remove, text)
        for a, b in ((text, belief), (belief, hot), (hot, remove), (remove, self.add_button)):
            QWidget.setTabOrder(a, b)
        line = len(self.rows) + 1
        for col, w in enumerate((text, belief, hot, remove)):
            self.grid.addWidget(w, line, col)
        self.rows.append(row)
        if len(self.rows) == 1 and not thought:
            hot.setChecked(True)  # one thought is the hot one until another is marked
        text.textChanged.connect(self.changed)
        belief.valueChanged.connect(self.changed)
        hot.toggled.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(row))
        return text

    def _remove(self, row: _Row) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.hot_group.removeButton(row.hot)
        for w in (row.text, row.belief, row.hot, row.remove):
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        for i, r in enumerate(self.rows[index:], start=index + 1):
            for col, w in enumerate((r.text, r.belief, r.hot, r.remove)):
                self.grid.addWidget(w, i, col)
        if not self.rows:
            self.add_row()
        elif self.hot_group.checkedButton() is None:
            self.rows[0].hot.setChecked(True)
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row().setFocus()
        self.changed.emit()

    def set_thoughts(self, thoughts: tuple[Thought, ...]) -> None:
        for row in list(self.rows):
            self.hot_group.removeButton(row.hot)
            for w in (row.text, row.belief, row.hot, row.remove):
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        self.rows.clear()
        for t in thoughts:
            self.add_row(t)
        if not self.rows:
            self.add_row()

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

    def first_field(self) -> QWidget:
        return self.rows[0].text
