"""m005: the relapse-prevention plan (every saved version kept) and its watchers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    # A save writes a new version with all its items; nothing is edited in place,
    # so every earlier version stays readable.
    db.table("plan_versions").create({"id": int, "saved_at": str}, pk="id",
                               not_null={"saved_at"}, strict=True)
    db.table("plan_items").create(
        {"id": int, "version_id": int, "section": str, "position": int, "text": str,
         "detail": str},
        pk="id",
        not_null={"version_id", "section", "position", "text", "detail"},
        foreign_keys=[("version_id", "plan_versions", "id")],
        strict=True,
    )
    db.table("plan_items").create_index(["version_id", "section", "position"])
    db.table("plan_watchers").create(
        {"kind": str, "enabled": int, "days": int, "mood_drop": float, "later_than": str,
         "updated_at": str},
        pk="kind",
        not_null={"enabled", "updated_at"},
        strict=True,
    )
    db.table("plan_snoozes").create({"kind": str, "until": str}, pk="kind", not_null={"until"},
                              strict=True)
