"""A full disk while typing: the editor says so plainly, never claims a draft was kept,
keeps the text in the form, lets the person copy it out, and closing asks first.

The disk is filled for real as far as SQLite can tell: `PRAGMA max_page_count`
stops the database from growing, so the real sqlcipher3 driver fails with its own
"database or disk is full" error, as on a full disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.diary import service as diary
from app.plan import service as service_plan
from app.thoughts import service as thoughts
from tests.conftest import ROOT
from tests.ui.diary_pump import pump_until
from ui.privacy import clipboard_guard
from ui.shell.unsaved_close import UnsavedClose

DAY = date(2026, 7, 3)
LONG = "Today I walked to the corner and back. " * 600  # a long entry: the file must grow


def fill_the_disk(db) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def free_some_space(db) -> None:
    db.execute("PRAGMA max_page_count = 1073741823")


def type_a_note(editor) -> str:
    editor.note.setFocus()
    QTest.keyClicks(editor.note, "Dear diary. ")
    editor.note.insertPlainText(LONG)  # as pasted, or typed for a long while
    return editor.note.toPlainText()


@pytest.fixture
def diary_page(window):
    return window.show_page("diary")


def test_the_diary_says_the_disk_is_full_and_keeps_the_text(diary_page, context, qtbot):
    editor = diary_page.editor
    editor.load(DAY)
    fill_the_disk(context.db)
    text = type_a_note(editor)
    pump_until(lambda: "disk is full" in editor.status.text(), timeout=4)  # the autosave
    assert "Kept as a draft" not in editor.status.text()
    assert diary.draft_for(context.db, DAY) is None  # truly nothing was written
    assert editor.note.toPlainText() == text
    assert editor.holds_unsaved_text() and editor.copy_button.isVisible()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in editor.status.text()
    assert "could not save just now" not in editor.status.text()
    assert diary.get_entry(context.db, DAY) is None and editor.note.toPlainText() == text

    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    board = QGuiApplication.clipboard()
    assert board.text() == text.strip()
    for fmt in clipboard_guard.PRIVATE_FORMATS:  # marked private, like every copy
        assert fmt in board.mimeData().formats()
    board.clear()

    free_some_space(context.db)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert diary.get_entry(context.db, DAY).note == text
    assert not editor.holds_unsaved_text() and not editor.copy_button.isVisible()


def test_closing_asks_first_while_text_could_not_be_written(diary_page, window, context,
                                                           monkeypatch):
    asked: list[bool] = []
    answer = {"close": False}

    def ask(cls, parent):
        asked.append(True)
        return answer["close"]

    monkeypatch.setattr(UnsavedClose, "ask", classmethod(ask))
    editor = diary_page.editor
    editor.load(DAY)
    fill_the_disk(context.db)
    text = type_a_note(editor)
    assert window.close() is False  # the person chose to stay
    assert asked == [True] and window.isVisible()
    assert editor.note.toPlainText() == text and "disk is full" in editor.status.text()

    free_some_space(context.db)
    assert window.close() is True  # with room again, closing saves and does not ask
    assert asked == [True]
    assert diary.get_entry(context.db, DAY).note == text


def test_another_day_waits_while_the_text_could_not_be_written(diary_page, context):
    editor = diary_page.editor
    diary_page.open_item(DAY)
    fill_the_disk(context.db)
    text = type_a_note(editor)
    diary_page.calendar.select_day(date(2026, 7, 4))  # as a click on the next day
    assert editor.day == DAY and editor.note.toPlainText() == text
    assert diary_page.calendar.selected_day() == DAY
    free_some_space(context.db)
    diary_page.calendar.select_day(date(2026, 7, 4))
    assert editor.day == date(2026, 7, 4) and diary.get_entry(context.db, DAY).note == text


def test_the_plan_on_a_full_disk(window, context, qtbot, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(UnsavedClose, "ask",
                        classmethod(lambda cls, parent: asked.append(True) or False))
    page = window.show_page("plan")
    signs = page.editors["warning_signs"]
    fill_the_disk(context.db)
    for n in range(40):  # many long lines: the draft needs room the file does not have
        signs.add_item(f"{n}: " + LONG[:1500])
    pump_until(lambda: "disk is full" in page.status.text(), timeout=4)
    assert service_plan.draft(context.db) is None
    assert page.holds_unsaved_text() and page.copy_button.isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in page.status.text() and service_plan.current_plan(context.db) is None
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().count(LONG[:1500].strip()) == 40
    QGuiApplication.clipboard().clear()
    assert window.close() is False and asked == [True]
    free_some_space(context.db)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(service_plan.current_plan(context.db).sections["warning_signs"]) == 40
    assert not page.holds_unsaved_text() and not page.copy_button.isVisible()


def test_closing_anyway_is_possible(diary_page, window, context, monkeypatch):
    monkeypatch.setattr(UnsavedClose, "ask", classmethod(lambda cls, parent: True))
    diary_page.editor.load(DAY)
    fill_the_disk(context.db)
    type_a_note(diary_page.editor)
    assert window.close() is True
    free_some_space(context.db)


def test_a_thought_record_on_a_full_disk(window, context, qtbot):
    page = window.show_page("thoughts")
    editor = page.new_record("form")
    fill_the_disk(context.db)
    editor.fields.evidence_for.setFocus()
    QTest.keyClicks(editor.fields.evidence_for, "They smiled. ")
    editor.fields.evidence_for.insertPlainText(LONG)
    text = editor.fields.evidence_for.toPlainText()
    pump_until(lambda: "disk is full" in editor.status.text(), timeout=4)
    assert "Kept as a draft" not in editor.status.text()
    assert thoughts.drafts_of(context.db) == []
    assert editor.holds_unsaved_text() and page.holds_unsaved_text()
    qtbot.mouseClick(editor.leave_button, Qt.MouseButton.LeftButton)
    assert page.editor is editor  # not kept, so the editor stays open
    page.show_list()
    page.new_record("guided")
    assert page.editor is editor and editor.fields.evidence_for.toPlainText() == text
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert text.strip() in QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()
    free_some_space(context.db)
    assert editor.flush() and not editor.copy_button.isVisible()
    assert thoughts.drafts_of(context.db)[0].evidence_for == text


def test_the_message_is_in_japanese_too(qtbot, context, qapp):
    from ui.diary.diary_page import DiaryPage
    from ui.shell import translations

    translations.install("ja")
    try:
        page = DiaryPage(context)
        qtbot.addWidget(page)
        page.show()
        page.editor.load(DAY)
        fill_the_disk(context.db)
        type_a_note(page.editor)
        page.editor.autosave.flush()
        assert "ディスクがいっぱい" in page.editor.status.text()
        assert page.editor.copy_button.text().startswith("入力した文章をコピー")
        free_some_space(context.db)
        page.close()
    finally:
        translations.install("en")


REAL_DISK_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from datetime import date
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.db import open_store
from app.diary import service
from app.paths import resolve
from app.settings import Settings
from ui.context import AppContext
from ui.diary.diary_page import DiaryPage
mount = Path({mount!r})


def wait_for_the_autosave():
    end = time.monotonic() + 2.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


store = open_store(resolve(mount / "data"))
context = AppContext(store.paths, store, Settings(welcome_seen=True))
page = DiaryPage(context)
page.show()
day = date(2026, 7, 3)
page.open_item(day)
editor = page.editor
editor.note.setFocus()
QTest.keyClicks(editor.note, "written before the disk filled. ")
wait_for_the_autosave()
out = {{"first": service.draft_for(store.db, day)["note"]}}
filler = mount / "filler"
with open(filler, "wb", buffering=0) as fh:  # fill the little disk to the last byte
    for size in (65536, 4096, 512, 1):
        try:
            while fh.write(b"\\0" * size):
                pass
        except OSError:
            pass
editor.note.insertPlainText({long!r} * 10)
QTest.keyClicks(editor.note, "and typed on.")
wait_for_the_autosave()
out["status"] = editor.status.text()
out["draft"] = service.draft_for(store.db, day)["note"]
out["form"] = editor.note.toPlainText()
out["unsaved"] = getattr(editor, "holds_unsaved_text", lambda: None)()
editor.save_button.click()
out["save_status"] = editor.status.text()
filler.unlink()  # room again
editor.save_button.click()
out["saved"] = service.get_entry(store.db, day).note
print(json.dumps(out), flush=True)
"""


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare(1) for a private mount")
def test_a_genuinely_full_small_filesystem(tmp_path):
    """A 3 MB tmpfs in a private mount namespace, filled by a file to the last byte."""
    mount = tmp_path / "disk"
    mount.mkdir()
    child = tmp_path / "child.py"
    child.write_text(REAL_DISK_CHILD.format(root=str(ROOT), mount=str(mount), long=LONG))
    script = 'mount -t tmpfs -o size=3m tmpfs "$1" || exit 77; exec "$2" "$3"'
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(mount),
                           sys.executable, str(child)], capture_output=True, text=True, env=env,
                          timeout=120)
    if done.returncode == 77 or "unshare failed" in done.stderr:
        pytest.skip("no private mounts here: " + done.stderr.strip()[:200])
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["first"] == "written before the disk filled. "
    assert "disk is full" in out["status"] and "Kept as a draft" not in out["status"]
    assert out["draft"] == out["first"]  # the earlier draft is intact, nothing half-written
    assert out["form"].endswith("and typed on.") and out["unsaved"]
    assert "disk is full" in out["save_status"]
    assert out["saved"] == out["form"]  # once there is room, Save keeps every word
