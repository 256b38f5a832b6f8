"""Guided thought record by keyboard alone: leave half-way, restart, find the draft, finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.thoughts import service

CTRL = Qt.KeyboardModifier.ControlModifier


def _focused():
    w = QApplication.focusWidget()
    assert w is not None
    return w


def _next(qtbot, editor):
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)


def _step(editor) -> str:
    return editor.guide[editor.pages.currentIndex()].id


def test_walk_leave_restart_and_finish_by_keyboard(window, context, qtbot):
    page = window.show_page("thoughts")
    window.activateWindow()
    page.records.guided_button.setFocus()
    qtbot.keyClick(page.records.guided_button, Qt.Key.Key_Space)
    editor = page.editor
    assert editor is not None and _step(editor) == "situation"
    assert isinstance(_focused(), QPlainTextEdit)  # "What happened" is ready for typing
    qtbot.keyClicks(_focused(), "A neighbour greeted me and I did not answer")
    _next(qtbot, editor)
    assert _step(editor) == "moods"
    qtbot.keyClicks(_focused(), "Ashamed")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "80")
    _next(qtbot, editor)
    assert _step(editor) == "thoughts" and not editor.pinned.isVisible()
    qtbot.keyClicks(_focused(), "She thinks I am strange")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "90")
    _next(qtbot, editor)
    assert _step(editor) == "traps"
    # The hot thought stays in view from here on.
    assert editor.pinned.isVisible() and "She thinks I am strange" in editor.pinned.text()
    traps = editor.fields.traps.list
    assert _focused() is traps
    mind = [traps.item(i).text() for i in range(traps.count())].index("Mind reading")
    for _ in range(mind):
        qtbot.keyClick(traps, Qt.Key.Key_Down)
    qtbot.keyClick(traps, Qt.Key.Key_Space)
    _next(qtbot, editor)
    assert _step(editor) == "evidence_for" and editor.pinned.isVisible()
    qtbot.keyClicks(_focused(), "She looked at me")
    # Autosaved as a draft within about two seconds, without pressing anything.
    qtbot.waitUntil(lambda: any("She looked at me" in d.evidence_for
                                for d in service.drafts_of(context.db)), timeout=2500)

    # Leave half-way by closing the app, then start it again on the same data.
    window.close()
    from ui.shell.main_window import MainWindow

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    page = again.show_page("thoughts")
    rows = page.records.list
    first = rows.item(0).text()
    assert first.startswith("Not finished yet") and "neighbour" in first
    rows.setFocus()
    rows.setCurrentRow(0)
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and _step(editor) == "evidence_for"  # resumes where it was left
    assert "She thinks I am strange" in editor.pinned.text()
    _next(qtbot, editor)
    qtbot.keyClicks(_focused(), "She smiled and walked on")
    _next(qtbot, editor)
    qtbot.keyClicks(_focused(), "I was startled; she probably did not mind")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "60")
    _next(qtbot, editor)
    assert _step(editor) == "rerate"
    qtbot.keyClicks(_focused(), "40")  # Ashamed, now
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "35")  # belief in the hot thought, now
    _next(qtbot, editor)
    assert _step(editor) == "action"
    qtbot.keyClicks(_focused(), "Nod next time")
    _next(qtbot, editor)  # on the last step, Ctrl+Enter finishes

    assert page.editor is None  # back on the list
    records = service.list_records(context.db)
    assert len(records) == 1
    rec = records[0]
    assert rec.status == "done" and rec.situation.startswith("A neighbour")
    assert [(m.name, m.before, m.after) for m in rec.moods] == [("Ashamed", 80, 40)]
    hot = rec.hot_thought
    assert (hot.text, hot.belief, hot.traps) == ("She thinks I am strange", 90, ("mind_reading",))
    assert rec.evidence_for == "She looked at me"
    assert rec.evidence_against == "She smiled and walked on"
    assert (rec.alternative_belief, rec.hot_belief_after) == (60, 35)
    assert rec.action == "Nod next time"
    assert not page.records.list.item(0).text().startswith("Not finished yet")
