"""Routine use cases. This first cut only fixes the seam reminders read through."""

from __future__ import annotations

from sqlite_utils import Database

from app.routine.models import Anchor


def list_anchors(db: Database) -> list[Anchor]:
    """Every anchor the person has set, active or paused, in order of time of day."""
    if "routine_anchors" not in db.table_names():
        return []
    raise NotImplementedError("routine anchors are stored from migration m006_routine on")
