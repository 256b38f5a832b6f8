"""The watchers read the real diary and ladder services (no SQL on their tables)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app.diary import service as diary
from app.diary.models import DiaryEntry
from app.ladder import service as ladder
from app.ladder.inputs import AttemptInput, StepInput
from app.plan import service, signals
from app.plan.models import LATE_SLEEP, NO_ATTEMPT, NO_DIARY, NO_OUTSIDE

TODAY = date(2026, 4, 30)


def _diary_days(db, n: int, **fields) -> None:
    for i in range(n):
        diary.save_entry(db, DiaryEntry(day=TODAY - timedelta(days=n - 1 - i), **fields))


def _attempt(db, day: date, minutes: int) -> None:
    lad = ladder.create_ladder(db, "Go to the corner", [StepInput("Open the door", 2, 30)])
    step = ladder.steps(db, lad.id)[0]
    ladder.log_attempt(db, step.id, AttemptInput(
        started_at=datetime.combine(day, time(15, 0)).astimezone(), actual_minutes=minutes))


def test_empty_database_loads_nothing_and_fires_nothing(db):
    for kind in (NO_OUTSIDE, NO_ATTEMPT, NO_DIARY):
        service.save_watcher(db, kind, enabled=True, days=1)
    assert signals.load(db, TODAY - timedelta(days=30), TODAY) == ([], [])
    assert service.fired_watchers(db, TODAY) == []


def test_outside_time_counts_diary_and_ladder_minutes(db):
    _diary_days(db, 12, minutes_outside=0, went_outside=False)
    service.save_watcher(db, NO_OUTSIDE, enabled=True, days=4)
    assert [f.kind for f in service.fired_watchers(db, TODAY)] == [NO_OUTSIDE]
    _attempt(db, TODAY - timedelta(days=3), 6)  # a ladder outing 3 days ago
    assert service.fired_watchers(db, TODAY) == []
    days, attempts = signals.load(db, TODAY - timedelta(days=30), TODAY)
    assert len(days) == 12 and attempts[0].actual_minutes == 6


def test_no_attempt_and_no_diary_boundaries_through_the_services(db):
    _diary_days(db, 3)  # entries on 28, 29 and 30 April
    diary_last = TODAY
    _attempt(db, TODAY - timedelta(days=5), 3)
    service.save_watcher(db, NO_ATTEMPT, enabled=True, days=5)
    service.save_watcher(db, NO_DIARY, enabled=True, days=2)
    kinds = [f.kind for f in service.fired_watchers(db, diary_last)]
    assert kinds == [NO_ATTEMPT]
    assert [f.kind for f in service.fired_watchers(db, TODAY + timedelta(days=2))] == [
        NO_ATTEMPT, NO_DIARY]


def test_late_sleep_uses_the_diarys_own_midpoint(db):
    for i in range(7):
        late = i < 4
        diary.save_entry(db, DiaryEntry(day=TODAY - timedelta(days=i),
                                        bedtime=time(5, 0) if late else time(23, 0),
                                        waketime=time(14, 0) if late else time(7, 0)))
    service.save_watcher(db, LATE_SLEEP, enabled=True, days=4, later_than="06:00")
    assert [f.kind for f in service.fired_watchers(db, TODAY)] == [LATE_SLEEP]
    service.save_watcher(db, LATE_SLEEP, enabled=True, days=5)
    assert service.fired_watchers(db, TODAY) == []
