"""What the first-appointment summary holds: plain frozen dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.progress.periods import Period

# Every section the user can tick, in the order they are printed.
SECTIONS = ["words", "mood", "sleep", "outside", "ladder", "thoughts", "plan", "charts",
            "questions"]
# Private by nature: printed only when the user ticks them.
PRIVATE_SECTIONS = ("thoughts", "plan")
DEFAULT_SECTIONS = tuple(s for s in SECTIONS if s not in PRIVATE_SECTIONS)


@dataclass(frozen=True)
class SummaryNotes:
    """What the user writes on the summary screen, kept for next time."""

    name: str = ""
    hard_for_me: str = ""
    how_long: str = ""
    questions: str = ""
    sections: tuple[str, ...] = DEFAULT_SECTIONS

    def question_lines(self) -> list[str]:
        return [q.strip(" -•\t") for q in self.questions.splitlines() if q.strip(" -•\t")]


@dataclass(frozen=True)
class WeekPoint:
    """One calendar week of the diary, averaged (None where nothing was noted)."""

    start: date
    mood: float | None = None
    anxiety: float | None = None
    sleep_hours: float | None = None
    bedtime_minutes: float | None = None  # minutes after noon, so 23:30 < 01:00
    # The night on one scale: hours after noon of the day before (23:00 -> 11, 07:00 -> 19).
    bed_hour: float | None = None
    wake_hour: float | None = None
    outside_minutes: float | None = None  # a week's worth, from the days noted
    face_contacts: float | None = None  # a week's worth, from the days noted
    entries: int = 0


@dataclass(frozen=True)
class DiaryFigures:
    days_with_entry: int
    days_in_period: int
    mood_first: float | None = None
    mood_last: float | None = None
    anxiety_first: float | None = None
    anxiety_last: float | None = None
    sleep_hours: float | None = None
    bedtime: str | None = None  # "HH:MM", the median bedtime
    outside_per_week: float | None = None
    days_outside: int = 0
    face_contacts_per_week: float | None = None
    weeks: tuple[WeekPoint, ...] = ()
    compare_days: int = 14  # how many days "first" and "last" each cover


@dataclass(frozen=True)
class LadderLine:
    name: str
    highest_step: str | None
    highest_index: int | None
    steps: int
    attempts: int


@dataclass(frozen=True)
class LadderFigures:
    ladders: tuple[LadderLine, ...] = ()
    attempts: int = 0
    # (day, peak SUDS) of each attempt, for the compact chart
    suds: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class ThoughtFigures:
    records: int = 0
    traps: tuple[tuple[str, int], ...] = ()  # most frequent first
    mood_before: float | None = None
    mood_after: float | None = None


@dataclass(frozen=True)
class PlanFigures:
    exists: bool = False
    warning_signs: tuple[str, ...] = ()


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
    features: tuple[str, ...] = field(default=())  # feature packages found

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def is_empty(self) -> bool:
        """Nothing at all was recorded in the period (the page says so kindly)."""
        no_diary = self.diary is None or self.diary.days_with_entry == 0
        no_ladder = self.ladder is None or self.ladder.attempts == 0
        no_thoughts = self.thoughts is None or self.thoughts.records == 0
        return no_diary and no_ladder and no_thoughts
