"""A real restart: a separate Ippo process types half a guided record and is killed;
the next start finds the draft where it was left and finishes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.thoughts import service
from tests.conftest import ROOT

CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.db import open_store
    from app.paths import resolve
    from app.settings import Settings
    from app.thoughts import service
    from ui.context import AppContext
    from ui.shell.main_window import MainWindow

    app = QApplication([])
    store = open_store(resolve(sys.argv[1]))
    window = MainWindow(AppContext(store.paths, store, Settings(welcome_seen=True)))
    window.show()
    page = window.show_page("thoughts")
    editor = page.new_record("guided")
    QTest.keyClicks(editor.fields.situation, "The postman rang twice")
    editor.go_next()
    QTest.keyClicks(editor.fields.moods.rows[0][0], "Nervous")
    editor.go_next()
    QTest.keyClicks(editor.fields.thoughts.rows[0].text, "He will be angry with me")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # wait for the autosave, typing nothing more
        app.processEvents()
        drafts = service.drafts_of(store.db)
        if drafts and drafts[0].thoughts and drafts[0].thoughts[0].text.endswith("me"):
            print("SAVED", flush=True)
            break
        time.sleep(0.05)
    time.sleep(60)  # killed here, as in a crash or power cut
""")


def test_draft_survives_a_killed_process_and_is_finished_after_restart(
        qtbot, context, data_paths):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_paths.root)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "SAVED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    from ui.shell.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("thoughts")
    rows = page.records.list
    assert rows.count() == 1 and rows.item(0).text().startswith("Not finished yet")
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.guide[editor.pages.currentIndex()].id == "thoughts"  # where it was left
    assert editor.fields.thoughts.rows[0].text.text() == "He will be angry with me"
    editor.go_back()  # the feeling was named but not rated: rate it now
    assert QApplication.focusWidget() is editor.fields.moods.rows[0][0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "70")
    editor.finish()
    rec = service.list_records(context.db)[0]
    assert rec.status == "done" and rec.situation == "The postman rang twice"
    assert [(m.name, m.before) for m in rec.moods] == [("Nervous", 70)]
