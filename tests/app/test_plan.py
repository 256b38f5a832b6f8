"""The plan service: versions, bad input, watchers' thresholds, setting aside, guide, demo."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from app import clock
from app.diary.models import DayOutline, DiaryEntry
from app.ladder.models import Attempt
from app.plan import guide, service, signals
from app.plan.models import (
    LATE_SLEEP,
    MOOD_DROP,
    NO_DIARY,
    NO_OUTSIDE,
    SECTION_KEYS,
    DaySignal,
    PlanItem,
)
from app.validation import FieldErrors

T0 = datetime(2026, 3, 1, 10, 0).astimezone()


@pytest.fixture
def fake_now(monkeypatch):
    """A movable clock: set `fake_now.value`."""
    class Now:
        value = T0

    monkeypatch.setattr(clock, "now", lambda: Now.value)
    return Now


def test_empty_database_has_no_plan(db):
    assert service.current_plan(db) is None
    assert service.versions(db) == []
    assert service.warning_signs(db) == []
    assert service.fired_watchers(db, date(2026, 3, 1)) == []


def test_every_save_is_a_version_and_earlier_versions_stay_readable(db, fake_now):
    first = service.save_plan(db, {"warning_signs": ["Sleeping past noon"]})
    fake_now.value = T0 + timedelta(days=3)
    second = service.save_plan(db, {
        "warning_signs": ["Skipping my walk", "Sleeping past noon"],
        "contacts": [PlanItem("Aya", "text message")],
    })
    infos = service.versions(db)
    assert [v.id for v in infos] == [second.version_id, first.version_id]
    assert [v.saved_at for v in infos] == [T0 + timedelta(days=3), T0]
    assert [v.item_count for v in infos] == [3, 1]
    old = service.plan_version(db, first.version_id)
    assert old is not None and old.items("warning_signs") == [PlanItem("Sleeping past noon")]
    current = service.current_plan(db)
    assert current == second
    assert current.items("contacts") == [PlanItem("Aya", "text message")]
    assert service.warning_signs(db) == ["Skipping my walk", "Sleeping past noon"]
    assert set(current.sections) == set(SECTION_KEYS)


def test_saving_the_same_plan_again_makes_no_new_version(db, fake_now):
    service.save_plan(db, {"alone": ["Breathe slowly"]})
    fake_now.value = T0 + timedelta(hours=1)
    service.save_plan(db, {"alone": ["  Breathe slowly  ", ""]})
    assert len(service.versions(db)) == 1


def test_order_is_kept_and_blank_lines_are_left_out(db):
    plan = service.save_plan(db, {"reasons": ["c", "  ", "a", PlanItem(""), "b"]})
    assert [i.text for i in plan.items("reasons")] == ["c", "a", "b"]
    assert [i.text for i in service.current_plan(db).items("reasons")] == ["c", "a", "b"]
    # A second field is only kept for contacts.
    plan = service.save_plan(db, {"alone": [PlanItem("walk", "ignored")]})
    assert plan.items("alone") == [PlanItem("walk", "")]


def test_bad_plan_input_saves_nothing(db):
    service.save_plan(db, {"alone": ["walk"]})
    with pytest.raises(FieldErrors) as err:
        service.save_plan(db, {"alone": ["more"], "contacts": [PlanItem("", "0000")]})
    assert "contacts" in err.value.messages
    with pytest.raises(FieldErrors) as err:
        service.save_plan(db, {"nonsense": ["x"]})
    assert "nonsense" in err.value.messages
    with pytest.raises(FieldErrors):
        service.save_plan(db, {"alone": ["x" * (service.MAX_ITEM + 1)]})
    assert len(service.versions(db)) == 1
    assert service.current_plan(db).items("alone") == [PlanItem("walk")]


def test_text_with_nul_and_surrogates_is_stored(db):
    plan = service.save_plan(db, {"reasons": ["cat\x00 \ud800 ねこ 🐈"]})
    assert service.current_plan(db).items("reasons")[0].text == plan.items("reasons")[0].text
    assert "\x00" not in plan.items("reasons")[0].text


def test_watchers_default_off_and_keep_the_users_thresholds(db):
    assert all(not w.enabled for w in service.watchers(db))
    service.save_watcher(db, NO_OUTSIDE, enabled=True, days=6)
    service.save_watcher(db, LATE_SLEEP, enabled=True, days=3, later_than="7:30")
    service.save_watcher(db, MOOD_DROP, enabled=True, mood_drop=1.5)
    by_kind = {w.kind: w for w in service.watchers(db)}
    assert by_kind[NO_OUTSIDE].enabled and by_kind[NO_OUTSIDE].days == 6
    assert by_kind[LATE_SLEEP].later_than == time(7, 30) and by_kind[LATE_SLEEP].days == 3
    assert by_kind[MOOD_DROP].mood_drop == 1.5
    service.save_watcher(db, NO_OUTSIDE, enabled=False)
    assert service.watcher(db, NO_OUTSIDE).days == 6 and not service.watcher(db, NO_OUTSIDE).enabled


@pytest.mark.parametrize("kind, kwargs, field", [
    (NO_OUTSIDE, {"days": -2}, "days"),
    (NO_OUTSIDE, {"days": 0}, "days"),
    (NO_DIARY, {"days": 2.5}, "days"),
    (MOOD_DROP, {"mood_drop": 11}, "mood_drop"),
    (MOOD_DROP, {"mood_drop": 0}, "mood_drop"),
    (LATE_SLEEP, {"days": 8}, "days"),
    (LATE_SLEEP, {"later_than": "half past late"}, "later_than"),
    (LATE_SLEEP, {"later_than": "25:00"}, "later_than"),
])
def test_nonsense_thresholds_give_a_message_at_the_field_and_save_nothing(db, kind, kwargs,
                                                                          field):
    before = service.watcher(db, kind)
    with pytest.raises(FieldErrors) as err:
        service.save_watcher(db, kind, enabled=True, **kwargs)
    assert field in err.value.messages and err.value.messages[field]
    assert service.watcher(db, kind) == before


def test_times_are_read_in_friendly_forms():
    errors = FieldErrors()
    assert service.parse_time(errors, "0530") == time(5, 30)
    assert service.parse_time(errors, "7") == time(7, 0)
    assert service.parse_time(errors, "6：15") == time(6, 15)  # full-width colon
    assert not errors.messages


def test_fired_watchers_uses_the_loaded_data_and_leaves_out_set_aside_ones(db, fake_now,
                                                                            monkeypatch):
    today = T0.date()
    data = [DaySignal(today - timedelta(days=10), minutes_outside=0)]
    monkeypatch.setattr(signals, "load", lambda _db, start, end: (data, []))
    service.save_watcher(db, NO_OUTSIDE, enabled=True, days=4)
    service.save_watcher(db, NO_DIARY, enabled=True, days=4)
    assert [f.kind for f in service.fired_watchers(db, today)] == [NO_OUTSIDE, NO_DIARY]
    service.snooze(db, NO_OUTSIDE, T0 + timedelta(days=3))
    assert [f.kind for f in service.fired_watchers(db, today)] == [NO_DIARY]
    fake_now.value = T0 + timedelta(days=3) - timedelta(minutes=1)
    assert NO_OUTSIDE not in [f.kind for f in service.fired_watchers(db, today)]
    fake_now.value = T0 + timedelta(days=3)
    assert NO_OUTSIDE in [f.kind for f in service.fired_watchers(db, today)]
    with pytest.raises(FieldErrors):
        service.snooze(db, "nonsense", T0)


def test_signals_adapter_maps_the_other_services_records():
    entry = DiaryEntry(day=date(2026, 1, 2), mood=4, went_outside=True,
                       bedtime=time(5, 0), waketime=time(13, 30))
    outline = DayOutline(entry.day, entry.mood, entry.minutes_outside, entry.went_outside,
                         entry.sleep_midpoint)  # as outlines_between reads it
    day = signals.to_day_signal(outline)
    assert (day.day, day.mood, day.was_outside, day.sleep_midpoint) == (entry.day, 4, True, 9.25)
    attempt = Attempt(id=1, step_id=1, started_at=datetime(2026, 1, 3, 23, 50), ended_at=None,
                      planned_minutes=None, actual_minutes=4, suds_before=None, suds_peak=None,
                      suds_after=None, feared_outcome="", feared_likelihood_before=None,
                      outcome_happened=None, likelihood_after=None, safety_behaviours="",
                      learned="", note="")
    signal = signals.to_attempt_signal(attempt)
    assert (signal.day, signal.actual_minutes) == (date(2026, 1, 3), 4)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_guide_loads_in_both_languages_with_every_section(lang):
    g = guide.load_guide(lang)
    assert [s.key for s in g.steps] == list(SECTION_KEYS)
    assert g.intro and all(s.prompt and len(s.examples) >= 3 for s in g.steps)


def test_a_broken_guide_is_reported(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "plan_guide.toml").write_text('intro = "x"\n[sections.alone]\n', "utf-8")
    with pytest.raises(guide.ContentError):
        guide.load_guide("en", root=tmp_path)


def test_demo_adds_a_plan_with_versions_and_two_watchers(db):
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(90)]
    from app.plan import demo

    demo.populate(db, days, random.Random(3))
    infos = service.versions(db)
    assert len(infos) >= 2
    assert all(days[0] <= v.saved_at.date() <= days[-1] for v in infos)
    assert service.current_plan(db).items("contacts")
    assert sum(w.enabled for w in service.watchers(db)) == 2


def test_form_text_is_read_and_unreadable_numbers_get_a_message(db):
    w = service.save_watcher(db, MOOD_DROP, enabled=True, mood_drop="1,5")
    assert w.mood_drop == 1.5
    assert service.save_watcher(db, NO_DIARY, enabled=True, days=" ４ ").days == 4
    with pytest.raises(FieldErrors) as err:
        service.save_watcher(db, NO_DIARY, enabled=True, days="a few")
    assert "days" in err.value.messages
    assert service.watcher(db, NO_DIARY).days == 4


def test_store_watchers_writes_all_or_nothing(db):
    good = service.build_watcher(db, NO_DIARY, enabled=True, days="3")
    with pytest.raises(FieldErrors):
        service.build_watcher(db, NO_OUTSIDE, enabled=True, days="-1")
    service.store_watchers(db, [good])
    assert service.watcher(db, NO_DIARY).enabled
    assert not service.watcher(db, NO_OUTSIDE).enabled


def test_saving_from_the_page_drops_its_draft_in_the_same_transaction(db, monkeypatch):
    service.keep_draft(db, {"reasons": [PlanItem("typed, not saved")]})
    service.save_plan(db, {"reasons": ["kept"]}, discard_draft=True)
    assert service.draft(db) is None and service.current_plan(db).items("reasons")[0].text == \
        "kept"
    service.keep_draft(db, {"reasons": [PlanItem("typed again")]})

    def broken() -> None:
        raise RuntimeError("power cut")
    monkeypatch.setattr(service.clock, "now", broken)  # fails after the draft is dropped
    with pytest.raises(RuntimeError):
        service.save_plan(db, {"reasons": ["typed again"]}, discard_draft=True)
    assert service.draft(db) == {"reasons": [PlanItem("typed again")]}
    assert service.current_plan(db).items("reasons")[0].text == "kept"
