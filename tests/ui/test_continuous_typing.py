"""Every editor that keeps drafts keeps one while the person types without pausing
(a key every 100 ms), not only after a pause: a restarting debounce writes nothing."""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.diary import service as diary
from app.ladder.inputs import AttemptInput
from app.plan import service as plan_service
from app.thoughts import service as thoughts
from tests.ui.diary_pump import pump

TYPING_S = 2.8  # longer than the two-second cap, shorter than any pause


def keep_typing(widget: QWidget, kept: callable) -> str:
    """Type a key every 100 ms for TYPING_S; return what was kept before the typing
    stopped (`kept()` is asked after each key)."""
    seen = ""
    end = time.monotonic() + TYPING_S
    while time.monotonic() < end:
        QTest.keyClick(widget, "k")
        pump(100)
        seen = kept() or seen
    return seen


def test_diary_note(qtbot, context):
    from ui.diary.diary_page import DiaryPage

    page = DiaryPage(context)
    qtbot.addWidget(page)
    page.show()
    day = date(2026, 6, 1)
    page.open_item(day)
    page.editor.note.setFocus()
    kept = keep_typing(page.editor.note,
                       lambda: (diary.draft_for(context.db, day) or {}).get("note", ""))
    assert kept.startswith("kkkkkkkkkk")  # about two seconds of it, written while typing
    page.close()


def test_thought_record(window, context):
    page = window.show_page("thoughts")
    editor = page.new_record("form")
    editor.fields.evidence_for.setFocus()
    kept = keep_typing(editor.fields.evidence_for,
                       lambda: (thoughts.drafts_of(context.db) or [None])[0]
                       and thoughts.drafts_of(context.db)[0].evidence_for)
    assert kept.startswith("kkkkkkkkkk")


def test_attempt_dialog(qtbot):
    from ui.ladder.attempt_dialog import AttemptDialog

    payloads: list[dict] = []
    dialog = AttemptDialog("Walk to the corner", AttemptInput(started_at=datetime.now()),
                           lambda _a: None, keep=payloads.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setFocus()
    kept = keep_typing(dialog.note, lambda: payloads[-1]["note"] if payloads else "")
    assert kept.startswith("kkkkkkkkkk")
    dialog.reject()


def test_plan_lines(window, context):
    page = window.show_page("plan")
    signs = page.editors["warning_signs"]
    signs.add_item("first")
    table = signs.table
    end = time.monotonic() + TYPING_S
    kept = None
    n = 0
    while time.monotonic() < end:  # a line changed every 100 ms, never a pause
        n += 1
        table.item(0, 0).setText(f"line {n}")
        pump(100)
        kept = plan_service.draft(context.db) or kept
    assert kept is not None and kept["warning_signs"][0].text.startswith("line ")
