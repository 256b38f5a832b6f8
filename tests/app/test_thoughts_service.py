"""Thought-record service: drafts vs finished, checks, search, traps, links, summaries."""

from __future__ import annotations

from datetime import date

import pytest

from app.thoughts import service
from app.thoughts import traps as trap_service
from app.thoughts.models import Mood, Thought, ThoughtRecord
from app.validation import FieldErrors


def _record(**kw) -> ThoughtRecord:
    base = dict(
        day=date(2026, 3, 4), place="Front door", people="Neighbour",
        situation="A neighbour greeted me and I did not answer.",
        moods=(Mood("Ashamed", 80, 50), Mood("Anxious", 60, 40)),
        thoughts=(Thought("She thinks I am strange", 90, True, ("mind_reading",)),
                  Thought("Everyone knows I stay in", 50, False, ("overgeneralising",))),
        evidence_for="She looked at me.", evidence_against="She smiled.",
        alternative="I was startled; she likely did not mind.", alternative_belief=60,
        hot_belief_after=40, action="Nod next time.")
    base.update(kw)
    return ThoughtRecord(**base)


def test_finished_record_round_trips_every_column(db):
    saved = service.save(db, _record(), finish=True)
    again = service.get(db, saved.id)
    assert again is not None and again.status == "done"
    assert again.moods == (Mood("Ashamed", 80, 50), Mood("Anxious", 60, 40))
    assert again.hot_thought.text == "She thinks I am strange"
    assert again.thoughts[0].traps == ("mind_reading",)
    assert (again.alternative_belief, again.hot_belief_after) == (60, 40)
    assert again.evidence_against == "She smiled." and again.action == "Nod next time."


def test_empty_record_is_only_allowed_as_a_draft(db):
    with pytest.raises(FieldErrors) as caught:
        service.save(db, ThoughtRecord(), finish=True)
    assert {"situation", "moods", "thoughts"} <= set(caught.value.messages)
    assert service.list_records(db) == []  # nothing half saved
    draft = service.save(db, ThoughtRecord(), finish=False)
    assert draft.is_draft and service.drafts_of(db)[0].id == draft.id


def test_out_of_range_ratings_are_refused_with_a_field_message(db):
    bad = _record(moods=(Mood("Sad", 130),), alternative_belief=-5)
    with pytest.raises(FieldErrors) as caught:
        service.save(db, bad, finish=False)
    assert "0" in caught.value.messages["moods"] and "100" in caught.value.messages["moods"]
    assert "alternative" in caught.value.messages
    assert service.list_records(db) == []


def test_several_thoughts_need_a_hot_one_to_finish(db):
    rec = _record(thoughts=(Thought("a", 50), Thought("b", 60)))
    with pytest.raises(FieldErrors) as caught:
        service.save(db, rec, finish=True)
    assert "thoughts" in caught.value.messages
    single = service.save(db, _record(thoughts=(Thought("only one", 70),)), finish=True)
    assert single.hot_thought.text == "only one" and single.thoughts[0].is_hot


def test_unusual_and_long_text_is_kept_or_refused_kindly(db):
    odd = "😊 مرحبا\x00 \ud800 end"
    saved = service.save(db, _record(situation=odd, notes="x" * 10_000), finish=True)
    stored = service.get(db, saved.id)
    assert "\x00" not in stored.situation and stored.situation.startswith("😊 مرحبا")
    assert len(stored.notes) == 10_000
    with pytest.raises(FieldErrors) as caught:
        service.save(db, _record(evidence_for="y" * 1_000_001), finish=False)
    assert "evidence_for" in caught.value.messages


def test_a_draft_stays_a_draft_until_finished(db):
    d = service.save(db, ThoughtRecord(situation="half"), finish=False)
    d = service.save(db, ThoughtRecord(id=d.id, situation="half, more"), finish=False)
    assert service.get(db, d.id).status == "draft"
    assert service.records_between(db, date(2000, 1, 1), date(2100, 1, 1)) == []
    done = service.save(db, _record(id=d.id), finish=True)
    assert done.id == d.id and done.status == "done"
    year = service.records_between(db, date(2026, 1, 1), date(2026, 12, 31))
    assert [r.id for r in year] == [d.id]


def test_edits_of_a_finished_record_are_kept_apart_until_saved(db):
    done = service.save(db, _record(), finish=True)
    service.keep_edit(db, _record(id=done.id, situation="changed"))
    assert service.get(db, done.id).situation.startswith("A neighbour")
    assert service.pending_edit(db, done.id).situation == "changed"
    service.save(db, service.pending_edit(db, done.id), finish=True)
    assert service.get(db, done.id).situation == "changed"
    assert service.pending_edit(db, done.id) is None


def test_search_across_all_text_and_filters(db):
    a = service.save(db, _record(), finish=True)
    b = service.save(db, _record(day=date(2026, 5, 1), situation="Phone call from the clinic",
                                 thoughts=(Thought("I will freeze", 80, True,
                                                   ("fortune_telling",)),),
                                 evidence_against="I finished the call", notes="kind voice",
                                 alternative="Nervous is fine"),
                     finish=True)
    assert [r.id for r in service.search(db, "freeze")] == [b.id]  # a thought
    assert [r.id for r in service.search(db, "KIND VOICE")] == [b.id]  # notes, any case
    assert [r.id for r in service.search(db, "startled")] == [a.id]  # alternative
    assert [r.id for r in service.search(db, "Ashamed")] == [b.id, a.id]  # mood name
    assert [r.id for r in service.search(db, "100%_")] == []  # LIKE wildcards are literal
    assert [r.id for r in service.search(db, trap_id="fortune_telling")] == [b.id]
    assert [r.id for r in service.search(db, start=date(2026, 4, 1))] == [b.id]
    assert [r.id for r in service.search(db, end=date(2026, 4, 1))] == [a.id]
    assert service.search(db, "clinic", trap_id="mind_reading") == []


def test_duplicate_and_delete(db):
    a = service.save(db, _record(), finish=True)
    copy = service.duplicate(db, a.id)
    assert copy.id != a.id and copy.is_draft and copy.thoughts == a.thoughts
    service.delete(db, a.id)
    assert service.get(db, a.id) is None and service.get(db, copy.id) is not None


def test_trap_tagging_custom_traps_and_hiding(db):
    builtin = trap_service.traps(db)
    assert len(builtin) >= 11 and all(t.builtin for t in builtin)
    mine = trap_service.add_trap(db, "Comparing myself",
                                 "Measuring my day against others' best days")
    assert mine.id.startswith("custom-") and mine.id in [t.id for t in trap_service.traps(db)]
    with pytest.raises(FieldErrors):
        trap_service.add_trap(db, "  ")
    with pytest.raises(FieldErrors):
        trap_service.add_trap(db, "comparing MYSELF")
    rec = service.save(db, _record(thoughts=(Thought("They all do better", 80, True,
                                                     (mine.id, "labelling")),)), finish=True)
    trap_service.set_hidden(db, "labelling")
    shown = [t.id for t in trap_service.traps(db)]
    assert "labelling" not in shown
    assert "labelling" in [t.id for t in trap_service.traps(db, include_hidden=True)]
    assert service.get(db, rec.id).thoughts[0].traps == (mine.id, "labelling")  # tags stay
    counts = {c.trap_id: (c.label, c.count) for c in
              trap_service.trap_counts(db, date(2026, 1, 1), date(2026, 12, 31))}
    assert counts[mine.id] == ("Comparing myself", 1) and counts["labelling"][1] == 1
    trap_service.set_hidden(db, "labelling", False)
    assert "labelling" in [t.id for t in trap_service.traps(db)]


def test_trap_counts_are_most_frequent_first_and_skip_drafts(db):
    for _ in range(3):
        service.save(db, _record(thoughts=(Thought("t", 50, True, ("mind_reading",)),)),
                     finish=True)
    service.save(db, _record(), finish=True)  # mind_reading + overgeneralising
    service.save(db, _record(thoughts=(Thought("t", 50, True, ("labelling",)),)), finish=False)
    counts = trap_service.trap_counts(db, date(2026, 1, 1), date(2026, 12, 31))
    assert [(c.trap_id, c.count) for c in counts] == [("mind_reading", 4), ("overgeneralising", 1)]
    assert counts[0].label == "Mind reading"


def test_mood_change_averages_before_and_after(db):
    a = service.save(db, _record(moods=(Mood("Sad", 80, 40), Mood("Anxious", 60, None))),
                     finish=True)
    b = service.save(db, _record(day=date(2026, 3, 9), moods=(Mood("Sad", 70),)), finish=True)
    changes = service.mood_change(db, date(2026, 3, 1), date(2026, 3, 31))
    assert [(c.record_id, c.before, c.after) for c in changes] == [(a.id, 70.0, 40.0),
                                                                   (b.id, 70.0, None)]


def test_a_record_can_point_to_a_ladder_step_and_survives_its_deletion(db):
    from app.ladder import service as ladder
    from app.ladder.inputs import StepInput

    lad = ladder.create_ladder(db, "Go to the shop", [StepInput("Open the front door", 2, 30)])
    step_id, label = service.step_choices(db)[0]
    assert "Open the front door" in label
    rec = service.save(db, _record(step_id=step_id), finish=True)
    assert service.get(db, rec.id).step_id == step_id
    ladder.delete_ladder(db, lad.id)
    assert service.get(db, rec.id).step_id is None  # ON DELETE SET NULL: the record stays


def test_a_record_can_point_to_an_attempt(db):
    from datetime import datetime

    from app.ladder import service as ladder
    from app.ladder.inputs import AttemptInput, StepInput

    ladder.create_ladder(db, "Post a letter", [StepInput("Walk to the postbox", 5, 50)])
    step_id = service.step_choices(db)[0][0]
    attempt = ladder.log_attempt(db, step_id, AttemptInput(datetime(2026, 3, 4, 10, 0),
                                                           suds_peak=60))
    assert [a for a, _ in service.attempt_choices(db, step_id)] == [attempt.id]
    rec = service.save(db, _record(step_id=step_id, attempt_id=attempt.id), finish=True)
    assert (service.get(db, rec.id).step_id, service.get(db, rec.id).attempt_id) == (
        step_id, attempt.id)
    ladder.delete_attempt(db, attempt.id)
    assert service.get(db, rec.id).attempt_id is None and service.get(db, rec.id).step_id == step_id
