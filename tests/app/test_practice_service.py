"""Practice services: the pacer's arithmetic, the log by week, own lines, reasons versions,
and a rehearsal becoming a ladder step through the ladder service."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.ladder import service as ladder
from app.ladder.inputs import StepInput
from app.practice import content, pacer, service
from app.practice import reasons as reasons_service
from app.validation import FieldErrors


def test_the_pacer_follows_the_rhythm():
    r = pacer.Rhythm(4, 6, 1)
    assert pacer.at(r, 0).phase == pacer.IN and pacer.at(r, 0).count == 1
    assert pacer.at(r, 3.9).count == 4 and pacer.at(r, 3.9).phase == pacer.IN
    assert pacer.at(r, 4.0).phase == pacer.OUT and pacer.at(r, 4.0).count == 1
    assert pacer.at(r, 9.99).count == 6
    assert pacer.at(r, 10).phase == pacer.IN  # the next breath
    assert pacer.at(r, 4).size == pytest.approx(1.0) and pacer.at(r, 0).size == 0
    assert pacer.at(r, 59.5).remaining == 1 and pacer.at(r, 60).phase == pacer.DONE
    with pytest.raises(ValueError):
        pacer.Rhythm(4, 6, 6)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 20, 0).astimezone()


def test_practice_by_week_sums_and_leaves_gaps(db):
    start = date(2026, 1, 5)  # a Monday
    service.log_practice(db, "breathing", "breathing", 3, 60, 40, _at(start))
    service.log_practice(db, "door", "rehearsal", 5, done_at=_at(start + timedelta(days=2)))
    service.log_practice(db, "grounding", "grounding", 2, done_at=_at(start + timedelta(days=15)))
    weeks = service.practice_by_week(db, start, start + timedelta(days=20))
    assert [(w.start, w.minutes, w.times) for w in weeks] == [
        (start, 8, 2), (start + timedelta(days=7), None, 0), (start + timedelta(days=14), 2, 1)]
    # Counted back from the last day, like the summary: a short first week keeps its entries.
    shifted = service.practice_by_week(db, start + timedelta(days=2), start + timedelta(days=17))
    assert [(w.days, w.minutes) for w in shifted] == [(2, 5), (7, None), (7, 2)]
    entries = service.practice_between(db, start, start + timedelta(days=20))
    assert sum(e.minutes for e in entries) == sum(w.minutes or 0 for w in weeks)
    assert entries[0].suds_before == 60 and entries[0].suds_after == 40


def test_a_bad_log_entry_is_refused_whole(db):
    with pytest.raises(FieldErrors) as caught:
        service.log_practice(db, "breathing", "breathing", 0, 120)
    assert set(caught.value.messages) == {"minutes", "suds_before"}
    assert service.practice_between(db, date(2000, 1, 1), date(2100, 1, 1)) == []


def test_own_lines_are_kept_and_a_blank_removes_mine(db):
    service.save_own_lines(db, "door", {0: "  Thanks, that is for me. ", 1: "Here."})
    assert service.own_lines(db, "door") == {0: "Thanks, that is for me.", 1: "Here."}
    service.save_own_lines(db, "door", {1: ""})
    assert service.own_lines(db, "door") == {0: "Thanks, that is for me."}


def test_reasons_keep_every_version(db):
    words = {"gives": "quiet", "costs": "friends", "easier": "walk"}
    first = reasons_service.save_reasons(db, words, datetime(2026, 1, 1, 9).astimezone())
    same = reasons_service.save_reasons(db, dict(words))
    assert same.version_id == first.version_id
    second = reasons_service.save_reasons(db, {"gives": "quiet", "costs": "friends and music",
                                               "easier": "walk"})
    assert [v.version_id for v in reasons_service.reasons_versions(db)] == [second.version_id,
                                                                     first.version_id]
    assert reasons_service.current_reasons(db).text("costs") == "friends and music"
    assert reasons_service.reasons_versions(db)[1].text("costs") == "friends"


def test_reasons_come_back_on_some_days_only(db):
    assert reasons_service.reason_for_today(db, date(2026, 3, 3)) is None  # nothing written
    reasons_service.save_reasons(db, {"gives": "rest", "costs": "friends", "easier": "see the sea"})
    days = [date(2026, 3, 1) + timedelta(days=i) for i in range(9)]
    shown = [reasons_service.reason_for_today(db, d) for d in days]
    assert sum(1 for s in shown if s) == 3  # one day in three
    assert {s for s in shown if s} == {("easier", "see the sea")}  # never what it costs
    reasons_service.save_reasons(db, {"gives": "rest", "costs": "friends"})
    assert all(reasons_service.reason_for_today(db, d) is None for d in days)


def test_a_rehearsal_becomes_a_ladder_step_in_order(db):
    lad = ladder.create_ladder(db, "Going out", [StepInput("Open the door", predicted_suds=20),
                                                 StepInput("Walk to a shop", predicted_suds=70)])
    phone = content.load_strict("en").exercise("phone")
    assert phone is not None
    step = service.rehearsal_to_step(db, phone, lad.id)
    titles = [s.title for s in ladder.steps(db, lad.id)]
    assert titles == ["Open the door", "Phone to make an appointment", "Walk to a shop"]
    assert step.predicted_suds == phone.predicted_suds
    assert service.ladder_choices(db) == [(lad.id, "Going out")]
    with pytest.raises(FieldErrors):
        service.rehearsal_to_step(db, phone, 9999)


def test_the_weekly_figure_draws_a_bar_per_week_with_practice_and_gaps_elsewhere(db):
    from app.practice import charts

    start = date(2026, 1, 5)
    service.log_practice(db, "breathing", "breathing", 3, done_at=_at(start))
    service.log_practice(db, "breathing", "breathing", 4, done_at=_at(start + timedelta(days=20)))
    weeks = service.practice_by_week(db, start, start + timedelta(days=27))
    fig = charts.practice_week_figure(weeks)
    bars = fig.axes[0].patches
    assert [round(b.get_height()) for b in bars] == [3, 4]  # weeks 2 and 4: no bar at all
    empty = charts.practice_week_figure(service.practice_by_week(db, date(2025, 1, 1),
                                                                 date(2025, 1, 28)))
    assert not empty.axes[0].patches
