"""My reasons (every version kept): what Today shows now and then, and the
"My reasons" form. Apart from the practice service, so Today's reasons card loads
none of the practice log's records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app import clock, drafts
from app.drafts import DraftKind
from app.errors import writes
from app.i18n import translate
from app.rows import inserted_id, rows_where
from app.text import clean, too_long
from app.validation import FieldErrors

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads

REASON_PARTS: tuple[str, ...] = ("gives", "costs", "easier")
VERSIONS, ITEMS = "reasons_versions", "reasons_items"
REASONS_DRAFT = "current"  # the one "My reasons" form
MAX_REASON = 4000


@dataclass(frozen=True)
class Reasons:
    """One saved version of my reasons."""

    version_id: int
    saved_at: datetime
    parts: dict[str, str] = field(default_factory=dict)

    def text(self, part: str) -> str:
        return self.parts.get(part, "")

    def is_empty(self) -> bool:
        return not any(v.strip() for v in self.parts.values())


def current_reasons(db: Reads) -> Reasons | None:
    rows = list(rows_where(db, VERSIONS, order_by="julianday(saved_at) DESC, id DESC",
                                              limit=1))
    return _reasons(db, rows[0]) if rows else None


def reasons_versions(db: Database) -> list[Reasons]:
    """Every saved version, newest first."""
    return [_reasons(db, r) for r in
            db.table(VERSIONS).rows_where(order_by="julianday(saved_at) DESC, id DESC")]


@writes
def save_reasons(db: Database, parts: dict[str, str],
                 saved_at: datetime | None = None) -> Reasons:
    """Save a new version (nothing changed: no new version); FieldErrors keyed by part."""
    cleaned = check_reasons(parts)
    latest = current_reasons(db)
    if latest is not None and {p: latest.text(p) for p in REASON_PARTS} == {
            p: cleaned.get(p, "") for p in REASON_PARTS}:
        return latest
    when = saved_at or clock.now()
    with db.atomic():
        version = inserted_id(db.table(VERSIONS).insert({"saved_at": when.isoformat()}))
        rows = [{"version_id": version, "part": p, "text": t} for p, t in cleaned.items() if t]
        if rows:
            db.table(ITEMS).insert_all(rows)
    return Reasons(version, when, {p: t for p, t in cleaned.items() if t})


def keep_reasons_draft(db: Database, parts: dict[str, str]) -> None:
    """Autosave "My reasons" exactly as typed, until saved."""
    drafts.keep(db, DraftKind.PRACTICE_REASONS, REASONS_DRAFT, dict(parts))


def reasons_draft(db: Database) -> dict[str, Any] | None:
    """What was typed in "My reasons" and not saved yet, or None."""
    draft = drafts.get(db, DraftKind.PRACTICE_REASONS, REASONS_DRAFT)
    return draft.payload if draft is not None else None


def discard_reasons_draft(db: Database) -> None:
    drafts.discard(db, DraftKind.PRACTICE_REASONS, REASONS_DRAFT)


def check_reasons(parts: dict[str, str]) -> dict[str, str]:
    """The cleaned parts; FieldErrors keyed by part for an unknown part or a long text."""
    errors = FieldErrors()
    cleaned: dict[str, str] = {}
    for part, text in parts.items():
        if part not in REASON_PARTS:
            errors.add(part, translate("PracticeService", "This question is not known."))
            continue
        cleaned[part] = clean(text).strip()
        if too_long(cleaned[part], MAX_REASON):
            errors.add(part, translate("PracticeService",
                                       "Please keep this shorter than {n} characters."
                                       ).format(n=MAX_REASON))
    errors.raise_if_any()
    return cleaned


def _reasons(db: Reads, row: dict[str, Any]) -> Reasons:
    parts = {r["part"]: r["text"] for r in rows_where(db, ITEMS, "version_id = ?",
                                                                     [row["id"]])}
    return Reasons(row["id"], datetime.fromisoformat(row["saved_at"]), parts)


EVERY_DAYS = 3  # "now and then": one day in three, never two days running


def reason_for_today(db: Reads, today: date) -> tuple[str, str] | None:
    """(part, my words) to show on Today one day in three, gently; else None.

    Only what I would do if things were easier: what staying costs is never thrown
    back at anyone, and what it gives is not a reason to be reminded of."""
    if today.toordinal() % EVERY_DAYS:
        return None
    latest = current_reasons(db)
    if latest is None or not latest.text("easier"):
        return None
    return "easier", latest.text("easier")
