"""Milestones: firsts found in stored rows, listed once, never taken away."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app import clock
from app.diary import service as diary
from app.diary.models import DiaryEntry
from app.ladder import attempts
from app.ladder import service as ladder
from app.ladder.inputs import AttemptInput, StepInput
from app.routine import milestones as ms
from app.routine import service as routine
from app.thoughts import service as thoughts
from app.thoughts.models import Mood, Thought, ThoughtRecord

MON = date(2026, 11, 2)  # a Monday
TODAY = date(2026, 11, 29)


def test_outside_week_needs_most_days_of_one_calendar_week():
    # three days in one week and two in the next: no calendar week has four
    spread = [MON + timedelta(days=d) for d in (4, 5, 6, 7, 8)]
    assert ms.first_outside_week(spread) is None
    four = [MON + timedelta(days=d) for d in (7, 9, 10, 13)]
    assert ms.first_outside_week(spread + four) == MON + timedelta(days=10)


def test_anchor_week_needs_every_planned_day_and_three_of_them():
    workdays = frozenset(range(5))
    ticked = [MON + timedelta(days=d) for d in (0, 1, 2, 3)]  # Friday missing
    assert ms.first_kept_week(workdays, ticked) is None
    ticked += [MON + timedelta(days=d) for d in (7, 8, 9, 10, 11)]
    assert ms.first_kept_week(workdays, ticked) == MON + timedelta(days=11)
    assert ms.first_kept_week(frozenset({6}), [MON + timedelta(days=6)]) is None


def test_a_harder_week_later_takes_nothing_away():
    kept = [MON + timedelta(days=d) for d in range(7)]
    before = ms.find(ms.Facts(anchors=[(1, "Get up", frozenset(range(7)), kept)],
                              outside_days=kept))
    assert {m.kind for m in before} == {ms.OUTSIDE_WEEK, ms.ANCHOR_WEEK}
    harder = kept + [MON + timedelta(days=9)]  # one day of the next week, nothing else
    after = ms.find(ms.Facts(anchors=[(1, "Get up", frozenset(range(7)), harder)],
                             outside_days=harder))
    assert after == before


def test_no_rows_no_milestones(db):
    assert ms.milestones(db, TODAY) == []


def test_milestones_from_every_feature_through_the_services(db, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(TODAY, time(20)).astimezone())
    lad = ladder.create_ladder(db, "Go outside", [StepInput("Open the door", 1, 30),
                                                  StepInput("Stand outside", 2, 40)])
    first, second = ladder.steps(db, lad.id)
    when = datetime.combine(MON + timedelta(days=1), time(10)).astimezone()
    attempts.log_attempt(db, first.id, AttemptInput(started_at=when, suds_peak=50))
    attempts.log_attempt(db, first.id,
                         AttemptInput(started_at=when + timedelta(days=1), actual_minutes=5))
    for d in (7, 8, 10, 12):
        diary.save_entry(db, DiaryEntry(day=MON + timedelta(days=d), minutes_outside=5))
    thoughts.save(db, ThoughtRecord(
        day=MON + timedelta(days=3), situation="At the door",
        moods=(Mood("worried", 70),), thoughts=(Thought("They will stare", 80, True),)),
        finish=True)
    thoughts.save(db, ThoughtRecord(day=MON, situation="a draft"), finish=False)
    wake = routine.add_anchor(db, "Get up", time(9), range(5))
    for d in (14, 15, 16, 17, 18, 21, 22):
        routine.tick(db, wake.id, MON + timedelta(days=d), time(9, 30))
    found = ms.milestones(db, TODAY)
    assert [(m.day, m.kind) for m in found] == [
        (MON + timedelta(days=18), ms.ANCHOR_WEEK),
        (MON + timedelta(days=12), ms.OUTSIDE_WEEK),
        (MON + timedelta(days=3), ms.FIRST_RECORD),
        (MON + timedelta(days=1), ms.FIRST_ATTEMPT)]
    assert "Open the door" in found[-1].text and "Get up" in found[0].text
    assert second.id not in {int(m.ref.split("-")[1]) for m in found if m.ref.startswith("step")}
