"""What a backup holds is told in kinds with plain names, never in table names."""

from __future__ import annotations

from app.privacy.record_kinds import INTERNAL, KINDS, record_kinds
from app.privacy.tables import counts, user_tables


def test_every_table_has_a_plain_name_or_is_settings(db):
    named = {table for table, _label in KINDS}
    unnamed = {t.name for t in user_tables(db)} - named - INTERNAL
    assert not unnamed, f"give these tables a plain name in record_kinds.KINDS: {unnamed}"
    assert not named & INTERNAL


def test_kinds_come_in_the_app_order_with_settings_last():
    kinds = record_kinds({"meta": 3, "thought_records": 2, "diary_entries": 40,
                          "ladder_steps": 9, "plan_snoozes": 1, "a_future_table": 5,
                          "diary_activities": 0})
    assert [(k.label, k.count) for k in kinds] == [
        ("Ladder steps", 9), ("Diary days", 40), ("Thought records", 2),
        ("Settings and other details", 9)]  # meta + snoozes + the table not named yet


def test_no_label_is_a_table_name(db):
    labels = [k.label for k in record_kinds({t: 1 for t in counts(db)})]
    assert len(labels) == len(KINDS) + 1
    assert not any("_" in label or label in counts(db) for label in labels)


def test_nothing_to_show_for_an_empty_backup(db):
    assert record_kinds({t: 0 for t in counts(db)}) == []
