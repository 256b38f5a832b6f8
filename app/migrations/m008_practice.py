"""m008: practice — the log of exercises done, my own rehearsal lines, my reasons (versions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    # One row per exercise done: its content id and kind, the local day and minutes,
    # and distress (0-100) before and after when the user gave it.
    db.table("practice_log").create(
        {"id": int, "done_at": str, "day": str, "exercise": str, "kind": str, "minutes": int,
         "suds_before": int, "suds_after": int},
        pk="id", not_null={"done_at", "day", "exercise", "kind", "minutes"}, strict=True)
    db.table("practice_log").create_index(["day"])
    # My own words for one line of a rehearsal (the script's line number).
    db.table("practice_lines").create(
        {"exercise": str, "position": int, "text": str, "updated_at": str},
        pk=("exercise", "position"), not_null={"text", "updated_at"}, strict=True)
    # My reasons: like the plan, a save writes a new version and nothing is edited.
    db.table("reasons_versions").create({"id": int, "saved_at": str}, pk="id",
                                        not_null={"saved_at"}, strict=True)
    db.table("reasons_items").create(
        {"id": int, "version_id": int, "part": str, "text": str},
        pk="id", not_null={"version_id", "part", "text"},
        foreign_keys=[("version_id", "reasons_versions", "id")], strict=True)
    db.table("reasons_items").create_index(["version_id"])
    # Choices on the practice page (rhythm, reduced motion): settings, not records.
    db.table("practice_prefs").create({"key": str, "value": str}, pk="key",
                                      not_null={"value"}, strict=True)
