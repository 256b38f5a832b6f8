"""Adapter from the diary and ladder services to the watchers' own small records.

The plan never reads the diary or ladder tables itself: it asks their services,
and works (quietly, with no data) while either feature is missing.
"""

from __future__ import annotations

import importlib
import logging
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from app.plan.models import AttemptSignal, DaySignal

log = logging.getLogger(__name__)


def load(db: Database, start: date, end: date) -> tuple[list[DaySignal], list[AttemptSignal]]:
    """Day signals and attempts between `start` and `end`, both included."""
    return load_days(db, start, end), load_attempts(db, start, end)


def load_days(db: Database, start: date, end: date) -> list[DaySignal]:
    service = _service("app.diary.service", "entries_between")
    if service is None:
        return []
    return [to_day_signal(e) for e in service.entries_between(db, start, end)]


def load_attempts(db: Database, start: date, end: date) -> list[AttemptSignal]:
    service = _service("app.ladder.service", "attempts_between")
    if service is None:
        return []
    return [to_attempt_signal(a) for a in service.attempts_between(db, start, end)]


def to_day_signal(entry: Any) -> DaySignal:
    return DaySignal(
        day=entry.day,
        mood=getattr(entry, "mood", None),
        minutes_outside=getattr(entry, "minutes_outside", None),
        went_outside=getattr(entry, "went_outside", None),
        sleep_midpoint=getattr(entry, "sleep_midpoint", None),
        has_entry=True,
    )


def to_attempt_signal(attempt: Any) -> AttemptSignal:
    started = attempt.started_at
    day = started.date() if isinstance(started, datetime) else started
    return AttemptSignal(day, getattr(attempt, "actual_minutes", None))


def _service(module: str, function: str) -> Any:
    """The other feature's service module, or None while it does not exist yet."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    if not hasattr(mod, function):
        log.warning("%s has no %s yet; the plan's watchers skip it", module, function)
        return None
    return mod
