"""Diary service: ranges, the night across midnight, symptoms with history, drafts, odd text."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.diary import service
from app.diary.form import entry_from_form, form_from_entry, parse_time
from app.diary.models import Activity, DiaryEntry, SymptomRating
from app.validation import FieldErrors

DAY = date(2026, 3, 14)
HYP = settings(max_examples=60, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture])
minute_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))


def _full(db, day=DAY) -> DiaryEntry:
    sid = service.add_symptom(db, "Headache").id
    return DiaryEntry(
        day=day, mood=6, anxiety=4, energy=5, bedtime=time(3, 0), waketime=time(11, 0),
        minutes_outside=25, went_outside=True, face_contacts=1, online_contacts=3, meals=2,
        showered=True, movement_minutes=20, screen_hours=6.5, note="short walk",
        symptoms=(SymptomRating(sid, 2),),
        activities=(Activity("walk", 6, 7), Activity("drawing", None, 4)))


def test_every_field_round_trips(db):
    entry = _full(db)
    saved = service.save_entry(db, entry)
    assert saved == entry
    assert service.get_entry(db, DAY) == entry
    assert saved.updated_at is not None
    assert saved.hygiene is True
    assert service.get_entry(db, DAY + timedelta(days=1)) is None


def test_a_completely_empty_day_is_allowed(db):
    saved = service.save_entry(db, DiaryEntry(day=DAY))
    assert saved.is_empty() and saved.sleep_hours is None and saved.sleep_midpoint is None


@pytest.mark.parametrize("bed, wake, hours, middle", [
    (time(3, 0), time(11, 0), 8.0, 7.0),     # after midnight: the night before this day
    (time(23, 0), time(7, 0), 8.0, 3.0),     # the evening before
    (time(5, 0), time(14, 0), 9.0, 9.5),     # nocturnal
    (time(0, 30), time(8, 30), 8.0, 4.5),
    (time(13, 0), time(21, 0), 8.0, 17.0),   # sleeping through the day
    (time(22, 0), time(2, 0), 4.0, 0.0),
])
def test_sleep_hours_and_midpoint_across_midnight(bed, wake, hours, middle):
    entry = DiaryEntry(day=DAY, bedtime=bed, waketime=wake)
    assert entry.sleep_hours == pytest.approx(hours)
    assert entry.sleep_midpoint == pytest.approx(middle)


@given(bed=minute_times, wake=minute_times)
@HYP
def test_sleep_arithmetic_for_any_pair_of_times(bed, wake):
    entry = DiaryEntry(day=DAY, bedtime=bed, waketime=wake)
    b, w = bed.hour + bed.minute / 60, wake.hour + wake.minute / 60
    hours = entry.sleep_hours
    assert 0 <= hours < 24
    # Going to bed, sleeping `hours` lands on the waking clock time.
    assert (b + hours) % 24 == pytest.approx(w % 24, abs=1e-9)
    assert 0 <= entry.sleep_midpoint < 24
    assert (b + hours / 2) % 24 == pytest.approx(entry.sleep_midpoint, abs=1e-9)
    if b < w:  # both after midnight on the entry's day (e.g. 03:00 -> 11:00)
        assert hours == pytest.approx(w - b)


@given(bed=minute_times, wake=minute_times)
@HYP
def test_possible_nights_save_and_impossible_ones_name_the_waking_field(db, bed, wake):
    entry = DiaryEntry(day=DAY, bedtime=bed, waketime=wake)
    hours = entry.sleep_hours
    if 0 < hours <= 20:
        saved = service.save_entry(db, entry)
        assert saved.sleep_hours == pytest.approx(hours)
    else:
        before = service.get_entry(db, DAY)
        with pytest.raises(FieldErrors) as err:
            service.save_entry(db, entry)
        assert set(err.value.messages) == {"waketime"}
        assert service.get_entry(db, DAY) == before  # nothing written


RANGES = {"mood": (0, 10), "anxiety": (0, 10), "energy": (0, 10), "meals": (0, 10),
          "minutes_outside": (0, 1440), "face_contacts": (0, 500),
          "online_contacts": (0, 1000), "movement_minutes": (0, 1440)}


@given(field=st.sampled_from(sorted(RANGES)), value=st.integers(-5000, 5000))
@HYP
def test_numbers_in_range_are_kept_and_others_refused_at_their_field(db, field, value):
    low, high = RANGES[field]
    day = DAY + timedelta(days=abs(value) % 50)
    before = service.get_entry(db, day)
    entry = DiaryEntry(day=day, note="kept?", **{field: value})
    if low <= value <= high:
        assert getattr(service.save_entry(db, entry), field) == value
    else:
        with pytest.raises(FieldErrors) as err:
            service.save_entry(db, entry)
        assert set(err.value.messages) == {field}
        assert "from" in err.value.messages[field]
        assert service.get_entry(db, day) == before


@given(hours=st.floats(allow_nan=True, allow_infinity=True, width=32))
@HYP
def test_screen_hours_between_0_and_24(db, hours):
    entry = DiaryEntry(day=DAY, screen_hours=hours)
    if 0 <= hours <= 24:
        assert service.save_entry(db, entry).screen_hours == pytest.approx(hours)
    else:
        with pytest.raises(FieldErrors) as err:
            service.save_entry(db, entry)
        assert set(err.value.messages) == {"screen_hours"}


def test_ratings_outside_their_scales_are_refused(db):
    sid = service.add_symptom(db, "Tired").id
    with pytest.raises(FieldErrors) as err:
        service.save_entry(db, DiaryEntry(day=DAY, symptoms=(SymptomRating(sid, 4),),
                                          activities=(Activity("walk", 11, None),)))
    assert set(err.value.messages) == {"symptoms", "activities"}
    with pytest.raises(FieldErrors):
        service.save_entry(db, DiaryEntry(day=DAY, symptoms=(SymptomRating(999, 1),)))
    assert service.get_entry(db, DAY) is None


def test_odd_text_is_stored_safely(db):
    text = "気分 🙂🌧️ שלום עולם مرحبا\x00 end \ud800 and a line\r\nbreak"
    saved = service.save_entry(db, DiaryEntry(day=DAY, note=text,
                                              activities=(Activity(" 散歩 🚶 ", 5, 5),)))
    assert "\x00" not in saved.note and "\ud800" not in saved.note
    assert "🙂🌧️ שלום עולם مرحبا" in saved.note and saved.note.endswith("line\nbreak")
    assert saved.activities[0].tag == "散歩 🚶"


def test_a_megabyte_note_is_kept_and_a_longer_one_refused_at_the_note(db):
    megabyte = ("日記 ✍️ " * 200_000)[:1_000_000]
    assert service.save_entry(db, DiaryEntry(day=DAY, note=megabyte)).note == megabyte
    with pytest.raises(FieldErrors) as err:
        service.save_entry(db, DiaryEntry(day=DAY, note=megabyte + "x", mood=3))
    assert set(err.value.messages) == {"note"}
    assert service.get_entry(db, DAY).mood is None  # the old entry is untouched


def test_quick_check_in_merges_and_never_wipes(db):
    service.save_entry(db, _full(db))
    with pytest.raises(FieldErrors):  # "did not go out", yet 25 minutes outside are stored
        service.quick_check_in(db, DAY, mood=8, anxiety=None, went_outside=False)
    merged = service.quick_check_in(db, DAY, mood=8, anxiety=None, went_outside=True)
    assert (merged.mood, merged.anxiety, merged.went_outside) == (8, 4, True)
    assert merged.note == "short walk" and len(merged.activities) == 2
    assert merged.bedtime == time(3, 0) and merged.symptoms
    fresh = service.quick_check_in(db, DAY + timedelta(days=1), 5, 6, True)
    assert (fresh.mood, fresh.anxiety, fresh.went_outside, fresh.note) == (5, 6, True, "")
    with pytest.raises(FieldErrors):
        service.quick_check_in(db, DAY, mood=11, anxiety=None, went_outside=None)
    assert service.get_entry(db, DAY).mood == 8


def test_entries_between_is_inclusive_and_ordered(db):
    for offset in (5, 0, 3, 9):
        service.quick_check_in(db, DAY + timedelta(days=offset), offset, None, None)
    got = service.entries_between(db, DAY, DAY + timedelta(days=5))
    assert [e.day for e in got] == [DAY, DAY + timedelta(days=3), DAY + timedelta(days=5)]
    assert [e.mood for e in got] == [0, 3, 5]
    assert service.days_with_entries(db, DAY + timedelta(days=1), DAY + timedelta(days=9)) == {
        DAY + timedelta(days=3), DAY + timedelta(days=5), DAY + timedelta(days=9)}
    assert service.first_day(db) == DAY


def test_symptoms_are_added_renamed_retired_and_keep_their_history(db):
    a = service.add_symptom(db, "  Headache ")
    b = service.add_symptom(db, "Racing heart")
    assert [s.name for s in service.symptoms(db)] == ["Headache", "Racing heart"]
    service.save_entry(db, DiaryEntry(day=DAY, symptoms=(SymptomRating(a.id, 3),
                                                         SymptomRating(b.id, 1))))
    service.rename_symptom(db, a.id, "Head pain")
    service.retire_symptom(db, b.id)
    assert [s.name for s in service.symptoms(db)] == ["Head pain"]
    everything = service.symptoms(db, include_retired=True)
    assert [(s.name, s.retired) for s in everything] == [("Head pain", False),
                                                         ("Racing heart", True)]
    entry = service.get_entry(db, DAY)
    assert entry.rating_for(a.id) == 3 and entry.rating_for(b.id) == 1
    with pytest.raises(FieldErrors) as err:
        service.add_symptom(db, "head PAIN")
    assert "name" in err.value.messages
    with pytest.raises(FieldErrors):
        service.add_symptom(db, " \x00 ")
    service.retire_symptom(db, b.id, retired=False)
    assert len(service.symptoms(db)) == 2


def test_a_draft_from_before_bases_were_kept_wins_only_when_newer(db):
    form = form_from_entry(None)
    form["note"] = "half written"
    service.keep_draft(db, DAY, form)
    assert service.draft_for(db, DAY)["note"] == "half written"
    assert service.days_with_drafts(db) == {DAY}
    service.quick_check_in(db, DAY, 5, None, None)  # saved after the draft
    assert service.draft_for(db, DAY) is None
    service.keep_draft(db, DAY, form)
    assert service.draft_for(db, DAY)["note"] == "half written"
    service.discard_draft(db, DAY)
    assert service.draft_for(db, DAY) is None


def test_a_check_in_after_the_draft_neither_hides_it_nor_is_undone_by_it(db):
    base = form_from_entry(None)
    typed = dict(base, note="half written", energy="4")
    service.keep_draft(db, DAY, typed, base)
    service.quick_check_in(db, DAY, 5, None, True)  # saved after the draft, on Today
    shown = service.draft_for(db, DAY)
    assert shown is not None
    assert shown["note"] == "half written" and shown["energy"] == "4"  # what was typed
    stored = form_from_entry(service.get_entry(db, DAY))
    assert shown["mood"] == stored["mood"] and shown["went_outside"] == stored["went_outside"]


def test_a_saved_time_in_the_future_does_not_hide_a_draft(db):
    # The demo, an import or a clock set back can leave an entry saved "later" than now.
    service.save_entry(db, DiaryEntry(day=DAY, mood=4))
    db.execute("UPDATE diary_entries SET updated_at = '2099-01-01T00:00:00+00:00'")
    base = form_from_entry(service.get_entry(db, DAY))
    service.keep_draft(db, DAY, dict(base, note="typed just now"), base)
    assert service.draft_for(db, DAY)["note"] == "typed just now"


def test_a_draft_with_nothing_unsaved_is_not_shown(db):
    service.save_entry(db, DiaryEntry(day=DAY, mood=4, note="kept"))
    base = form_from_entry(service.get_entry(db, DAY))
    service.keep_draft(db, DAY, dict(base), base)
    assert service.draft_for(db, DAY) is None


def test_the_text_form_reads_times_and_names_what_it_cannot_read(db):
    assert parse_time("2330") == time(23, 30)
    assert parse_time("７：１５") == time(7, 15)
    assert parse_time("3") == time(3, 0)
    assert parse_time("") is None
    for bad in ("25:00", "half past", "12:75"):
        with pytest.raises(ValueError):
            parse_time(bad)
    form = form_from_entry(_full(db))
    assert entry_from_form(DAY, form) == service.save_entry(db, entry_from_form(DAY, form))
    form.update(bedtime="late", mood="six", activities=[["walk", "lots", ""]])
    with pytest.raises(FieldErrors) as err:
        entry_from_form(DAY, form)
    assert set(err.value.messages) == {"bedtime", "mood", "activities"}


def test_merge_keeps_the_users_edits_and_takes_everything_else_from_storage():
    from app.diary.form import merge_forms

    base = {"mood": "2", "note": "", "anxiety": "8"}
    mine = {"mood": "2", "note": "walk", "anxiety": "5"}
    theirs = {"mood": "6", "note": "", "anxiety": "3"}
    assert merge_forms(base, mine, theirs) == {"mood": "6", "note": "walk", "anxiety": "5"}


def test_minutes_outside_with_went_outside_no_is_named_at_the_field(db):
    with pytest.raises(FieldErrors) as caught:
        service.save_entry(db, DiaryEntry(day=date(2026, 3, 2), went_outside=False,
                                          minutes_outside=76))
    assert "76" in caught.value.messages["went_outside"]
    assert service.get_entry(db, date(2026, 3, 2)) is None
    # Either answer that agrees is fine.
    service.save_entry(db, DiaryEntry(day=date(2026, 3, 2), went_outside=False,
                                      minutes_outside=0))
    service.save_entry(db, DiaryEntry(day=date(2026, 3, 3), went_outside=True,
                                      minutes_outside=76))


# -- the editor's Save: one call, one transaction ----------------------------------
def test_save_from_form_saves_and_drops_the_draft_in_one_call(db):
    form = form_from_entry(DiaryEntry(day=DAY, mood=6, note="tea"))
    service.keep_draft(db, DAY, form, base=form_from_entry(None))
    saved = service.save_from_form(db, DAY, form, base=form_from_entry(None))
    assert saved == service.get_entry(db, DAY) and saved.mood == 6 and saved.note == "tea"
    assert service.draft_for(db, DAY) is None and service.days_with_drafts(db) == set()


def test_save_from_form_is_all_or_nothing(db, monkeypatch):
    """A failure after the entry is written (dropping the draft) undoes the write too:
    neither a new entry nor a lost draft."""
    service.save_entry(db, DiaryEntry(day=DAY, mood=3, note="before"))
    base = form_from_entry(service.get_entry(db, DAY))
    form = {**base, "mood": "8", "note": "after"}
    service.keep_draft(db, DAY, form, base=base)

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk went away")
    monkeypatch.setattr(service.drafts, "discard", broken)
    with pytest.raises(RuntimeError):
        service.save_from_form(db, DAY, form, base=base)
    stored = service.get_entry(db, DAY)
    assert (stored.mood, stored.note) == (3, "before")
    assert service.draft_for(db, DAY)["note"] == "after"


def test_save_from_form_keeps_a_field_saved_elsewhere_meanwhile(db):
    base = form_from_entry(None)  # the editor opened an empty day
    service.quick_check_in(db, DAY, mood=None, anxiety=7, went_outside=None)
    saved = service.save_from_form(db, DAY, {**base, "mood": "5"}, base=base)
    assert (saved.mood, saved.anxiety) == (5, 7)


def test_save_from_form_of_an_empty_day_only_drops_the_draft(db):
    base = form_from_entry(None)
    service.keep_draft(db, DAY, base, base=base)
    assert service.save_from_form(db, DAY, base, base=base) is None
    assert service.get_entry(db, DAY) is None and service.days_with_drafts(db) == set()


def test_save_from_form_names_bad_fields_and_writes_nothing(db):
    base = form_from_entry(None)
    service.keep_draft(db, DAY, {**base, "mood": "lots"}, base=base)
    with pytest.raises(FieldErrors) as caught:
        service.save_from_form(db, DAY, {**base, "mood": "lots"}, base=base)
    assert "mood" in caught.value.messages
    assert service.get_entry(db, DAY) is None and service.days_with_drafts(db) == {DAY}


maybe_times = st.one_of(st.none(), minute_times)


@HYP
@given(st.dictionaries(
    st.integers(0, 60),
    st.tuples(st.one_of(st.none(), st.integers(0, 10)), st.one_of(st.none(), st.integers(0, 300)),
              st.one_of(st.none(), st.booleans()), maybe_times, maybe_times),
    max_size=25),
    st.integers(0, 60), st.integers(0, 60))
def test_outlines_say_what_the_full_entries_say(db, days, a, b):
    """The one-query outline (the plan's warning signs read it on Today) gives each
    day's mood, time outside and sleep midpoint as the full entries do."""
    for offset, (mood, minutes, went, bed, wake) in days.items():
        entry = DiaryEntry(day=DAY + timedelta(days=offset), mood=mood, minutes_outside=minutes,
                           went_outside=went, bedtime=bed, waketime=wake, note="kept apart")
        try:
            service.save_entry(db, entry)
        except FieldErrors:
            pass  # an impossible night: refused, as in the form
    start, end = DAY + timedelta(days=min(a, b)), DAY + timedelta(days=max(a, b))
    full = service.entries_between(db, start, end)
    assert [(o.day, o.mood, o.minutes_outside, o.went_outside, o.sleep_midpoint)
            for o in service.outlines_between(db, start, end)] == [
        (e.day, e.mood, e.minutes_outside, e.went_outside, e.sleep_midpoint) for e in full]
