"""The trap catalogue and the guide load in both languages, with the same ids."""

from __future__ import annotations

from app.content import LANGUAGES
from app.thoughts.content import GUIDE_STEP_IDS, builtin_traps, guide_steps

REQUIRED = {"all_or_nothing", "overgeneralising", "mental_filter", "discounting_positive",
            "mind_reading", "fortune_telling", "catastrophising", "emotional_reasoning",
            "should_statements", "labelling", "personalising_blaming"}


def test_trap_catalogue_in_both_languages_has_explanation_and_example():
    by_lang = {lang: builtin_traps(lang) for lang in LANGUAGES}
    for lang, traps in by_lang.items():
        assert REQUIRED <= {t.id for t in traps}, lang
        for t in traps:
            assert t.label.strip() and len(t.explanation) > 20 and len(t.example) > 10, (lang, t.id)
    assert [t.id for t in by_lang["en"]] == [t.id for t in by_lang["ja"]]
    # Really translated, not copied: the Japanese text contains Japanese script.
    assert all(any("\u3040" <= ch <= "\u9fff" for ch in t.explanation) for t in by_lang["ja"])


def test_guide_has_every_step_in_both_languages():
    for lang in LANGUAGES:
        steps = guide_steps(lang)
        assert tuple(s.id for s in steps) == GUIDE_STEP_IDS
        assert all(s.title and s.prompt and s.example for s in steps)
    assert guide_steps("en")[0].prompt != guide_steps("ja")[0].prompt
