"""The printed plan worksheet: the safety plan's six steps in order, then reasons for
living, on one page, in English and Japanese (read back from the PDF with pypdf)."""

from __future__ import annotations

import unicodedata

import pytest

from tests.ui import pdf_checks

HEADINGS = {
    "en": ["My plan for harder days", "local emergency number", "text or chat",
           "1. My warning signs", "2. Things I can do on my own",
           "3. People and places that take my mind off things",
           "4. People I can ask for help", "How to reach them",
           "5. Professionals and crisis services", "How to reach them",
           "6. Making my surroundings safe", "hurt myself with out of reach",
           "My reasons for living"],
    "ja": ["再発予防プラン（つらい日のためのプラン）", "119番（救急）", "110番（警察）",
           "チャット", "1.注意サイン", "2.ひとりでできる", "3.気がまぎれる人や場所",
           "4.助けを頼める人", "連絡方法", "5.専門家と相談窓口", "連絡方法",
           "6.身の回りを安全にする", "手の届かない所", "生きる理由"],
}


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def lang(qapp):
    from ui.shell import translations

    yield translations.install
    translations.install("en")


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_plan_worksheet_has_the_six_steps_in_order(lang, tmp_path, language, size):
    from ui.report.page_setup import page_layout
    from ui.report.worksheet_document import WorksheetDocument

    lang(language)
    doc = WorksheetDocument("plan", page_layout(size))
    path = tmp_path / "plan.pdf"
    doc.write_pdf(path, doc.title)
    assert pdf_checks.page_count(path) == 1
    text = _squeezed(pdf_checks.text(path))
    start = 0
    for heading in HEADINGS[language]:
        found = text.find(_squeezed(heading), start)
        assert found >= 0, f"{heading!r} missing or out of order in {text!r}"
        start = found + 1
    if language == "ja":  # the glossary's term, never the one it asks to avoid
        assert "つらいときのためのプラン" not in text
