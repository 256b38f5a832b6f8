"""Log or edit one attempt of a step: before, during and after, every field optional."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ladder.models import AttemptInput
from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes
from ui.ladder.number_field import NumberField
from ui.ladder.save_buttons import SaveButtons
from ui.widgets import modal

SaveAttempt = Callable[[AttemptInput], None]
KeepDraft = Callable[[dict[str, Any]], None]
_NUMBERS = ("planned_minutes", "actual_minutes", "suds_before", "feared_likelihood_before",
            "suds_peak", "suds_after", "likelihood_after")


class AttemptDialog(QDialog):
    """Calls `save(AttemptInput)`; a FieldErrors keeps the dialog open with the
    message at the field and everything typed still in place."""

    def __init__(self, step_title: str, initial: AttemptInput, save: SaveAttempt,
                 parent: QWidget | None = None, keep: KeepDraft | None = None,
                 draft: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._keep = keep
        self.notes = FormNotes()
        self.setWindowTitle(self.tr("An attempt: {step}").format(step=step_title))
        self._build_ui()
        self.load(initial)
        if draft:
            self.restore(draft)
        # Typing is kept as a draft a moment after each change, so a crash or a
        # power cut loses at most a second or two of it.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1500)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        for field in [*self.fields.values(), self.feared, self.safety, self.learned]:
            field.textEdited.connect(self._draft_timer.start)
        self.note.textChanged.connect(self._draft_timer.start)

    @classmethod
    def ask(cls, parent: QWidget | None, step_title: str, initial: AttemptInput,
            save: SaveAttempt, keep: KeepDraft | None = None,
            draft: dict[str, Any] | None = None) -> bool:
        """Shows the dialog; True when an attempt was saved. Tests replace this."""
        dialog = cls(step_title, initial, save, parent, keep, draft)
        return modal.run(dialog) == QDialog.DialogCode.Accepted

    def snapshot(self) -> dict[str, Any]:
        """Everything typed, as text, for the draft store."""
        texts = {name: f.text() for name, f in self.fields.items()}
        return {**texts, "feared_outcome": self.feared.text(),
                "safety_behaviours": self.safety.text(), "learned": self.learned.text(),
                "note": self.note.toPlainText()}

    def restore(self, draft: dict[str, Any]) -> None:
        for name, field in self.fields.items():
            field.setText(str(draft.get(name, field.text())))
        self.feared.setText(str(draft.get("feared_outcome", self.feared.text())))
        self.safety.setText(str(draft.get("safety_behaviours", self.safety.text())))
        self.learned.setText(str(draft.get("learned", self.learned.text())))
        self.note.setPlainText(str(draft.get("note", self.note.toPlainText())))

    def done(self, result: int) -> None:
        self._draft_timer.stop()  # the page drops the draft once the dialog is closed
        super().done(result)

    def _on_draft_timer_timeout(self) -> None:
        if self._keep is not None:
            self._keep(self.snapshot())

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        form = QFormLayout(inner)
        n = self.notes
        self.started = QDateTimeEdit(inner)
        self.started.setCalendarPopup(True)
        self.has_end = QCheckBox(self.tr("I know when it &ended"), inner)
        self.ended = QDateTimeEdit(inner)
        self.ended.setCalendarPopup(True)
        self.has_end.toggled.connect(self.ended.setEnabled)
        n.add(form, "started_at", self.tr("&Started:"), self.started)
        form.addRow(self.has_end)
        n.add(form, "ended_at", self.tr("E&nded:"), self.ended)
        self.fields: dict[str, NumberField] = {}
        minutes, percent = self.tr("minutes"), self.tr("0 to 100")
        self._section(form, self.tr("Before"))
        self._number(form, "planned_minutes", self.tr("&Planned minutes:"), minutes)
        self._number(form, "suds_before", self.tr("Distress &before (SUDS):"), percent)
        self.feared = QLineEdit(inner)
        self.feared.setPlaceholderText(self.tr("In your own words"))
        n.add(form, "feared_outcome", self.tr("What I &fear will happen:"), self.feared)
        self._number(form, "feared_likelihood_before", self.tr("How &likely it feels (%):"),
                     percent)
        self._section(form, self.tr("During and after"))
        self._number(form, "actual_minutes", self.tr("&Actual minutes:"), minutes)
        self._number(form, "suds_peak", self.tr("Distress at &peak (SUDS):"), percent)
        self._number(form, "suds_after", self.tr("Distress a&fterwards (SUDS):"), percent)
        self.happened = QComboBox(inner)
        for text, value in ((self.tr("Not said"), None), (self.tr("No"), "no"),
                            (self.tr("Partly"), "partly"), (self.tr("Yes"), "yes")):
            self.happened.addItem(text, value)
        n.add(form, "outcome_happened", self.tr("Did it &happen?"), self.happened)
        self._number(form, "likelihood_after", self.tr("How likely it feels &now (%):"),
                     percent)
        self.safety = QLineEdit(inner)
        n.add(form, "safety_behaviours", self.tr("Safety &behaviours I used:"), self.safety)
        self.learned = QLineEdit(inner)
        n.add(form, "learned", self.tr("What I lea&rned:"), self.learned)
        self.note = QPlainTextEdit(inner)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        n.add(form, "note", self.tr("N&ote:"), self.note)
        scroll.setWidget(inner)
        # Wide enough for the longest label in any language; only the height scrolls.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(inner.sizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 8)
        outer.addWidget(scroll)
        outer.addWidget(SaveButtons(self, self.notes, lambda: self._save(self.collect())))
        self.resize(self.fontMetrics().averageCharWidth() * 70,
                    self.fontMetrics().lineSpacing() * 34)

    def _section(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text, form.parentWidget())
        label.setProperty("role", "title")
        form.addRow(label)

    def _number(self, form: QFormLayout, name: str, label: str, hint: str) -> None:
        field = NumberField(hint, form.parentWidget())
        self.fields[name] = field
        self.notes.add(form, name, label, field)

    def load(self, data: AttemptInput) -> None:
        self.started.setDateTime(QDateTime(data.started_at.replace(tzinfo=None)))
        end = data.ended_at or data.started_at
        self.ended.setDateTime(QDateTime(end.replace(tzinfo=None)))
        self.has_end.setChecked(data.ended_at is not None)
        self.ended.setEnabled(data.ended_at is not None)
        for name, field in self.fields.items():
            field.set_value(getattr(data, name))
        self.feared.setText(data.feared_outcome)
        self.happened.setCurrentIndex(max(0, self.happened.findData(data.outcome_happened)))
        self.safety.setText(data.safety_behaviours)
        self.learned.setText(data.learned)
        self.note.setPlainText(data.note)

    def collect(self) -> AttemptInput:
        """What is in the form; FieldErrors for text that is not a number."""
        errors = FieldErrors()
        numbers: dict[str, int | None] = {}
        for name, field in self.fields.items():
            try:
                numbers[name] = field.value()
            except ValueError:
                errors.add(name, NumberField.not_a_number())
        errors.raise_if_any()
        return AttemptInput(
            started_at=_local(self.started.dateTime()),
            ended_at=_local(self.ended.dateTime()) if self.has_end.isChecked() else None,
            feared_outcome=self.feared.text(), outcome_happened=self.happened.currentData(),
            safety_behaviours=self.safety.text(), learned=self.learned.text(),
            note=self.note.toPlainText(), **numbers)


def _local(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0).astimezone()
