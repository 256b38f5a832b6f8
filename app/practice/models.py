"""Frozen records of practice content and of what the user did."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

BREATHING, GROUNDING, REHEARSAL = "breathing", "grounding", "rehearsal"
KINDS: tuple[str, ...] = (BREATHING, GROUNDING, REHEARSAL)


@dataclass(frozen=True)
class Line:
    """One exchange of a rehearsal: what the other person may say, what I could say."""

    them: str
    me: str


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    title: str
    intro: str = ""
    stay: str = ""  # how it helps to stay, never to end a step early
    steps: tuple[str, ...] = ()  # grounding
    done: str = ""  # grounding: said at the end
    situation: str = ""  # rehearsal
    lines: tuple[Line, ...] = ()  # rehearsal
    step: str = ""  # rehearsal: the ladder step it becomes
    predicted_suds: int | None = None


@dataclass(frozen=True)
class ReasonsWords:
    intro: str
    gives: str
    costs: str
    easier: str
    today: str

    def prompt(self, part: str) -> str:
        return str(getattr(self, part))


@dataclass(frozen=True)
class Source:
    cite: str
    used_for: str


@dataclass(frozen=True)
class PracticeContent:
    exercises: tuple[Exercise, ...] = ()
    reasons: ReasonsWords | None = None
    sources: tuple[Source, ...] = ()

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def of_kind(self, kind: str) -> list[Exercise]:
        return [e for e in self.exercises if e.kind == kind]


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    markdown: str  # the body after the title, sources left out


@dataclass(frozen=True)
class PracticeEntry:
    id: int
    done_at: datetime
    day: date
    exercise: str
    kind: str
    minutes: int
    suds_before: int | None = None
    suds_after: int | None = None


@dataclass(frozen=True)
class WeekPractice:
    """One week of a period: minutes practised and how many times.

    Weeks are counted back from the period's last day, like the summary's, so the
    first one may be shorter (`days`). `minutes` is None for a week with no practice
    at all (a gap, not a zero)."""

    start: date
    minutes: int | None
    times: int
    days: int = 7
