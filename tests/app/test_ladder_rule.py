"""The advancement rule, with its exact boundaries, and the minute generator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ladder.models import Attempt
from app.ladder.progress import highest_step_history, minutes_per_week, rule_text, suggest
from app.ladder.templates import minute_steps
from app.validation import FieldErrors

T0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def _a(peak=None, happened=None, i=0, minutes=None):
    return Attempt(i, 1, T0 + timedelta(days=i), None, None, minutes, None, peak, None, "",
                   None, happened, None, "", "", "")


def _kind(*peaks):
    return suggest([_a(p, i=i) for i, p in enumerate(peaks)]).kind


def test_no_attempts_is_start():
    assert suggest([]).kind == "start"


@pytest.mark.parametrize("peaks, kind", [
    ((40, 40), "ready"), ((41, 40), "repeat"), ((40, 41), "repeat"),
    ((41, 41), "repeat"), ((90, 40), "repeat"),
    ((90, 40, 45), "ready"),  # 45 = half of 90
    ((90, 46, 40), "repeat"), ((81, 40, 40), "ready"),
    ((80, 40, 41), "repeat"), ((82, 40, 41), "ready"),
    ((80, 41, 41), "repeat"), ((100, 50, 50), "ready"), ((100, 51, 50), "repeat"),
    ((100, 51, 51), "repeat"),
])
def test_peak_boundaries(peaks, kind):
    assert _kind(*peaks) == kind


def test_a_hard_day_in_between_does_not_take_progress_away():
    assert _kind(70, 35, 90, 30) == "ready"


def test_feared_outcome_not_happening_twice_is_ready():
    attempts = [_a(80, "no", 0), _a(85, "partly", 1)]
    assert suggest(attempts).kind == "repeat"
    attempts.append(_a(90, "no", 2))
    result = suggest(attempts)
    assert (result.kind, result.not_happened, result.good_peaks) == ("ready", 2, 0)


def test_attempts_without_ratings_are_repeat_not_ready():
    assert suggest([_a(), _a(i=1), _a(i=2)]).kind == "repeat"


def test_rule_is_said_in_plain_words():
    text = rule_text()
    assert "40" in text and "half" in text and "feared" in text


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
