"""m009: where an imported diary day came from ("daylio", "loop", "csv").

One row per diary day that an import added or changed; a day typed in Ippo has
none. Duplicates are found by day, and the preview names the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.table("diary_import_sources").create(
        {"day": str, "source": str, "imported_at": str},
        pk="day",
        not_null={"source", "imported_at"},
        foreign_keys=[("day", "diary_entries", "day")],
        strict=True,
    )
