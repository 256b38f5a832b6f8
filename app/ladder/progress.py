"""Moving up the ladder: the advancement rule, the history of steps reached and
minutes outside per week. Pure rules on records; the queries are in service.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.i18n import translate
from app.ladder.models import Attempt


@dataclass(frozen=True)
class AttemptReading:
    """How the readiness rule reads one attempt (see `progress.read_attempt`).

    `lesson` is what the attempt showed about the feared outcome: "not_happened",
    "less_likely" (its likelihood fell clearly), "coped" (it happened, partly or
    fully, and the person wrote what it taught them), or None. `weight` is in
    half-attempts: 2 counts in full, 1 counts half (ended early or made with a
    safety behaviour), 0 shows no lesson. `calm` is distress that supports a
    suggestion (never counted for an attempt ended early)."""

    lesson: str | None
    ended_early: bool
    with_safety: bool
    weight: int
    calm: bool


@dataclass(frozen=True)
class Suggestion:
    """What the readiness rule says about one step: "start", "repeat" or "ready".

    Counts are over the recent attempts the rule reads (`progress.RECENT`).
    `evidence` is in half-attempts (4 = two attempts that count in full)."""

    kind: str
    evidence: int = 0
    not_happened: int = 0
    less_likely: int = 0
    coped: int = 0
    half_early: int = 0  # attempts with a lesson that count half: ended early
    half_safety: int = 0  # ... made with a safety behaviour (and not ended early)
    calm_peaks: int = 0  # attempts whose distress supports the suggestion
    last_ended_early: bool = False


# -- the readiness rule --------------------------------------------------------------
# Sources (cited in full in exercises/<lang>/ladder_guide.toml):
# - Craske, Treanor, Conway, Zbozinek & Vervliet (2014), "Maximizing exposure
#   therapy: an inhibitory learning approach", Behaviour Research and Therapy 58,
#   10-23: exposure works by *expectancy violation* (what was feared did not happen,
#   or was less bad and could be borne), not by distress going down during a
#   session; fear reduction is a poor guide to what was learned; removing safety
#   behaviours and varying the practice (time, place, company) make learning hold.
# - Craske, Kircanski, Zelikowsky, Mystkowski, Chowdhury & Baker (2008),
#   "Optimizing inhibitory learning during exposure therapy", BRAT 46, 5-27.
# - Salkovskis (1991), "The importance of behaviour in the maintenance of anxiety
#   and panic", Behavioural Psychotherapy 19, 6-19: safety behaviours keep the
#   belief alive ("it was only my headphones that kept me safe").
# - Wolpe (1969), The Practice of Behavior Therapy: the 0-100 SUDS scale.
RECENT = 5  # the rule reads a step's last five attempts: recent learning counts most
NEEDED = 4  # evidence needed for "ready", in half-attempts: two attempts in full
SUPPORTED = 2  # with two calm peaks, this much evidence (one attempt) is enough
CLEAR_DROP = 20  # a fall of at least 20 points in likelihood is "clearly less likely"
CALM_PEAK = 40  # a peak SUDS at or below this is calm enough to support a suggestion
FULL, HALF = 2, 1  # weights in half-attempts
HAPPENED = ("partly", "yes")
# What people type into "safety behaviours" when they used none.
NOTHING = frozenset({"", "-", "–", "—", "none", "no", "nothing", "nope", "n/a", "na", "0",
                     "なし", "無し", "ない", "特になし", "とくになし", "特にない", "なにも",
                     "何も", "何もなし", "なにもなし", "何もしていない", "ありません"})


def used_safety_behaviour(text: str) -> bool:
    """True when `text` names a safety behaviour (not empty, not a word for "none")."""
    return text.strip().strip("。.!！").strip().casefold() not in NOTHING


def ended_early(a: Attempt) -> bool:
    """The person came back before the time they planned (both minutes known)."""
    return (a.planned_minutes is not None and a.actual_minutes is not None
            and a.actual_minutes < a.planned_minutes)


def lesson(a: Attempt) -> str | None:
    """What this attempt showed about the feared outcome, the first that applies:
    it did not happen; its likelihood fell by CLEAR_DROP points or more (before →
    now, as the attempt dialog records); it happened (partly or fully) and the
    person coped, which Ippo takes from what they wrote under "What I learned"."""
    if a.outcome_happened == "no":
        return "not_happened"
    before, after = a.feared_likelihood_before, a.likelihood_after
    if before is not None and after is not None and before - after >= CLEAR_DROP:
        return "less_likely"
    if a.outcome_happened in HAPPENED and a.learned.strip():
        return "coped"
    return None


def read_attempt(a: Attempt, first_peak: int | None, is_first_peak: bool) -> AttemptReading:
    """One attempt as the rule reads it. `first_peak` is the step's first recorded
    peak SUDS, against which a later peak of half or less counts as calm."""
    early, safety = ended_early(a), used_safety_behaviour(a.safety_behaviours)
    found = lesson(a)
    weight = 0 if found is None else (HALF if early or safety else FULL)
    peak = a.suds_peak
    # Leaving before distress rises is never rewarded: an early end's calm is not counted.
    calm = (not early and peak is not None
            and (peak <= CALM_PEAK
                 or (not is_first_peak and first_peak is not None and 2 * peak <= first_peak)))
    return AttemptReading(found, early, safety, weight, calm)


def suggest(attempts: Sequence[Attempt]) -> Suggestion:
    """The readiness rule, after inhibitory learning (Craske et al. 2014). Reads a
    step's attempts, oldest first; only the last RECENT count.

    - An attempt gives *evidence* when it shows a lesson about the feared outcome
      (see `lesson`): it did not happen, it felt clearly less likely afterwards, or
      it happened and the person coped. Such an attempt counts in full, or half
      when it was ended early or made with a safety behaviour (the suggestion says
      which, so the person knows why).
    - Distress supports but never decides: a calm peak (40 or less, or half the
      step's first peak or less, never in an attempt ended early) lowers the
      evidence needed from two attempts to one, and counts for nothing alone.
    - A step is "ready" with evidence of two full attempts (or one, supported by two
      calm peaks), and only if at least one attempt with a lesson was not ended
      early: leaving before finding out is never rewarded on its own.
    - No attempts: "start". Otherwise "repeat".

    Attempts are counted, never days: a gap never takes away what was done, nor does
    one hard attempt in between; only newer attempts move older ones out of the last
    RECENT. It is only a suggestion; the person decides (move up, repeat, skip, back).
    """
    if not attempts:
        return Suggestion("start")
    peaks = [(i, a.suds_peak) for i, a in enumerate(attempts) if a.suds_peak is not None]
    first_index, first_peak = peaks[0] if peaks else (-1, None)
    offset = max(0, len(attempts) - RECENT)
    readings = [read_attempt(a, first_peak, offset + i == first_index)
                for i, a in enumerate(attempts[offset:])]
    evidence = sum(r.weight for r in readings)
    calm = sum(1 for r in readings if r.calm)
    stayed = any(r.lesson is not None and not r.ended_early for r in readings)
    enough = evidence >= NEEDED or (evidence >= SUPPORTED and calm >= 2)
    return Suggestion(
        kind="ready" if stayed and enough else "repeat",
        evidence=evidence,
        not_happened=sum(1 for r in readings if r.lesson == "not_happened"),
        less_likely=sum(1 for r in readings if r.lesson == "less_likely"),
        coped=sum(1 for r in readings if r.lesson == "coped"),
        half_early=sum(1 for r in readings if r.lesson and r.ended_early),
        half_safety=sum(1 for r in readings if r.lesson and r.with_safety and not r.ended_early),
        calm_peaks=calm,
        last_ended_early=readings[-1].ended_early)


def was_hard(a: Attempt) -> bool:
    """An attempt that may feel like a step back: ended early, the feared outcome
    happened, or distress peaked at 70 or more. (The ladder then says a word on
    lapse and relapse.)"""
    return ended_early(a) or a.outcome_happened in HAPPENED or (
        a.suds_peak is not None and a.suds_peak >= 70)


def rule_text() -> str:
    """The rule in plain words, for the ladder page."""
    return translate(
        "LadderRule",
        "How Ippo suggests the next step: when in your recent attempts what you feared "
        "did not happen, or felt clearly less likely afterwards, or happened and you got "
        "through it. Two such attempts are enough; lower distress can make one enough, "
        "but never counts alone. An attempt ended early or made with a safety behaviour "
        "counts half. Days in between never count against you. You decide: move up, "
        "repeat, skip or go back whenever you like.")


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
