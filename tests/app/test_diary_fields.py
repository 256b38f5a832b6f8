"""The diary's fields are declared once (DiaryEntry); every place that lists them agrees:
the checks, the form, the stored row, the table, the demo. Adding a field in one place
only fails here (the editor's widgets are checked in tests/ui/test_diary_page.py)."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, time

import pytest

from app import clock
from app.diary import demo, service
from app.diary.form import (
    CHOICE_FIELDS,
    NUMBER_FIELDS,
    TIME_FIELDS,
    empty_form,
    entry_from_form,
    form_from_entry,
)
from app.diary.models import CHOICE, CLOCK, DAY_FIELDS, FLOAT, INT, RANGES, DiaryEntry
from app.validation import FieldErrors

DAY = date(2026, 3, 14)
NOT_DAY_FIELDS = {"day", "note", "symptoms", "activities", "updated_at"}
NAMES = [f.name for f in DAY_FIELDS]


def _sample(kind: str, high: float | None) -> object:
    return {INT: high, FLOAT: (high or 0) - 0.5, CHOICE: True, CLOCK: time(7, 15)}[kind]


def test_every_field_of_an_entry_is_declared_with_its_kind() -> None:
    declared = [f.name for f in dataclasses.fields(DiaryEntry) if f.name not in NOT_DAY_FIELDS]
    assert NAMES == declared
    assert {f.kind for f in DAY_FIELDS} == {INT, FLOAT, CHOICE, CLOCK}
    numbers = [f.name for f in DAY_FIELDS if f.kind in (INT, FLOAT)]
    assert list(RANGES) == numbers and all(f.low is not None for f in DAY_FIELDS
                                           if f.kind in (INT, FLOAT))


def test_the_form_and_the_checks_hold_every_field_once() -> None:
    assert sorted((*NUMBER_FIELDS, *TIME_FIELDS, *CHOICE_FIELDS)) == sorted(NAMES)
    assert set(empty_form()) == {*NAMES, "note", "symptoms", "activities"}
    assert sorted((*service.INT_FIELDS, *service.FLOAT_FIELDS, *service.BOOL_FIELDS,
                   *service.TIME_FIELDS)) == sorted(NAMES)


def test_the_table_and_the_demo_have_a_column_for_every_field(db) -> None:
    columns = set(db.table(service.ENTRIES).columns_dict)
    assert columns == {*NAMES, "day", "note", "updated_at"}
    row = demo._entry(DAY, 0.5, False, random.Random(3), clock.now().isoformat())
    assert set(row) == columns


@pytest.mark.parametrize("spec", DAY_FIELDS, ids=NAMES)
def test_each_field_alone_is_stored_read_and_shown(db, spec) -> None:
    value = _sample(spec.kind, spec.high)
    entry = DiaryEntry(day=DAY, **{spec.name: value})
    assert not entry.is_empty()
    assert entry_from_form(DAY, form_from_entry(entry)) == entry
    saved = service.save_entry(db, entry)  # minutes outside also mark "went outside"
    assert getattr(saved, spec.name) == value and service.get_entry(db, DAY) == saved
    if spec.high is not None:
        with pytest.raises(FieldErrors) as caught:
            service.validate(db, DiaryEntry(day=DAY, **{spec.name: int(spec.high) + 1}))
        assert spec.name in caught.value.messages
