"""Adapter from the diary and ladder services to the watchers' own small records.

The plan never reads the diary or ladder tables itself: it asks their services.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.diary.models import DayOutline
from app.diary.service import outlines_between
from app.ladder.attempts import attempts_between
from app.ladder.models import Attempt
from app.plan.models import AttemptSignal, DaySignal

if TYPE_CHECKING:

    from app.connection import Reads


def load(db: Reads, start: date, end: date) -> tuple[list[DaySignal], list[AttemptSignal]]:
    """Day signals and attempts between `start` and `end`, both included."""
    return load_days(db, start, end), load_attempts(db, start, end)


def load_days(db: Reads, start: date, end: date) -> list[DaySignal]:
    return [to_day_signal(e) for e in outlines_between(db, start, end)]


def load_attempts(db: Reads, start: date, end: date) -> list[AttemptSignal]:
    return [to_attempt_signal(a) for a in attempts_between(db, start, end)]


def to_day_signal(entry: DayOutline) -> DaySignal:
    return DaySignal(
        day=entry.day,
        mood=entry.mood,
        minutes_outside=entry.minutes_outside,
        went_outside=entry.went_outside,
        sleep_midpoint=entry.sleep_midpoint,
        has_entry=True,
    )


def to_attempt_signal(attempt: Attempt) -> AttemptSignal:
    return AttemptSignal(attempt.started_at.date(), attempt.actual_minutes)
