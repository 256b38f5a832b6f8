"""Edit one thought record: guided (one step per screen) or the full form; autosaves."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, dates
from app.content import ContentError
from app.errors import SaveFailed
from app.storefile import StoreErrorKind
from app.thoughts import service
from app.thoughts.content import GUIDE_STEP_IDS, GuideStep, guide_steps
from app.thoughts.models import DONE, GUIDED, ThoughtRecord
from app.validation import FieldErrors
from ui.privacy.clipboard_guard import copy_private
from ui.thoughts.record_sections import FIELD_STEP, RecordSections
from ui.widgets.draft_timer import DraftTimer
from ui.widgets.field_note import FieldNote

if TYPE_CHECKING:
    from sqlite_utils import Database

HOT_STEP = GUIDE_STEP_IDS.index("thoughts")  # the hot thought is pinned after this step


class RecordEditor(QWidget):
    """Signals: `finished(int)` after a record is finished, `left()` when the user leaves."""

    finished = Signal(int)
    left = Signal()
    draft_saved = Signal(int)

    def __init__(self, db: Database, mode: str, data_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_path = data_path
        self.mode = mode
        self.base = ThoughtRecord(mode=mode)
        self._dirty = False
        self._loading = False
        self.notes: dict[str, FieldNote] = {}
        self.write_failed = False  # the latest autosave or finish did not reach the disk
        # A draft a second after a pause, and at least every two seconds while typing.
        self.timer = DraftTimer(self)
        self.timer.due.connect(self._on_timer_due)
        self.timer.flush_on_focus_out()
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.status)
        column.addLayout(head)
        self.pinned = QLabel(self)
        self.pinned.setObjectName("PinnedHotThought")
        self.pinned.setWordWrap(True)
        self.pinned.setFrameShape(QFrame.Shape.StyledPanel)
        self.pinned.setMargin(8)
        self.pinned.hide()
        column.addWidget(self.pinned)
        self.fields = RecordSections(self.db, self)
        self.fields.changed.connect(self._on_fields_changed)
        try:
            self.guide = guide_steps()
        except ContentError:  # broken content file: plain titles keep the editor usable
            self.guide = [GuideStep(s, s, "", "") for s in GUIDE_STEP_IDS]
        self.pages = QStackedWidget(self)
        self.form_area = QScrollArea(self)
        if self.mode == GUIDED:
            self._build_guided()
            column.addWidget(self.pages, 1)
            self.form_area.hide()
        else:
            self._build_form()
            column.addWidget(self.form_area, 1)
            self.pages.hide()
        column.addLayout(self._build_buttons())

    def _build_guided(self) -> None:
        for step in self.guide:
            area = QScrollArea(self.pages)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            page = QWidget(area)
            col = QVBoxLayout(page)
            title = QLabel(step.title, page)
            title.setProperty("role", "title")
            prompt = QLabel(step.prompt, page)
            prompt.setWordWrap(True)
            example = QLabel(self.tr("For example: {example}").format(example=step.example), page)
            example.setWordWrap(True)
            example.setProperty("role", "muted")
            col.addWidget(title)
            col.addWidget(prompt)
            col.addWidget(example)
            col.addSpacing(8)
            col.addWidget(self.fields.sections[step.id].widget)
            self.notes[step.id] = FieldNote(page)
            col.addWidget(self.notes[step.id])
            col.addStretch(1)
            area.setWidget(page)
            self.pages.addWidget(area)
        self.pages.currentChanged.connect(self._on_pages_current_changed)

    def _build_form(self) -> None:
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self.form_area)
        col = QVBoxLayout(inner)
        for step in self.guide:
            title = QLabel(step.title, inner)
            title.setStyleSheet("font-weight: 600;")
            col.addWidget(title)
            col.addWidget(self.fields.sections[step.id].widget)
            self.notes[step.id] = FieldNote(inner)
            col.addWidget(self.notes[step.id])
            col.addSpacing(10)
        col.addStretch(1)
        self.form_area.setWidget(inner)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("&Leave for now"), self)
        self.leave_button.setToolTip(self.tr("Keeps what you wrote as a draft to finish later."))
        self.leave_button.clicked.connect(self._on_leave_clicked)
        self.position = QLabel(self)
        self.position.setProperty("role", "muted")
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.leave_button)
        self.copy_button = QPushButton(self.tr("&Copy my text"), self)
        self.copy_button.setToolTip(self.tr("Puts what you wrote on the clipboard, to keep "
                                            "it somewhere else."))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_button.hide()  # only while what is typed could not be written
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.position)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addWidget(self.finish_button)
        guided = self.mode == GUIDED
        for w in (self.back_button, self.next_button, self.position):
            w.setVisible(guided)
        # Ctrl+Enter moves on from any field (Enter alone adds a line in text boxes).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._on_next_shortcut)
        return row

    # -- loading ------------------------------------------------------------------
    def load(self, rec: ThoughtRecord) -> None:
        self._loading = True
        self.base = dataclasses.replace(rec, mode=self.mode)
        self.fields.load(rec)
        self._loading = False
        self._dirty = False
        for note in self.notes.values():
            note.clear_message()
        if rec.id is None:
            self.heading.setText(self.tr("A new thought record"))
        elif rec.status == DONE:
            self.heading.setText(self.tr("Thought record of {day}").format(
                day=dates.long_date(rec.day) if rec.day else ""))
        else:
            self.heading.setText(self.tr("A thought record, not finished yet"))
        self.status.clear()
        if self.mode == GUIDED:
            step = max(0, min(rec.guided_step, len(self.guide) - 1))
            self.pages.setCurrentIndex(step)
            self._on_pages_current_changed(step)
        self._update_pinned()

    def focus_first(self) -> None:
        step = self.guide[self.pages.currentIndex() if self.mode == GUIDED else 0].id
        widget = self.fields.focus_widget(step)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QAbstractSpinBox):
                widget.selectAll()  # typing replaces "not rated", as after Tab

    # -- moving through the steps ------------------------------------------------------
    def go_next(self) -> None:
        if self.pages.currentIndex() < self.pages.count() - 1:
            self.pages.setCurrentIndex(self.pages.currentIndex() + 1)

    def go_back(self) -> None:
        if self.pages.currentIndex() > 0:
            self.pages.setCurrentIndex(self.pages.currentIndex() - 1)

    def _on_next_shortcut(self) -> None:
        if self.mode == GUIDED and self.pages.currentIndex() < self.pages.count() - 1:
            self.go_next()
        else:
            self.finish()

    def _on_pages_current_changed(self, index: int) -> None:
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last or self.base.status == DONE)
        self.finish_button.setDefault(last)
        self.next_button.setDefault(not last)
        self.position.setText(self.tr("Step {n} of {total}").format(n=index + 1,
                                                                  total=self.pages.count()))
        if self.guide[index].id == "traps":
            self.fields.traps.sync()
        self._update_pinned()
        if not self._loading:
            self.base = dataclasses.replace(self.base, guided_step=index)
            if self.base.id is not None and self.base.status != DONE:
                self._mark_dirty()
            self.focus_first()

    def _update_pinned(self) -> None:
        hot = self.fields.thoughts.values()[self.fields.thoughts.hot_index()].text.strip()
        show = self.mode == GUIDED and self.pages.currentIndex() > HOT_STEP and bool(hot)
        self.pinned.setText(self.tr("Hot thought: “{thought}”").format(thought=hot))
        self.pinned.setAccessibleName(self.pinned.text())
        self.pinned.setVisible(show)

    # -- saving ----------------------------------------------------------------------
    def _on_fields_changed(self) -> None:
        if not self._loading:
            self._update_pinned()
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.timer.poke()

    def _on_timer_due(self) -> None:
        self.flush()

    def holds_unsaved_text(self) -> bool:
        """True while there are changes that are neither saved nor kept as a draft."""
        return self._dirty and self.write_failed

    def _set_write_failed(self, failed: bool) -> None:
        self.write_failed = failed
        self.copy_button.setVisible(failed)

    def _write_failed_text(self, error: SaveFailed) -> str:
        if error.kind == StoreErrorKind.DISK_FULL:
            return self.tr("The disk is full, so Ippo could not keep what you wrote, not even "
                           "as a draft. It is still here: free some space, or use “Copy my "
                           "text” to keep it somewhere else.")
        return error.user_message()

    def copy_text(self) -> str:
        """What is written in the record, as plain text, one field a line."""
        rec = self.current_record()
        texts = [rec.situation, rec.place, rec.people,
                 *(m.name for m in rec.moods), *(t.text for t in rec.thoughts),
                 rec.evidence_for, rec.evidence_against, rec.alternative, rec.action, rec.notes]
        return "\n".join(t.strip() for t in texts if t.strip())

    def _on_copy_clicked(self) -> None:
        copy_private(self.copy_text())

    def current_record(self) -> ThoughtRecord:
        return self.fields.record(self.base)

    def flush(self) -> bool:
        """Autosave now if anything changed; True if nothing is left unsaved."""
        self.timer.stop()
        if not self._dirty:
            return True
        rec = self.current_record()
        if rec.id is None and _is_blank(rec):
            return True  # an untouched new record leaves no empty draft behind
        try:
            if rec.status == DONE:
                service.keep_edit(self.db, rec)
            else:
                stored = service.save(self.db, rec, finish=False)
                self.base = dataclasses.replace(self.base, id=stored.id, status=stored.status)
                self.draft_saved.emit(stored.id)
        except FieldErrors as errors:
            self._show_errors(errors)
            return False
        except SaveFailed as exc:
            self._set_write_failed(True)
            self.status.setText(self._write_failed_text(exc))
            return False
        self._dirty = False
        self._set_write_failed(False)
        self.status.setText(self.tr("Kept as a draft at {time}").format(
            time=dates.time_of_day(clock.now())))
        return True

    def finish(self) -> None:
        self.timer.stop()
        for note in self.notes.values():
            note.clear_message()
        try:
            stored = service.save(self.db, self.current_record(), finish=True)
        except FieldErrors as errors:
            self._show_errors(errors)
            return
        except SaveFailed as exc:
            self._set_write_failed(True)
            self.status.setText(self._write_failed_text(exc))
            return
        self._dirty = False
        self._set_write_failed(False)
        self.base = stored
        self.finished.emit(int(stored.id))  # type: ignore[arg-type]

    def _show_errors(self, errors: FieldErrors) -> None:
        first: int | None = None
        for key, message in errors.messages.items():
            step = FIELD_STEP.get(key, "situation")
            self.notes[step].show_message(message)
            index = GUIDE_STEP_IDS.index(step)
            first = index if first is None else min(first, index)
        if self.mode == GUIDED and first is not None:
            self.pages.setCurrentIndex(first)
        self.status.setText(self.tr("Something needs a look; see the note below."))

    def _on_leave_clicked(self) -> None:
        if self.flush():  # if it could not be kept, stay here so nothing is lost
            self.left.emit()


def _is_blank(rec: ThoughtRecord) -> bool:
    texts = [rec.place, rec.people, rec.situation, rec.evidence_for, rec.evidence_against,
             rec.alternative, rec.action, rec.notes]
    return (not any(t.strip() for t in texts) and not any(m.name.strip() or m.before is not None
                                                          for m in rec.moods)
            and not any(t.text.strip() for t in rec.thoughts))
