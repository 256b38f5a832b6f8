"""The summary can list practice exercises (a choice, off by default): its numbers are a
recount of the practice log, and the printed page says them in English and Japanese."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta

import pytest

from app.practice import service
from app.progress import periods, summary
from app.progress.models import DEFAULT_SECTIONS
from tests.ui import pdf_checks

END = date(2026, 11, 22)
PERIOD = periods.of_weeks(4, END)


@pytest.fixture
def lang(qapp):
    from ui.shell import translations

    yield translations.install
    translations.install("en")


def _fill(db):
    plan = [(0, "breathing", 3), (1, "door", 5), (2, "breathing", 2), (15, "grounding", 4),
            (40, "breathing", 9)]  # the last one falls outside the period
    for offset, exercise, minutes in plan:
        kind = exercise if exercise in ("breathing", "grounding") else "rehearsal"
        when = datetime.combine(PERIOD.start + timedelta(days=offset), time(20)).astimezone()
        service.log_practice(db, exercise, kind, minutes, done_at=when)


def test_practice_is_a_choice_and_its_numbers_are_a_recount(db):
    _fill(db)
    assert "practice" not in DEFAULT_SECTIONS
    assert summary.compose(db, PERIOD).practice is None
    s = summary.compose(db, PERIOD, sections=["practice"])
    entries = service.practice_between(db, PERIOD.start, PERIOD.end)
    assert s.practice is not None
    assert s.practice.times == len(entries) == 4
    assert s.practice.minutes == sum(e.minutes for e in entries) == 14
    assert s.practice.by_kind == (("breathing", 2), ("grounding", 1), ("rehearsal", 1))
    assert s.practice.weeks == 4 and s.practice.weeks_with == 2


@pytest.mark.parametrize("language, expected", [
    ("en", "4times,14minutes,in2of4weeks(pacedbreathing:2times,grounding:1time,"
           "conversationrehearsals:1time)"),
    ("ja", "4回、計14分、4週のうち2週(呼吸のペース:2回、グラウンディング:1回、"
           "会話のリハーサル:1回)"),
])
def test_the_printed_page_lists_practice(db, lang, tmp_path, language, expected):
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    _fill(db)
    lang(language)
    s = summary.compose(db, PERIOD, sections=["practice"])
    doc = SummaryDocument(s, page_layout("A4"))
    path = tmp_path / "s.pdf"
    doc.write_pdf(path, doc.title)
    text = "".join(unicodedata.normalize("NFKC", pdf_checks.text(path)).split())
    assert expected in text
