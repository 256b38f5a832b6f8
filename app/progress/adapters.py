"""Turns the ladder, thoughts and plan services' results into the summary's figures."""

from __future__ import annotations

from statistics import mean
from typing import Any

from sqlite_utils import Database

from app.progress import sources
from app.progress.models import LadderFigures, LadderLine, PlanFigures, ThoughtFigures
from app.progress.periods import Period

TOP_TRAPS = 3


def ladder_figures(db: Database, period: Period, result: Any) -> LadderFigures:
    """From `ladder.service.period_summary` plus the period's attempts (for the chart)."""
    lines: tuple[LadderLine, ...] = ()
    if getattr(result, "ladder_id", None) is not None:
        index = result.highest_index
        lines = (LadderLine(name=result.goal or "", highest_step=result.highest_title,
                            highest_index=None if index is None else index + 1,
                            steps=len(result.steps), attempts=result.attempts_in_period),)
    attempts_between = sources.function("ladder", "attempts_between")
    attempts = list(attempts_between(db, period.start, period.end)) if attempts_between else []
    suds = tuple((a.started_at.date(), float(a.suds_peak)) for a in attempts
                 if a.suds_peak is not None)
    return LadderFigures(ladders=lines, attempts=len(attempts), suds=suds)


def thought_figures(db: Database, period: Period) -> ThoughtFigures:
    records_between = sources.function("thoughts", "records_between")
    trap_counts = sources.function("thoughts", "trap_counts")
    mood_change = sources.function("thoughts", "mood_change")
    records = len(records_between(db, period.start, period.end)) if records_between else 0
    traps = tuple((t.label, t.count) for t in
                  (trap_counts(db, period.start, period.end) if trap_counts else [])[:TOP_TRAPS])
    changes = list(mood_change(db, period.start, period.end)) if mood_change else []
    rerated = [c for c in changes if c.after is not None]
    return ThoughtFigures(
        records=records, traps=traps,
        mood_before=mean(c.before for c in rerated) if rerated else None,
        mood_after=mean(c.after for c in rerated) if rerated else None)


def plan_figures(db: Database) -> PlanFigures:
    current_plan = sources.function("plan", "current_plan")
    warning_signs = sources.function("plan", "warning_signs")
    plan = current_plan(db) if current_plan else None
    exists = plan is not None and not plan.is_empty()
    signs = tuple(warning_signs(db)) if (exists and warning_signs) else ()
    return PlanFigures(exists=exists, warning_signs=signs)
