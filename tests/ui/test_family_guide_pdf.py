"""The family guide as PDF: its headings in English and Japanese, searchable, and none of
the user's data even when Ippo holds a full demo folder."""

from __future__ import annotations

import unicodedata

import pytest

from app import demo
from app.practice import content
from app.practice.demo import REASONS
from tests.ui import pdf_checks


@pytest.fixture
def lang(qapp):
    from ui.shell import translations

    yield translations.install
    translations.install("en")


def _flat(path) -> str:
    return "".join(unicodedata.normalize("NFKC", pdf_checks.text(path)).split())


def _pdf(tmp_path, name):
    from ui.practice.family_guide import FamilyGuideDocument
    from ui.report.page_setup import page_layout

    doc = FamilyGuideDocument(page_layout("A4"))
    path = tmp_path / name
    doc.write_pdf(path, doc.title)
    return path, doc


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_guide_pdf_has_its_headings_and_no_user_data(qapp, lang, store, tmp_path,
                                                          language):
    from app.diary.service import entries_between
    from app.ladder import service as ladder

    demo.generate(store.db, 60, seed=5)
    lang(language)
    path, doc = _pdf(tmp_path, f"guide-{language}.pdf")
    text = _flat(path)
    guide = content.load_markdown_strict(content.FAMILY_GUIDE, language)
    headings = [guide.title] + [ln[3:] for ln in guide.markdown.splitlines()
                                if ln.startswith("## ")]
    assert len(headings) == 6
    for heading in headings:
        assert "".join(unicodedata.normalize("NFKC", heading).split()) in text, heading
    assert pdf_checks.raster_images(path) == 0
    assert (path.stat().st_mode & 0o777) == 0o600
    # Nothing the demo person wrote: ladder goals and steps, diary notes, reasons.
    written = [lad.goal for lad in ladder.list_ladders(store.db, include_archived=True)]
    written += [s.title for lad in ladder.list_ladders(store.db, include_archived=True)
                for s in ladder.steps(store.db, lad.id)]
    written += [e.note for e in entries_between(store.db, *demo_span(store)) if e.note]
    written += list(REASONS.values())
    assert len(written) > 5
    for piece in written:
        flat = "".join(piece.split())
        assert flat[:40] not in text, piece


def demo_span(store):
    from datetime import date

    return date(2000, 1, 1), date(2100, 1, 1)


def test_the_demo_folder_from_the_command_line(tmp_path, lang, qapp):
    """`python -m app demo --data-dir DIR` as a person would run it; the guide still has
    none of it."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder = tmp_path / "demo"
    done = subprocess.run([sys.executable, "-m", "app", "demo", "--data-dir", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    from app.db import open_store
    from app.paths import resolve
    from app.practice import reasons as reasons_service

    store = open_store(resolve(folder))
    try:
        reasons = reasons_service.current_reasons(store.db)
        assert reasons is not None
    finally:
        store.close()
    lang("en")
    path, _doc = _pdf(tmp_path, "guide.pdf")
    text = _flat(path)
    assert "Whenandhowtofindprofessionalhelp" in text
    for part in reasons.parts.values():
        assert "".join(part.split())[:30] not in text
