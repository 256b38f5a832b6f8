"""Composes the first-appointment Summary for a period from the feature services.

Each section is computed only when the user chose it. Every feature always
ships, so the summary calls their public service functions directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import clock
from app.diary.service import entries_between
from app.practice import service as practice_service
from app.practice.models import KINDS as PRACTICE_KINDS
from app.progress import adapters, diary_figures
from app.progress.models import (
    DEFAULT_SECTIONS,
    SECTIONS,
    DiaryFigures,
    LadderFigures,
    PlanFigures,
    PracticeFigures,
    Summary,
    SummaryNotes,
    ThoughtFigures,
)
from app.progress.periods import Period
from app.routine import plans as routine_plans
from app.thoughts.service import records_between

if TYPE_CHECKING:
    from sqlite_utils import Database

DIARY_SECTIONS = ("mood", "sleep", "outside", "charts", "detail")


def compose(db: Database, period: Period, notes: SummaryNotes | None = None,
            sections: tuple[str, ...] | list[str] | None = None) -> Summary:
    """The summary of `period`; `sections` (default: the notes' choice) picks what is shown.

    Every figure and every chart series comes from this one model, computed once
    from the same rows and period.
    """
    notes = notes or SummaryNotes()
    chosen = tuple(s for s in SECTIONS if s in (sections if sections is not None
                                                 else notes.sections or DEFAULT_SECTIONS))
    wants = set(chosen)
    return Summary(
        period=period,
        made_on=clock.today(),
        notes=notes,
        sections=chosen,
        diary=diary(db, period, "detail" in wants) if wants & set(DIARY_SECTIONS) else None,
        ladder=ladder(db, period) if wants & {"ladder", "charts", "detail"} else None,
        thoughts=thoughts(db, period) if "thoughts" in wants else None,
        plan=plan(db, period, "plan" in wants) if wants & {"plan", "plan_facts"} else None,
        routine=(routine_plans.routine_figures(db, period.start, period.end)
                 if "routine" in wants else None),
        practice=practice(db, period) if "practice" in wants else None,
    )


def diary(db: Database, period: Period, with_thoughts: bool = False) -> DiaryFigures:
    entries = entries_between(db, period.start, period.end)
    days = ([r.day for r in records_between(db, period.start, period.end) if r.day]
            if with_thoughts else [])
    return diary_figures.compute(entries, period, days)


def ladder(db: Database, period: Period) -> LadderFigures:
    return adapters.ladder_figures(db, period)


def thoughts(db: Database, period: Period) -> ThoughtFigures:
    return adapters.thought_figures(db, period)


def plan(db: Database, period: Period, with_text: bool) -> PlanFigures:
    return adapters.plan_figures(db, period, with_text)


def practice(db: Database, period: Period) -> PracticeFigures:
    entries = practice_service.practice_between(db, period.start, period.end)
    weeks = practice_service.by_week(entries, period.start, period.end)
    kinds = tuple((k, n) for k in PRACTICE_KINDS
                  if (n := sum(1 for e in entries if e.kind == k)))
    return PracticeFigures(len(entries), sum(e.minutes for e in entries),
                           sum(1 for w in weeks if w.times), len(weeks), kinds)
