"""Waiting in diary UI tests by pumping events, not by nested event loops.

A nested QEventLoop returns at once in a process where an earlier test let
`QApplication.exit()` run (Qt keeps `quitNow` set until the next real `exec()`),
so `qtbot.wait`/`waitUntil` would time out there; `processEvents` still runs
timers and queued calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def pump(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def pump_until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return
        time.sleep(0.005)
    raise AssertionError(f"not true within {timeout} s")
