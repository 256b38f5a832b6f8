"""m003: the mood and symptom diary: one row per civil day, symptoms, ratings, activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def migrate(db: Database) -> None:
    # `day` is the civil date the user chose ('YYYY-MM-DD'), never derived from
    # a UTC timestamp, so time-zone and DST changes cannot move or split a day.
    db.table("diary_entries").create(
        {
            "day": str, "mood": int, "anxiety": int, "energy": int,
            "bedtime": str, "waketime": str,  # 'HH:MM' clock times
            "minutes_outside": int, "went_outside": int,
            "face_contacts": int, "online_contacts": int, "meals": int,
            "showered": int, "movement_minutes": int, "screen_hours": float,
            "note": str, "updated_at": str,
        },
        pk="day",
        not_null={"note", "updated_at"},
        defaults={"note": ""},
        strict=True,
    )
    # Symptoms are the user's own words; retiring one hides it from new entries
    # but its past ratings stay, because ratings point at the id, not the name.
    db.table("diary_symptoms").create(
        {"id": int, "name": str, "position": int, "retired": int, "created_at": str},
        pk="id",
        not_null={"name", "position", "retired", "created_at"},
        defaults={"retired": 0},
        strict=True,
    )
    db.table("diary_symptom_ratings").create(
        {"day": str, "symptom_id": int, "rating": int},
        pk=("day", "symptom_id"),
        not_null={"rating"},
        foreign_keys=[("day", "diary_entries", "day"), ("symptom_id", "diary_symptoms", "id")],
        strict=True,
    )
    db.table("diary_activities").create(
        {"day": str, "position": int, "tag": str, "enjoyment": int, "achievement": int},
        pk=("day", "position"),
        not_null={"tag"},
        foreign_keys=[("day", "diary_entries", "day")],
        strict=True,
    )
    db.table("diary_symptom_ratings").create_index(["symptom_id"])
