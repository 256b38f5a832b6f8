"""Turns the ladder, thoughts and plan services' results into the summary's figures."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from app.progress import sources
from app.progress.models import LadderFigures, PlanFigures, ThoughtFigures
from app.progress.periods import Period


def ladder_figures(db: Database, period: Period, result: Any) -> LadderFigures:
    """From `ladder.service.period_summary` (shape settled when the ladder lands)."""
    return LadderFigures()


def thought_figures(db: Database, period: Period) -> ThoughtFigures:
    return ThoughtFigures()


def plan_figures(db: Database) -> PlanFigures:
    return PlanFigures()
