"""Add or edit one step: its title, target minutes, predicted distress and a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ladder.inputs import StepInput
from app.ladder.service import check_step
from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes
from ui.ladder.number_field import NumberField
from ui.ladder.save_buttons import SaveButtons
from ui.widgets import modal

SaveStep = Callable[[StepInput], None]


class StepDialog(QDialog):
    def __init__(self, initial: StepInput | None, save: SaveStep,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.notes = FormNotes()
        self.setWindowTitle(self.tr("Edit step") if initial else self.tr("New step"))
        self._build_ui()
        if initial:
            self.title.setText(initial.title)
            self.minutes.set_value(initial.target_minutes)
            self.suds.set_value(initial.predicted_suds)
            self.note.setPlainText(initial.note)

    @classmethod
    def ask(cls, parent: QWidget | None, initial: StepInput | None, save: SaveStep) -> bool:
        """True when the step was saved. Tests replace this."""
        return modal.run(cls(initial, save, parent)) == QDialog.DialogCode.Accepted

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("For example: walk to the corner"))
        self.minutes = NumberField(self.tr("minutes"), self)
        self.suds = NumberField(self.tr("0 to 100"), self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes.add(form, "title", self.tr("&Step:"), self.title)
        self.notes.add(form, "target_minutes", self.tr("&Target minutes (optional):"),
                       self.minutes)
        self.notes.add(form, "predicted_suds", self.tr("&Expected distress (SUDS):"), self.suds)
        self.notes.add(form, "note", self.tr("&Note:"), self.note)
        col.addLayout(form)
        col.addWidget(SaveButtons(self, self.notes, lambda: self._save(self.collect())))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def collect(self) -> StepInput:
        errors = FieldErrors()
        values: dict[str, int | None] = {}
        for name, field in (("target_minutes", self.minutes), ("predicted_suds", self.suds)):
            try:
                values[name] = field.value()
            except ValueError:
                errors.add(name, NumberField.not_a_number())
                values[name] = None
        step = StepInput(self.title.text(), note=self.note.toPlainText(), **values)
        if errors.messages:  # every problem at once: the service's too
            check_step(errors, step)
        errors.raise_if_any()
        return step
