"""Type a canary into the diary, let the autosave run, SIGKILL, reopen: the canary is back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from app.db import open_store
from app.diary import service
from app.paths import resolve
from tests.conftest import ROOT

DAY = date(2026, 4, 1)
CANARY = "canary-7f3a-still-here"
CHILD = """
import sys
sys.path.insert(0, {root!r})
from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.db import open_store
from app.paths import resolve
from app.settings import Settings
from ui.context import AppContext
from ui.diary.diary_page import DiaryPage
store = open_store(resolve({data!r}))
context = AppContext(store.paths, store, Settings(welcome_seen=True))
page = DiaryPage(context)
page.show()
page.open_item(date.fromisoformat({day!r}))
note = page.editor.note
note.setFocus()
QTest.keyClicks(note, "first line ")
QTest.keyClicks(note, {canary!r})
print("typed", flush=True)
app.exec()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_note_survives_sigkill_and_is_shown_again(tmp_path, qtbot, qapp):
    data = tmp_path / "data"
    open_store(resolve(data)).close()  # the folder exists; the child opens it like the app
    code = CHILD.format(root=str(ROOT), data=str(data), day=DAY.isoformat(), canary=CANARY)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        typed_at = time.monotonic()
        time.sleep(2.5)  # the autosave after a pause (1 s) and a margin; no clean exit follows
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert time.monotonic() - typed_at < 4

    store = open_store(resolve(data))
    try:
        draft = service.draft_for(store.db, DAY)
        assert draft is not None and CANARY in draft["note"]
        assert service.get_entry(store.db, DAY) is None  # it was a draft, kept, not lost

        from app.settings import Settings
        from ui.context import AppContext
        from ui.diary.diary_page import DiaryPage

        context = AppContext(store.paths, store, Settings(welcome_seen=True))
        page = DiaryPage(context)
        qtbot.addWidget(page)
        page.open_item(DAY)
        assert page.editor.note.toPlainText() == "first line " + CANARY
        assert "not saved yet" in page.editor.status.text()
        page.editor.save_button.click()
        assert CANARY in service.get_entry(store.db, DAY).note
        assert service.draft_for(store.db, DAY) is None
        page.close()
    finally:
        store.close()
