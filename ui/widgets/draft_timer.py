"""When to write a draft while someone types: soon after a pause, and at least
every few seconds while the typing goes on.

A plain restarting single-shot timer (a debounce) never fires for someone who
types steadily, so a crash would lose everything since the last pause. This
timer fires `QUIET_MS` after the last change, but never later than `MAX_WAIT_MS`
after the first change not yet kept, so a draft is at most about two seconds old
whether or not the person pauses. Every editor that keeps drafts uses it.

`poke()` after each change; connect `due` to the editor's draft write; `flush()`
writes a pending draft at once (focus leaving a field, closing, leaving a page);
`stop()` forgets it (the text was saved another way). The clock is injectable so
tests can drive it without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

QUIET_MS = 1000  # after a pause this long, keep the draft
MAX_WAIT_MS = 2000  # while typing goes on, keep it at least this often

Clock = Callable[[], float]  # seconds, monotonic


class DraftTimer(QObject):
    """Emits `due` when the changes since the last draft should be written."""

    due = Signal()

    def __init__(self, parent: QObject | None = None, *, quiet_ms: int = QUIET_MS,
                 max_wait_ms: int = MAX_WAIT_MS, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.quiet = quiet_ms / 1000
        self.max_wait = max_wait_ms / 1000
        self._clock = clock
        self._first: float | None = None  # the first change not yet kept
        self._last = 0.0  # the latest change
        self.wake_at: float | None = None  # when the Qt timer fires (clock time), if running
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        """True while there are changes that `due` has not been emitted for."""
        return self._first is not None

    def deadline(self) -> float | None:
        """When the pending changes are due (clock time), or None."""
        if self._first is None:
            return None
        return min(self._last + self.quiet, self._first + self.max_wait)

    def poke(self, *_args: object) -> None:
        """Something changed (any signal's arguments are ignored)."""
        now = self._clock()
        if self._first is None:
            self._first = now
        self._last = now
        self._schedule(now)

    def flush(self) -> None:
        """Emit `due` now if changes are pending."""
        if self._first is not None:
            self._fire()

    def stop(self) -> None:
        """Forget pending changes without emitting `due`."""
        self._first = None
        self._timer.stop()
        self.wake_at = None

    def flush_on_focus_out(self) -> None:
        """Also flush when the keyboard focus leaves a field inside the parent widget (to
        another field, another part of the window, or another program)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _schedule(self, now: float) -> None:
        due = self.deadline()
        if due is None:
            return
        # Never restart a running wake-up: a timer restarted on every change is the
        # debounce this class replaces. Later changes only move the deadline later,
        # and the wake-up checks it again.
        if self.wake_at is None or not self._timer.isActive():
            self.wake_at = max(due, now)
            self._timer.start(max(0, round((due - now) * 1000)))

    def _fire(self) -> None:
        self._first = None
        self._timer.stop()
        self.wake_at = None
        self.due.emit()

    def _on_timer_timeout(self) -> None:
        self.tick()

    def tick(self) -> None:
        """What happens when the Qt timer fires (tests with a fake clock call it at
        `wake_at`): emit `due` if the deadline has come, else wait on."""
        self._timer.stop()
        self.wake_at = None
        due = self.deadline()
        if due is None:
            return
        now = self._clock()
        if now + 0.005 >= due:  # Qt timers may wake a few milliseconds early
            self._fire()
        else:
            self._schedule(now)  # more typing came since: wait for the pause or the cap

    def _on_app_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is None or self._first is None:
            return
        watched = self.parent()  # not kept in Python: no reference cycle with the editor
        if isinstance(watched, QWidget) and (old is watched or watched.isAncestorOf(old)):
            self.flush()
