"""Ladder templates load in both languages; a broken file is reported, never a crash;
the demo builds a believable history quickly."""

from __future__ import annotations

import logging
import random
import shutil
import time
from datetime import date

import pytest

from app.content import LANGUAGES
from app.ladder import service as sv
from app.ladder.progress import highest_step_history
from app.ladder.templates import load_templates, retime, step_inputs
from tests.conftest import ROOT

REQUIRED = {"step_outside", "first_appointment", "to_the_shop"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_loads_in_both_languages(lang, caplog):
    with caplog.at_level(logging.ERROR):
        templates = load_templates(lang)
    assert caplog.records == []
    assert {t.id for t in templates} >= REQUIRED
    by_id = {t.id: t for t in templates}
    outside = by_id["step_outside"]
    assert [s.minutes for s in outside.steps] == [1, 2, 3, 5, 8, 10, 15, 20, 30]
    assert len(by_id["first_appointment"].steps) == 6
    assert len(by_id["to_the_shop"].steps) == 6
    for t in templates:
        assert all(0 <= s.suds <= 100 and s.title.strip() for s in t.steps)


def test_same_ids_and_step_counts_in_english_and_japanese():
    en = {t.id: len(t.steps) for t in load_templates("en")}
    ja = {t.id: len(t.steps) for t in load_templates("ja")}
    assert en == ja


def test_retimed_outside_ladder_makes_a_real_ladder(db):
    outside = {t.id: t for t in load_templates("en")}["step_outside"]
    custom = retime(outside, 2, 45, 6)
    ladder = sv.create_ladder(db, custom.goal, step_inputs(custom), template=custom.id)
    made = sv.steps(db, ladder.id)
    assert [s.target_minutes for s in made][0] == 2 and made[-1].target_minutes == 45
    assert made[-1].title == "Be outside for 45 minutes"
    suds = [s.predicted_suds for s in made]
    assert suds == sorted(suds) and suds[0] == 30 and suds[-1] == 80


def test_a_broken_template_file_is_logged_with_file_and_key(tmp_path, caplog):
    root = tmp_path / "exercises"
    shutil.copytree(ROOT / "exercises", root)
    path = root / "en" / "ladder_templates.toml"
    text = path.read_text("utf-8").replace('name = "To the shop"', 'name = ""')
    path.write_text(text + '\n[oops]\nname = "Bad"\ngoal = "x"\nkind = "time"\n', "utf-8")
    with caplog.at_level(logging.ERROR):
        templates = load_templates("en", root)
    assert {t.id for t in templates} == {"step_outside", "first_appointment"}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ladder_templates.toml [to_the_shop]" in logged and "'name'" in logged
    assert "[oops]" in logged
    (root / "ja" / "ladder_templates.toml").write_text("[broken\n", "utf-8")
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        assert load_templates("ja", root) == []
    assert "ladder_templates.toml" in caplog.text


def test_demo_is_fast_and_believable_for_ten_years(db):
    from app.ladder.demo import populate

    days = [date.fromordinal(date(2016, 1, 1).toordinal() + i) for i in range(3650)]
    started = time.perf_counter()
    populate(db, days, random.Random(3))
    assert time.perf_counter() - started < 3
    ladders = sv.list_ladders(db)
    assert len(ladders) == 2 and sv.current_ladder(db).template == "step_outside"
    outside, shop = ladders
    attempts = sv.attempts_between(db, days[0], days[-1])
    assert len(attempts) > 100
    shop_first = min(a.started_at for a in attempts if sv.get_step(db, a.step_id).ladder_id
                     == shop.id)
    assert shop_first.date() > days[len(days) // 3]  # the shop ladder starts later
    first_step = sv.steps(db, outside.id)[0]
    peaks = [a.suds_peak for a in sv.attempts_for_step(db, first_step.id)]
    assert peaks[-1] < peaks[0]  # distress falls as the step is repeated
    reached = [(s.reached_at, s.position) for s in sv.steps(db, outside.id) if s.reached_at]
    assert len(highest_step_history(reached)) >= 5  # it climbed, step by step


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ladder_guide_loads_whole_with_its_sources(lang):
    from app.ladder.guide import TEXTS, load_guide

    words = load_guide(lang)
    assert all(getattr(words, key).strip() for key in TEXTS)
    assert len(words.variety) == 4
    cited = " ".join(s.cite for s in words.sources)
    for author in ("Craske", "Salkovskis", "Wolpe", "Marlatt"):
        assert author in cited


def test_the_ladder_guide_says_what_the_issue_asks_in_english():
    from app.ladder.guide import load_guide

    words = load_guide("en")
    assert words.happened == "It happened and you got through it — what did that teach you?"
    assert "does not have to go down first" in words.stay
    assert "0 is completely calm" in words.suds and "100 is the worst" in words.suds
    assert "easier each time" not in words.repeat and "comes back" in words.repeat
    assert "lapse" in words.lapse and "relapse" in words.lapse
    assert any("safety behaviour fewer" in v for v in words.variety)


def test_a_broken_ladder_guide_leaves_the_screens_without_it(tmp_path, monkeypatch, caplog):
    from app.content import ContentError
    from app.ladder import guide as guide_mod

    root = tmp_path / "exercises"
    shutil.copytree(ROOT / "exercises", root)
    path = root / "en" / "ladder_guide.toml"
    path.write_text(path.read_text("utf-8").replace("stay = ", "stayed = "), "utf-8")
    with pytest.raises(ContentError, match="stay"):
        guide_mod.load_guide("en", root)
    strict = guide_mod.load_guide
    monkeypatch.setattr(guide_mod, "load_guide", lambda lang: strict(lang, root))
    guide_mod._cached.cache_clear()
    try:
        with caplog.at_level(logging.ERROR):
            assert guide_mod.guide("en") == guide_mod.LadderGuide()
        assert "ladder guide skipped" in caplog.text
    finally:
        guide_mod._cached.cache_clear()
