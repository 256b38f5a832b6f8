"""Importers from other apps: Daylio, Loop Habit Tracker, a generic CSV.

Every preview is read only; every import is one transaction; every refused
import leaves the database file byte for byte as it was.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from app.diary import service as diary
from app.diary.models import DiaryEntry, SymptomRating
from app.importers.model import AS_ANCHORS, ImportProblem, Options
from app.importers.registry import IMPORTERS, by_kind, detect, read_file
from app.importers.service import (
    KEEP_BOTH,
    KEEP_MINE,
    TAKE_THEIRS,
    apply,
    import_into,
    plan,
    sources,
)
from app.importers.table import MAX_ROWS, load, parse
from app.routine import service as routine
from tests.app.importer_samples import (
    DAYLIO,
    GENERIC,
    LOOP_CHECKMARKS,
    LOOP_HABITS,
    MOODS,
    data_hash,
    daylio_days,
    loop_zip,
)

TODAY = date(2026, 1, 1)


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _daylio(tmp_path, text: str = DAYLIO, encoding: str = "utf-8", mood_map=None):
    path = _write(tmp_path, "daylio_export.csv", text.encode(encoding))
    importer, preview = read_file(path, None, Options(
        mood_map=MOODS if mood_map is None else mood_map, today=TODAY))
    return importer, preview


# -- Daylio ----------------------------------------------------------------------
def test_daylio_is_detected_and_renamed_moods_are_the_persons_to_map(tmp_path):
    importer, preview = _daylio(tmp_path, mood_map={})
    assert importer.kind == "daylio"
    assert set(preview.labels) == {"sunny", "cloudy", "stormy", "rad"}
    assert set(preview.unmapped) == set(preview.labels) and not preview.ready
    assert all(d.mood is None for d in preview.days)


def test_daylio_entries_of_one_day_become_one_diary_day(tmp_path):
    _i, preview = _daylio(tmp_path)
    assert preview.ready and preview.rows == 4
    by_day = {d.day: d for d in preview.days}
    may31 = by_day[date(2024, 5, 31)]
    assert may31.entries == 2
    assert may31.mood == 6  # mean of 9 and 2, rounded
    # morning first, whatever order the file had; the <br> became a line break
    assert may31.note == "Morning\nCould not get up\ntired\n\nEvening, calmer"
    assert may31.activities == ("walk", "tea", "散歩")
    assert by_day[date(2024, 5, 30)].note == "今日は少しだけ外に出た。"
    assert by_day[date(2024, 5, 29)].mood == 10


def test_daylio_preview_writes_nothing_and_import_writes_every_day(tmp_path, store):
    before = data_hash(store.paths.database)
    _i, preview = _daylio(tmp_path)
    the_plan = plan(store.db, preview)
    assert len(the_plan.new) == 3 and not the_plan.duplicates
    assert data_hash(store.paths.database) == before
    result = import_into(store, preview)
    assert (result.added, result.kept) == (3, 0)
    saved = diary.get_entry(store.db, date(2024, 5, 30))
    assert saved is not None and saved.mood == 5 and saved.note == "今日は少しだけ外に出た。"
    assert [a.tag for a in saved.activities] == ["tea"]
    assert sources(store.db, ["2024-05-30"]) == {"2024-05-30": "daylio"}


def test_a_failure_while_writing_leaves_nothing_behind(tmp_path, store, monkeypatch):
    diary.save_entry(store.db, DiaryEntry(day=date(2024, 1, 1), mood=3, note="mine"))
    _i, preview = _daylio(tmp_path)
    real = diary.save_entries

    def half_then_fail(db, entries):
        real(db, entries[:1])
        raise RuntimeError("disk went away")

    monkeypatch.setattr(diary, "save_entries", half_then_fail)
    with pytest.raises(RuntimeError):
        apply(store.db, preview)
    assert diary.days_with_entries(store.db, date(2000, 1, 1), TODAY) == {date(2024, 1, 1)}
    assert sources(store.db, ["2024-05-29", "2024-05-30", "2024-05-31"]) == {}


def test_unmapped_moods_are_refused_and_change_nothing(tmp_path, store):
    before = data_hash(store.paths.database)
    _i, preview = _daylio(tmp_path, mood_map={"sunny": 9})
    with pytest.raises(ImportProblem) as refused:
        import_into(store, preview)
    assert "mood" in refused.value.user_message()
    assert data_hash(store.paths.database) == before


def test_a_mood_outside_zero_to_ten_is_refused(tmp_path):
    with pytest.raises(ImportProblem):
        _daylio(tmp_path, mood_map={**MOODS, "sunny": 11})


# -- duplicates ------------------------------------------------------------------
def _mine(store):
    diary.save_entry(store.db, DiaryEntry(
        day=date(2024, 5, 30), mood=2, anxiety=7, note="my own words",
        symptoms=(SymptomRating(diary.add_symptom(store.db, "headache").id, 2),)))


@pytest.mark.parametrize("choice", [KEEP_MINE, TAKE_THEIRS, KEEP_BOTH])
def test_duplicates_keep_mine_take_theirs_or_keep_both(tmp_path, store, choice):
    _mine(store)
    _i, preview = _daylio(tmp_path)
    the_plan = plan(store.db, preview)
    assert [(d.day, d.source, d.same) for d in the_plan.duplicates] == [
        (date(2024, 5, 30), "ippo", False)]
    result = import_into(store, preview, choice)
    day = diary.get_entry(store.db, date(2024, 5, 30))
    assert day is not None
    assert day.anxiety == 7 and len(day.symptoms) == 1  # the file has neither: kept
    if choice == KEEP_MINE:
        assert (day.mood, day.note, result.kept) == (2, "my own words", 1)
        assert sources(store.db, ["2024-05-30"]) == {}
    elif choice == TAKE_THEIRS:
        assert (day.mood, day.note, result.replaced) == (5, "今日は少しだけ外に出た。", 1)
        assert sources(store.db, ["2024-05-30"]) == {"2024-05-30": "daylio"}
    else:
        assert day.mood == 2 and result.combined == 1
        assert day.note == "my own words\n\n今日は少しだけ外に出た。"
        assert [a.tag for a in day.activities] == ["tea"]


def test_importing_the_same_file_again_finds_the_same_days(tmp_path, store):
    _i, preview = _daylio(tmp_path)
    import_into(store, preview)
    again = plan(store.db, preview)
    assert not again.new and len(again.duplicates) == 3
    assert all(d.same and d.source == "daylio" for d in again.duplicates)
    before = data_hash(store.paths.database)
    result = import_into(store, preview, TAKE_THEIRS)
    assert (result.added, result.replaced, result.kept) == (0, 0, 3)
    assert data_hash(store.paths.database) == before


# -- Loop Habit Tracker ------------------------------------------------------------
def test_loop_zip_habits_marked_done_become_activities(tmp_path, store):
    importer, preview = read_file(loop_zip(tmp_path / "Loop.zip"), None,
                                  Options(today=TODAY))
    assert importer.kind == "loop"
    by_day = {d.day: d.activities for d in preview.days}
    # 1 (implied by the frequency), 0 and 3 (skipped) are not "done"
    assert by_day == {date(2024, 5, 31): ("Open the curtains",),
                      date(2024, 5, 30): ("Stretch",),
                      date(2024, 5, 28): ("Open the curtains", "Stretch")}
    import_into(store, preview)
    day = diary.get_entry(store.db, date(2024, 5, 28))
    assert day is not None and [a.tag for a in day.activities] == ["Open the curtains",
                                                                   "Stretch"]
    assert sources(store.db, ["2024-05-28"]) == {"2024-05-28": "loop"}


ANCHORS = Options(today=TODAY, loop_as=AS_ANCHORS, anchor_at=time(8, 30))


def test_loop_habits_as_anchors_become_anchors_and_ticks(tmp_path, store):
    _importer, preview = read_file(loop_zip(tmp_path / "Loop.zip"), "loop", ANCHORS)
    assert preview.ready and not preview.days
    the_plan = plan(store.db, preview)
    assert the_plan.problem == "" and the_plan.anchors is not None
    assert the_plan.anchors.new == ("Open the curtains", "Stretch")
    assert the_plan.anchors.ticks == 4
    result = import_into(store, preview)
    assert (result.anchors_added, result.ticks_added) == (2, 4)
    assert "Routine anchors added: 2." in result.user_message()
    anchors = {a.name: a for a in routine.list_anchors(store.db)}
    assert set(anchors) == {"Open the curtains", "Stretch"}
    curtains = anchors["Open the curtains"]
    assert curtains.at == time(8, 30) and curtains.weekdays == frozenset(range(7))
    assert routine.kept_days(store.db, curtains.id, date(2024, 1, 1), TODAY) == [
        date(2024, 5, 28), date(2024, 5, 31)]
    assert routine.kept_days(store.db, anchors["Stretch"].id, date(2024, 1, 1), TODAY) == [
        date(2024, 5, 28), date(2024, 5, 30)]
    ticked = {d.anchor.name: d for d in routine.day_anchors(store.db, date(2024, 5, 31))}
    assert ticked["Open the curtains"].done_at == time(8, 30)
    assert diary.get_entry(store.db, date(2024, 5, 28)) is None  # not diary activities
    # the same file again adds nothing
    again = plan(store.db, preview)
    assert again.anchors is not None and again.anchors.new == () and again.anchors.ticks == 0
    result = import_into(store, preview)
    assert (result.anchors_added, result.ticks_added) == (0, 0)
    assert len(routine.list_anchors(store.db)) == 2
    assert routine.kept_days(store.db, curtains.id, date(2024, 1, 1), TODAY) == [
        date(2024, 5, 28), date(2024, 5, 31)]


def test_loop_as_anchors_reuses_an_anchor_of_the_same_name(tmp_path, store):
    mine = routine.add_anchor(store.db, "open the curtains", time(7, 0), {0, 1, 2, 3, 4})
    routine.tick(store.db, mine.id, date(2024, 5, 31), time(7, 5))
    _importer, preview = read_file(loop_zip(tmp_path / "Loop.zip"), "loop", ANCHORS)
    result = import_into(store, preview)
    assert (result.anchors_added, result.ticks_added) == (1, 3)
    names = sorted(a.name for a in routine.list_anchors(store.db))
    assert names == ["Stretch", "open the curtains"]
    assert routine.kept_days(store.db, mine.id, date(2024, 1, 1), TODAY) == [
        date(2024, 5, 28), date(2024, 5, 31)]
    days = {d.anchor.id: d for d in routine.day_anchors(store.db, date(2024, 5, 31))}
    assert days[mine.id].done_at == time(7, 5)  # the tick already there is kept
    days = {d.anchor.id: d for d in routine.day_anchors(store.db, date(2024, 5, 28))}
    assert days[mine.id].done_at == time(7, 0)  # the anchor's own time


def test_loop_as_anchors_beyond_the_days_limit_is_refused_at_the_preview(tmp_path, store):
    for n in range(routine.MAX_PER_DAY - 1):
        routine.add_anchor(store.db, f"Anchor {n}", time(6, n), range(7))
    before = data_hash(store.paths.database)
    _importer, preview = read_file(loop_zip(tmp_path / "Loop.zip"), "loop", ANCHORS)
    the_plan = plan(store.db, preview)
    assert "at most 12" in the_plan.problem and the_plan.anchors is None
    with pytest.raises(ImportProblem) as refused:
        import_into(store, preview)
    assert "at most 12" in refused.value.user_message()
    assert len(routine.list_anchors(store.db)) == routine.MAX_PER_DAY - 1
    assert data_hash(store.paths.database) == before


def test_loop_as_anchors_failing_midway_changes_nothing(tmp_path, store, monkeypatch):
    _importer, preview = read_file(loop_zip(tmp_path / "Loop.zip"), "loop", ANCHORS)
    routine.add_anchor(store.db, "Stretch", time(7, 0), range(7))
    before = data_hash(store.paths.database)
    real = routine.kept_days
    calls = []

    def broken(*args):
        calls.append(args)
        if len(calls) > 2:  # while writing the second anchor's ticks
            raise RuntimeError("disk went away")
        return real(*args)

    monkeypatch.setattr(routine, "kept_days", broken)
    with pytest.raises(RuntimeError):
        apply(store.db, preview)
    monkeypatch.setattr(routine, "kept_days", real)
    assert [a.name for a in routine.list_anchors(store.db)] == ["Stretch"]
    assert data_hash(store.paths.database) == before


def test_loop_checkmarks_csv_alone_is_detected(tmp_path):
    path = _write(tmp_path, "Checkmarks.csv", LOOP_CHECKMARKS.encode())
    assert detect(load(path)) is by_kind("loop")
    habits = _write(tmp_path, "Habits.csv", LOOP_HABITS.encode())
    assert detect(load(habits)) is None or detect(load(habits)) is not by_kind("loop")


# -- generic CSV -------------------------------------------------------------------
def test_generic_csv_columns_guessed_scale_mapped_and_shown_as_stored(tmp_path):
    path = _write(tmp_path, "moods.csv", GENERIC.encode("utf-8"))
    importer, preview = read_file(path, None, Options(today=TODAY))
    assert importer.kind == "csv"
    assert dict(preview.chosen) == {"day": "日付", "mood": "気分", "anxiety": "不安",
                                    "bedtime": "就寝", "waketime": "起床",
                                    "minutes_outside": "外出（分）", "note": "メモ"}
    assert preview.date_format == "%d/%m/%Y" and "%m/%d/%Y" not in preview.date_formats
    assert ("mood", 0.0, 10.0) in preview.scales  # 9 does not fit 1–5
    assert ("anxiety", 1.0, 5.0) in preview.scales  # 2, 5, 3 do: 2 of 1–5 is 2.5 → 3
    day = preview.days[-1]
    assert (day.day, day.mood, day.anxiety, day.bedtime, day.waketime,
            day.minutes_outside, day.note) == (date(2024, 5, 31), 4, 3, time(23, 30),
                                               time(7, 15), 20, "よく眠れた")


def test_generic_scale_one_to_five_becomes_zero_to_ten_and_outside_values_are_named(
        tmp_path):
    path = _write(tmp_path, "moods.csv", GENERIC.encode("utf-8"))
    _i, preview = read_file(path, "csv", Options(today=TODAY,
                                                 scales={"mood": (1, 5), "anxiety": (1, 5)}))
    by_day = {d.day: d for d in preview.days}
    assert by_day[date(2024, 5, 31)].mood == 8  # 4 on 1–5
    assert by_day[date(2024, 5, 30)].mood == 0 and by_day[date(2024, 5, 30)].anxiety == 10
    assert by_day[date(2024, 5, 13)].mood is None
    assert any("9" in i.text() and "1–5" in i.text() for i in preview.issues)


def test_generic_date_format_can_be_chosen_and_columns_named(tmp_path):
    text = "when,feeling\n05/06/2024,7\n"
    path = _write(tmp_path, "x.csv", text.encode())
    _i, guessed = read_file(path, "csv", Options(today=TODAY, columns={
        "day": "when", "mood": "feeling"}))
    assert set(guessed.date_formats) >= {"%d/%m/%Y", "%m/%d/%Y"}
    _i, us = read_file(path, "csv", Options(today=TODAY, date_format="%m/%d/%Y",
                                            columns={"day": "when", "mood": "feeling"}))
    assert us.days[0].day == date(2024, 5, 6) and us.days[0].mood == 7


# -- bad input ---------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["cp932", "utf-16", "utf-16-le", "utf-8-sig"])
def test_japanese_notes_survive_each_encoding(tmp_path, encoding):
    _i, preview = _daylio(tmp_path, DAYLIO, encoding)
    assert {d.note for d in preview.days} >= {"今日は少しだけ外に出た。"}
    assert preview.labels  # the header was read, BOM and all


def test_semicolons_and_tabs_are_found(tmp_path):
    for delimiter in (";", "\t"):
        text = DAYLIO.replace(",", delimiter)  # the quoted note has a comma: fine
        _i, preview = _daylio(tmp_path, text)
        assert len(preview.days) == 3


def test_future_and_pre_1900_dates_are_left_out_with_a_reason(tmp_path):
    text = DAYLIO + "2199-01-01,x,x,10:00,rad,,,\n1899-12-31,x,x,10:00,rad,,,\n"
    _i, preview = _daylio(tmp_path, text)
    assert len(preview.days) == 3
    said = " ".join(i.text() for i in preview.issues)
    assert "1 Jan 2199" in said and "future" in said and "1900" in said


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"full_date,mood\n", "no rows"),
    (b"just one column\nand another line\n", "one column"),
    (bytes(range(128, 256)) * 40, "could not read"),
])
def test_unusable_files_are_refused_with_a_sentence(tmp_path, store, data, words):
    before = data_hash(store.paths.database)
    path = _write(tmp_path, "bad.csv", data)
    with pytest.raises(ImportProblem) as refused:
        read_file(path, None, Options(today=TODAY))
    assert words in refused.value.user_message()
    assert data_hash(store.paths.database) == before


def test_more_rows_than_ippo_takes_at_once_are_refused(tmp_path):
    body = "date,mood\n" + "2024-01-01,5\n" * (MAX_ROWS + 1)
    with pytest.raises(ImportProblem) as refused:
        parse(body.encode())
    assert "100,000" in refused.value.user_message()


def test_an_unknown_file_is_not_guessed(tmp_path):
    path = _write(tmp_path, "x.csv", b"name,colour\nA,red\n")
    with pytest.raises(ImportProblem):
        read_file(path, None, Options(today=TODAY))


def test_every_importer_is_registered_once():
    kinds = [i.kind for i in IMPORTERS]
    assert kinds == ["daylio", "loop", "csv"] and len(set(kinds)) == len(kinds)
    assert by_kind("csv") is IMPORTERS[-1]
    with pytest.raises(ValueError):
        by_kind("nope")


def test_a_ten_year_export_is_read(tmp_path):
    path = _write(tmp_path, "big.csv", daylio_days(400).encode())
    _i, preview = read_file(path, "daylio", Options(today=TODAY, mood_map={
        "rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}))
    assert len(preview.days) == 400 and preview.rows == 1200 and preview.ready


def test_exactly_as_many_rows_as_ippo_takes_are_read(tmp_path):
    body = "date,mood\n" + "2024-01-01,5\n" * MAX_ROWS
    table = parse(body.encode())
    assert len(table.rows) == MAX_ROWS == 100_000
