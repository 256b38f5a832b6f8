"""What the Progress page charts for a period, fetched once from the feature services.

The page asks for one `Overview` per period and keeps it until the data
changes, so switching back to a period or reopening the page costs no query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from app.progress import sources
from app.progress.periods import Period


@dataclass(frozen=True)
class LadderOverview:
    goal: str
    step_count: int
    history: tuple[tuple[date, int], ...]  # (day, 0-based highest position) at each rise
    minutes_per_week: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class Overview:
    period: Period
    features: tuple[str, ...]
    entries: tuple[Any, ...] = ()  # diary entries of the period, oldest first
    ladder: LadderOverview | None = None
    mood_changes: tuple[Any, ...] = ()  # thought records: feeling before / after
    trap_counts: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        return bool(self.entries or self.mood_changes or self.trap_counts
                    or (self.ladder and (self.ladder.history or any(
                        m for _, m in self.ladder.minutes_per_week))))


def load(db: Database, period: Period) -> Overview:
    """Everything the page charts for `period`, from whichever features are installed."""
    entries_between = sources.function("diary", "entries_between")
    trap_counts = sources.function("thoughts", "trap_counts")
    mood_change = sources.function("thoughts", "mood_change")
    return Overview(
        period=period,
        features=sources.available(),
        entries=tuple(entries_between(db, period.start, period.end)) if entries_between else (),
        ladder=_ladder(db, period),
        mood_changes=tuple(mood_change(db, period.start, period.end)) if mood_change else (),
        trap_counts=tuple(trap_counts(db, period.start, period.end)) if trap_counts else (),
    )


def _ladder(db: Database, period: Period) -> LadderOverview | None:
    period_summary = sources.function("ladder", "period_summary")
    steps = sources.function("ladder", "steps")
    if period_summary is None or steps is None:
        return None
    result = period_summary(db, period.start, period.end)
    if result.ladder_id is None:
        return LadderOverview("", 0, (), tuple(result.minutes_per_week))
    from app.ladder.progress import highest_step_history

    reached = [(s.reached_at, i) for i, s in enumerate(steps(db, result.ladder_id))
               if s.reached_at is not None and s.reached_at.date() <= period.end]
    history = _within(highest_step_history(reached), period)
    return LadderOverview(result.goal or "", len(result.steps), history,
                          tuple(result.minutes_per_week))


def _within(history: list[tuple[date, int]], period: Period) -> tuple[tuple[date, int], ...]:
    """The rises inside the period, starting from the level already reached before it."""
    before = [h for h in history if h[0] < period.start]
    inside = [h for h in history if period.start <= h[0] <= period.end]
    start = [(period.start, before[-1][1])] if before else []
    return tuple(start + inside)
