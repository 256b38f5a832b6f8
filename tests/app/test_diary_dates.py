"""Civil dates: DST gaps and overlaps, a skipped day, and a zone change mid-session.

The check-in stores the date the user's clock shows. Instants are walked every
20 minutes across each transition with `TZ` set (and `time.tzset()`), so
`app.clock.today()` reads the local civil date exactly as it would live.
"""

from __future__ import annotations

import time as time_mod
from datetime import UTC, date, datetime, timedelta

import pytest

from app import clock
from app.diary import service


@pytest.fixture
def set_zone(monkeypatch):
    def set_(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time_mod.tzset()

    yield set_
    monkeypatch.undo()
    time_mod.tzset()


def _at(monkeypatch, instant: datetime) -> None:
    """Freeze Ippo's clock at `instant`, seen in whatever zone TZ names now."""
    monkeypatch.setattr(clock, "now", lambda: datetime.fromtimestamp(instant.timestamp())
                        .astimezone())


def _walk(db, monkeypatch, start_utc: datetime, hours: int) -> dict[date, int]:
    """Check in every 20 minutes; return the last mood written for each local date."""
    last: dict[date, int] = {}
    for step in range(hours * 3):
        instant = start_utc + timedelta(minutes=20 * step)
        _at(monkeypatch, instant)
        day = clock.today()
        mood = step % 11
        service.quick_check_in(db, day, mood, None, None)
        last[day] = mood
    return last


@pytest.mark.parametrize("zone, start_utc, must_have, never", [
    # Sao Paulo 2018-11-04: clocks jumped from 00:00 to 01:00, midnight never happened.
    ("America/Sao_Paulo", datetime(2018, 11, 2, 12, tzinfo=UTC),
     [date(2018, 11, 3), date(2018, 11, 4), date(2018, 11, 5)], None),
    # Samoa skipped Friday 2011-12-30 entirely when it moved across the date line.
    ("Pacific/Apia", datetime(2011, 12, 28, 0, tzinfo=UTC),
     [date(2011, 12, 29), date(2011, 12, 31)], date(2011, 12, 30)),
    # Berlin 2026-10-25: 02:00-03:00 happens twice.
    ("Europe/Berlin", datetime(2026, 10, 23, 12, tzinfo=UTC),
     [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)], None),
    # Lord Howe moves by half an hour.
    ("Australia/Lord_Howe", datetime(2026, 4, 3, 0, tzinfo=UTC),
     [date(2026, 4, 4), date(2026, 4, 5), date(2026, 4, 6)], None),
])
def test_transitions_neither_lose_nor_duplicate_a_day(db, monkeypatch, set_zone, zone,
                                                      start_utc, must_have, never):
    set_zone(zone)
    last = _walk(db, monkeypatch, start_utc, hours=96)
    first, final = min(last), max(last)
    stored = service.entries_between(db, first, final)
    days = [e.day for e in stored]
    assert len(days) == len(set(days))  # one entry per civil day
    assert set(days) == set(last)  # exactly the days the clock showed
    assert set(must_have) <= set(days)
    if never is not None:
        assert never not in days  # a date that never happened there
        expected = {first + timedelta(days=i) for i in range((final - first).days + 1)} - {never}
    else:
        expected = {first + timedelta(days=i) for i in range((final - first).days + 1)}
    assert set(days) == expected  # no gaps
    assert {e.day: e.mood for e in stored} == last  # later check-ins merged into their own day


def test_a_zone_change_mid_session_files_each_check_in_under_the_date_shown(
        db, monkeypatch, set_zone):
    instant = datetime(2026, 3, 10, 1, 30, tzinfo=UTC)
    set_zone("Asia/Tokyo")  # 10:30 on 10 March in Tokyo
    _at(monkeypatch, instant)
    service.quick_check_in(db, clock.today(), 7, 3, True)
    assert clock.today() == date(2026, 3, 10)
    set_zone("America/Los_Angeles")  # the user flies: it is still 9 March there
    _at(monkeypatch, instant + timedelta(hours=3))  # 21:30 on 9 March there
    assert clock.today() == date(2026, 3, 9)
    service.quick_check_in(db, clock.today(), 4, None, None)
    _at(monkeypatch, instant + timedelta(hours=15))  # 09:30 on 10 March in Los Angeles
    service.quick_check_in(db, clock.today(), None, 6, None)
    set_zone("Asia/Tokyo")
    _at(monkeypatch, instant + timedelta(hours=20))  # 06:30 on 11 March in Tokyo
    service.quick_check_in(db, clock.today(), 5, None, False)
    got = {e.day: (e.mood, e.anxiety, e.went_outside)
           for e in service.entries_between(db, date(2026, 3, 1), date(2026, 3, 31))}
    assert got == {date(2026, 3, 9): (4, None, None),
                   date(2026, 3, 10): (7, 6, True),  # merged, nothing wiped
                   date(2026, 3, 11): (5, None, False)}


def test_reading_a_day_does_not_depend_on_the_zone(db, monkeypatch, set_zone):
    set_zone("Pacific/Kiritimati")  # UTC+14
    service.quick_check_in(db, date(2018, 11, 4), 6, None, None)
    for zone in ("America/Sao_Paulo", "Pacific/Pago_Pago", "UTC", "Asia/Kolkata"):
        set_zone(zone)
        assert service.get_entry(db, date(2018, 11, 4)).mood == 6
        assert service.days_with_entries(db, date(2018, 11, 4), date(2018, 11, 4)) == {
            date(2018, 11, 4)}
