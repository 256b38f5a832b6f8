"""Start a ladder: from a template (a time ladder can be re-timed) or from scratch."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import SaveFailed
from app.ladder.inputs import StepInput
from app.ladder.service import check_goal
from app.ladder.templates import Template, retime, step_inputs
from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes
from ui.ladder.number_field import NumberField
from ui.widgets import modal

SaveLadder = Callable[[str, list[StepInput], str], None]


class NewLadderDialog(QDialog):
    """Calls `save(goal, steps, template_id)`; FieldErrors keep it open."""

    def __init__(self, templates: Sequence[Template], save: SaveLadder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = list(templates)
        self._save = save
        self._steps: list[StepInput] = []
        self._auto_goal = ""
        self.notes = FormNotes()
        self.setWindowTitle(self.tr("New ladder"))
        self._build_ui()
        self._on_template_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, templates: Sequence[Template], save: SaveLadder) -> bool:
        return modal.run(cls(templates, save, parent)) == QDialog.DialogCode.Accepted

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        self.form = form = QFormLayout()
        self.template = QComboBox(self)
        self.template.addItem(self.tr("My own steps (start empty)"), "")
        for t in self.templates:
            self.template.addItem(t.name, t.id)
        self.goal = QLineEdit(self)
        self.goal.setPlaceholderText(self.tr("What you would like to be able to do"))
        form.addRow(self.tr("Start &from:"), self.template)
        self.notes.add(form, "goal", self.tr("&Goal:"), self.goal)
        self.first = NumberField(self.tr("minutes"), self)
        self.last = NumberField(self.tr("minutes"), self)
        self.count = NumberField("", self)
        self.notes.add(form, "first", self.tr("F&irst step (minutes):"), self.first)
        self.notes.add(form, "last", self.tr("&Last step (minutes):"), self.last)
        self.notes.add(form, "count", self.tr("&Number of steps:"), self.count)
        self.time_rows = [self.first, self.last, self.count]
        col.addLayout(form)
        self.preview_label = QLabel(self.tr("Steps, easiest first:"), self)
        self.preview = QListWidget(self)
        self.preview.setAccessibleName(self.tr("Steps, easiest first"))
        self.preview_label.setBuddy(self.preview)
        col.addWidget(self.preview_label)
        col.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(self.tr("&Create the ladder"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.buttons = buttons
        self.template.currentIndexChanged.connect(self._on_template_changed)
        for field in self.time_rows:
            field.textEdited.connect(self._on_time_edited)
        self.resize(self.fontMetrics().averageCharWidth() * 70,
                    self.fontMetrics().lineSpacing() * 26)

    def chosen(self) -> Template | None:
        tid = self.template.currentData()
        return next((t for t in self.templates if t.id == tid), None)

    def _on_template_changed(self, _index: int = 0) -> None:
        t = self.chosen()
        if self.goal.text() in ("", self._auto_goal):
            self._auto_goal = t.goal if t else ""
            self.goal.setText(self._auto_goal)
        is_time = bool(t and t.kind == "time")
        for name in ("first", "last", "count"):  # only where the user picks the minutes
            self.notes.set_row_visible(self.form, name, is_time)
        if t and is_time:
            minutes = [s.minutes or 0 for s in t.steps]
            self.first.set_value(minutes[0])
            self.last.set_value(minutes[-1])
            self.count.set_value(len(minutes))
        self.notes.clear()
        self._show_steps(step_inputs(t) if t else [])

    def _on_time_edited(self, _text: str = "") -> None:
        t = self.chosen()
        if t is None:
            return
        try:
            self.notes.clear()
            self._show_steps(self._time_steps(t))
        except FieldErrors as errors:
            self.notes.show_quietly(errors)
            self._show_steps([])

    def _time_steps(self, t: Template) -> list[StepInput]:
        errors = FieldErrors()
        values = {}
        for name, field in (("first", self.first), ("last", self.last), ("count", self.count)):
            try:
                values[name] = field.value()
            except ValueError:
                errors.add(name, NumberField.not_a_number())
            if values.get(name, 0) is None:
                errors.add(name, self.tr("Please give a number here."))
        errors.raise_if_any()
        default = [s.minutes for s in t.steps]
        wanted = (values["first"], values["last"], values["count"])
        if wanted == (default[0], default[-1], len(default)):
            return step_inputs(t)  # the template's own, hand-picked run
        return step_inputs(retime(t, *wanted))  # type: ignore[arg-type]

    def _show_steps(self, steps: list[StepInput]) -> None:
        self._steps = steps
        self.preview.clear()
        for i, s in enumerate(steps, 1):
            self.preview.addItem(self.tr("{n}. {title} (expected distress {suds})").format(
                n=i, title=s.title, suds=s.predicted_suds))

    def _on_buttons_accepted(self) -> None:
        t = self.chosen()
        try:
            try:
                steps = self._time_steps(t) if t and t.kind == "time" else self._steps
            except FieldErrors as errors:
                check_goal(errors, self.goal.text())  # every problem at once
                raise
            self._save(self.goal.text(), steps, t.id if t else "")
        except FieldErrors as errors:
            self.notes.show(errors)
            return
        except SaveFailed as failed:  # nothing stored; everything typed stays
            self.notes.show_failure(self.buttons, failed.user_message())
            return
        self.accept()
