"""The ladder's records as frozen dataclasses: what the services return and take
(what a form hands in is in inputs.py, the readiness rule's own records in progress.py
and the templates' in templates.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

OUTCOMES = ("no", "partly", "yes")
MAX_MINUTES = 24 * 60  # an outing longer than a day is a typing slip, not an outing


@dataclass(frozen=True)
class Ladder:
    id: int
    goal: str
    template: str
    created_at: datetime
    archived: bool
    is_current: bool
    current_step_id: int | None


@dataclass(frozen=True)
class Step:
    id: int
    ladder_id: int
    position: int  # 0 = the easiest step
    title: str
    target_minutes: int | None
    predicted_suds: int | None
    note: str
    reached_at: datetime | None  # first practised: the start of its earliest attempt
    acknowledged: bool  # the warm word for first practising it was shown


@dataclass(frozen=True)
class Attempt:
    id: int
    step_id: int
    started_at: datetime
    ended_at: datetime | None
    planned_minutes: int | None
    actual_minutes: int | None
    suds_before: int | None
    suds_peak: int | None
    suds_after: int | None
    feared_outcome: str
    feared_likelihood_before: int | None
    outcome_happened: str | None  # "no", "partly", "yes" or not said
    likelihood_after: int | None
    safety_behaviours: str
    learned: str
    note: str
