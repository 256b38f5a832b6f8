"""m001: the core tables every feature shares: key/value meta and drafts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", strict=True)
    # One autosaved draft per editor and item: the text the user is typing,
    # kept until it is saved for real or discarded.
    db.table("drafts").create(
        {"kind": str, "ref": str, "payload": str, "updated_at": str},
        pk=("kind", "ref"),
        not_null={"payload", "updated_at"},
        strict=True,
    )
