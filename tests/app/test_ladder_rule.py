"""The readiness rule (inhibitory learning) with its boundaries, in tables and restated
independently; the history of steps practised; the minute generator."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ladder.models import Attempt
from app.ladder.progress import (
    ended_early,
    highest_step_history,
    lesson,
    minutes_per_week,
    rule_text,
    suggest,
    used_safety_behaviour,
    was_hard,
)
from app.ladder.templates import minute_steps
from app.validation import FieldErrors

T0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def _a(peak=None, happened=None, i=0, minutes=None, *, before=None, after=None,
       planned=None, safety="", learned=""):
    return Attempt(i, 1, T0 + timedelta(days=i), None, planned, minutes, None, peak, None, "",
                   before, happened, after, safety, learned, "")


def _run(*specs):
    """Attempts from dicts of _a's keyword arguments, one day apart."""
    return [_a(i=i, **spec) for i, spec in enumerate(specs)]


NO = {"happened": "no"}
EARLY = {"planned": 10, "minutes": 3}  # came back after 3 of 10 planned minutes
STAYED = {"planned": 10, "minutes": 10}


def test_no_attempts_is_start():
    assert suggest([]).kind == "start"


# Each row: the attempts (oldest first) and what the rule says. The comments say
# which part of the rule the row is about.
RULE_TABLE = [
    # expectation violated: the feared outcome did not happen
    ((NO,), "repeat"),
    ((NO, NO), "ready"),
    ((NO, {"happened": "partly"}, NO), "ready"),  # a hard attempt in between takes nothing away
    # likelihood fell clearly (before → now), the boundary at 20 points
    (({"before": 80, "after": 60}, {"before": 70, "after": 50}), "ready"),
    (({"before": 80, "after": 61}, {"before": 70, "after": 51}), "repeat"),
    (({"before": 80}, {"after": 10}), "repeat"),  # one rating alone shows no change
    # it happened, and the person coped (wrote what it taught them)
    (({"happened": "yes", "learned": "I could bear it"},
      {"happened": "partly", "learned": "Only one person looked"}), "ready"),
    (({"happened": "yes"}, {"happened": "yes"}), "repeat"),  # happened, nothing learned said
    # expectation met and not coped with: a lesson of nothing yet
    (({"happened": "yes", "before": 50, "after": 80},) * 3, "repeat"),
    # distress supports but never decides alone
    (({"peak": 30}, {"peak": 20}, {"peak": 10}), "repeat"),
    (({"peak": 90}, {"peak": 40}, {"peak": 45}), "repeat"),
    (({"peak": 80, **NO}, {"peak": 35}), "repeat"),  # one lesson, one calm peak
    (({"peak": 80, **NO}, {"peak": 35}, {"peak": 40}), "ready"),  # one lesson + two calm
    (({"peak": 90, **NO}, {"peak": 45}, {"peak": 44}), "ready"),  # half the first peak
    (({"peak": 90, **NO}, {"peak": 46}, {"peak": 41}), "repeat"),  # not half, not 40
    (({"peak": 95, **NO}, {"peak": 95, **NO}), "ready"),  # distress need not drop first
    # attempts ended early count half, and alone never make a step ready
    (({**NO, **EARLY}, {**NO, **EARLY}), "repeat"),
    (({**NO, **EARLY},) * 5, "repeat"),
    (({**NO, **EARLY}, {**NO, **EARLY}, {**NO, **STAYED}), "ready"),
    (({**NO, **EARLY}, {**NO, **STAYED}), "repeat"),
    # leaving before distress rises is never rewarded: an early end's calm is not counted
    (({"peak": 80, **NO, **STAYED}, {"peak": 10, **EARLY}, {"peak": 10, **EARLY}), "repeat"),
    (({"peak": 80, **NO, **STAYED}, {"peak": 10, **STAYED}, {"peak": 10, **STAYED}), "ready"),
    # safety behaviours count half; "none" is not a safety behaviour
    (({**NO, "safety": "headphones"}, {**NO, "safety": "phone in hand"}), "repeat"),
    (({**NO, "safety": "headphones"},) * 4, "ready"),
    (({**NO, "safety": "none"}, {**NO, "safety": "なし"}), "ready"),
    (({**NO, "safety": "headphones"}, NO, NO), "ready"),
    # only the last five attempts count: recent learning is what the rule reads
    ((NO, NO, {}, {}, {}, {}, {}), "repeat"),
    ((NO, NO, {}, {}, {}), "ready"),
]


@pytest.mark.parametrize("specs, kind", RULE_TABLE)
def test_rule_table(specs, kind):
    assert suggest(_run(*specs)).kind == kind


def test_the_suggestion_says_why_attempts_counted_half():
    result = suggest(_run({**NO, **EARLY}, {**NO, "safety": "headphones"}, NO))
    assert (result.kind, result.evidence, result.half_early, result.half_safety) == (
        "ready", 4, 1, 1)
    assert (result.not_happened, result.less_likely, result.coped) == (3, 0, 0)
    last_early = suggest(_run(NO, {**EARLY, "peak": 20}))
    assert last_early.last_ended_early and last_early.kind == "repeat"
    assert last_early.calm_peaks == 0


def test_lessons_and_safety_words():
    assert lesson(_a(happened="no", before=10, after=90)) == "not_happened"
    assert lesson(_a(before=60, after=40)) == "less_likely"
    assert lesson(_a(happened="partly", learned="  ")) is None
    assert lesson(_a(happened="partly", learned="I managed")) == "coped"
    for none in ("", " none ", "None.", "-", "なし", "特になし。", "n/a"):
        assert not used_safety_behaviour(none), none
    for some in ("headphones", "イヤホン", "no eye contact"):
        assert used_safety_behaviour(some), some
    assert ended_early(_a(planned=5, minutes=4)) and not ended_early(_a(planned=5, minutes=5))
    assert not ended_early(_a(minutes=1)) and not ended_early(_a(planned=5))


def test_hard_attempts_are_recognised():
    assert was_hard(_a(**EARLY)) and was_hard(_a(happened="yes")) and was_hard(_a(peak=70))
    assert not was_hard(_a(peak=69, happened="no", **STAYED))


def test_rule_is_said_in_plain_words():
    text = rule_text()
    assert "feared" in text and "less likely" in text and "half" in text
    assert "never counts alone" in text


# -- the rule restated independently, and checked on generated attempt lists -----------
def _restated(attempts):
    """The readiness rule written again from its description, as plainly as possible."""
    if not attempts:
        return "start"
    peaks = [(n, a.suds_peak) for n, a in enumerate(attempts) if a.suds_peak is not None]
    score, calm, stayed_and_learned = 0.0, 0, False
    for n, a in list(enumerate(attempts))[-5:]:
        left_early = (a.planned_minutes is not None and a.actual_minutes is not None
                      and a.actual_minutes < a.planned_minutes)
        shielded = a.safety_behaviours.strip().lower() not in ("", "none", "なし")
        fell = (a.feared_likelihood_before is not None and a.likelihood_after is not None
                and a.feared_likelihood_before - a.likelihood_after >= 20)
        coped = a.outcome_happened in ("yes", "partly") and a.learned.strip() != ""
        if a.outcome_happened == "no" or fell or coped:
            score += 0.5 if (left_early or shielded) else 1.0
            stayed_and_learned = stayed_and_learned or not left_early
        if a.suds_peak is not None and not left_early:
            half_of_first = n != peaks[0][0] and a.suds_peak * 2 <= peaks[0][1]
            if a.suds_peak <= 40 or half_of_first:
                calm += 1
    enough = score >= 2 or (score >= 1 and calm >= 2)
    return "ready" if stayed_and_learned and enough else "repeat"


_maybe = lambda s: st.none() | s  # noqa: E731
attempt_lists = st.lists(st.builds(
    lambda i, peak, happened, before, after, planned, minutes, safety, learned: _a(
        peak, happened, i, minutes, before=before, after=after, planned=planned,
        safety=safety, learned=learned),
    i=st.just(0), peak=_maybe(st.integers(0, 100)),
    happened=st.sampled_from([None, "no", "partly", "yes"]),
    before=_maybe(st.integers(0, 100)), after=_maybe(st.integers(0, 100)),
    planned=_maybe(st.integers(1, 30)), minutes=_maybe(st.integers(0, 30)),
    safety=st.sampled_from(["", "none", "なし", "headphones"]),
    learned=st.sampled_from(["", " ", "It passed"])), max_size=9)


@given(attempt_lists)
def test_rule_matches_its_restatement(attempts):
    assert suggest(attempts).kind == _restated(attempts)


@given(attempt_lists, st.lists(st.integers(0, 100), min_size=9, max_size=9))
def test_distress_never_decides_alone(attempts, peaks):
    """With no lesson in the recent attempts, no pattern of distress makes a step ready."""
    plain = [replace(a, outcome_happened=None, likelihood_after=None, suds_peak=p)
             for a, p in zip(attempts, peaks, strict=False)]
    assert suggest(plain).kind != "ready"


@given(attempt_lists)
def test_early_exits_alone_are_never_rewarded(attempts):
    early = [replace(a, planned_minutes=10, actual_minutes=2) for a in attempts]
    assert suggest(early).kind != "ready"


@given(attempt_lists, st.integers(0, 8))
def test_a_safety_behaviour_never_makes_a_step_more_ready(attempts, n):
    if not attempts:
        return
    k = n % len(attempts)
    shielded = [*attempts[:k], replace(attempts[k], safety_behaviours="headphones"),
                *attempts[k + 1:]]
    if suggest(attempts).kind == "repeat":
        assert suggest(shielded).kind == "repeat"


def test_highest_step_history_only_rises():
    t = [(T0 + timedelta(days=d), p) for d, p in [(0, 0), (3, 1), (4, 0), (9, 2), (9, 3)]]
    assert highest_step_history(t) == [(T0.date(), 0), ((T0 + timedelta(days=3)).date(), 1),
                                       ((T0 + timedelta(days=9)).date(), 3)]


def test_minutes_per_week_uses_actual_then_planned():
    weeks = minutes_per_week([_a(i=0, minutes=5), _a(i=1, minutes=7), _a(i=10, minutes=3)],
                             T0.date(), (T0 + timedelta(days=13)).date())
    assert [m for _, m in weeks] == [12, 0, 3]
    assert all(d.weekday() == 0 for d, _ in weeks)


def test_default_generator_run_and_bad_requests():
    assert minute_steps(1, 30, 9)[0] == 1 and minute_steps(1, 30, 9)[-1] == 30
    for args, field in [((5, 5, 3), "last"), ((1, 30, 1), "count"), ((0, 10, 3), "first"),
                        ((1, 2000, 5), "last"), ((1, 30, 50), "count")]:
        with pytest.raises(FieldErrors) as err:
            minute_steps(*args)
        assert field in err.value.messages


@given(first=st.integers(1, 600), span=st.integers(1, 840), count=st.integers(2, 20))
def test_generator_is_strictly_increasing_whole_minutes(first, span, count):
    last = first + span
    if last - first < count - 1:
        with pytest.raises(FieldErrors):
            minute_steps(first, last, count)
        return
    run = minute_steps(first, last, count)
    assert len(run) == count
    assert run[0] == first and run[-1] == last
    assert all(isinstance(m, int) for m in run)
    assert all(b > a for a, b in zip(run, run[1:], strict=False))
