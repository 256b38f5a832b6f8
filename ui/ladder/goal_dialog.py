"""Rename a ladder: its goal, in the user's own words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.ladder.form_notes import FormNotes
from ui.ladder.save_buttons import SaveButtons
from ui.widgets import modal


class GoalDialog(QDialog):
    def __init__(self, goal: str, save: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.notes = FormNotes()
        self.setWindowTitle(self.tr("Rename the ladder"))
        col = QVBoxLayout(self)
        form = QFormLayout()
        self.goal = QLineEdit(goal, self)
        self.notes.add(form, "goal", self.tr("&Goal:"), self.goal)
        col.addLayout(form)
        col.addWidget(SaveButtons(self, self.notes, lambda: self._save(self.goal.text())))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, goal: str, save: Callable[[str], None]) -> bool:
        return modal.run(cls(goal, save, parent)) == QDialog.DialogCode.Accepted
