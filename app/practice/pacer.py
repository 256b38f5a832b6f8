"""Paced breathing as pure arithmetic: where in the rhythm a moment falls.

The screen asks `at(elapsed)` on every tick of its own clock, so the pacer
never drifts and a test can move a fake clock to any second.
"""

from __future__ import annotations

from dataclasses import dataclass

IN, OUT, DONE = "in", "out", "done"
MIN_SECONDS, MAX_SECONDS = 2, 10  # one breath in or out
MIN_MINUTES, MAX_MINUTES = 1, 5


@dataclass(frozen=True)
class Rhythm:
    breathe_in: int = 4
    breathe_out: int = 6
    minutes: int = 2

    def __post_init__(self) -> None:
        for name in ("breathe_in", "breathe_out"):
            if not MIN_SECONDS <= getattr(self, name) <= MAX_SECONDS:
                raise ValueError(f"{name} must be {MIN_SECONDS}..{MAX_SECONDS} seconds")
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise ValueError(f"minutes must be {MIN_MINUTES}..{MAX_MINUTES}")

    @property
    def cycle(self) -> int:
        return self.breathe_in + self.breathe_out

    @property
    def total(self) -> int:
        return self.minutes * 60


@dataclass(frozen=True)
class Moment:
    phase: str  # IN, OUT or DONE
    count: int  # 1.. within the phase (the number to show and read out)
    of: int  # seconds in this phase
    size: float  # 0 (smallest) .. 1 (largest): the shape's size
    remaining: int  # whole seconds left in the session


def at(rhythm: Rhythm, elapsed: float) -> Moment:
    """The moment `elapsed` seconds into a session of this rhythm."""
    if elapsed >= rhythm.total:
        return Moment(DONE, 0, 0, 0.0, 0)
    elapsed = max(0.0, elapsed)
    remaining = int(rhythm.total - elapsed + 0.999)
    into = elapsed % rhythm.cycle
    if into < rhythm.breathe_in:
        return Moment(IN, int(into) + 1, rhythm.breathe_in, _ease(into / rhythm.breathe_in),
                      remaining)
    out = into - rhythm.breathe_in
    return Moment(OUT, int(out) + 1, rhythm.breathe_out,
                  1.0 - _ease(out / rhythm.breathe_out), remaining)


def _ease(x: float) -> float:
    """A smooth in-out curve, so the shape grows and shrinks gently."""
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)
