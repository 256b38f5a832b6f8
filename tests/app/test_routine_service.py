"""Routine anchors, ticks, the week, planned activities, templates and merge import."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app import clock
from app.diary import service as diary
from app.routine import plans as routine_plans
from app.routine import service
from app.routine.models import DONE, NOT_DONE, OPEN
from app.routine.templates import anchor_templates, area_examples
from app.validation import FieldErrors

DAY = date(2026, 11, 25)  # a Wednesday
WORKDAYS = range(5)


@pytest.fixture
def at_noon(monkeypatch):
    now = datetime.combine(DAY, time(12, 40, 33)).astimezone()
    monkeypatch.setattr(clock, "now", lambda: now)
    return now


def test_no_table_means_no_anchors_and_the_seam_lists_in_time_order(db):
    assert service.list_anchors(db) == []
    service.add_anchor(db, "Bed", time(23, 30), range(7))
    service.add_anchor(db, "  Get   up ", time(9, 0), WORKDAYS)
    anchors = service.list_anchors(db)
    assert [(a.name, a.at, a.weekdays, a.active) for a in anchors] == [
        ("Get up", time(9, 0), frozenset(WORKDAYS), True),
        ("Bed", time(23, 30), frozenset(range(7)), True)]


def test_bad_anchors_are_refused_kindly(db):
    with pytest.raises(FieldErrors) as caught:
        service.add_anchor(db, "   ", time(9), [])
    assert "name" in caught.value.messages and "weekdays" in caught.value.messages
    with pytest.raises(FieldErrors) as caught:
        service.add_anchor(db, "x" * 81, time(9), [0])
    assert "80" in caught.value.messages["name"]
    assert service.list_anchors(db) == []


def test_a_full_day_refuses_the_thirteenth_anchor_but_other_days_have_room(db):
    for i in range(service.MAX_PER_DAY):
        service.add_anchor(db, f"Anchor {i}", time(6 + i), [0, 1])
    with pytest.raises(FieldErrors) as caught:
        service.add_anchor(db, "One more", time(22), [1, 2])
    assert "12" in caught.value.messages["weekdays"]
    assert service.add_anchor(db, "One more", time(22), [2, 3]).weekdays == {2, 3}
    # a paused anchor makes room; taking it up again on a full day is refused
    first = service.list_anchors(db)[0]
    service.set_active(db, first.id, False)
    service.add_anchor(db, "Instead", time(5), [0])
    with pytest.raises(FieldErrors):
        service.set_active(db, first.id, True)


def test_same_time_is_allowed_with_a_note_but_a_true_duplicate_is_not(db):
    breakfast = service.add_anchor(db, "Breakfast", time(8), range(7))
    assert service.same_time_notes(db, time(8), [2]) and \
        "Breakfast" in service.same_time_notes(db, time(8), [2])[0]
    assert service.same_time_notes(db, time(8), [2], except_id=breakfast.id) == []
    service.add_anchor(db, "Tablets", time(8), [2])
    with pytest.raises(FieldErrors) as caught:
        service.add_anchor(db, "breakfast", time(8), [6])
    assert "Breakfast" in caught.value.messages["name"] or \
        "breakfast" in caught.value.messages["name"]
    assert service.add_anchor(db, "Breakfast", time(10), [6]).at == time(10)


def test_tick_today_records_the_minute_and_untick_removes_it(db, at_noon):
    a = service.add_anchor(db, "Outing", time(15), range(7))
    done = service.tick(db, a.id, DAY)
    assert done.done and done.done_at == time(12, 40)
    again = service.tick(db, a.id, DAY, time(12, 55))  # twice keeps the first
    assert again.done_at == time(12, 40)
    service.untick(db, a.id, DAY)
    (day,) = service.day_anchors(db, DAY)
    assert day.planned and not day.done and day.done_at is None


def test_a_time_later_than_now_is_clamped_and_earlier_days_may_have_no_time(db, at_noon):
    a = service.add_anchor(db, "Outing", time(15), range(7))
    assert service.tick(db, a.id, DAY, time(18, 0)).done_at == time(12, 40)
    yesterday = service.tick(db, a.id, DAY - timedelta(days=1))
    assert yesterday.done and yesterday.done_at is None
    assert service.tick(db, a.id, DAY - timedelta(days=2), time(15, 5)).done_at == time(15, 5)


def test_a_clock_moved_back_cannot_tick_a_day_ahead(db, at_noon):
    a = service.add_anchor(db, "Outing", time(15), range(7))
    with pytest.raises(FieldErrors) as caught:
        service.tick(db, a.id, DAY + timedelta(days=1))
    assert "clock" in caught.value.messages["day"]
    assert service.kept_days(db, a.id, DAY, DAY + timedelta(days=7)) == []


def test_paused_and_moved_anchors_keep_their_ticks_in_day_and_week(db, at_noon):
    wake = service.add_anchor(db, "Get up", time(9), range(7))
    chore = service.add_anchor(db, "Chore", time(11), WORKDAYS)
    service.tick(db, wake.id, DAY - timedelta(days=2), time(9, 20))  # Monday
    service.set_active(db, wake.id, False)
    (monday,) = [d for d in service.day_anchors(db, DAY - timedelta(days=2))
                 if d.anchor.id == wake.id]
    assert monday.done and not monday.planned
    assert [d.anchor.id for d in service.day_anchors(db, DAY)] == [chore.id]
    week = service.week(db, DAY)
    assert week.start == date(2026, 11, 23) and len(week.days) == 7
    rows = {anchor.id: cells for anchor, cells in week.rows}
    assert rows[wake.id][0].done_at == time(9, 20)
    assert [c.planned for c in rows[chore.id]] == [True] * 5 + [False] * 2
    service.remove_anchor(db, wake.id)
    assert wake.id not in {a.id for a, _ in service.week(db, DAY).rows}
    assert service.get_anchor(db, wake.id) is None


def test_edit_keeps_ticks_and_checks_like_add(db, at_noon):
    a = service.add_anchor(db, "Outing", time(15), range(7))
    service.tick(db, a.id, DAY)
    edited = service.edit_anchor(db, a.id, "Short walk", time(16), [2])
    assert edited.name == "Short walk" and edited.weekdays == {2}
    assert service.day_anchors(db, DAY)[0].done
    with pytest.raises(FieldErrors):
        service.edit_anchor(db, a.id, "", time(16), [2])


def test_templates_are_the_same_ids_in_both_languages_and_load():
    en, ja = anchor_templates("en"), anchor_templates("ja")
    assert [t.key for t in en] == [t.key for t in ja]
    assert {"wake", "breakfast", "outing", "chore", "screen_free", "bed"} <= {t.key for t in en}
    assert all(t.name and t.weekdays for t in en + ja)
    assert len(area_examples("en")) == len(area_examples("ja")) >= 5


def test_a_broken_template_is_left_out(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "routine_anchors.toml").write_text(
        '[good]\nname = "Tea"\nat = "16:00"\n'
        '[bad_time]\nname = "Tea"\nat = "25:00"\n'
        '[bad_days]\nname = "Tea"\nat = "16:00"\nweekdays = [7]\n'
        '[no_name]\nat = "16:00"\n', "utf-8")
    assert [t.key for t in anchor_templates("en", tmp_path)] == ["good"]


# -- planned activities ------------------------------------------------------------
def test_a_plan_done_lives_in_the_diary_with_its_ratings(db, at_noon):
    plan = routine_plans.add_plan(db, DAY, "  walk to   the river ", "Being outside")
    assert (plan.what, plan.area, plan.status) == ("walk to the river", "Being outside", OPEN)
    done = routine_plans.note_done(db, plan.id, enjoyment=6, achievement=8)
    assert (done.status, done.enjoyment, done.achievement) == (DONE, 6, 8)
    entry = diary.get_entry(db, DAY)
    assert entry is not None
    assert [(a.tag, a.enjoyment, a.achievement) for a in entry.activities] == [
        ("walk to the river", 6, 8)]
    # rating again changes the diary's one row, never adds a second
    routine_plans.note_done(db, plan.id, enjoyment=7)
    entry = diary.get_entry(db, DAY)
    assert entry is not None and len(entry.activities) == 1
    assert entry.activities[0].enjoyment == 7
    # the diary is the one source: removing it there makes the plan open again
    from dataclasses import replace
    diary.save_entry(db, replace(entry, activities=()))
    assert routine_plans.get_plan(db, plan.id).status == OPEN


def test_a_plan_already_in_the_diary_counts_as_done_and_not_done_is_kept(db, at_noon):
    from app.diary.models import Activity, DiaryEntry
    diary.save_entry(db, DiaryEntry(day=DAY, activities=(Activity("Cooking", 4, 5),)))
    cooking = routine_plans.add_plan(db, DAY, "cooking")
    assert cooking.status == DONE and cooking.enjoyment == 4
    with pytest.raises(FieldErrors):
        routine_plans.note_not_done(db, cooking.id)
    reading = routine_plans.add_plan(db, DAY, "reading", "Things I enjoy")
    assert routine_plans.note_not_done(db, reading.id).status == NOT_DONE
    counts = routine_plans.planned_vs_done(db, DAY, DAY)
    assert (counts.planned, counts.done, counts.not_done) == (2, 1, 1)
    assert [a.name for a in routine_plans.areas(db)] == ["Things I enjoy"]


def test_plans_are_limited_and_checked(db, at_noon):
    with pytest.raises(FieldErrors):
        routine_plans.add_plan(db, DAY, "  ")
    for what in ("a", "b", "c"):
        routine_plans.add_plan(db, DAY, what)
    with pytest.raises(FieldErrors) as caught:
        routine_plans.add_plan(db, DAY, "d")
    assert "3" in caught.value.messages["what"]
    with pytest.raises(FieldErrors):
        routine_plans.add_plan(db, DAY, "A")  # already planned (and the day is full)


def test_a_future_plan_cannot_be_noted_as_done(db, at_noon):
    plan = routine_plans.add_plan(db, DAY + timedelta(days=1), "bake bread")
    with pytest.raises(FieldErrors):
        routine_plans.note_done(db, plan.id, 5, 5)
    assert diary.get_entry(db, DAY + timedelta(days=1)) is None


# -- export, merge import ---------------------------------------------------------
def test_merge_import_adds_routine_rows_once_and_keeps_links(store, tmp_path, at_noon):
    from app.db import open_store
    from app.paths import resolve
    from app.privacy.transfer import export_json, import_json

    a = service.add_anchor(store.db, "Get up", time(9), range(7))
    service.tick(store.db, a.id, DAY)
    routine_plans.add_plan(store.db, DAY, "walk", "Being outside")
    (tmp_path / "out").mkdir()
    path = export_json(store.db, tmp_path / "out" / "ippo.json")
    other = open_store(resolve(tmp_path / "other"))
    try:
        service.add_anchor(other.db, "Bed", time(23), range(7))
        routine_plans.area_named(other.db, "Being outside")
        for _ in range(2):
            import_json(other, path, "merge")
        names = [x.name for x in service.list_anchors(other.db)]
        assert names == ["Get up", "Bed"]
        (wake,) = [x for x in service.list_anchors(other.db) if x.name == "Get up"]
        assert service.kept_days(other.db, wake.id, DAY, DAY) == [DAY]
        (plan,) = routine_plans.plans_for(other.db, DAY)
        assert plan.area == "Being outside"
        assert len(routine_plans.areas(other.db)) == 1
    finally:
        other.close()
