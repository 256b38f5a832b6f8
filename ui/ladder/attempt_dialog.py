"""Log or edit one attempt of a step: before, during and after, every field optional."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
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

from app import dates
from app.ladder import service as sv
from app.ladder.guide import guide
from app.ladder.inputs import AttemptInput
from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes
from ui.ladder.number_field import NumberField
from ui.ladder.save_buttons import SaveButtons
from ui.widgets import modal
from ui.widgets.draft_timer import DraftTimer

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
        # Typing is kept as a draft a second after a pause and at least every two
        # seconds while it goes on, so a crash or a power cut loses at most that much.
        self._draft_timer = DraftTimer(self)
        self._draft_timer.due.connect(self._on_draft_timer_due)
        self._draft_timer.flush_on_focus_out()
        for field in [*self.fields.values(), self.feared, self.safety, self.learned]:
            field.textEdited.connect(self._draft_timer.poke)
        self.note.textChanged.connect(self._draft_timer.poke)

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

    def _on_draft_timer_due(self) -> None:
        if self._keep is not None:
            self._keep(self.snapshot())

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        form = QFormLayout(inner)
        n = self.notes
        words = guide()
        # What an attempt is for, said before anything is asked (Craske et al. 2014).
        self.intro = self._hint(form, "\n".join(t for t in (words.stay, words.early) if t),
                                muted=False)
        self.intro.setContentsMargins(0, 0, 0, self.fontMetrics().lineSpacing() // 2)
        self.started = QDateTimeEdit(inner)
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat(dates.edit_time_format())
        self.has_end = QCheckBox(self.tr("I know when it &ended"), inner)
        self.ended = QDateTimeEdit(inner)
        self.ended.setCalendarPopup(True)
        self.ended.setDisplayFormat(dates.edit_time_format())
        self.has_end.toggled.connect(self.ended.setEnabled)
        n.add(form, "started_at", self.tr("&Started:"), self.started)
        form.addRow(self.has_end)
        n.add(form, "ended_at", self.tr("E&nded:"), self.ended)
        self.fields: dict[str, NumberField] = {}
        minutes, percent = self.tr("minutes"), self.tr("0 to 100")
        self._section(form, self.tr("Before"))
        self.suds_hint = self._hint(form, words.suds)
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
        # When what was feared happened, the lesson is that it could be borne.
        self.happened_reply = self._hint(form, words.happened, muted=False)
        self.happened.currentIndexChanged.connect(self._show_reply)
        self.learned = QLineEdit(inner)
        n.add(form, "learned", self.tr("What I lea&rned:"), self.learned)
        self.safety = QLineEdit(inner)
        n.add(form, "safety_behaviours", self.tr("Safety &behaviours I used:"), self.safety)
        self.safety_hint = self._hint(
            form, "\n".join(t for t in (words.safety, words.safety_examples) if t))
        self._exercise_row(form)
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
        self.resize(self.fontMetrics().averageCharWidth() * 76,
                    self.fontMetrics().lineSpacing() * 34)
        self._show_reply()

    def _exercise_row(self, form: QFormLayout) -> None:
        """An exercise from the Practice page used during the attempt goes into the same
        safety-behaviours field (one model): named honestly, whichever way it was used."""
        from app.practice.content import load_practice  # lazy: read when the dialog opens
        from app.practice.models import REHEARSAL  # lazy: as above

        self.exercise_pick = QComboBox(form.parentWidget())
        self.exercise_pick.addItem(self.tr("Choose an exercise…"), "")
        for ex in load_practice().exercises:
            if ex.kind != REHEARSAL:
                self.exercise_pick.addItem(ex.title, ex.title)
        self.exercise_pick.activated.connect(self._on_exercise_picked)
        self.notes.add(form, "exercise_used", self.tr("An e&xercise I used:"),
                       self.exercise_pick)
        self.exercise_hint = self._hint(form, self.tr(
            "Breathing or grounding can help you stay and find out what happens. If you "
            "used one to end the step sooner, noting that here is honest, not a failure."))

    def add_exercise(self, title: str) -> None:
        """Append an exercise's name to the safety behaviours, once."""
        current = [t.strip() for t in self.safety.text().split(",") if t.strip()]
        if title and title not in current:
            self.safety.setText(", ".join([*current, title]))
            self._draft_timer.poke()

    def _on_exercise_picked(self, index: int) -> None:
        self.add_exercise(str(self.exercise_pick.itemData(index) or ""))
        self.exercise_pick.setCurrentIndex(0)

    def _hint(self, form: QFormLayout, text: str, muted: bool = True) -> QLabel:
        """A wrapped line of guidance across the form (hidden when there is no text)."""
        label = QLabel(text, form.parentWidget())
        label.setWordWrap(True)
        if muted:
            label.setProperty("role", "muted")
        form.addRow(label)
        label.setVisible(bool(text))
        return label

    def _show_reply(self) -> None:
        shown = self.happened.currentData() in ("partly", "yes")
        self.happened_reply.setVisible(shown and bool(self.happened_reply.text()))

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
                numbers[name] = None
        data = AttemptInput(
            started_at=_local(self.started.dateTime()),
            ended_at=_local(self.ended.dateTime()) if self.has_end.isChecked() else None,
            feared_outcome=self.feared.text(), outcome_happened=self.happened.currentData(),
            safety_behaviours=self.safety.text(), learned=self.learned.text(),
            note=self.note.toPlainText(), **numbers)
        if errors.messages:  # every problem at once: the service's checks too (not the
            # "note one thing" one: something was typed, only not as a number)
            for name, message in sv.check_attempt(data).messages.items():
                errors.add(name, message)
        errors.raise_if_any()
        return data


def _local(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0).astimezone()
