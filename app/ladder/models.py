"""The ladder's records as frozen dataclasses: what the services return and take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

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
class StepInput:
    """What the user types for a step (new or edited)."""

    title: str
    target_minutes: int | None = None
    predicted_suds: int | None = None
    note: str = ""


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


@dataclass(frozen=True)
class AttemptReading:
    """How the readiness rule reads one attempt (see `progress.read_attempt`).

    `lesson` is what the attempt showed about the feared outcome: "not_happened",
    "less_likely" (its likelihood fell clearly), "coped" (it happened, partly or
    fully, and the person wrote what it taught them), or None. `weight` is in
    half-attempts: 2 counts in full, 1 counts half (ended early or made with a
    safety behaviour), 0 shows no lesson. `calm` is distress that supports a
    suggestion (never counted for an attempt ended early)."""

    lesson: str | None
    ended_early: bool
    with_safety: bool
    weight: int
    calm: bool


@dataclass(frozen=True)
class Suggestion:
    """What the readiness rule says about one step: "start", "repeat" or "ready".

    Counts are over the recent attempts the rule reads (`progress.RECENT`).
    `evidence` is in half-attempts (4 = two attempts that count in full)."""

    kind: str
    evidence: int = 0
    not_happened: int = 0
    less_likely: int = 0
    coped: int = 0
    half_early: int = 0  # attempts with a lesson that count half: ended early
    half_safety: int = 0  # ... made with a safety behaviour (and not ended early)
    calm_peaks: int = 0  # attempts whose distress supports the suggestion
    last_ended_early: bool = False


@dataclass(frozen=True)
class PractisedStep:
    """The highest step of a ladder that was practised (attempted at least once).

    `position` is 0-based; `number` is position + 1 as a person counts steps."""

    ladder_id: int
    step_id: int
    position: int
    title: str
    first_practised_on: date
    step_count: int

    @property
    def number(self) -> int:
        return self.position + 1


@dataclass(frozen=True)
class ExpectancyPoint:
    """One attempt's expectation and what came of it, for charts and the summary."""

    attempt_id: int
    day: date
    likelihood_before: int | None
    likelihood_after: int | None
    happened: str | None
    learned: str


@dataclass(frozen=True)
class LadderSummary:
    """The ladder part of the clinician's one-page summary for a period.

    `highest_index` is 0-based into `steps` (so the step number is +1): the highest
    step practised (attempted at least once) by the end of the period; skipping or
    choosing a step never counts. `highest_reached_on` is the day it was first practised.
    `minutes_per_week` holds (Monday, minutes outside) for every week touching
    the period, from the actual (or else planned) minutes of attempts.
    """

    ladder_id: int | None
    goal: str | None
    steps: tuple[str, ...]
    highest_index: int | None
    highest_title: str | None
    highest_reached_on: date | None
    attempts_in_period: int
    minutes_per_week: tuple[tuple[date, int], ...] = field(default_factory=tuple)
