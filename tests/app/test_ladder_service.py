"""Ladder services: ladders, steps, ordering, attempts, choices, summary, bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ladder import service as sv
from app.ladder.inputs import AttemptInput, StepInput
from app.validation import FieldErrors

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=9)))


def _ladder(db, goal="Go outside", titles=("Door", "Mailbox", "Corner")):
    return sv.create_ladder(db, goal, [StepInput(t, 5, 30 + 10 * i) for i, t in enumerate(titles)])


def test_create_rename_archive_and_current(db):
    first = _ladder(db)
    second = _ladder(db, "To the shop", ("Shop",))
    assert first.is_current and not second.is_current  # the first ladder becomes current
    assert sv.current_ladder(db).id == first.id
    sv.set_current_ladder(db, second.id)
    assert sv.current_ladder(db).id == second.id
    assert not sv.get_ladder(db, first.id).is_current
    sv.rename_ladder(db, first.id, "  Spend time outside  ")
    assert sv.get_ladder(db, first.id).goal == "Spend time outside"
    sv.archive_ladder(db, second.id)
    assert [x.id for x in sv.list_ladders(db)] == [first.id]
    assert sv.current_ladder(db).id == first.id
    assert len(sv.list_ladders(db, include_archived=True)) == 2


def test_delete_ladder_takes_steps_and_attempts(db):
    ladder = _ladder(db)
    step = sv.steps(db, ladder.id)[0]
    sv.log_attempt(db, step.id, AttemptInput(T0, suds_peak=50))
    sv.delete_ladder(db, ladder.id)
    assert sv.get_ladder(db, ladder.id) is None
    assert sv.get_step(db, step.id) is None
    assert sv.attempts_between(db, date(2026, 1, 1), date(2026, 12, 31)) == []


def test_steps_order_add_move_reorder_delete(db):
    ladder = _ladder(db)
    door, mailbox, corner = sv.steps(db, ladder.id)
    sv.move_step(db, corner.id, -1)
    assert [s.title for s in sv.steps(db, ladder.id)] == ["Door", "Corner", "Mailbox"]
    sv.move_step(db, door.id, -1)  # already the first: stays
    assert sv.steps(db, ladder.id)[0].id == door.id
    sv.reorder_steps(db, ladder.id, [mailbox.id, corner.id, door.id])
    assert [s.position for s in sv.steps(db, ladder.id)] == [0, 1, 2]
    assert [s.id for s in sv.steps(db, ladder.id)] == [mailbox.id, corner.id, door.id]
    added = sv.add_step(db, ladder.id, StepInput("Shop", None, 70), position=1)
    assert [s.id for s in sv.steps(db, ladder.id)][1] == added.id
    sv.update_step(db, added.id, StepInput("Shop entrance", 10, 65, "with music"))
    again = sv.get_step(db, added.id)
    assert (again.title, again.target_minutes, again.predicted_suds, again.note) == (
        "Shop entrance", 10, 65, "with music")
    sv.delete_step(db, mailbox.id)
    assert [s.position for s in sv.steps(db, ladder.id)] == [0, 1, 2]
    with pytest.raises(ValueError):
        sv.reorder_steps(db, ladder.id, [door.id])


def test_bad_steps_are_refused_whole(db):
    with pytest.raises(FieldErrors) as err:
        sv.create_ladder(db, "Goal", [StepInput("ok", 5, 20), StepInput("  ", 2000, 101)])
    assert set(err.value.messages) == {"steps.1.title", "steps.1.target_minutes",
                                       "steps.1.predicted_suds"}
    assert sv.list_ladders(db, include_archived=True) == []  # nothing half saved
    with pytest.raises(FieldErrors) as err:
        sv.create_ladder(db, "")
    assert "goal" in err.value.messages
    ladder = _ladder(db)
    step = sv.steps(db, ladder.id)[0]
    with pytest.raises(FieldErrors) as err:
        sv.update_step(db, step.id, StepInput("", -1, -5))
    assert set(err.value.messages) == {"title", "target_minutes", "predicted_suds"}
    assert sv.get_step(db, step.id).title == "Door"


def test_moving_along_and_warm_word_once(db):
    ladder = _ladder(db)
    door, mailbox, corner = sv.steps(db, ladder.id)
    assert sv.current_step(db, ladder.id).id == door.id
    assert sv.move_current(db, ladder.id, -1) is None  # nothing before the first
    nxt = sv.move_current(db, ladder.id, +1)
    assert nxt.id == mailbox.id and not nxt.acknowledged
    assert nxt.reached_at is None  # moved to, not yet practised
    sv.acknowledge_step(db, mailbox.id)
    assert sv.move_current(db, ladder.id, -1).id == door.id
    assert sv.set_current_step(db, ladder.id, mailbox.id) is False  # already acknowledged
    assert sv.set_current_step(db, ladder.id, corner.id) is True
    assert sv.move_current(db, ladder.id, +1) is None  # top of the ladder


def test_attempts_round_trip_edit_delete_and_choices(db):
    ladder = _ladder(db)
    step = sv.steps(db, ladder.id)[1]
    data = AttemptInput(T0, T0 + timedelta(minutes=7), planned_minutes=5, suds_before=40,
                        suds_peak=65, suds_after=20, feared_outcome="People will stare",
                        feared_likelihood_before=80, outcome_happened="no",
                        likelihood_after=30, safety_behaviours="headphones",
                        learned="Nobody looked", note="cold")
    a = sv.log_attempt(db, step.id, data)
    assert a.actual_minutes == 7  # worked out from the end time
    assert (a.started_at, a.suds_peak, a.outcome_happened, a.learned) == (
        T0, 65, "no", "Nobody looked")
    assert sv.get_step(db, step.id).reached_at == T0
    b = sv.update_attempt(db, a.id, AttemptInput(T0, actual_minutes=3, suds_peak=30))
    assert (b.actual_minutes, b.suds_peak, b.feared_outcome) == (3, 30, "")
    assert sv.attempt_choices(db, step.id) == [(a.id, "2 Mar 2026, 15:00 · peak 30")]
    assert (step.id, "Go outside › Mailbox") in sv.step_choices(db)
    assert [x.id for x in sv.attempts_between(db, date(2026, 3, 2), date(2026, 3, 2))] == [a.id]
    assert sv.attempts_between(db, date(2026, 3, 3), date(2026, 3, 9)) == []
    assert sv.last_attempt(db, ladder.id).id == a.id
    sv.delete_attempt(db, a.id)
    assert sv.attempts_for_step(db, step.id) == []


@pytest.mark.parametrize("changes, field", [
    ({"suds_peak": 101}, "suds_peak"), ({"suds_before": -1}, "suds_before"),
    ({"feared_likelihood_before": 150}, "feared_likelihood_before"),
    ({"likelihood_after": -3}, "likelihood_after"), ({"planned_minutes": -5}, "planned_minutes"),
    ({"actual_minutes": 24 * 60 + 1}, "actual_minutes"),
    ({"ended_at": T0 - timedelta(minutes=1)}, "ended_at"),
    ({"ended_at": T0 + timedelta(hours=25)}, "ended_at"),
    ({"outcome_happened": "maybe"}, "outcome_happened"),
])
def test_bad_attempts_are_refused_and_nothing_saved(db, changes, field):
    step = sv.steps(db, _ladder(db).id)[0]
    with pytest.raises(FieldErrors) as err:
        sv.log_attempt(db, step.id, AttemptInput(T0, **changes))
    assert field in err.value.messages and err.value.messages[field]
    assert sv.attempts_for_step(db, step.id) == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(value=st.integers(min_value=-1000, max_value=1000),
       name=st.sampled_from(["suds_before", "suds_peak", "suds_after",
                             "feared_likelihood_before", "likelihood_after"]))
def test_percentages_are_accepted_exactly_in_0_to_100(db, value, name):
    step_id = sv.step_choices(db)[0][0] if sv.step_choices(db) else sv.steps(
        db, _ladder(db).id)[0].id
    before = len(sv.attempts_for_step(db, step_id))
    try:
        saved = sv.log_attempt(db, step_id, AttemptInput(T0, actual_minutes=5, **{name: value}))
    except FieldErrors as err:
        assert not 0 <= value <= 100 and name in err.messages
        assert len(sv.attempts_for_step(db, step_id)) == before
    else:
        assert 0 <= value <= 100 and getattr(saved, name) == value


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(minutes=st.integers(min_value=-100, max_value=3000))
def test_minutes_are_accepted_exactly_in_0_to_a_day(db, minutes):
    step_id = sv.step_choices(db)[0][0] if sv.step_choices(db) else sv.steps(
        db, _ladder(db).id)[0].id
    try:
        saved = sv.log_attempt(db, step_id, AttemptInput(T0, actual_minutes=minutes))
    except FieldErrors as err:
        assert not 0 <= minutes <= 1440 and "actual_minutes" in err.messages
    else:
        assert 0 <= minutes <= 1440 and saved.actual_minutes == minutes


def test_a_step_counts_as_reached_only_once_practised(db):
    """Skipping, moving up and "work on this step now" never make a step reached;
    an attempt does, and deleting the only attempt takes it back."""
    ladder = _ladder(db)
    door, mailbox, corner = sv.steps(db, ladder.id)
    sv.move_current(db, ladder.id, +1)  # skip the door
    sv.move_current(db, ladder.id, +1)  # and the mailbox
    sv.set_current_step(db, ladder.id, corner.id)
    assert [s.reached_at for s in sv.steps(db, ladder.id)] == [None, None, None]
    first = sv.log_attempt(db, door.id, AttemptInput(T0, actual_minutes=2))
    later = T0 + timedelta(days=3)
    sv.log_attempt(db, mailbox.id, AttemptInput(later, actual_minutes=4))
    assert [s.reached_at for s in sv.steps(db, ladder.id)] == [T0, later, None]
    assert sv.get_step(db, corner.id).reached_at is None  # current, never practised
    assert sv.get_step(db, door.id).reached_at == T0
    sv.delete_attempt(db, first.id)
    assert sv.get_step(db, door.id).reached_at is None


def test_a_step_stamped_by_an_older_version_without_attempts_is_not_reached(db):
    """Older versions stamped a skipped step as reached; its attempts decide now."""
    ladder = _ladder(db)
    corner = sv.steps(db, ladder.id)[2]
    db.execute("UPDATE ladder_steps SET reached_at = ? WHERE id = ?",
               [T0.isoformat(), corner.id])
    assert sv.get_step(db, corner.id).reached_at is None
    assert [s.reached_at for s in sv.steps(db, ladder.id)] == [None, None, None]


def test_a_new_step_goes_where_its_predicted_distress_puts_it(db):
    ladder = sv.create_ladder(db, "Goal", [StepInput("Door", 5, 20), StepInput("Shop", 5, 80)])
    middle = sv.add_step_in_order(db, ladder.id, StepInput("Corner", 5, 40))
    assert [s.title for s in sv.steps(db, ladder.id)] == ["Door", "Corner", "Shop"]
    assert sv.steps(db, ladder.id)[1].id == middle.id
    sv.add_step_in_order(db, ladder.id, StepInput("Easiest", 5, 10))
    sv.add_step_in_order(db, ladder.id, StepInput("Unsure"))  # no guess: at the end
    assert [s.title for s in sv.steps(db, ladder.id)] == [
        "Easiest", "Door", "Corner", "Shop", "Unsure"]


def test_saving_an_attempt_drops_its_dialog_draft_all_or_nothing(db, monkeypatch):
    ladder = _ladder(db)
    step = sv.steps(db, ladder.id)[0]
    ref = sv.new_attempt_ref(step.id)
    sv.keep_attempt_draft(db, ref, {"note": "typed"})
    logged = sv.log_attempt(db, step.id, AttemptInput(T0, suds_peak=40), draft_ref=ref)
    assert sv.attempt_draft(db, ref) is None
    edit = sv.edit_attempt_ref(logged.id)
    sv.keep_attempt_draft(db, edit, {"note": "changed"})
    sv.update_attempt(db, logged.id, AttemptInput(T0, suds_peak=30), draft_ref=edit)
    assert sv.attempt_draft(db, edit) is None

    from app import drafts

    def broken(*_args: object) -> None:
        raise RuntimeError("power cut")
    sv.keep_attempt_draft(db, ref, {"note": "typed again"})
    monkeypatch.setattr(drafts, "discard", broken)  # fails after the attempt is written
    with pytest.raises(RuntimeError):
        sv.log_attempt(db, step.id, AttemptInput(T0, suds_peak=20), draft_ref=ref)
    assert [a.suds_peak for a in sv.attempts_for_step(db, step.id)] == [30]
    assert sv.attempt_draft(db, ref) == {"note": "typed again"}


def test_an_empty_attempt_is_not_kept_and_says_kindly_why(db):
    step = sv.steps(db, _ladder(db).id)[0]
    with pytest.raises(FieldErrors) as caught:
        sv.log_attempt(db, step.id, AttemptInput(T0, planned_minutes=5, feared_outcome="Stares"))
    message = caught.value.messages["actual_minutes"]
    assert "note one thing" in message
    assert sv.attempts_for_step(db, step.id) == []
    kept = sv.log_attempt(db, step.id, AttemptInput(T0, actual_minutes=0))  # 0 minutes is news
    with pytest.raises(FieldErrors):
        sv.update_attempt(db, kept.id, AttemptInput(T0))
    for enough in ({"suds_peak": 30}, {"outcome_happened": "no"}, {"learned": "It was fine"},
                   {"ended_at": T0 + timedelta(minutes=4)}):
        assert sv.log_attempt(db, step.id, AttemptInput(T0, **enough)).id
