"""Someone types without pausing; the real diary process is killed with SIGKILL after a
random 2–8 s; on restart the draft holds everything typed except at most the last
few seconds. A debounce that restarts on every key fails this at once: it never
writes while the typing goes on."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest

from app.db import open_store
from app.diary import service
from app.paths import resolve
from tests.conftest import ROOT

FIRST_DAY = date(2026, 5, 1)
ROUNDS = 4
MAX_LOSS_S = 3.0  # the draft timer's two seconds, plus the write and a slow machine
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
CHILD = """
import random, sys
sys.path.insert(0, {root!r})
from datetime import date
from PySide6.QtCore import QTimer
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
previous = {previous!r}
if previous:  # the day typed in before the last kill: what does the restarted app show?
    page.open_item(date.fromisoformat(previous))
    print("shown", page.editor.note.toPlainText(), flush=True)
page.open_item(date.fromisoformat({day!r}))
note = page.editor.note
note.setFocus()
rng = random.Random({seed})
typed = 0
timer = QTimer()
timer.setSingleShot(True)

def key():
    global typed
    QTest.keyClick(note, {alphabet!r}[typed % {n}])
    typed += 1
    print("typed", typed, flush=True)
    timer.start(rng.randint(40, 80))  # a steady typist: never a pause

timer.timeout.connect(key)
timer.start(0)
app.exec()
"""


def typed_text(n: int) -> str:
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(n))


def run_round(data, day: date, previous: date | None, seed: int, typing_s: float):
    """Start the child, let it type for `typing_s`, SIGKILL it. Returns the note it
    showed for `previous` (None if not asked), [(time read, characters typed)] up to
    the kill, and how many characters it had typed in all (lines still in the pipe)."""
    code = CHILD.format(root=str(ROOT), data=str(data), day=day.isoformat(), seed=seed,
                        previous=previous.isoformat() if previous else "",
                        alphabet=ALPHABET, n=len(ALPHABET))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=env)
    shown: str | None = None
    progress: list[tuple[float, int]] = []
    try:
        assert child.stdout is not None
        kill_at: float | None = None
        while True:
            line = child.stdout.readline()
            assert line, "the child ended by itself"
            word, _, rest = line.rstrip("\n").partition(" ")
            if word == "shown":
                shown = rest
                continue
            now = time.monotonic()
            kill_at = kill_at or now + typing_s  # typing has begun
            progress.append((now, int(rest)))
            if now >= kill_at:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert child.stdout is not None
    typed = max([n for _, n in progress] + [int(line.split()[1]) for line in child.stdout
                                            if line.startswith("typed ")])
    child.stdout.close()
    return shown, progress, typed


def typed_by(progress: list[tuple[float, int]], moment: float) -> int:
    """How many characters the child had typed at `moment` (reported by then)."""
    return max((n for t, n in progress if t <= moment), default=0)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_continuous_typing_survives_sigkill_but_for_the_last_seconds(tmp_path):
    data = tmp_path / "data"
    open_store(resolve(data)).close()
    rng = random.Random(13)
    previous: tuple[date, str] | None = None
    for k in range(ROUNDS):
        day = FIRST_DAY + timedelta(days=k)
        typing_s = rng.uniform(2, 8)
        shown, progress, typed = run_round(data, day, previous[0] if previous else None,
                                    seed=k, typing_s=typing_s)
        if previous is not None:  # the restarted app shows the recovered draft
            assert shown == previous[1]
        killed_at = progress[-1][0]

        store = open_store(resolve(data))
        try:
            draft = service.draft_for(store.db, day)
            kept = draft["note"] if draft else ""
            assert service.get_entry(store.db, day) is None
        finally:
            store.close()
        must_keep = typed_by(progress, killed_at - MAX_LOSS_S)
        detail = f"round {k}: typed {typed} in {typing_s:.1f} s, kept {len(kept)}"
        assert kept == typed_text(len(kept)), detail  # what is kept is what was typed
        assert len(kept) >= must_keep, detail  # all but the last few seconds
        assert len(kept) <= typed, detail
        previous = (day, kept)
