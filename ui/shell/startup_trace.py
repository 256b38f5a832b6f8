"""Start-up milestones for `make bench`, printed only when IPPO_STARTUP_TRACE is set.

`visible` (printed by ui/shell/startup.py): the main window's first expose has
been handled (mapped and painted).
`drawn`: Today has painted the data it read from the store (the first paint of
the page after it was filled, once that frame has gone to the screen).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


def enabled() -> bool:
    return bool(os.environ.get("IPPO_STARTUP_TRACE"))


def trace(milestone: str) -> None:
    if enabled():
        print(f"ippo-startup {milestone} {time.time():.6f}", file=sys.stderr, flush=True)


class AfterFirst(QObject):
    """Runs `then` once the first event of `kind` on `watched` has been handled."""

    def __init__(self, watched: QObject, kind: QEvent.Type, then: Callable[[], None],
                 *, next_turn: bool = False) -> None:
        super().__init__(watched)
        self._kind, self._then, self._next_turn = kind, then, next_turn
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != self._kind:
            return False
        watched.removeEventFilter(self)
        watched.event(event)  # handle it first: the milestone is after the paint
        if self._next_turn:
            # A widget paints inside the window's repaint; the frame reaches the
            # screen when that repaint ends, before the next turn of the loop.
            QTimer.singleShot(0, self._then)
        else:
            self._then()
        self.deleteLater()
        return True


def watch_today(page: QObject) -> None:
    """`drawn` after Today's first paint with its data."""
    inner = getattr(page, "widget", lambda: None)() or page
    AfterFirst(inner, QEvent.Type.Paint, lambda: trace("drawn"), next_turn=True)
