"""`ippo report` as a real process: no window, no display, a PDF on disk."""

from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import run_ippo
from tests.ui import pdf_checks


def _flat(path) -> str:
    return " ".join(unicodedata.normalize("NFKC", pdf_checks.text(path)).split())


def test_report_from_the_command_line(tmp_path):
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "8").returncode == 0
    out_file = tmp_path / "summary.pdf"
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "xcb"}  # offscreen anyway
    out = run_ippo("report", "--data-dir", str(data), "--weeks", "4", "--out", str(out_file),
                   "--sections", "mood", "sleep", "ladder", "charts", env=env)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert pdf_checks.page_count(out_file) == 1
    text = _flat(out_file)
    assert "Summary for my appointment" in text and "of 28 days" in text
    assert "Time outside home" not in text  # not among --sections
    assert pdf_checks.raster_images(out_file) == 0


def test_report_in_japanese_with_letter_paper(tmp_path):
    from pypdf import PdfReader

    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    out_file = tmp_path / "ja.pdf"
    out = run_ippo("report", "--data-dir", str(data), "--out", str(out_file), "--lang", "ja",
                   "--page-size", "Letter", "--sections", "all")
    assert out.returncode == 0, out.stderr
    text = _flat(out_file).replace(" ", "")
    assert "受診のためのまとめ" in text and "思考記録" in text  # "all" includes the private parts
    box = PdfReader(out_file).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_report_kindly_refuses_a_missing_folder_and_unknown_sections(tmp_path):
    out = run_ippo("report", "--data-dir", str(tmp_path / "none"), "--out",
                   str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert not (tmp_path / "x.pdf").exists()
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    out = run_ippo("report", "--data-dir", str(data), "--out", str(tmp_path / "x.pdf"),
                   "--sections", "diagnosis")
    assert out.returncode == 2 and "diagnosis" in out.stderr


def test_blank_worksheet_from_the_command_line(tmp_path):
    out_file = tmp_path / "ladder.pdf"
    out = run_ippo("report", "--worksheet", "ladder", "--out", str(out_file),
                   "--data-dir", str(tmp_path / "unused"))
    assert out.returncode == 0, out.stderr
    assert "My exposure ladder" in _flat(out_file)


@pytest.mark.parametrize("lang, expected", [
    ("en", ["About three years", "Who I live with", "Is this something people recover from?",
            "Spend time outside my front door", "Walk to the shop and buy something",
            "highest step practised", "Time of day (earlier", "days noted"]),
    ("ja", ["3年くらい", "同居している人", "回復する人はいますか", "段階的曝露",
            "記録した日", "時刻（上ほど早い）"]),
])
def test_the_demo_summary_is_a_whole_page_in_its_language(tmp_path, lang, expected):
    """A newcomer's first report: the demo fills the person's own words and its ladders."""
    data, out_file = tmp_path / "d", tmp_path / "r.pdf"
    made = run_ippo("demo", "--data-dir", str(data), "--weeks", "16", "--lang", lang)
    assert made.returncode == 0, made.stderr
    out = run_ippo("report", "--data-dir", str(data), "--weeks", "16", "--out", str(out_file),
                   "--lang", lang)
    assert out.returncode == 0, out.stderr
    text = _flat(out_file).replace(" ", "") if lang == "ja" else _flat(out_file)
    for words in expected:
        words = unicodedata.normalize("NFKC", words)
        assert (words.replace(" ", "") if lang == "ja" else words) in text, words
    assert pdf_checks.page_count(out_file) == 1
