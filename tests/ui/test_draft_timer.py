"""The draft timer keeps a draft at least every two seconds while typing goes on,
and soon after a pause: driven with a fake clock, then once with Qt's real timer."""

from __future__ import annotations

import time

from tests.ui.diary_pump import pump, pump_until
from ui.widgets.draft_timer import DraftTimer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run(timer: DraftTimer, clock: FakeClock, edits: list[float], until: float) -> list[float]:
    """Play `edits` (times in seconds) as an event loop would: the timer wakes at
    `wake_at` unless an edit comes first. Returns when `due` was emitted."""
    saves: list[float] = []
    timer.due.connect(lambda: saves.append(clock.now))
    pending = sorted(edits)
    while True:
        wake = timer.wake_at
        next_edit = pending[0] if pending else None
        if next_edit is not None and (wake is None or next_edit <= wake):
            clock.now = pending.pop(0)
            timer.poke()
        elif wake is not None and wake <= until:
            clock.now = wake
            timer.tick()
        else:
            return saves


def test_continuous_typing_is_kept_at_most_two_seconds_apart(qapp):
    clock = FakeClock()
    timer = DraftTimer(clock=clock)
    edits = [i / 10 for i in range(101)]  # a key every 100 ms for 10 s, no pause
    saves = run(timer, clock, edits, until=20)
    assert saves, "nothing was kept while typing"
    gaps = [b - a for a, b in zip([0.0, *saves], saves, strict=False)]
    assert max(gaps) <= 2.1 + 1e-9, saves  # saves about two seconds apart, all along
    for edit in edits:  # and no key waited more than two seconds to be kept
        kept_at = min(s for s in saves if s >= edit)
        assert kept_at - edit <= 2.0 + 1e-9, (edit, saves)
    assert saves[-1] >= 10.0  # and the last keys are kept after the typing stopped
    assert saves[-1] <= 10.0 + 1.05  # soon after the pause, not at the cap
    assert not timer.pending


def test_a_pause_keeps_the_draft_soon_and_once(qapp):
    clock = FakeClock()
    timer = DraftTimer(clock=clock)
    saves = run(timer, clock, [0.0, 0.3, 0.5], until=30)
    assert saves == [1.5]  # one second after the last key


def test_flush_and_stop(qapp):
    clock = FakeClock()
    timer = DraftTimer(clock=clock)
    saves: list[float] = []
    timer.due.connect(lambda: saves.append(clock.now))
    timer.flush()
    assert saves == []  # nothing pending, nothing written
    timer.poke()
    assert timer.pending
    timer.flush()
    assert saves == [0.0] and not timer.pending and timer.wake_at is None
    timer.poke()
    timer.stop()
    clock.now = 5
    timer.tick()
    assert saves == [0.0]


def test_the_real_qt_timer_fires_during_continuous_changes(qapp):
    timer = DraftTimer(quiet_ms=100, max_wait_ms=250)
    saves: list[float] = []
    timer.due.connect(lambda: saves.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 1.2:  # a change every 20 ms, never a 100 ms pause
        timer.poke()
        pump(20)
    assert len(saves) >= 3, saves
    pump_until(lambda: not timer.pending, 1.0)
    timer.deleteLater()

