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
    reached_at: datetime | None  # first moved up to, or first attempted
    acknowledged: bool  # the warm word for reaching it was shown


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
class Suggestion:
    """What the advancement rule says about one step: "start", "repeat" or "ready"."""

    kind: str
    good_peaks: int  # attempts whose peak SUDS counts as "clearly lower"
    not_happened: int  # attempts where the feared outcome did not happen


@dataclass(frozen=True)
class TemplateStep:
    title: str
    minutes: int | None
    suds: int


@dataclass(frozen=True)
class Template:
    """A ready-made ladder from `exercises/<lang>/ladder_templates.toml`."""

    id: str
    name: str
    goal: str
    kind: str  # "steps" (a fixed list) or "time" (minutes from the generator)
    steps: tuple[TemplateStep, ...]
    title_one: str = ""  # time ladders: the title of a 1-minute step
    title_many: str = ""  # time ladders: "... {minutes} ..."
    suds_first: int = 0
    suds_last: int = 0


@dataclass(frozen=True)
class LadderSummary:
    """The ladder part of the clinician's one-page summary for a period.

    `highest_index` is 0-based into `steps` (so the step number is +1).
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
