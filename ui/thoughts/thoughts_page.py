"""Thoughts: the list of thought records, the editor, the trap catalogue and charts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app import clock
from app.thoughts import service
from app.thoughts.models import DONE, FORM, GUIDED, ThoughtRecord
from ui.context import AppContext
from ui.thoughts.charts_view import ThoughtChartsView
from ui.thoughts.record_editor import RecordEditor
from ui.thoughts.record_list import RecordList
from ui.thoughts.traps_view import TrapsView


class ThoughtsPage(QWidget):
    """Shows the overview (tabs) or one record's editor; an editor is built per record."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: RecordEditor | None = None
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        column.addWidget(self.stack)
        overview = QWidget(self.stack)
        inner = QVBoxLayout(overview)
        inner.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Thought records"), overview)
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Catch a thought that keeps you indoors, look at it from both "
                               "sides, and find a fairer way to see it."), overview)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        inner.addWidget(title)
        inner.addWidget(intro)
        self.tabs = QTabWidget(overview)
        self.tabs.setAccessibleName(self.tr("Thought record views"))
        self.records = RecordList(self.context.db, self.tabs)
        self.charts = ThoughtChartsView(self.context.db, self.tabs)
        self.trap_view = TrapsView(self.context.db, self.tabs)
        self.tabs.addTab(self.records, self.tr("&Records"))
        self.tabs.addTab(self.charts, self.tr("C&harts"))
        self.tabs.addTab(self.trap_view, self.tr("Thinking tra&ps"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        inner.addWidget(self.tabs, 1)
        self.stack.addWidget(overview)
        self.records.open_requested.connect(self.open_record)
        self.records.new_requested.connect(self._on_records_new_requested)
        self.records.records_changed.connect(self._on_records_changed)
        self.trap_view.traps_changed.connect(self._on_records_changed)

    # -- page protocol ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.editor is None:
            self._refresh_tab()

    def flush(self) -> None:
        """Keep whatever is being typed as a draft (called before leaving or closing)."""
        if self.editor is not None:
            self.editor.flush()

    def holds_unsaved_text(self) -> bool:
        """Typing that could be neither saved nor kept as a draft (a full disk)."""
        return self.editor is not None and self.editor.holds_unsaved_text()

    def focus_start(self) -> QWidget | None:
        return None  # the first field Tab reaches

    def open_item(self, arg: object) -> None:
        """`arg`: a record id, or {"new": True, "step_id": N, "attempt_id": M,
        "mode": "guided"|"form"} (every key but "new" optional)."""
        if isinstance(arg, dict) and arg.get("new"):
            self.new_record(arg.get("mode", GUIDED), arg.get("step_id"), arg.get("attempt_id"))
        elif isinstance(arg, int):
            self.open_record(arg)
        else:
            self.refresh()

    # -- editing -----------------------------------------------------------------------
    def new_record(self, mode: str = GUIDED, step_id: int | None = None,
                   attempt_id: int | None = None) -> RecordEditor:
        rec = ThoughtRecord(mode=mode, day=clock.today(), step_id=step_id, attempt_id=attempt_id)
        return self._show_editor(rec, mode)

    def open_record(self, record_id: int) -> RecordEditor | None:
        rec = service.get(self.context.db, record_id)
        if rec is None:
            self.refresh()
            return None
        if rec.status == DONE:
            # A finished record opens on the full form, with any unsaved changes restored.
            edited = service.pending_edit(self.context.db, record_id)
            return self._show_editor(edited or rec, FORM, restored=edited is not None)
        return self._show_editor(rec, rec.mode)

    def _show_editor(self, rec: ThoughtRecord, mode: str, restored: bool = False) -> RecordEditor:
        if not self._close_editor() and self.editor is not None:
            return self.editor  # what is typed there could not be written: keep it open
        self.editor = RecordEditor(self.context.db, mode, self.context.paths.database, self.stack)
        self.editor.load(rec)
        if restored:
            self.editor.status.setText(self.tr("Your unsaved changes were restored."))
        self.editor.finished.connect(self._on_editor_finished)
        self.editor.left.connect(self._on_editor_left)
        self.editor.draft_saved.connect(self._on_editor_draft_saved)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_first()
        return self.editor

    def _close_editor(self) -> bool:
        """Keep the editor's draft and close it; False (and it stays) if what is typed
        could be neither saved nor kept (a full disk)."""
        if self.editor is not None:
            self.editor.flush()
            if self.editor.holds_unsaved_text():
                return False
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        return True

    def show_list(self, select: int | None = None) -> None:
        if not self._close_editor():
            return
        self.stack.setCurrentIndex(0)
        self.tabs.setCurrentWidget(self.records)
        self.records.refresh()
        if select is not None:
            self.records.select(select)
        self.records.list.setFocus()

    def _on_editor_finished(self, record_id: int) -> None:
        self.context.notify("thoughts")
        self.show_list(record_id)

    def _on_editor_left(self) -> None:
        record_id = self.editor.base.id if self.editor else None
        self.show_list(record_id)

    def _on_editor_draft_saved(self, _record_id: int) -> None:
        self.context.notify("thoughts")

    def _on_records_new_requested(self, mode: str) -> None:
        self.new_record(mode)

    def _on_records_changed(self) -> None:
        self.context.notify("thoughts")

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def _on_context_data_changed(self, feature: str) -> None:
        # Ladder steps or our own records changed elsewhere: refresh what is visible.
        if self.editor is None and self.isVisible() and feature != "thoughts":
            self._refresh_tab()
