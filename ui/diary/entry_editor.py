"""The full entry for one day: every field, autosaved as a draft, committed on save or leave."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock, dates
from app.diary import service
from app.diary.form import (
    CHOICE_FIELDS,
    NUMBER_FIELDS,
    TIME_FIELDS,
    empty_form,
    entry_from_form,
    form_from_entry,
)
from app.diary.models import RANGES
from app.errors import STORE_ERRORS, as_save_failed
from app.storefile import StoreErrorKind
from app.validation import FieldErrors
from ui.context import AppContext
from ui.diary.activities_table import ActivitiesTable
from ui.diary.optional_spin import OptionalDoubleSpin, OptionalSpin
from ui.diary.sleep_summary import sleep_summary
from ui.privacy.clipboard_guard import copy_private
from ui.widgets.draft_timer import DraftTimer
from ui.widgets.field_note import FieldNote
from ui.widgets.form_grid import FormGrid


class EntryEditor(QWidget):
    """Edits one day. `load(day)` shows it (a newer draft wins); `commit()` saves it."""

    entry_saved = Signal(object)  # the date
    symptoms_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day: date | None = None
        self.dirty = False
        self._loading = False
        self.notifying = False
        self._base: dict[str, Any] = empty_form()
        self.notes: dict[str, FieldNote] = {}
        self._columns: dict[str, QVBoxLayout] = {}
        self._column = QVBoxLayout()
        self.symptom_spins: dict[str, OptionalSpin] = {}
        self.write_failed = False  # the latest write (draft or save) did not reach the disk
        # A draft a second after a pause, and at least every two seconds while typing
        # goes on: a crash loses at most that much (plus the write itself).
        self.autosave = DraftTimer(self)
        self.autosave.due.connect(self._on_autosave_due)
        self.autosave.flush_on_focus_out()
        self._build_ui()

    # -- building ----------------------------------------------------------------
    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addWidget(self._feelings_box())
        column.addWidget(self._sleep_box())
        column.addWidget(self._day_box())
        column.addWidget(self._symptoms_box())
        column.addWidget(self._activities_box())
        column.addWidget(self._note_box())
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save this day"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_clicked)
        row.addWidget(self.save_button)
        self.copy_button = QPushButton(self.tr("&Copy my text"), self)
        self.copy_button.setToolTip(self.tr("Puts the note and the activities on the "
                                            "clipboard, to keep them somewhere else."))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_button.hide()  # only while what is typed could not be written
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._on_save_clicked)

    def _box(self, title: str, key: str) -> tuple[QGroupBox, FormGrid]:
        """A group with a form; longer text (the rule, field notes) goes in the group's
        column, below the form, across the whole width."""
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        form = FormGrid()
        column.addLayout(form)
        self._columns[key] = column
        self._column = column
        return box, form

    def _row(self, form: FormGrid, label: str, name: str, widget: QWidget) -> QWidget:
        form.add_row(label, widget)
        note = FieldNote(self)
        form.add_note(note)  # right under its own field, hidden until needed
        self.notes[name] = note
        return widget

    def _spin(self, form: FormGrid, label: str, name: str) -> OptionalSpin:
        low, high = RANGES[name]  # the range DiaryEntry declares
        spin = OptionalSpin(int(low), int(high), self)
        spin.valueChanged.connect(self._on_field_changed)
        self._row(form, label, name, spin)
        setattr(self, name, spin)
        return spin

    def _feelings_box(self) -> QGroupBox:
        box, form = self._box(self.tr("How you felt (0 low … 10 high)"), "feelings")
        self._spin(form, self.tr("&Mood:"), "mood")
        self._spin(form, self.tr("&Anxiety:"), "anxiety")
        self._spin(form, self.tr("&Energy:"), "energy")
        return box

    def _sleep_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Sleep that ended this day"), "sleep")
        rule = QLabel(self.tr("Write the clock times. A bedtime after midnight, such as 03:00, "
                              "counts as the night before this day."), self)
        rule.setProperty("role", "muted")
        rule.setWordWrap(True)
        self._column.insertWidget(0, rule)
        self.bedtime = QLineEdit(self)
        self.bedtime.setPlaceholderText(self.tr("e.g. 23:30 or 03:00"))
        self.waketime = QLineEdit(self)
        self.waketime.setPlaceholderText(self.tr("e.g. 08:00"))
        for edit in (self.bedtime, self.waketime):
            edit.setMaxLength(20)
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
            edit.textChanged.connect(self._on_field_changed)
        self._row(form, self.tr("Went to &bed:"), "bedtime", self.bedtime)
        self._row(form, self.tr("&Got up:"), "waketime", self.waketime)
        self.sleep_line = QLabel(self)
        self.sleep_line.setProperty("role", "muted")
        self.sleep_line.setWordWrap(True)
        self._column.insertWidget(2, self.sleep_line)  # after the rule and the two times
        return box

    def _day_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Your day"), "day")
        self.went_outside = self._choice(form, self.tr("Went &outside:"), "went_outside")
        self._spin(form, self.tr("Minutes o&utside home:"), "minutes_outside")
        self._spin(form, self.tr("People met &face to face:"), "face_contacts")
        self._spin(form, self.tr("People contacted o&nline:"), "online_contacts")
        self._spin(form, self.tr("Mea&ls:"), "meals")
        self.showered = self._choice(form, self.tr("S&howered or washed:"), "showered")
        self._spin(form, self.tr("Minutes of mo&vement:"), "movement_minutes")
        self.screen_hours = OptionalDoubleSpin(*RANGES["screen_hours"], 0.5, self)
        self.screen_hours.valueChanged.connect(self._on_field_changed)
        self._row(form, self.tr("Hours at a sc&reen:"), "screen_hours", self.screen_hours)
        return box

    def _choice(self, form: FormGrid, label: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("—", "")
        combo.addItem(self.tr("Yes"), "yes")
        combo.addItem(self.tr("No"), "no")
        combo.currentIndexChanged.connect(self._on_field_changed)
        self._row(form, label, name, combo)
        return combo

    def _symptoms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Symptoms (0 none … 3 strong)"), self)
        self.symptom_column = QVBoxLayout(box)
        self.symptom_rows = QWidget(box)
        self.symptom_column.addWidget(self.symptom_rows)
        self.notes["symptoms"] = FieldNote(box)
        self.symptom_column.addWidget(self.notes["symptoms"])
        self.manage_symptoms = QPushButton(self.tr("Choose my s&ymptoms…"), box)
        self.manage_symptoms.clicked.connect(self.symptoms_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.manage_symptoms)
        row.addStretch(1)
        self.symptom_column.addLayout(row)
        return box

    def _activities_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Activities"), "activities")
        self.activities = ActivitiesTable(self)
        self.activities.changed.connect(self._on_field_changed)
        self._column.addWidget(self.activities)
        note = FieldNote(self)
        self._column.addWidget(note)
        self.notes["activities"] = note
        return box

    def _note_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Note"), "note")
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.note.textChanged.connect(self._on_field_changed)
        self._column.addWidget(self.note)
        note = FieldNote(self)
        self._column.addWidget(note)
        self.notes["note"] = note
        return box

    def _rebuild_symptoms(self, form_data: dict[str, Any]) -> None:
        """One 0–3 box per active symptom, plus retired ones this day has a rating for."""
        rows = QWidget(self.symptom_rows.parentWidget())
        rows_column = QVBoxLayout(rows)
        rows_column.setContentsMargins(0, 0, 0, 0)
        form = FormGrid()
        rows_column.addLayout(form)
        self.symptom_spins = {}
        rated = set(dict(form_data.get("symptoms") or {}))
        for s in service.symptoms(self.context.db, include_retired=True):
            if s.retired and str(s.id) not in rated:
                continue
            spin = OptionalSpin(0, 3, rows)
            spin.setAccessibleName(s.name)
            spin.valueChanged.connect(self._on_field_changed)
            label = s.name.replace("&", "&&")
            if s.retired:
                label = self.tr("{name} (retired)").format(name=label)
            form.add_row(label + ":", spin)
            self.symptom_spins[str(s.id)] = spin
        if not self.symptom_spins:
            hint = QLabel(self.tr("You have not chosen any symptoms to follow. That is fine."),
                          rows)
            hint.setProperty("role", "muted")
            hint.setWordWrap(True)
            rows_column.addWidget(hint)
        self.symptom_column.replaceWidget(self.symptom_rows, rows)
        self.symptom_rows.hide()  # at once: deleteLater waits for the event loop
        self.symptom_rows.deleteLater()
        self.symptom_rows = rows

    # -- form <-> widgets --------------------------------------------------------
    def form(self) -> dict[str, Any]:
        """Exactly what the widgets hold, as text: the draft payload."""
        data = empty_form()
        for name in NUMBER_FIELDS:  # each field's widget has the field's name
            data[name] = getattr(self, name).text_value()
        for name in TIME_FIELDS:
            data[name] = getattr(self, name).text()
        for name in CHOICE_FIELDS:
            data[name] = getattr(self, name).currentData()
        data["note"] = self.note.toPlainText()
        data["symptoms"] = {k: s.text_value() for k, s in self.symptom_spins.items()
                            if s.text_value()}
        data["activities"] = self.activities.rows()
        return data

    def set_form(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._rebuild_symptoms(data)
            for name in NUMBER_FIELDS:
                getattr(self, name).set_text_value(str(data.get(name, "")))
            for name in TIME_FIELDS:
                getattr(self, name).setText(str(data.get(name, "")))
            for name in CHOICE_FIELDS:
                combo = getattr(self, name)
                combo.setCurrentIndex(max(0, combo.findData(data.get(name, ""))))
            if self.note.toPlainText() != data.get("note", ""):
                self.note.setPlainText(str(data.get("note", "")))
            for key, spin in self.symptom_spins.items():
                spin.set_text_value(str(dict(data.get("symptoms") or {}).get(key, "")))
            self.activities.set_rows(list(data.get("activities") or []))
        finally:
            self._loading = False
        self._update_sleep_line()

    # -- loading and saving ------------------------------------------------------
    def load(self, day: date) -> None:
        """Show `day`: the autosaved draft if it is newer than the saved entry."""
        self.autosave.stop()
        self.day = day
        self.heading.setText(dates.long_date(day))
        draft = service.draft_for(self.context.db, day)
        entry = service.get_entry(self.context.db, day)
        self._base = form_from_entry(entry)  # what was stored when the day was opened
        self.set_form(draft if draft is not None else self._base)
        self.dirty = draft is not None
        self._set_write_failed(False)
        self._show_errors({})
        if draft is not None:
            self.status.setText(self.tr("This is what you were writing last time; "
                                        "it is kept but not saved yet."))
            self._check_quietly()
        elif entry is None:
            self.status.setText(self.tr("Nothing noted for this day yet. Every field is optional."))
        else:
            self.status.setText("")

    def reload_symptoms(self) -> None:
        """After symptoms were added, renamed or retired: rebuild, keeping what is typed."""
        if self.day is not None:
            data, dirty = self.form(), self.dirty
            self.set_form(data)
            self.dirty = dirty

    def commit(self) -> bool:
        """Save the day if it changed. False (and the draft kept) if a field needs a look."""
        self.autosave.stop()
        if self.day is None or not self.dirty:
            return True
        db, day, data = self.context.db, self.day, self.form()
        try:  # one call, one transaction: merged with what was stored, saved, draft gone
            saved = service.save_from_form(db, day, data, self._base)
        except FieldErrors as errors:
            self._show_errors(errors.messages)
            if self._keep_draft(data):
                self.status.setText(self.tr("Please look at the fields marked below. "
                                            "What you typed is kept."))
            return False
        except STORE_ERRORS as exc:
            if self._keep_draft(data):  # if not, the status already says why
                self.status.setText(
                    as_save_failed(exc).user_message()
                    if self._is_disk_full(exc) else self._not_saved_text())
            return False
        if saved is None:  # nothing typed and nothing stored: only the draft went
            self.dirty = False
            return True
        self._set_write_failed(False)
        self._base = form_from_entry(saved)
        if self.day == day and self.form() != self._base:
            self.set_form(self._base)  # show what was merged in from elsewhere
        self.dirty = False
        self._show_errors({})
        self.status.setText(self.tr("Saved at {time}.").format(
            time=dates.time_of_day(clock.now())))
        self.entry_saved.emit(day)
        self.notifying = True  # our own save: the page need not reload this day
        try:
            self.context.notify("diary")
        finally:
            self.notifying = False
        return True

    def keep_now(self) -> None:
        """Write the draft at once (leaving the page or the app)."""
        if self.day is not None and self.dirty:
            self.autosave.stop()
            self._keep_draft(self.form())

    def _keep_draft(self, data: dict[str, Any]) -> bool:
        """Write the draft; True if it is on disk. If not, the status says why (plainly
        when the disk is full) and the text stays in the form, ready to be copied."""
        if self.day is None:
            return True
        try:
            service.keep_draft(self.context.db, self.day, data, self._base)
        except (*STORE_ERRORS, RuntimeError) as exc:  # RuntimeError: locked meanwhile
            self._set_write_failed(True)
            if self._is_disk_full(exc):
                self.status.setText(self.tr(
                    "The disk is full, so Ippo could not keep what you typed, not even as "
                    "a draft. It is still here in the form: free some space and press Save, "
                    "or use “Copy my text” to keep it somewhere else."))
            else:
                self.status.setText(self._not_saved_text())
            return False  # the next change or Save tries again
        self._set_write_failed(False)
        return True

    def holds_unsaved_text(self) -> bool:
        """True while the form holds changes that are neither saved nor kept as a draft."""
        return self.dirty and self.write_failed

    def _set_write_failed(self, failed: bool) -> None:
        self.write_failed = failed
        self.copy_button.setVisible(failed)

    def _is_disk_full(self, error: Exception) -> bool:
        if not isinstance(error, STORE_ERRORS):
            return False
        return as_save_failed(error).kind == StoreErrorKind.DISK_FULL

    def _not_saved_text(self) -> str:
        return self.tr("Ippo could not save just now. What you typed is still here; "
                       "please try again in a moment.")

    def copy_text(self) -> str:
        """The words in the form, as plain text: the note, then the activities."""
        lines = [self.note.toPlainText().strip()]
        lines += ["  ".join(c for c in row if c.strip()) for row in self.activities.rows()]
        return "\n".join(line for line in lines if line)

    def _check_quietly(self) -> None:
        """Show field messages for what is typed now, without saving."""
        if self.day is None:
            return
        try:
            db = self.context.db
            service.validate(db, entry_from_form(self.day, self.form(),
                                                 lambda e: service.validate(db, e)))
        except FieldErrors as errors:
            self._show_errors(errors.messages)
            return
        except STORE_ERRORS:
            return  # the store is closing or locked; the check can wait
        self._show_errors({})

    def _show_errors(self, messages: dict[str, str]) -> None:
        for name, note in self.notes.items():
            text = messages.get(name, "")
            note.show_message(text) if text else note.clear_message()

    def _update_sleep_line(self) -> None:
        text = sleep_summary(self.bedtime.text(), self.waketime.text())
        self.sleep_line.setText(text)
        self.sleep_line.setVisible(bool(text))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.keep_now()  # hidden (page change, lock, close): keep the draft now
        super().hideEvent(event)

    # -- slots -------------------------------------------------------------------
    def _on_field_changed(self, *_args: object) -> None:
        if self._loading or self.day is None:
            return
        self.dirty = True
        self._update_sleep_line()
        self.autosave.poke()

    def _on_autosave_due(self) -> None:
        if self.day is not None and self.dirty and self._keep_draft(self.form()):
            self._check_quietly()
            self.status.setText(self.tr("Kept as a draft. Press Save or move to another day "
                                        "to save it."))

    def _on_copy_clicked(self) -> None:
        copy_private(self.copy_text())

    def _on_save_clicked(self) -> None:
        self.dirty = True  # Save always writes, even when nothing changed since loading
        self.commit()
