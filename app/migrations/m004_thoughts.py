"""m004: CBT thought records, their moods, thoughts, trap tags, and the user's own traps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils.db import ForeignKey

if TYPE_CHECKING:
    from sqlite_utils import Database


def _fk(table: str, column: str, other: str, on_delete: str) -> ForeignKey:
    return ForeignKey(table=table, column=column, other_table=other, other_column="id",
                      on_delete=on_delete)


def migrate(db: Database) -> None:
    # A record is a draft until the user finishes it; drafts may be empty.
    # guided_step remembers where a guided record was left, to resume there.
    db.table("thought_records").create(
        {"id": int, "status": str, "mode": str, "guided_step": int, "day": str,
         "place": str, "people": str, "situation": str, "evidence_for": str,
         "evidence_against": str, "alternative": str, "alternative_belief": int,
         "hot_belief_after": int, "action": str, "notes": str, "step_id": int,
         "attempt_id": int, "created_at": str, "updated_at": str},
        pk="id", strict=True,
        not_null={"status", "mode", "guided_step", "created_at", "updated_at"},
        # The ladder (m002) may lose a step or attempt; the record stays, unlinked.
        foreign_keys=[_fk("thought_records", "step_id", "ladder_steps", "SET NULL"),
                      _fk("thought_records", "attempt_id", "ladder_attempts", "SET NULL")],
    )
    db.table("thought_moods").create(
        {"id": int, "record_id": int, "position": int, "name": str, "before": int, "after": int},
        pk="id", strict=True, not_null={"record_id", "position", "name"},
        foreign_keys=[_fk("thought_moods", "record_id", "thought_records", "CASCADE")],
    )
    db.table("thought_thoughts").create(
        {"id": int, "record_id": int, "position": int, "text": str, "belief": int, "is_hot": int},
        pk="id", strict=True, not_null={"record_id", "position", "text", "is_hot"},
        foreign_keys=[_fk("thought_thoughts", "record_id", "thought_records", "CASCADE")],
    )
    # trap_id is a built-in id from exercises/*/thinking_traps.toml or "custom-N".
    db.table("thought_trap_tags").create(
        {"thought_id": int, "trap_id": str}, pk=("thought_id", "trap_id"), strict=True,
        foreign_keys=[_fk("thought_trap_tags", "thought_id", "thought_thoughts", "CASCADE")],
    )
    db.table("thought_custom_traps").create(
        {"id": int, "label": str, "explanation": str, "created_at": str},
        pk="id", strict=True, not_null={"label", "created_at"},
    )
    # Built-in traps are hidden, never deleted, so old tags keep their meaning.
    db.table("thought_hidden_traps").create(
        {"trap_id": str, "hidden_at": str}, pk="trap_id", strict=True, not_null={"hidden_at"},
    )
    db.table("thought_records").create_index(["day"])
    db.table("thought_moods").create_index(["record_id"])
    db.table("thought_thoughts").create_index(["record_id"])
    db.table("thought_trap_tags").create_index(["trap_id"])
