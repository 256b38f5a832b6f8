"""What the first-appointment summary holds: plain frozen dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.progress.periods import Period
from app.routine.plans import RoutineFigures

# Every section the user can tick, in the order they are printed.
SECTIONS = ["words", "mood", "sleep", "outside", "ladder", "routine", "practice", "plan_facts",
            "thoughts", "plan", "charts", "questions", "detail"]
# Private by nature: printed only when the user ticks them.
PRIVATE_SECTIONS = ("thoughts", "plan")
# The second page (every attempt, thought records by week) is printed only when ticked.
# Practice exercises are a choice too: the page stays as it was unless they are ticked.
DEFAULT_SECTIONS = tuple(s for s in SECTIONS
                         if s not in PRIVATE_SECTIONS and s not in ("detail", "practice"))


@dataclass(frozen=True)
class SummaryNotes:
    """What the user writes on the summary screen, kept for next time."""

    name: str = ""
    how_long: str = ""
    hard_for_me: str = ""
    living_with: str = ""
    help_wanted: str = ""
    treatment: str = ""
    questions: str = ""
    sections: tuple[str, ...] = DEFAULT_SECTIONS

    def question_lines(self) -> list[str]:
        return [q.strip(" -•\t") for q in self.questions.splitlines() if q.strip(" -•\t")]


@dataclass(frozen=True)
class Week:
    """Seven days of the period, counted back from its last day.

    Means and totals are over the days noted only: a day without an entry is
    unknown, never zero. A week with no entry has None everywhere (a gap).
    """

    start: date
    end: date
    days_noted: int = 0  # days with a diary entry
    mood: float | None = None  # mean of the days it was noted
    anxiety: float | None = None
    sleep_hours: float | None = None
    # The night on one scale: hours after noon of the day before (23:00 -> 11, 07:00 -> 19).
    bed_hour: float | None = None
    wake_hour: float | None = None
    outside_minutes: int | None = None  # sum over the days noted
    outside_days: int = 0  # days with minutes outside noted
    contacts: int | None = None  # face-to-face, sum over the days noted
    contacts_days: int = 0
    thought_records: int = 0


@dataclass(frozen=True)
class Measure:
    """One figure of a stretch and the number of days it rests on."""

    value: float | None = None
    days: int = 0


@dataclass(frozen=True)
class Stretch:
    """The first or last days of the period: "at the start" and "now"."""

    start: date
    end: date
    days_noted: int = 0
    mood: Measure = Measure()
    anxiety: Measure = Measure()
    bed_hour: Measure = Measure()
    wake_hour: Measure = Measure()
    sleep_hours: Measure = Measure()
    outside_minutes: Measure = Measure()  # a day, on average over the days noted
    contacts: Measure = Measure()  # a day, on average over the days noted


@dataclass(frozen=True)
class DiaryFigures:
    days_with_entry: int
    days_in_period: int
    noted_days: tuple[date, ...] = ()  # every day with an entry, oldest first
    weeks: tuple[Week, ...] = ()
    left_out_days: int = 0  # days at the start, fewer than a week, not in `weeks`
    at_start: Stretch | None = None
    now: Stretch | None = None


@dataclass(frozen=True)
class AttemptPoint:
    """One attempt of the period, with the ladder and step it was on."""

    ladder: int  # index into LadderFigures.ladders
    when: datetime
    step: int  # 1 = the easiest step
    step_title: str
    suds_before: int | None = None
    suds_peak: int | None = None
    suds_after: int | None = None
    likelihood_before: int | None = None
    likelihood_after: int | None = None


@dataclass(frozen=True)
class LadderLine:
    name: str
    steps: tuple[str, ...]  # titles, easiest first
    highest_practised: int | None  # 1-based step number, among attempts of the period
    attempts: int  # attempts in the period

    @property
    def highest_title(self) -> str | None:
        return None if self.highest_practised is None else self.steps[self.highest_practised - 1]


@dataclass(frozen=True)
class LadderFigures:
    ladders: tuple[LadderLine, ...] = ()  # every ladder with an attempt in the period
    points: tuple[AttemptPoint, ...] = ()  # oldest first

    @property
    def attempts(self) -> int:
        return len(self.points)


@dataclass(frozen=True)
class ThoughtFigures:
    records: int = 0
    traps: tuple[tuple[str, int], ...] = ()  # most frequent first
    mood_before: float | None = None
    mood_after: float | None = None


@dataclass(frozen=True)
class Noticed:
    """A warning-sign watcher that fired on some days of the period."""

    kind: str
    first: date
    last: date
    days: int


@dataclass(frozen=True)
class PlanFigures:
    exists: bool = False
    last_changed: date | None = None
    watched: tuple[str, ...] = ()  # kinds of the watchers switched on
    noticed: tuple[Noticed, ...] = ()
    warning_signs: tuple[str, ...] = ()  # the plan's text: only when the plan section is chosen


@dataclass(frozen=True)
class PracticeFigures:
    """Exercises from the Practice page noted in the period (a recount of the log)."""

    times: int = 0
    minutes: int = 0
    weeks_with: int = 0  # weeks of the period with at least one exercise
    weeks: int = 0
    by_kind: tuple[tuple[str, int], ...] = ()  # (kind, times), in the app's order


@dataclass(frozen=True)
class Summary:
    """Everything the printed page shows; a section is None when not chosen or not available."""

    period: Period
    made_on: date
    notes: SummaryNotes
    sections: tuple[str, ...]
    diary: DiaryFigures | None = None
    ladder: LadderFigures | None = None
    thoughts: ThoughtFigures | None = None
    plan: PlanFigures | None = None
    routine: RoutineFigures | None = None
    practice: PracticeFigures | None = None

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def is_empty(self) -> bool:
        """Nothing at all was recorded in the period (the page says so kindly)."""
        no_diary = self.diary is None or self.diary.days_with_entry == 0
        no_ladder = self.ladder is None or self.ladder.attempts == 0
        no_thoughts = self.thoughts is None or self.thoughts.records == 0
        return no_diary and no_ladder and no_thoughts
