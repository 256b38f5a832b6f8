"""What the Progress page charts for a period, fetched once from the feature services.

The page asks for one `Overview` per period and keeps it until the data
changes, so switching back to a period or reopening the page costs no query.
Its diary and ladder figures are the summary's own (`app.progress.summary`),
so the screen and the printed page show the same weeks and attempts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.diary.models import DiaryEntry
from app.diary.service import entries_between
from app.practice.models import WeekPractice
from app.practice.service import practice_by_week
from app.progress import summary
from app.progress.models import DiaryFigures, LadderFigures, Summary, SummaryNotes
from app.progress.periods import Period
from app.thoughts.models import MoodChange
from app.thoughts.service import mood_change
from app.thoughts.traps import TrapCount, trap_counts

if TYPE_CHECKING:
    from sqlite_utils import Database

CHART_SECTIONS = ("mood", "sleep", "outside", "ladder", "charts")


@dataclass(frozen=True)
class Overview:
    period: Period
    entries: tuple[DiaryEntry, ...] = ()  # diary entries of the period, oldest first
    diary: DiaryFigures | None = None
    ladder: LadderFigures | None = None
    mood_changes: tuple[MoodChange, ...] = ()  # thought records: feeling before / after
    trap_counts: tuple[TrapCount, ...] = ()
    practice: tuple[WeekPractice, ...] = ()  # every week of the period; no practice = None

    @property
    def has_data(self) -> bool:
        return bool(self.entries or self.mood_changes or self.trap_counts
                    or (self.ladder and self.ladder.attempts)
                    or any(w.times for w in self.practice))

    def as_summary(self) -> Summary:
        """The same figures as the summary model, for the shared chart builders."""
        return Summary(period=self.period, made_on=self.period.end, notes=SummaryNotes(),
                       sections=CHART_SECTIONS, diary=self.diary, ladder=self.ladder)


def load(db: Database, period: Period) -> Overview:
    """Everything the page charts for `period`, from the feature services."""
    return Overview(
        period=period,
        entries=tuple(entries_between(db, period.start, period.end)),
        diary=summary.diary(db, period),
        ladder=summary.ladder(db, period),
        mood_changes=tuple(mood_change(db, period.start, period.end)),
        trap_counts=tuple(trap_counts(db, period.start, period.end)),
        practice=tuple(practice_by_week(db, period.start, period.end)),
    )
