"""Numbers and times typed with a Japanese input method: one helper, used everywhere."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest

from app.diary.form import empty_form, entry_from_form, parse_time
from app.plan import service as plan
from app.plan.models import LATE_SLEEP, MOOD_DROP
from app.text import ascii_digits

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("typed", "read"), [
    ("０１２３４５６７８９", "0123456789"),
    ("１２：３０", "12:30"),
    ("１．５", "1.5"),
    ("１，５", "1,5"),
    ("－３", "-3"),
    ("＋３", "+3"),
    ("\u3000３０\u3000", " 30 "),  # ideographic spaces around
    ("2３:０5", "23:05"),  # half- and full-width mixed
    ("約３０分", "約30分"),  # other characters stay as typed
    ("", ""),
])
def test_full_width_digits_and_signs_read_as_ascii(typed: str, read: str) -> None:
    assert ascii_digits(typed) == read


def test_the_diary_reads_full_width_numbers_and_times() -> None:
    form = {**empty_form(), "screen_hours": "\u3000１．５\u3000", "mood": "７",
            "minutes_outside": "３０", "bedtime": "２３：３０", "waketime": "０7:１5"}
    entry = entry_from_form(date(2026, 3, 1), form)
    assert (entry.screen_hours, entry.mood, entry.minutes_outside) == (1.5, 7, 30)
    assert (entry.bedtime, entry.waketime) == (time(23, 30), time(7, 15))
    assert parse_time("\u3000０７１５") == time(7, 15)


def test_the_plan_watchers_read_full_width_numbers_and_times(db) -> None:
    late = plan.build_watcher(db, LATE_SLEEP, enabled=True, days="\u3000３\u3000",
                              later_than="０５：３０")
    assert (late.days, late.later_than) == (3, time(5, 30))
    drop = plan.build_watcher(db, MOOD_DROP, enabled=True, mood_drop="１．５")
    assert drop.mood_drop == 1.5


def test_full_width_handling_is_written_once() -> None:
    """No other module keeps its own table of full-width digits."""
    pattern = re.compile(r"０１|0xFF10|\\uff10|maketrans|unicodedata", re.IGNORECASE)
    hits = sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui")
                  for p in (ROOT / folder).rglob("*.py")
                  if pattern.search(p.read_text(encoding="utf-8")))
    assert hits == ["app/text.py"]
