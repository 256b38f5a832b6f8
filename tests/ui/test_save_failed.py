"""Database errors are handled the same way on every write: the service turns the
driver's error into SaveFailed, the page says why in kind words and keeps the form.

The store is made to fail the way a full disk does: every write statement raises the
driver's own "database or disk is full" error, and reads go on working."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.errors import SaveFailed
from app.ladder import service as sv
from app.ladder.inputs import StepInput
from app.plan import service as plan_service
from app.plan.models import WATCHER_KINDS
from app.storefile import StoreErrorKind
from app.thoughts import service as thoughts
from ui.ladder.step_dialog import StepDialog
from ui.shell.unsaved_close import UnsavedClose

TYPED = "walk to the corner shop and back"
WRITES = ("BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE")


class _FullDisk:
    """Stands in for the connection: writes fail as on a full disk, reads go through."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(WRITES):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def full_disk(context, monkeypatch):
    # Closing the window at the end asks about text that could not be kept: close anyway.
    monkeypatch.setattr(UnsavedClose, "ask", classmethod(lambda cls, parent: True))

    def fill() -> None:
        monkeypatch.setattr(context.db, "conn", _FullDisk(context.db.conn))
    return fill


def test_a_service_write_raises_save_failed_with_its_kind(db, monkeypatch):
    monkeypatch.setattr(db, "conn", _FullDisk(db.conn))
    with pytest.raises(SaveFailed) as raised:
        sv.create_ladder(db, "Outside", [StepInput("Door", 1, 30)])
    assert raised.value.kind is StoreErrorKind.DISK_FULL
    assert "disk is full" in raised.value.user_message()
    with pytest.raises(SaveFailed):
        plan_service.snooze(db, WATCHER_KINDS[0], datetime(2026, 1, 1))


def test_a_ladder_step_on_a_full_disk_keeps_the_dialog_and_the_text(
        window, context, qtbot, monkeypatch, full_disk):
    ladder = sv.create_ladder(context.db, "Outside", [StepInput("Door", 1, 30)])
    page = window.show_page("ladder")
    page.refresh()
    shown = {}

    def ask(cls, parent, initial, save):
        dialog = cls(initial, save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.title, TYPED)
        full_disk()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Save
        shown.update(visible=dialog.isVisible(), title=dialog.title.text(),
                     note=dialog.notes.failure.text() if dialog.notes.failure else "")
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(StepDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.add_step_button, Qt.MouseButton.LeftButton)
    assert shown["visible"] and shown["title"] == TYPED
    assert "The disk is full" in shown["note"]
    assert [s.title for s in sv.steps(context.db, ladder.id)] == ["Door"]


def test_a_ladder_action_on_a_full_disk_says_why(window, context, full_disk):
    sv.create_ladder(context.db, "Outside", [StepInput("Door", 1, 30)])
    page = window.show_page("ladder")
    page.refresh()
    full_disk()
    page.archive_button.click()
    assert "The disk is full" in page.banner.text() and page.banner.isVisible()


def test_the_plan_on_a_full_disk_keeps_the_lines(window, context, qtbot, full_disk):
    page = window.show_page("plan")
    signs = page.editors["warning_signs"]
    signs.add_item(TYPED)
    full_disk()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "The disk is full" in page.status.text()
    assert [i.text for i in signs.items()] == [TYPED]


def test_plan_watchers_on_a_full_disk_say_why(window, context, qtbot, full_disk):
    page = window.show_page("plan")
    panel = page.watchers_panel
    full_disk()
    panel._on_save_clicked()
    assert "The disk is full" in panel.status.text()


def test_a_thought_record_on_a_full_disk_keeps_the_text(window, context, qtbot, full_disk):
    page = window.show_page("thoughts")
    editor = page.new_record("form")
    editor.fields.situation.setPlainText(TYPED)
    full_disk()
    assert editor.flush() is False  # kept as a draft: a write like any other
    assert "disk is full" in editor.status.text()
    assert editor.holds_unsaved_text()
    assert editor.fields.situation.toPlainText() == TYPED
    assert page.editor is editor
    assert thoughts.list_records(context.db) == []


def test_diary_routine_and_practice_writes_raise_save_failed_too(db, monkeypatch):
    """The rooms added later follow the same policy: no driver error reaches a page."""
    from datetime import date, time

    from app.diary import service as diary
    from app.diary.models import DiaryEntry
    from app.practice import reasons as reasons_service
    from app.routine import service as routine

    anchor = routine.add_anchor(db, "Get up", time(9, 0), range(7))
    monkeypatch.setattr(db, "conn", _FullDisk(db.conn))
    writes = [
        lambda: diary.save_entry(db, DiaryEntry(day=date(2026, 11, 30), mood=5)),
        lambda: diary.quick_check_in(db, date(2026, 11, 30), 5, None, None),
        lambda: diary.add_symptom(db, "Headache"),
        lambda: routine.add_anchor(db, "Bed", time(23, 0), range(7)),
        lambda: routine.tick(db, anchor.id, date(2026, 11, 30)),
        lambda: reasons_service.save_reasons(db, {"gives": "quiet"}),
    ]
    for write in writes:
        with pytest.raises(SaveFailed) as raised:
            write()
        assert raised.value.kind is StoreErrorKind.DISK_FULL
