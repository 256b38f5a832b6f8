"""Every ladder template, in English and Japanese: the same steps in both, easiest
first (by predicted distress), and the new-ladder dialog shows as many steps as it
says (a "Number of steps" field only for a time ladder, where it is the list's length)."""

from __future__ import annotations

import tomllib

import pytest

from app.content import path_for
from app.ladder.templates import load_templates


def _raw(lang: str) -> dict:
    return tomllib.loads(path_for("ladder_templates", lang).read_text("utf-8"))


def test_english_and_japanese_templates_have_the_same_steps_easiest_first():
    en = {t.id: t for t in load_templates("en")}
    ja = {t.id: t for t in load_templates("ja")}
    assert en.keys() == ja.keys()
    for key in en:
        assert len(en[key].steps) == len(ja[key].steps), key
        assert [s.suds for s in en[key].steps] == [s.suds for s in ja[key].steps], key
    for lang in ("en", "ja"):
        for key, table in _raw(lang).items():  # the files themselves, not only the loader
            if table.get("kind", "steps") == "steps":
                suds = [s["suds"] for s in table["steps"]]
                assert suds == sorted(suds), f"{lang} {key}: {suds} is not easiest first"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_dialog_shows_as_many_steps_as_it_says(qtbot, qapp, lang):
    from ui.ladder.new_ladder_dialog import NewLadderDialog
    from ui.shell import translations

    translations.install(lang)
    try:
        templates = load_templates(lang)
        dialog = NewLadderDialog(templates, lambda *_a: None)
        qtbot.addWidget(dialog)
        dialog.show()
        for t in templates:
            dialog.template.setCurrentIndex(dialog.template.findData(t.id))
            shown = dialog.preview.count()
            assert shown == len(t.steps), t.id
            suds = [s.predicted_suds for s in dialog._steps]
            assert suds == sorted(suds), t.id
            count_shown = dialog.count.isVisibleTo(dialog)
            assert count_shown == (t.kind == "time"), t.id
            for name in ("first", "last", "count"):  # no empty lines left where they were
                assert dialog.notes.slots[name].isVisibleTo(dialog) == count_shown, (t.id, name)
            if count_shown:
                assert dialog.count.value() == shown, t.id
    finally:
        translations.install("en")
