"""Autosaved drafts: what the user is typing, kept until saved or discarded.

Editors call `keep()` a second after a pause and at least every two seconds
while typing goes on (`ui/widgets/draft_timer.py`), so a crash or power cut
loses at most those seconds. A draft is a JSON payload keyed by the editor
(`kind`) and the item it edits (`ref`, e.g. a date or a record id).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from app import clock

TABLE = "drafts"


@dataclass(frozen=True)
class Draft:
    kind: str
    ref: str
    payload: dict[str, Any]
    updated_at: datetime


def keep(db: Database, kind: str, ref: str, payload: dict[str, Any]) -> None:
    """Store (or replace) the draft in its own committed transaction."""
    row = {
        "kind": kind,
        "ref": ref,
        "payload": json.dumps(payload, ensure_ascii=False),
        "updated_at": clock.now().isoformat(),
    }
    with db.atomic():
        db.table(TABLE).upsert(row, pk=("kind", "ref"))


def get(db: Database, kind: str, ref: str) -> Draft | None:
    rows = list(db.table(TABLE).rows_where("kind = ? AND ref = ?", [kind, ref]))
    return _to_draft(rows[0]) if rows else None


def all_of(db: Database, kind: str) -> list[Draft]:
    rows = db.table(TABLE).rows_where("kind = ?", [kind], order_by="updated_at DESC")
    return [_to_draft(r) for r in rows]


def discard(db: Database, kind: str, ref: str) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM {TABLE} WHERE kind = ? AND ref = ?", [kind, ref])


def _to_draft(row: dict[str, Any]) -> Draft:
    return Draft(row["kind"], row["ref"], json.loads(row["payload"]),
                 datetime.fromisoformat(row["updated_at"]))
