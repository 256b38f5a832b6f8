"""Reminders with a fake clock: which fire, when, and how often."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.reminders import config as cfg
from app.reminders import store
from app.reminders.scheduler import (
    CATCH_UP,
    CHECK_IN,
    PRACTICE,
    REGULAR,
    SNOOZE_1_H,
    SNOOZE_15_MIN,
    SNOOZE_TOMORROW,
    SNOOZED,
    Due,
    State,
    next_check,
    quiet_conflicts,
    snooze,
    tick,
)
from app.routine.models import Anchor

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def local(tz, *args):
    return datetime(*args, tzinfo=tz)


def run(config, start, end, tz=LONDON, state=None, step=timedelta(minutes=1)):
    """Tick every `step` from start to end (as Ippo's timer would); return what fired
    (local wall time, kind, keys) and the last state."""
    state = state or State()
    fired = []
    now = start
    while now <= end:
        due, state = tick(config, state, now, tz)
        if due is not None:
            fired.append((due.at.astimezone(tz).replace(tzinfo=None), due.kind, due.keys))
        now += step
    return fired, state


CHECK_IN_9 = cfg.ReminderConfig(enabled=True, check_in=time(9, 0))


def test_off_by_default_nothing_fires():
    fired, _ = run(cfg.ReminderConfig(check_in=time(9, 0)), local(LONDON, 2026, 3, 2, 0, 0),
                   local(LONDON, 2026, 3, 4, 0, 0))
    assert fired == []


def test_check_in_fires_once_a_day_at_its_time():
    fired, _ = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 8, 0), local(LONDON, 2026, 3, 4, 23, 0))
    assert [f[0] for f in fired] == [datetime(2026, 3, 2, 9), datetime(2026, 3, 3, 9),
                                     datetime(2026, 3, 4, 9)]
    assert {f[1] for f in fired} == {REGULAR} and {f[2] for f in fired} == {(CHECK_IN,)}


def test_enabling_after_todays_time_does_not_fire_for_earlier():
    fired, _ = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 10, 0), local(LONDON, 2026, 3, 2, 23, 0))
    assert fired == []


def test_anchor_and_practice_only_on_their_days():
    config = cfg.ReminderConfig(
        enabled=True, anchors=(cfg.AnchorSlot(7, time(7, 30), frozenset({0, 2})),),
        practice_days=frozenset({5}), practice_at=time(15, 0))
    # 2026-03-02 is a Monday.
    fired, _ = run(config, local(LONDON, 2026, 3, 2, 0, 0), local(LONDON, 2026, 3, 8, 23, 59))
    assert [(f[0], f[2]) for f in fired] == [
        (datetime(2026, 3, 2, 7, 30), ("anchor:7",)),
        (datetime(2026, 3, 4, 7, 30), ("anchor:7",)),
        (datetime(2026, 3, 7, 15, 0), (PRACTICE,)),
    ]


def test_reminders_at_the_same_minute_are_one_notification():
    config = cfg.ReminderConfig(enabled=True, check_in=time(9, 0), practice_days=cfg.ALL_DAYS,
                                practice_at=time(9, 0))
    fired, _ = run(config, local(LONDON, 2026, 3, 2, 8, 0), local(LONDON, 2026, 3, 2, 10, 0))
    assert fired == [(datetime(2026, 3, 2, 9), REGULAR, (CHECK_IN, PRACTICE))]


def test_quiet_hours_skip_a_time_inside_them_and_settings_can_say_so():
    config = cfg.ReminderConfig(enabled=True, check_in=time(23, 0), quiet_from=time(22, 0),
                                quiet_until=time(8, 0),
                                anchors=(cfg.AnchorSlot(1, time(7, 0), cfg.ALL_DAYS),
                                         cfg.AnchorSlot(2, time(8, 0), cfg.ALL_DAYS)))
    fired, state = run(config, local(LONDON, 2026, 3, 2, 12, 0), local(LONDON, 2026, 3, 4, 12, 0))
    assert [(f[0], f[2]) for f in fired] == [(datetime(2026, 3, 3, 8), ("anchor:2",)),
                                              (datetime(2026, 3, 4, 8), ("anchor:2",))]
    assert not state.pending_catch_up
    assert [s.key for s in quiet_conflicts(config)] == [CHECK_IN, "anchor:1"]


def test_one_catch_up_after_a_closed_day_never_a_pile():
    config = cfg.ReminderConfig(enabled=True, check_in=time(9, 0), practice_days=cfg.ALL_DAYS,
                                practice_at=time(18, 0),
                                anchors=(cfg.AnchorSlot(3, time(12, 0), cfg.ALL_DAYS),))
    fired, state = run(config, local(LONDON, 2026, 3, 2, 8, 0), local(LONDON, 2026, 3, 2, 8, 30))
    assert fired == []
    # Ippo closed from 08:30 Monday until 20:00 Tuesday: six reminders missed.
    fired, state = run(config, local(LONDON, 2026, 3, 3, 20, 0), local(LONDON, 2026, 3, 4, 9, 30),
                       state=state)
    assert fired == [(datetime(2026, 3, 3, 20), CATCH_UP, (CATCH_UP,)),
                     (datetime(2026, 3, 4, 9), REGULAR, (CHECK_IN,))]


def test_state_survives_a_restart_through_its_file(tmp_path):
    _, state = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 8, 0), local(LONDON, 2026, 3, 2, 9, 5))
    path = store.state_path(tmp_path)
    store.save(path, state)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = store.load(path)
    assert again == state
    fired, _ = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 9, 6), local(LONDON, 2026, 3, 2, 12, 0),
                   state=again)
    assert fired == []  # already shown today; a restart does not show it again
    path.write_text("{broken")
    assert store.load(path) == State()


@pytest.mark.parametrize("tz, spring, autumn", [
    (LONDON, date(2026, 3, 29), date(2026, 10, 25)),
    (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1)),
])
def test_daylight_saving_changes_give_one_reminder_a_day(tz, spring, autumn):
    # 01:30 is skipped in spring (London) or 02:30 (New York); both repeat in autumn.
    for at in (time(1, 30), time(2, 30), time(9, 0)):
        config = cfg.ReminderConfig(enabled=True, check_in=at)
        for day in (spring, autumn):
            start = datetime.combine(day - timedelta(days=1), time(12, 0), tzinfo=tz)
            end = datetime.combine(day + timedelta(days=1), time(12, 0), tzinfo=tz)
            # Step in UTC so the repeated hour is really lived twice.
            fired, _ = run(config, start.astimezone(UTC), end.astimezone(UTC), tz=tz)
            days = [f[0].date() for f in fired]
            assert days == [day, day + timedelta(days=1)], (tz, at, day, fired)
            # At its wall time; a time the spring change skips comes an hour later.
            skipped = day == spring and datetime.combine(day, at, tzinfo=tz).astimezone(
                UTC).astimezone(tz).time() != at
            first = (datetime.combine(day, at) + timedelta(hours=1 if skipped else 0)).time()
            assert [f[0].time() for f in fired] == [first, at]


def test_repeated_hour_in_autumn_does_not_fire_twice():
    config = cfg.ReminderConfig(enabled=True, check_in=time(1, 30))
    start = local(LONDON, 2026, 10, 25, 0, 0).astimezone(UTC)
    end = start + timedelta(hours=4)  # 00:00 BST … 03:00 GMT, 01:00–02:00 lived twice
    fired, _ = run(config, start, end)
    assert len(fired) == 1


def test_clock_moved_back_gives_no_duplicate():
    _, state = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 8, 0), local(LONDON, 2026, 3, 2, 10, 0))
    # The system clock is set back two hours, then back over midnight.
    fired, state = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 8, 0),
                       local(LONDON, 2026, 3, 2, 10, 0), state=state)
    assert fired == []
    fired, state = run(CHECK_IN_9, local(LONDON, 2026, 3, 1, 8, 0),
                       local(LONDON, 2026, 3, 1, 10, 0), state=state)
    assert fired == []
    # A clock wrongly a year ahead then corrected costs at most one day, not a year.
    _, state = run(CHECK_IN_9, local(LONDON, 2027, 3, 2, 8, 0), local(LONDON, 2027, 3, 2, 10, 0),
                   state=state)
    fired, _ = run(CHECK_IN_9, local(LONDON, 2026, 3, 2, 11, 0), local(LONDON, 2026, 3, 3, 10, 0),
                   state=state)
    assert [f[0] for f in fired] == [datetime(2026, 3, 3, 9)]


def _fire_first(config, start, tz=LONDON):
    state = State()
    now = start
    while True:
        due, state = tick(config, state, now, tz)
        if due:
            return due, state, now
        now += timedelta(minutes=1)


@pytest.mark.parametrize("choice, expected", [
    (SNOOZE_15_MIN, datetime(2026, 3, 2, 9, 15)),
    (SNOOZE_1_H, datetime(2026, 3, 2, 10, 0)),
    (SNOOZE_TOMORROW, datetime(2026, 3, 3, 9, 0)),
])
def test_snooze_shows_it_again_once(choice, expected):
    due, state, now = _fire_first(CHECK_IN_9, local(LONDON, 2026, 3, 2, 8, 58))
    state = snooze(CHECK_IN_9, state, due, choice, now, LONDON)
    fired, state = run(CHECK_IN_9, now + timedelta(minutes=1), local(LONDON, 2026, 3, 3, 12, 0),
                       state=state)
    if choice == SNOOZE_TOMORROW:  # tomorrow's own check-in and the snooze are one
        assert fired == [(expected, REGULAR, (CHECK_IN,))]
    else:
        assert fired == [(expected, SNOOZED, (CHECK_IN,)),
                         (datetime(2026, 3, 3, 9), REGULAR, (CHECK_IN,))]
    assert state.snooze_until is None


def test_snooze_into_quiet_hours_waits_for_their_end():
    config = cfg.ReminderConfig(enabled=True, check_in=time(21, 30), quiet_from=time(22, 0),
                                quiet_until=time(7, 0))
    due, state, now = _fire_first(config, local(LONDON, 2026, 3, 2, 21, 0))
    state = snooze(config, state, due, SNOOZE_1_H, now, LONDON)
    assert state.snooze_until == local(LONDON, 2026, 3, 3, 7, 0).astimezone(UTC)
    fired, _ = run(config, now + timedelta(minutes=1), local(LONDON, 2026, 3, 3, 8, 0), state=state)
    assert fired == [(datetime(2026, 3, 3, 7), SNOOZED, (CHECK_IN,))]


def test_catch_up_during_quiet_hours_waits_for_their_end():
    config = cfg.ReminderConfig(enabled=True, check_in=time(20, 0), quiet_from=time(23, 0),
                                quiet_until=time(7, 0))
    _, state = run(config, local(LONDON, 2026, 3, 2, 19, 0), local(LONDON, 2026, 3, 2, 19, 1))
    fired, state = run(config, local(LONDON, 2026, 3, 2, 23, 30), local(LONDON, 2026, 3, 3, 8, 0),
                       state=state)
    assert fired == [(datetime(2026, 3, 3, 7), CATCH_UP, (CATCH_UP,))]
    assert next_check(config, state, local(LONDON, 2026, 3, 3, 8, 0), LONDON) == \
        local(LONDON, 2026, 3, 3, 20, 0).astimezone(UTC)


def test_settings_round_trip_keep_no_anchor_names():
    anchors = [Anchor(1, "Walk to the corner shop", time(10, 0), frozenset({0, 1})),
               Anchor(2, "Bed", time(23, 0), frozenset(range(7))),
               Anchor(3, "Paused", time(8, 0), frozenset({1}), active=False)]
    config = cfg.choose_anchors(cfg.ReminderConfig(enabled=True), anchors, [1, 3])
    raw = cfg.to_dict(config)
    assert "corner" not in repr(raw)
    assert raw["anchors"] == [{"id": 1, "at": "10:00", "days": [0, 1]}]
    assert cfg.from_dict(raw) == config
    moved = [Anchor(1, "Walk", time(10, 30), frozenset({2}))]
    assert cfg.sync_anchors(config, moved).anchors == (
        cfg.AnchorSlot(1, time(10, 30), frozenset({2})),)
    assert cfg.sync_anchors(config, []).anchors == ()
    assert cfg.from_dict({"anchors": [{"id": "x"}, 5], "check_in": "25:00", "enabled": 1}) == \
        cfg.ReminderConfig()


def test_due_is_a_plain_record():
    assert Due(REGULAR, (CHECK_IN,), datetime(2026, 1, 1, tzinfo=UTC)).keys == (CHECK_IN,)
