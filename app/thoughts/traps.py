"""Thinking traps: the built-in catalogue plus the user's own, which are hidden, and how
often finished records used each (for charts and the summary)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app import clock
from app.content import ContentError
from app.errors import writes
from app.i18n import translate
from app.text import clean, too_long
from app.thoughts.content import Trap, builtin_traps
from app.thoughts.service import RECORDS, THOUGHTS
from app.validation import FieldErrors, check_required

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)
CUSTOM, HIDDEN, TAGS = "thought_custom_traps", "thought_hidden_traps", "thought_trap_tags"
CUSTOM_PREFIX = "custom-"
MAX_LABEL = 200


def _catalogue() -> list[Trap]:
    try:
        return builtin_traps()
    except ContentError as exc:  # a broken content file must not stop the page
        log.error("thinking traps unavailable: %s", exc)
        return []


def hidden_ids(db: Database) -> set[str]:
    return {r["trap_id"] for r in db.table(HIDDEN).rows}


def traps(db: Database, include_hidden: bool = False) -> list[Trap]:
    """Built-in traps (catalogue order, current language), then the user's own (oldest first)."""
    hidden = hidden_ids(db)
    found = [Trap(t.id, t.label, t.explanation, t.example, True, t.id in hidden)
             for t in _catalogue()]
    for row in db.table(CUSTOM).rows_where(order_by="id"):
        tid = f"{CUSTOM_PREFIX}{row['id']}"
        found.append(Trap(tid, row["label"], row["explanation"] or "", "", False, tid in hidden))
    return [t for t in found if include_hidden or not t.hidden]


def labels(db: Database) -> dict[str, str]:
    """Every known trap id (hidden too) → label; unknown ids fall back to a kind word."""
    return {t.id: t.label for t in traps(db, include_hidden=True)}


def unknown_label() -> str:
    return translate("Thoughts", "A trap that no longer exists")


def check_label(errors: FieldErrors, label: str) -> None:
    """The rules for a trap's name: not empty, not too long."""
    check_required(errors, "label", label)
    if too_long(label, MAX_LABEL):
        errors.add("label", translate("Thoughts", "Please keep the name under {n} characters.")
                   .format(n=MAX_LABEL))


@writes
def add_trap(db: Database, label: str, explanation: str = "") -> Trap:
    """Store one of the user's own traps; FieldErrors if the name is empty or too long."""
    label, explanation = clean(label).strip(), clean(explanation).strip()
    errors = FieldErrors()
    check_label(errors, label)
    if label.casefold() in {t.label.casefold() for t in traps(db, include_hidden=True)}:
        errors.add("label", translate("Thoughts", "There is already a trap with this name."))
    errors.raise_if_any()
    with db.atomic():
        row_id = db.table(CUSTOM).insert({"label": label, "explanation": explanation,
                                    "created_at": clock.now().isoformat()}).last_pk
    return Trap(f"{CUSTOM_PREFIX}{row_id}", label, explanation, "", False, False)


@writes
def set_hidden(db: Database, trap_id: str, hidden: bool = True) -> None:
    """Hide (or show again) a trap in pickers; tags already made stay as they are."""
    with db.atomic():
        if hidden:
            db.table(HIDDEN).upsert({"trap_id": trap_id, "hidden_at": clock.now().isoformat()},
                              pk="trap_id")
        else:
            db.execute(f"DELETE FROM {HIDDEN} WHERE trap_id = ?", [trap_id])


@dataclass(frozen=True)
class TrapCount:
    trap_id: str
    label: str
    count: int


def trap_counts(db: Database, start: date, end: date) -> list[TrapCount]:
    """How many finished records dated start..end used each trap, most frequent first."""
    rows = db.query(
        f"SELECT g.trap_id, COUNT(DISTINCT r.id) AS n FROM {TAGS} g "
        f"JOIN {THOUGHTS} t ON t.id = g.thought_id JOIN {RECORDS} r ON r.id = t.record_id "
        "WHERE r.status = 'done' AND r.day BETWEEN ? AND ? GROUP BY g.trap_id",
        [start.isoformat(), end.isoformat()])
    names = labels(db)
    counts = [TrapCount(r["trap_id"], names.get(r["trap_id"], unknown_label()), r["n"])
              for r in rows]
    return sorted(counts, key=lambda c: (-c.count, c.label))
