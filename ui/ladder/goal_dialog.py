"""Rename a ladder: its goal, in the user's own words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, goal: str, save: Callable[[str], None]) -> bool:
        return cls(goal, save, parent).exec() == QDialog.DialogCode.Accepted

    def _on_buttons_accepted(self) -> None:
        try:
            self._save(self.goal.text())
        except FieldErrors as errors:
            self.notes.show(errors)
            return
        self.accept()
