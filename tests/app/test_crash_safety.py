"""A child commits rows and prints each id after COMMIT; SIGKILL at random moments.

Every id the child printed must be in the database afterwards, and the file
must pass `integrity_check`. 50 rounds, as the foundation issue asks.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db import open_store

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
sys.path.insert(0, {root!r})
from app.paths import resolve
from app.db import open_store
store = open_store(resolve({data!r}))
i = 0
while True:
    i += 1
    key = "{tag}-%d" % i
    with store.db.atomic():
        store.db["meta"].insert({{"key": key, "value": "x" * (i % 300)}})
    print(key, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_every_acknowledged_commit_survives_sigkill(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(1234)
    acknowledged: list[str] = []
    for round_ in range(50):
        code = CHILD.format(root=str(ROOT), data=str(data), tag=f"r{round_}")
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # the store is open and writing
        assert first.strip(), "child did not start"
        acknowledged.append(first.strip())
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        # A line is acknowledged only when the child wrote all of it.
        acknowledged += [line for line in out.split("\n")[:-1] if line]
    store = open_store(__import__("app.paths", fromlist=["resolve"]).resolve(data))
    try:
        stored = {r["key"] for r in store.db["meta"].rows}
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        store.close()
    assert len(acknowledged) > 200
    missing = [k for k in acknowledged if k not in stored]
    assert missing == []
