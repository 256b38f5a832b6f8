"""The printed summary as PDF: one page, searchable text (English and Japanese), vector
charts only, fonts embedded, and nothing the user left out."""

from __future__ import annotations

import unicodedata
from datetime import date, time, timedelta

import pytest
from pypdf import PdfReader

from app.progress import notes, periods, summary
from app.progress.models import SECTIONS, SummaryNotes
from tests.ui import pdf_checks

END = date(2026, 11, 22)
PERIOD = periods.of_weeks(4, END)
PAGE_ONE = [s for s in SECTIONS if s != "detail"]


def _flat(path) -> str:
    """PDF text with ligatures undone and all white space as single spaces."""
    return " ".join(unicodedata.normalize("NFKC", pdf_checks.text(path)).split())


@pytest.fixture
def lang(qapp):
    from ui.shell import translations

    yield translations.install
    translations.install("en")


def _fill(db):
    from app.diary import service as diary
    from app.diary.models import DiaryEntry
    from app.plan import service as plan

    for i in range(28):
        day = PERIOD.start + timedelta(days=i)
        diary.save_entry(db, DiaryEntry(day=day, mood=4 if i < 14 else 6, anxiety=5,
                                        bedtime=time(2, 0), waketime=time(10, 0),
                                        minutes_outside=15 * (i % 2), face_contacts=i % 2))
    plan.save_plan(db, {"warning_signs": ["Curtains closed all day"]})
    notes.save(db, SummaryNotes(name="K.T.", hard_for_me="Leaving my room",
                                how_long="Three years", living_with="My father",
                                help_wanted="Sleeping at night", treatment="None yet",
                                questions="Could this be anxiety?"))
    _ladders(db)


def _ladders(db):
    """Two ladders practised in the period, one with a step missing its peak rating."""
    from datetime import datetime

    from app.ladder import service as ladder
    from app.ladder.inputs import AttemptInput, StepInput

    for goal, peaks in (("Walk to the corner shop", [40, 60, None]), ("Phone the clinic", [70])):
        lad = ladder.create_ladder(db, goal, [StepInput(f"{goal}, step {i}", 2, 20 * i)
                                              for i in range(1, 5)])
        steps = ladder.steps(db, lad.id)
        for i, peak in enumerate(peaks):
            when = datetime.combine(PERIOD.start + timedelta(days=3 + 5 * i), time(15, 0))
            ladder.log_attempt(db, steps[i].id, AttemptInput(when.astimezone(), suds_peak=peak,
                                                             note="tried"))


def _pdf(db, tmp_path, sections=PAGE_ONE, name="s.pdf", size="A4"):
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    s = summary.compose(db, PERIOD, notes.load(db), list(sections))
    path = tmp_path / name
    doc = SummaryDocument(s, page_layout(size))
    doc.write_pdf(path, doc.title)
    return path


def test_english_summary_is_one_vector_page_with_embedded_fonts(qapp, lang, db, tmp_path):
    lang("en")
    _fill(db)
    path = _pdf(db, tmp_path)
    assert pdf_checks.page_count(path) == 1
    text = _flat(path)
    for expected in ("Summary for my appointment", "K.T.", "Leaving my room", "Three years",
                     "My father", "Sleeping at night", "None yet",
                     "Diary entries on 28 of 28 days", "4.0 (14 days noted)",
                     "6.0 (14 days noted)", "02:00 (14 days noted)", "Curtains closed all day",
                     "Walk to the corner shop: highest step practised “Walk to the corner "
                     "shop, step 3” (step 3 of 4); 3 attempts in this period",
                     "Phone the clinic: highest step practised",
                     "(step 1 of 4); 1 attempt in this period",
                     "60 min, 7 days noted",  # the last week: 15 min on every other day
                     "Could this be anxiety?", "not a diagnosis",
                     # chart text is text, not pixels: titles, axis labels and anchors
                     "Going to bed and getting up by week", "Time of day (earlier",
                     "Minutes a week", "0–10, weekly mean", "Mood (0 lowest, 10 best)",
                     "Anxiety (0 none, 10 worst)", "100 worst"):
        assert expected in text, expected
    assert pdf_checks.raster_images(path) == 0
    assert pdf_checks.embedded_fonts(path)
    assert (path.stat().st_mode & 0o777) == 0o600


def test_japanese_summary_prints_japanese_text(qapp, lang, db, tmp_path):
    lang("ja")
    _fill(db)
    notes.save(db, SummaryNotes(hard_for_me="部屋から出ること", how_long="三年くらい"))
    path = _pdf(db, tmp_path, name="ja.pdf")
    text = _flat(path).replace(" ", "")
    for expected in ("受診のためのまとめ", "部屋から出ること", "三年くらい", "28日中28日",
                     "診断ではありません", "段階的曝露", "Walktothecornershop",
                     "Phonetheclinic", "記録14日", "曝露練習3回",
                     "週ごとの寝た時刻と起きた時刻", "時刻(上ほど早い)", "100=最悪"):
        assert expected in text, expected
    assert pdf_checks.page_count(path) == 1
    assert pdf_checks.raster_images(path) == 0
    assert any("CJK" in f or "IPA" in f or "Droid" in f for f in pdf_checks.embedded_fonts(path))


def test_a_section_left_out_is_not_in_the_pdf(qapp, lang, db, tmp_path):
    lang("en")
    _fill(db)
    path = _pdf(db, tmp_path, sections=["mood", "charts"])
    text = _flat(path)
    assert "4.0 (14 days noted)" in text
    for private in ("Curtains closed all day", "Leaving my room", "Could this be anxiety?",
                    "Went to bed", "Going to bed", "face to face", "Walk to the corner shop"):
        assert private not in text, private


def test_an_empty_period_gives_a_kind_page(qapp, lang, db, tmp_path):
    lang("en")
    path = _pdf(db, tmp_path, size="Letter")
    text = _flat(path)
    assert pdf_checks.page_count(path) == 1
    assert "Nothing was noted in Ippo during this period, and that is all right" in text
    assert "not a diagnosis" in text


def test_long_words_still_fit_on_two_pages_at_most(qapp, lang, db, tmp_path):
    lang("en")
    _fill(db)
    long = "word " * 139
    notes.save(db, SummaryNotes(hard_for_me=long, how_long="x" * 200, questions=(
        "A question I want to ask, written out in full?\n" * 14)[:700]))
    path = _pdf(db, tmp_path)
    assert pdf_checks.page_count(path) <= 2


def test_page_size_follows_the_locale_unless_chosen(qapp):
    from PySide6.QtCore import QLocale

    from ui.report.page_setup import page_size_name

    assert page_size_name(None, QLocale("en_US")) == "Letter"
    assert page_size_name("auto", QLocale("fr_CA")) == "Letter"
    assert page_size_name(None, QLocale("ja_JP")) == "A4"
    assert page_size_name(None, QLocale("en_GB")) == "A4"
    assert page_size_name("A4", QLocale("en_US")) == "A4"


@pytest.mark.parametrize("kind, words", [("ladder", "Practice log"),
                                         ("thought", "Evidence against"),
                                         ("plan", "My warning signs")])
def test_blank_worksheets(qapp, lang, tmp_path, kind, words):
    from ui.report.page_setup import page_layout
    from ui.report.worksheet_document import WorksheetDocument

    lang("en")
    doc = WorksheetDocument(kind, page_layout("A4"))
    path = tmp_path / f"{kind}.pdf"
    doc.write_pdf(path, doc.title)
    assert pdf_checks.page_count(path) == 1
    assert words in _flat(path)


def test_a_long_plan_shows_the_first_warning_signs_and_a_count(qapp, lang, db, tmp_path):
    from app.plan import service as plan

    lang("en")
    plan.save_plan(db, {"warning_signs": [f"Sign number {i}" for i in range(1, 11)]})
    path = _pdf(db, tmp_path, sections=["plan"])
    text = _flat(path)
    assert "Sign number 6" in text and "Sign number 7" not in text
    assert "and 4 more in my plan" in text
    assert pdf_checks.page_count(path) == 1


def test_one_day_of_data_gives_a_short_page_without_a_trend(qapp, lang, db, tmp_path):
    from app.diary import service as diary
    from app.diary.models import DiaryEntry
    from app.ladder import service as ladder
    from app.ladder.inputs import StepInput

    lang("en")
    diary.save_entry(db, DiaryEntry(day=END, mood=5, minutes_outside=5))
    ladder.create_ladder(db, "Go to the post office", [StepInput("Open the door", 1, 20)])
    path = _pdf(db, tmp_path)
    text = _flat(path)
    assert pdf_checks.page_count(path) == 1
    for expected in ("Diary entries on 1 of 28 days", "too little for weekly charts",
                     "5.0 (1 day noted)", "5 min, 1 day noted",
                     "No exposure practice was noted in this period"):
        assert expected in text, expected
    for chart in ("by week", "Exposure practice (step", "Go to the post office"):
        assert chart not in text, chart


def test_the_second_page_lists_every_attempt_and_every_week(qapp, lang, db, tmp_path):
    from app.thoughts import service as thoughts
    from app.thoughts.models import Mood, Thought, ThoughtRecord

    lang("en")
    _fill(db)
    thoughts.save(db, ThoughtRecord(day=END, situation="s", moods=(Mood("Anxious", 80, 40),),
                                    thoughts=(Thought("t", 70, True, ()),)), finish=True)
    one = _pdf(db, tmp_path, name="one.pdf")
    two = _pdf(db, tmp_path, sections=SECTIONS, name="two.pdf")
    assert pdf_checks.page_count(one) == 1 and pdf_checks.page_count(two) == 2
    page_two = " ".join(unicodedata.normalize("NFKC", PdfReader(two).pages[1].extract_text())
                        .split())
    assert "Every attempt" not in _flat(one)
    for expected in ("Exposure hierarchy: Walk to the corner shop",
                     "Exposure hierarchy: Phone the clinic", "Walk to the corner shop, step 3",
                     "– / – / –", "Week by week", "60 min, 7 days noted",
                     "Distress before / peak / after (0–100)"):
        assert expected in page_two, expected
    # 28 days ending on a Sunday: four weeks, the last with one thought record.
    assert page_two.count("7 days noted") >= 4 and "22 Nov 7 60 min" in page_two


def test_a_full_japanese_summary_keeps_its_charts_on_page_one(qapp, lang, db, tmp_path):
    """Eight weeks of everything (the demo): the Japanese font's taller lines must not
    push the charts onto a second sheet of their own."""
    from app import demo

    lang("ja")
    demo.generate(db, 56, end=END)
    s = summary.compose(db, periods.of_weeks(8, END), notes.load(db), PAGE_ONE)
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    path = tmp_path / "full-ja.pdf"
    doc = SummaryDocument(s, page_layout("A4"))
    doc.write_pdf(path, doc.title)
    assert pdf_checks.page_count(path) == 1
    assert "週ごとの気分と不安" in _flat(path).replace(" ", "")


def test_japanese_sentences_run_on_without_a_space(qapp, lang, db):
    """。 then a space is an English habit: Japanese sentences follow each other directly."""
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    lang("ja")
    _fill(db)
    s = summary.compose(db, periods.last_days(31, END), notes.load(db), PAGE_ONE)
    text = SummaryDocument(s, page_layout("A4")).toPlainText()
    assert "週は" in text and "最初の3日" in text  # the sentences joined here are all there
    assert "。 " not in text


@pytest.mark.parametrize("language, words", [
    ("en", "The sign was showing on {n} days"), ("ja", "サインが出ていた日は{n}日")])
def test_a_noticed_sign_is_counted_as_days_it_showed_not_days_it_happened(
        qapp, lang, db, language, words):
    """A clinician read "sleep later than my set time, on 51 days" as 51 late nights,
    with only 49 nights noted. The number is of days the sign was showing (each judged
    from the nights before it), and the page says so."""
    from app.plan import service as plan
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    lang(language)
    _fill(db)
    plan.save_watcher(db, "late_sleep", enabled=True, days=3, later_than=time(4, 0))
    shown = len(plan.fired_days(db, PERIOD.start, PERIOD.end)["late_sleep"])
    noted = sum(1 for _ in db["diary_entries"].rows)
    assert 0 < shown
    s = summary.compose(db, PERIOD, notes.load(db), ["plan"])
    text = " ".join(SummaryDocument(s, page_layout("A4")).toPlainText().split())
    assert words.format(n=shown) in text
    assert ("judged from the days before" in text) if language == "en" else ("判断" in text)
    assert noted == 28


def _words(path, page: int) -> list[tuple[float, float, float, str]]:
    """Poppler's words on a page: left edge, right edge, top, text (NFKC)."""
    import re
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    xml = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout",
                          str(path), "-"], capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="[\d.]+">([^<]*)</word>', xml)
    return [(float(x0), float(x1), float(y0), unicodedata.normalize("NFKC", text))
            for x0, y0, x1, text in found]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_detail_tables_keep_a_clear_gap_between_columns(qapp, lang, db, tmp_path,
                                                            language):
    """Each column heading starts clear of the one before it, even where that one
    wraps (it did not: "peak" touched "Feared", and 前／最大 ran into 心配)."""
    from PySide6.QtCore import QCoreApplication

    lang(language)
    _fill(db)
    words = _words(_pdf(db, tmp_path, sections=SECTIONS), 2)
    later_columns = ("Step", "Distress before / peak / after (0–100)",
                     "Feared outcome, how likely: before → after", "Days noted",
                     "Minutes outside home", "People met face to face", "Thought records")
    for source in later_columns:
        heading = unicodedata.normalize(
            "NFKC", QCoreApplication.translate("SummaryDocument", source)).split()[0]
        starts = [w for w in words if w[3].startswith(heading)]
        assert starts, f"{heading!r} does not start a word: it ran into the column before"
        for x0, _, top, _ in starts:
            before = [x1 for x1_0, x1, t, _ in words if abs(t - top) < 0.5 and x1_0 < x0]
            assert not before or x0 - max(before) >= 4, (heading, x0 - max(before))
