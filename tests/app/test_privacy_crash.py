"""Passphrase changes killed with SIGKILL at random moments: exactly one secret opens
the database afterwards, and every row is still there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db import StoreProblem, file_state, open_store
from app.paths import resolve
from app.privacy import passphrase as pp
from app.privacy.swap import clear_leftovers

ROOT = Path(__file__).resolve().parents[2]
A, B = "first passphrase", "second passphrase"
ROWS = 400

# The child flips between two states forever, printing after each flip.
CHANGE_CHILD = """
import sys
sys.path.insert(0, {root!r})
from app.paths import resolve
from app.db import open_store
from app.privacy import passphrase as pp
paths = resolve({data!r})
a, b = {a!r}, {b!r}
try:
    store = open_store(paths, a); cur, new = a, b
except Exception:
    store = open_store(paths, b); cur, new = b, a
print("ready", flush=True)
while True:
    print("begin", flush=True)
    store = pp.change_passphrase(store, cur, new)
    cur, new = new, cur
    print("done", flush=True)
"""

SET_CHILD = """
import sys
sys.path.insert(0, {root!r})
from app.paths import resolve
from app.db import open_store, file_state
from app.privacy import passphrase as pp
paths = resolve({data!r})
a = {a!r}
store = open_store(paths, a if file_state(paths.database) == "opaque" else None)
print("ready", flush=True)
while True:
    print("begin", flush=True)
    if store.passphrase:
        store = pp.remove_passphrase(store, a)
    else:
        store, _ = pp.set_passphrase(store, a)
    print("done", flush=True)
"""


def _seed(data: Path, secret: str | None) -> None:
    store = open_store(resolve(data))
    store.db["meta"].insert_all(
        [{"key": f"row{i}", "value": "diary line " * 20} for i in range(ROWS)])
    if secret:
        store, _ = pp.set_passphrase(store, secret)
    store.close()


def _opens(data: Path, secret: str | None) -> bool:
    try:
        s = open_store(resolve(data), secret, create=False)
    except StoreProblem:
        return False
    try:
        ok = s.db["meta"].count == ROWS
        assert s.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return ok
    finally:
        s.close()


def _kill_rounds(child: str, data: Path, rounds: int, seed: int):
    """Start the child, wait until its first change has begun, kill it a random
    moment later. Yields how many rounds so far were killed mid-change."""
    rng = random.Random(seed)
    mid_change = 0
    for _ in range(rounds):
        code = child.format(root=str(ROOT), data=str(data), a=A, b=B)
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
        assert proc.stdout.readline().strip() == "begin"
        time.sleep(rng.uniform(0.0, 0.7))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        lines = ["begin", *[x for x in out.splitlines() if x]]
        mid_change += lines[-1] == "begin"
        yield mid_change


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_change_killed_at_random_leaves_exactly_one_passphrase(tmp_path):
    data = tmp_path / "data"
    _seed(data, A)
    mid = 0
    for mid in _kill_rounds(CHANGE_CHILD, data, 20, 99):  # noqa: B007 - read after the loop
        opens = [_opens(data, A), _opens(data, B)]
        assert opens.count(True) == 1, opens
    assert mid >= 5  # many kills landed in the middle of a change


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_set_and_remove_killed_at_random_leave_one_working_state(tmp_path):
    data = tmp_path / "data"
    _seed(data, None)
    mid = 0
    for mid in _kill_rounds(SET_CHILD, data, 20, 7):  # noqa: B007 - read after the loop
        # Either plain (opens with no passphrase) or encrypted (only with it).
        state = file_state(data / "ippo.sqlite3")
        clear_leftovers(resolve(data))  # what the next session does first
        assert not list(data.glob("*.rekey*"))
        assert state in ("plain", "opaque")
        if state == "plain":
            assert _opens(data, None)
        else:
            assert _opens(data, A) and not _opens(data, None) and not _opens(data, B)
    assert mid >= 5
