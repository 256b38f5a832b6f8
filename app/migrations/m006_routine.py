"""m006: routine anchors with the days they were kept, life areas and planned activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    # An anchor is a fixed point of the day: a name, a target clock time ('HH:MM')
    # and the weekdays it is planned for ('0'..'6', Monday first, e.g. '01234').
    db.table("routine_anchors").create(
        {"id": int, "name": str, "at": str, "weekdays": str, "active": int,
         "created_at": str},
        pk="id",
        not_null={"name", "at", "weekdays", "active", "created_at"},
        defaults={"active": 1},
        strict=True,
    )
    # One tick per anchor and civil day; `done_at` is the clock time it was done
    # ('HH:MM', empty when filled in later without a time), `recorded_at` when
    # Ippo wrote it. A missed anchor simply has no row.
    db.table("routine_ticks").create(
        {"anchor_id": int, "day": str, "done_at": str, "recorded_at": str},
        pk=("anchor_id", "day"),
        not_null={"done_at", "recorded_at"},
        defaults={"done_at": ""},
        foreign_keys=[("anchor_id", "routine_anchors", "id")],
        strict=True,
    )
    db.table("routine_ticks").create_index(["day"])
    # The life areas the person cares about, in their own words.
    db.table("routine_areas").create(
        {"id": int, "name": str, "position": int, "created_at": str},
        pk="id",
        not_null={"name", "position", "created_at"},
        strict=True,
    )
    # A planned activity for a civil day. Whether it happened, and how it felt,
    # lives in the diary (`diary_activities`, same day, same words): one model for
    # enjoyment and achievement. `not_done` only records "it did not happen".
    db.table("routine_plans").create(
        {"id": int, "day": str, "position": int, "what": str, "area_id": int,
         "not_done": int, "created_at": str},
        pk="id",
        not_null={"day", "position", "what", "not_done", "created_at"},
        defaults={"not_done": 0},
        foreign_keys=[("area_id", "routine_areas", "id")],
        strict=True,
    )
    db.table("routine_plans").create_index(["day", "position"])
