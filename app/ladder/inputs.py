"""What the ladder's forms hand in: a step and an attempt as typed, before they are
checked and stored (service.py and attempts.py take them). Apart from models.py, so
reading the ladder (Today's card) does not build them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StepInput:
    """What the user types for a step (new or edited)."""

    title: str
    target_minutes: int | None = None
    predicted_suds: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AttemptInput:
    """What the attempt dialog collects; every field but the start is optional."""

    started_at: datetime
    ended_at: datetime | None = None
    planned_minutes: int | None = None
    actual_minutes: int | None = None
    suds_before: int | None = None
    suds_peak: int | None = None
    suds_after: int | None = None
    feared_outcome: str = ""
    feared_likelihood_before: int | None = None
    outcome_happened: str | None = None
    likelihood_after: int | None = None
    safety_behaviours: str = ""
    learned: str = ""
    note: str = ""
