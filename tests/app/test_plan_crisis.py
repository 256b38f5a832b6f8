"""Issue 20: people and services carry how to reach them; the emergency line and the
opt-in crisis card live outside the database, readable while locked, and go with
"delete all my data"."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.db import open_store
from app.plan import crisis_card, service
from app.plan.crisis_card import CrisisCard
from app.plan.models import CRISIS_KEYS, PlanItem
from app.privacy.erase import erase_everything
from app.validation import FieldErrors

V010 = Path(__file__).resolve().parents[1] / "data" / "ippo-m005-v0.1.0.sqlite3"


def test_people_to_ask_and_professionals_keep_how_to_reach_them(db):
    service.save_plan(db, {
        "ask_help": [PlanItem("My cousin", "by message, evenings")],
        "professionals": [PlanItem("Health centre", "weekday mornings")],
        "alone": [PlanItem("Breathe", "a detail here is dropped")],
    })
    plan = service.current_plan(db)
    assert plan.items("ask_help") == [PlanItem("My cousin", "by message, evenings")]
    assert plan.items("professionals") == [PlanItem("Health centre", "weekday mornings")]
    assert plan.items("alone") == [PlanItem("Breathe")]
    with pytest.raises(FieldErrors) as err:  # a way to reach someone still needs a name
        service.save_plan(db, {"professionals": [PlanItem("", "0000")]})
    assert "professionals" in err.value.messages


def test_a_plan_saved_by_v0_1_0_reads_and_gains_ways_to_reach_people(data_paths):
    # The detail column has been in plan_items since m005: no migration is needed,
    # and a released database keeps its plan and takes the new details.
    data_paths.root.mkdir(parents=True)
    shutil.copy(V010, data_paths.database)
    store = open_store(data_paths)
    try:
        old = service.current_plan(store.db)
        assert old is not None and old.items("ask_help")
        assert all(i.detail == "" for i in old.items("ask_help"))
        sections = dict(old.sections)
        sections["ask_help"] = [PlanItem(old.items("ask_help")[0].text, "knock on her door")]
        service.save_plan(store.db, sections)
        again = service.current_plan(store.db)
        assert again.items("ask_help")[0].detail == "knock on her door"
        assert again.items("warning_signs") == old.items("warning_signs")
    finally:
        store.close()


def test_the_crisis_order_is_the_safety_plans():
    assert CRISIS_KEYS == ("warning_signs", "alone", "distract", "ask_help", "contacts",
                           "professionals", "safe_surroundings", "reasons")


def test_the_card_round_trips_privately_and_an_empty_one_leaves_no_file(tmp_path):
    path = tmp_path / "crisis_card.json"
    assert crisis_card.load(path) == CrisisCard()
    card = CrisisCard(" 112 ", "Line 0000", "chat.example", True, "Breathe\nCall Rei\x00")
    saved = crisis_card.save(path, card)
    assert saved == CrisisCard("112", "Line 0000", "chat.example", True, "Breathe\nCall Rei")
    assert crisis_card.load(path) == saved
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    crisis_card.save(path, CrisisCard())
    assert not path.exists()


def test_the_card_shows_while_locked_only_when_chosen():
    assert CrisisCard(card_text="Breathe").locked_card() == ""
    assert CrisisCard(card_text="Breathe", show_when_locked=True).locked_card() == "Breathe"


def test_an_odd_file_gives_an_empty_card_and_a_long_line_is_refused(tmp_path):
    path = tmp_path / "crisis_card.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert crisis_card.load(path) == CrisisCard()
    path.write_text(json.dumps({"emergency_number": 112, "card_text": "ok",
                                "show_when_locked": "yes"}), encoding="utf-8")
    assert crisis_card.load(path) == CrisisCard(card_text="ok")
    with pytest.raises(FieldErrors) as err:
        crisis_card.save(path, CrisisCard(card_text="x" * (crisis_card.MAX_CARD + 1)))
    assert "card_text" in err.value.messages


def test_delete_all_my_data_removes_the_card(data_paths):
    data_paths.root.mkdir(parents=True)
    crisis_card.save(data_paths.crisis_card, CrisisCard(emergency_number="112"))
    assert data_paths.crisis_card.exists()
    removed = erase_everything(data_paths)
    assert data_paths.crisis_card in removed and not data_paths.crisis_card.exists()
