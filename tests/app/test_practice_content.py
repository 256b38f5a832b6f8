"""Practice content: every file loads in both languages with the same keys; a broken file
is named with its line, and the app skips just what is broken."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from app.content import ContentError
from app.practice import content
from app.practice.models import BREATHING, GROUNDING, REHEARSAL
from tests.conftest import ROOT

EXERCISES = ROOT / "exercises"
REHEARSALS = {"door", "food", "phone", "neighbour", "first_appointment", "interview"}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_exercise_loads_strictly(lang):
    found = content.load_strict(lang)
    assert {e.id for e in found.of_kind(REHEARSAL)} == REHEARSALS
    assert found.of_kind(BREATHING) and found.of_kind(GROUNDING)
    assert len(found.of_kind(GROUNDING)[0].steps) == 5
    assert all(e.stay for e in found.exercises if e.kind != REHEARSAL)
    assert found.reasons is not None and found.sources


def test_both_languages_have_the_same_keys():
    assert content.translation_problems() == []
    assert content.keys("en") == content.keys("ja")
    assert content.markdown_problems() == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_lessons_and_the_family_guide_load(lang):
    lessons = content.lessons(lang)
    assert [x.id for x in lessons] == list(content.LESSON_ORDER)
    assert all(x.title and "<!--" not in x.markdown for x in lessons)
    guide = content.load_markdown_strict(content.FAMILY_GUIDE, lang)
    assert guide.markdown.count("\n## ") == 5  # five sections after the opening words


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "exercises"
    shutil.copytree(EXERCISES, root)
    return root


def _edit(path: Path, old: str, new: str) -> int:
    text = path.read_text("utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), "utf-8")
    return line


def test_an_unknown_kind_names_file_and_line_and_is_skipped(tmp_path, caplog):
    root = _copy(tmp_path)
    path = root / "en" / "practice.toml"
    line = _edit(path, 'kind = "grounding"', 'kind = "juggling"')
    with pytest.raises(ContentError, match=rf"practice\.toml:{line}: .*unknown exercise kind"):
        content.load_strict("en", root)
    with caplog.at_level(logging.WARNING):
        loaded = content.load_practice("en", root)
    assert loaded.exercise("grounding") is None and loaded.exercise("breathing") is not None
    assert f"practice.toml:{line}" in caplog.text


def test_a_bad_field_names_file_and_line(tmp_path):
    root = _copy(tmp_path)
    line = _edit(root / "ja" / "practice.toml", "predicted_suds = 65", 'predicted_suds = "high"')
    with pytest.raises(ContentError, match=rf"ja/practice\.toml:{line}: .*predicted_suds"):
        content.load_strict("ja", root)
    assert content.load_practice("ja", root).exercise("phone") is None


def test_a_missing_translation_names_file_and_line(tmp_path):
    root = _copy(tmp_path)
    path = root / "ja" / "practice.toml"
    text = path.read_text("utf-8")
    start = text.index("[exercises.neighbour]")
    end = text.index("[exercises.first_appointment]")
    path.write_text(text[:start] + text[end:], "utf-8")
    en_line = (root / "en" / "practice.toml").read_text("utf-8")[
        : (root / "en" / "practice.toml").read_text("utf-8").index("[exercises.neighbour]")
    ].count("\n") + 1
    assert content.translation_problems(root) == [
        f"{root / 'en' / 'practice.toml'}:{en_line}: [exercises.neighbour] has no ja translation"]


def test_a_missing_field_in_one_language_is_named(tmp_path):
    root = _copy(tmp_path)
    _edit(root / "ja" / "practice.toml", 'stay = "その場にとどまり', 'xstay = "その場にとどまり')
    problems = content.translation_problems(root)
    assert any("ja/practice.toml" in p and "lacks 'stay'" in p for p in problems)


def test_a_broken_lesson_is_skipped_with_a_notice(tmp_path, caplog):
    root = _copy(tmp_path)
    (root / "ja" / "lesson_sleep.md").write_text("no title here\n", "utf-8")
    with caplog.at_level(logging.WARNING):
        found = content.lessons("ja", root)
    assert "lesson_sleep" not in {x.id for x in found} and len(found) == 4
    assert "lesson_sleep.md:1" in caplog.text
    assert any("lesson_sleep.md:1" in p for p in content.markdown_problems(root))
    (root / "ja" / "lesson_lapse.md").unlink()
    assert any("lesson_lapse.md:1: missing" in p for p in content.markdown_problems(root))


def test_an_unreadable_file_gives_nothing_not_a_crash(tmp_path):
    root = _copy(tmp_path)
    (root / "en" / "practice.toml").write_text("[exercises\n", "utf-8")
    assert content.load_practice("en", root).exercises == ()
