"""Autosaved drafts: what the user is typing, kept until saved or discarded.

Editors call `keep()` a second after a pause and at least every two seconds
while typing goes on (`ui/widgets/draft_timer.py`), so a crash or power cut
loses at most those seconds. A draft is a JSON payload keyed by the editor
(`kind`, one of `DraftKind`) and the item it edits (`ref`, e.g. a date or a record id).

Pages never call this module: each feature's service keeps, reads and discards
its own drafts (`diary.service.keep_draft`, `ladder.service.keep_attempt_draft`,
`plan.service.keep_draft`, `thoughts.service.keep_edit`), so every kind is named
here and nowhere in `ui/`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app import clock

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "drafts"


class DraftKind(StrEnum):
    """Every kind of draft Ippo keeps; the values are what the `kind` column holds."""

    DIARY = "diary"  # ref: the day, yyyy-mm-dd
    THOUGHT_EDIT = "thought_edit"  # ref: a finished thought record's id
    LADDER_ATTEMPT = "ladder_attempt"  # ref: "new:<step id>" or "edit:<attempt id>"
    PLAN = "plan"  # ref: "current"
    PROGRESS_SUMMARY = "progress_summary"  # ref: "notes" (kept, not a draft as such)
    PRACTICE_REASONS = "practice_reasons"  # ref: "current"


@dataclass(frozen=True)
class Draft:
    kind: DraftKind
    ref: str
    payload: dict[str, Any]
    updated_at: datetime


def keep(db: Database, kind: DraftKind, ref: str, payload: dict[str, Any]) -> None:
    """Store (or replace) the draft in its own committed transaction."""
    row = {
        "kind": kind.value,
        "ref": ref,
        "payload": json.dumps(payload, ensure_ascii=False),
        "updated_at": clock.now().isoformat(),
    }
    with db.atomic():
        db.table(TABLE).upsert(row, pk=("kind", "ref"))


def get(db: Database, kind: DraftKind, ref: str) -> Draft | None:
    rows = list(db.table(TABLE).rows_where("kind = ? AND ref = ?", [kind.value, ref]))
    return _to_draft(rows[0]) if rows else None


def all_of(db: Database, kind: DraftKind) -> list[Draft]:
    rows = db.table(TABLE).rows_where("kind = ?", [kind.value], order_by="updated_at DESC")
    return [_to_draft(r) for r in rows]


def discard(db: Database, kind: DraftKind, ref: str) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM {TABLE} WHERE kind = ? AND ref = ?", [kind.value, ref])


def _to_draft(row: dict[str, Any]) -> Draft:
    return Draft(DraftKind(row["kind"]), row["ref"], json.loads(row["payload"]),
                 datetime.fromisoformat(row["updated_at"]))
