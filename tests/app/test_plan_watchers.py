"""Every warning-sign watcher on synthetic data: boundaries, missing days, no data."""

from __future__ import annotations

from datetime import date, time, timedelta

from app.plan.models import (
    LATE_SLEEP,
    MOOD_DROP,
    NO_ATTEMPT,
    NO_DIARY,
    NO_OUTSIDE,
    AttemptSignal,
    DaySignal,
    Watcher,
)
from app.plan.watchers import days_without, evaluate, late_nights, mood_drop

TODAY = date(2026, 5, 20)


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def fired(watcher: Watcher, days=(), attempts=()) -> list[str]:
    return [f.kind for f in evaluate([watcher], list(days), list(attempts), TODAY)]


def diary(n_days: int, **fields) -> list[DaySignal]:
    """An entry on each of the last `n_days` days (oldest first)."""
    return [DaySignal(ago(i), **fields) for i in reversed(range(n_days))]


# -- no time outside ------------------------------------------------------------
def test_no_outside_fires_at_exactly_n_days_and_not_one_day_earlier():
    w = Watcher(NO_OUTSIDE, enabled=True, days=4)
    quiet = diary(20, minutes_outside=0)
    at_n = [*quiet, DaySignal(ago(4), minutes_outside=10)]
    before_n = [*quiet, DaySignal(ago(3), minutes_outside=10)]
    assert fired(w, at_n) == [NO_OUTSIDE]
    assert fired(w, before_n) == []


def test_no_outside_counts_ladder_minutes_and_went_outside():
    w = Watcher(NO_OUTSIDE, enabled=True, days=4)
    quiet = diary(20, minutes_outside=0)
    assert fired(w, quiet) == [NO_OUTSIDE]
    assert fired(w, quiet, [AttemptSignal(ago(1), actual_minutes=3)]) == []
    # An attempt that did not happen (no minutes) is not time outside.
    assert fired(w, quiet, [AttemptSignal(ago(1), actual_minutes=0)]) == [NO_OUTSIDE]
    assert fired(w, [*quiet, DaySignal(ago(2), went_outside=True)]) == []


def test_no_outside_message_names_the_real_gap():
    w = Watcher(NO_OUTSIDE, enabled=True, days=3)
    result = evaluate([w], [DaySignal(ago(9), minutes_outside=5), DaySignal(ago(0))], [], TODAY)
    assert result[0].message.endswith(": 9.")


def test_one_day_is_not_written_as_1_days():
    from app.plan.models import NO_ATTEMPT, NO_DIARY

    signals = [DaySignal(ago(1), minutes_outside=5)]
    for kind in (NO_OUTSIDE, NO_ATTEMPT, NO_DIARY):
        result = evaluate([Watcher(kind, enabled=True, days=1)], signals,
                          [AttemptSignal(ago(1), actual_minutes=3)], TODAY)
        assert result and "1 days" not in result[0].message and ": 1." in result[0].message


def test_missing_days_count_from_the_first_record_only():
    w = Watcher(NO_OUTSIDE, enabled=True, days=5)
    # Ippo in use for only 3 days, none outside: too early to say anything.
    assert fired(w, diary(3, minutes_outside=0)) == []
    # One entry 5 days ago and nothing since (missing days): 5 days without outside.
    assert fired(w, [DaySignal(ago(5), minutes_outside=0)]) == [NO_OUTSIDE]
    assert fired(w, [DaySignal(ago(4), minutes_outside=0)]) == []


def test_disabled_watchers_and_an_empty_database_never_fire():
    for kind in (NO_OUTSIDE, NO_ATTEMPT, NO_DIARY, MOOD_DROP, LATE_SLEEP):
        on = Watcher(kind, enabled=True, days=1, mood_drop=0.5, later_than=time(0, 0))
        assert fired(on) == []
    off = Watcher(NO_DIARY, enabled=False, days=1)
    assert fired(off, [DaySignal(ago(30))]) == []


# -- no ladder attempt ------------------------------------------------------------
def test_no_attempt_boundary():
    w = Watcher(NO_ATTEMPT, enabled=True, days=7)
    history = diary(30)
    assert fired(w, history, [AttemptSignal(ago(7), 5)]) == [NO_ATTEMPT]
    assert fired(w, history, [AttemptSignal(ago(6), 5)]) == []
    # Never tried, but Ippo has been used for 30 days.
    assert fired(w, history) == [NO_ATTEMPT]
    # Attempts dated in the future (clock moved back) are not "recent".
    assert fired(w, history, [AttemptSignal(TODAY + timedelta(days=2), 5)]) == [NO_ATTEMPT]


# -- no diary entry ------------------------------------------------------------------
def test_no_diary_boundary_and_missing_days():
    w = Watcher(NO_DIARY, enabled=True, days=3)
    assert fired(w, [DaySignal(ago(10)), DaySignal(ago(3))]) == [NO_DIARY]
    assert fired(w, [DaySignal(ago(10)), DaySignal(ago(2))]) == []
    assert fired(w, diary(10)) == []
    # Only ladder attempts, and the first one 3 days ago: the diary was quiet since.
    assert fired(w, [], [AttemptSignal(ago(3), 5)]) == [NO_DIARY]


def test_days_without_rejects_nonsense_thresholds():
    assert days_without([], TODAY, ago(50), 0) is None
    assert days_without([], TODAY, ago(50), -3) is None
    assert days_without([], TODAY, ago(50), 50) == 50


# -- mood average falling -------------------------------------------------------
def moods(recent: list[float], base: list[float]) -> list[DaySignal]:
    out = [DaySignal(ago(7 + i), mood=m) for i, m in enumerate(base)]
    return out + [DaySignal(ago(i), mood=m) for i, m in enumerate(recent)]


def test_mood_drop_exactly_the_threshold_fires():
    base = [6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7]  # 6.5
    recent = [4, 5, 4, 5, 4, 5, 4.5]  # 4.5
    w = Watcher(MOOD_DROP, enabled=True, mood_drop=2.0)
    assert mood_drop(moods(recent, base), TODAY) == 2
    assert fired(w, moods(recent, base)) == [MOOD_DROP]
    assert fired(Watcher(MOOD_DROP, enabled=True, mood_drop=2.5), moods(recent, base)) == []


def test_mood_drop_thirds_are_exact():
    # 1/3-point averages would lose exactness in floats; 5 1/3 - 3 1/3 is exactly 2.
    base = [5, 5, 6, 5, 5, 6]  # 32/6 = 5 1/3
    recent = [3, 3, 4]  # 10/3 = 3 1/3
    assert fired(Watcher(MOOD_DROP, enabled=True, mood_drop=2.0), moods(recent, base)) == [
        MOOD_DROP]


def test_mood_drop_needs_enough_ratings_and_ignores_days_outside_the_window():
    w = Watcher(MOOD_DROP, enabled=True, mood_drop=1.0)
    assert fired(w, moods([2, 2], [8] * 14)) == []  # two ratings this week: too few
    assert fired(w, moods([2, 2, 2], [8] * 4)) == []  # four in the two weeks before
    assert fired(w, moods([2, 2, 2], [8] * 5)) == [MOOD_DROP]
    # A rating 21 days ago is outside both windows.
    far = [DaySignal(ago(21), mood=10)] + moods([5, 5, 5], [5] * 5)
    assert fired(w, far) == []
    # Mood rising is not a warning sign.
    assert fired(w, moods([8, 8, 8], [3] * 14)) == []


# -- late sleep midpoint ------------------------------------------------------------
def test_late_sleep_exactly_n_of_7_nights():
    w = Watcher(LATE_SLEEP, enabled=True, days=4, later_than=time(6, 0))
    late = [DaySignal(ago(i), sleep_midpoint=9.5) for i in range(4)]
    early = [DaySignal(ago(i), sleep_midpoint=3.0) for i in range(4, 7)]
    assert late_nights(late + early, TODAY, time(6, 0)) == 4
    assert fired(w, late + early) == [LATE_SLEEP]
    assert fired(w, late[:3] + early) == []
    # A late night 7 days ago is outside the last 7 nights.
    assert fired(w, late[:3] + [DaySignal(ago(7), sleep_midpoint=11.0)]) == []


def test_late_sleep_compares_across_midnight_and_treats_equal_as_not_later():
    assert late_nights([DaySignal(ago(0), sleep_midpoint=23.5)], TODAY, time(4, 0)) == 0
    assert late_nights([DaySignal(ago(0), sleep_midpoint=1.0)], TODAY, time(23, 0)) == 1
    assert late_nights([DaySignal(ago(0), sleep_midpoint=6.0)], TODAY, time(6, 0)) == 0
    assert late_nights([DaySignal(ago(0), sleep_midpoint=15.0)], TODAY, time(6, 0)) == 1
    # Nights with no sleep noted are simply not counted.
    assert late_nights([DaySignal(ago(0))], TODAY, time(0, 0)) == 0


def test_several_watchers_fire_in_order():
    ws = [Watcher(NO_DIARY, enabled=True, days=2), Watcher(NO_OUTSIDE, enabled=True, days=2)]
    result = evaluate(ws, [DaySignal(ago(5), minutes_outside=0)], [], TODAY)
    assert [f.kind for f in result] == [NO_DIARY, NO_OUTSIDE]
