"""Turns the ladder, thoughts and plan services' results into the summary's figures."""

from __future__ import annotations

from datetime import date
from statistics import mean
from typing import TYPE_CHECKING

from app.ladder.attempts import attempts_between
from app.ladder.models import Ladder
from app.ladder.service import list_ladders, steps
from app.plan import service as plan_service
from app.progress.models import (
    AttemptPoint,
    LadderFigures,
    LadderLine,
    Noticed,
    PlanFigures,
    ThoughtFigures,
)
from app.progress.periods import Period
from app.thoughts.service import mood_change, records_between
from app.thoughts.traps import trap_counts

if TYPE_CHECKING:
    from sqlite_utils import Database

TOP_TRAPS = 3


def ladder_figures(db: Database, period: Period) -> LadderFigures:
    """Every ladder practised in the period, with the step of each attempt.

    "Highest step practised" is the highest step with an attempt in the period,
    computed here from the attempts themselves, so the page and its chart agree.
    """
    attempts = sorted(attempts_between(db, period.start, period.end),
                      key=lambda a: (a.started_at, a.id))
    if not attempts:
        return LadderFigures()
    where: dict[int, tuple[Ladder, int, str]] = {}  # step id -> (ladder, 1-based step, title)
    all_steps: dict[int, tuple[str, ...]] = {}
    for lad in list_ladders(db, True):
        titles = []
        for position, step in enumerate(steps(db, lad.id), start=1):
            where[step.id] = (lad, position, step.title)
            titles.append(step.title)
        all_steps[lad.id] = tuple(titles)
    practised = [a for a in attempts if a.step_id in where]
    order = sorted({where[a.step_id][0].id for a in practised})
    index = {lid: i for i, lid in enumerate(order)}
    names = {where[a.step_id][0].id: where[a.step_id][0].goal for a in practised}
    points = tuple(AttemptPoint(
        ladder=index[where[a.step_id][0].id], when=a.started_at, step=where[a.step_id][1],
        step_title=where[a.step_id][2], suds_before=a.suds_before, suds_peak=a.suds_peak,
        suds_after=a.suds_after, likelihood_before=a.feared_likelihood_before,
        likelihood_after=a.likelihood_after) for a in practised)
    lines = tuple(LadderLine(
        name=names[lid], steps=all_steps[lid],
        highest_practised=max(p.step for p in points if p.ladder == index[lid]),
        attempts=sum(1 for p in points if p.ladder == index[lid])) for lid in order)
    return LadderFigures(ladders=lines, points=points)


def thought_figures(db: Database, period: Period) -> ThoughtFigures:
    records = len(records_between(db, period.start, period.end))
    counts = trap_counts(db, period.start, period.end)  # most frequent first
    # A trap as frequent as the last one named is named too, so no tie is broken by the
    # alphabet (which differs between languages).
    cut = counts[TOP_TRAPS - 1].count if len(counts) > TOP_TRAPS else 0
    traps = tuple((t.label, t.count) for i, t in enumerate(counts)
                  if i < TOP_TRAPS or t.count == cut)
    changes = mood_change(db, period.start, period.end)
    rerated = [(c.before, c.after) for c in changes if c.after is not None]
    return ThoughtFigures(
        records=records, traps=traps,
        mood_before=mean(before for before, _ in rerated) if rerated else None,
        mood_after=mean(after for _, after in rerated) if rerated else None)


def plan_figures(db: Database, period: Period, with_text: bool) -> PlanFigures:
    """Whether a plan exists, when it last changed and which watched signs showed when.

    The plan's own words (its warning signs) are read only when `with_text`:
    the user chose to print that private part.
    """
    plan = plan_service.current_plan(db)
    exists = plan is not None and not plan.is_empty()
    watched = tuple(w.kind for w in plan_service.watchers(db) if w.enabled)
    fired: dict[str, list[date]] = plan_service.fired_days(db, period.start, period.end)
    noticed = tuple(Noticed(kind, min(days), max(days), len(days))
                    for kind, days in fired.items() if days)
    signs = tuple(plan_service.warning_signs(db)) if (exists and with_text) else ()
    return PlanFigures(exists=exists, last_changed=plan.saved_at.date() if plan else None,
                       watched=watched, noticed=noticed, warning_signs=signs)
