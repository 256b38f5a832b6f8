"""Moving up the ladder: the advancement rule, the history of steps reached,
minutes outside per week, and the ladder part of the clinician's summary."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from app.i18n import translate
from app.ladder.models import Attempt, LadderSummary, Suggestion

GOOD_PEAK = 40  # a peak SUDS at or below this counts as manageable
NEEDED = 2  # how many good attempts make a step "ready"


def suggest(attempts: Sequence[Attempt]) -> Suggestion:
    """The advancement rule. Reads the step's attempts, oldest first.

    An attempt is *good* when its peak SUDS is at most 40, or (for any attempt
    after the first with a peak) at most half the first attempt's peak.
    The step is "ready" (for the next step) when at least two attempts are
    good, or when the feared outcome did not happen ("no") in at least two
    attempts. With no attempts yet it is "start"; otherwise "repeat".

    Attempts are counted, never days: a gap between attempts, or a harder day
    in between, never takes away what was already done. It is only a
    suggestion; the user may accept, repeat, skip or go back at any time.
    """
    peaks = [a.suds_peak for a in attempts if a.suds_peak is not None]
    first = peaks[0] if peaks else None
    good = 0
    for i, peak in enumerate(peaks):
        halved = i > 0 and first is not None and 2 * peak <= first
        if peak <= GOOD_PEAK or halved:
            good += 1
    not_happened = sum(1 for a in attempts if a.outcome_happened == "no")
    if not attempts:
        kind = "start"
    elif good >= NEEDED or not_happened >= NEEDED:
        kind = "ready"
    else:
        kind = "repeat"
    return Suggestion(kind, good, not_happened)


def rule_text() -> str:
    """The rule in plain words, for the ladder page."""
    return translate(
        "LadderRule",
        "Ippo suggests the next step after two attempts where your peak distress was 40 "
        "or less, or half of your first try or less — or after two attempts where what "
        "you feared did not happen. Days in between never count against you. "
        "You decide: accept, repeat, skip or go back whenever you like.")


def highest_step_history(reached: Sequence[tuple[datetime, int]]) -> list[tuple[date, int]]:
    """(date, highest position reached so far) at each date it rose, from the
    (reached time, position) of the steps."""
    out: list[tuple[date, int]] = []
    best = -1
    for when, position in sorted(reached):
        if position > best:
            best = position
            if out and out[-1][0] == when.date():
                out[-1] = (when.date(), best)
            else:
                out.append((when.date(), best))
    return out


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def minutes_per_week(attempts: Sequence[Attempt], start: date, end: date) -> list[tuple[date, int]]:
    """(Monday, minutes) for every week from start to end, zero where none."""
    totals: dict[date, int] = defaultdict(int)
    for a in attempts:
        day = a.started_at.date()
        if start <= day <= end:
            totals[monday(day)] += a.actual_minutes or a.planned_minutes or 0
    weeks, week = [], monday(start)
    while week <= end:
        weeks.append((week, totals.get(week, 0)))
        week += timedelta(days=7)
    return weeks


def period_summary(db: Database, start: date, end: date) -> LadderSummary:
    """The ladder for the clinician: the current ladder if it was practised in the
    period, else the most practised one, else the current one."""
    from app.ladder import attempts as attempts_mod
    from app.ladder import service

    in_period = attempts_mod.attempts_between(db, start, end)
    ladder_of = {s_id: l_id for s_id, l_id in db.execute(
        "SELECT id, ladder_id FROM ladder_steps").fetchall()}
    counts: dict[int, int] = defaultdict(int)
    for a in in_period:
        counts[ladder_of[a.step_id]] += 1
    current = service.current_ladder(db)
    if current is not None and counts.get(current.id):
        chosen = current
    elif counts:
        chosen = service.get_ladder(db, max(counts, key=lambda k: (counts[k], k)))
    else:
        chosen = current
    if chosen is None:
        return LadderSummary(None, None, (), None, None, None, 0,
                             tuple(minutes_per_week(in_period, start, end)))
    all_steps = service.steps(db, chosen.id)
    reached = [(s.reached_at, i) for i, s in enumerate(all_steps)
               if s.reached_at is not None and s.reached_at.date() <= end]
    history = highest_step_history(reached)
    top = history[-1] if history else None
    return LadderSummary(
        ladder_id=chosen.id, goal=chosen.goal, steps=tuple(s.title for s in all_steps),
        highest_index=top[1] if top else None,
        highest_title=all_steps[top[1]].title if top else None,
        highest_reached_on=_reached_on(all_steps[top[1]].reached_at) if top else None,
        attempts_in_period=counts.get(chosen.id, 0),
        # Minutes outside come from every ladder: a walk to the shop is time outside too.
        minutes_per_week=tuple(minutes_per_week(in_period, start, end)))


def _reached_on(when: datetime | None) -> date | None:
    return when.date() if when else None
