"""The user's own words for the summary, kept (as a draft) so they are there next time.

They live in the drafts store: no table of our own is needed for a few short
texts and the ticked sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import drafts
from app.drafts import DraftKind
from app.i18n import translate
from app.progress.models import DEFAULT_SECTIONS, SECTIONS, SummaryNotes
from app.text import clean
from app.validation import FieldErrors

if TYPE_CHECKING:
    from sqlite_utils import Database

KIND, REF = DraftKind.PROGRESS_SUMMARY, "notes"
# The parts there were before the plan facts and the second page came.
OLD_SECTIONS = ["words", "mood", "sleep", "outside", "ladder", "thoughts", "plan", "charts",
                "questions"]
# Enough for a few sentences each while the page still fits on one sheet.
LIMITS = {"name": 60, "how_long": 200, "hard_for_me": 700, "living_with": 200,
          "help_wanted": 500, "treatment": 500, "questions": 700}


def load(db: Database) -> SummaryNotes:
    """The saved words, or empty ones (with the default sections) the first time."""
    draft = drafts.get(db, KIND, REF)
    if draft is None:
        return SummaryNotes()
    raw = draft.payload
    texts = {k: str(raw.get(k, "")) for k in LIMITS}
    chosen = raw.get("sections")
    # Parts added since the words were saved are on by default, as for a new user.
    known = raw.get("known", OLD_SECTIONS)
    known = known if isinstance(known, list) else OLD_SECTIONS
    sections = (tuple(s for s in SECTIONS if s in chosen
                      or (s in DEFAULT_SECTIONS and s not in known))
                if isinstance(chosen, list) else DEFAULT_SECTIONS)
    return SummaryNotes(sections=sections, **texts)


def validate(notes: SummaryNotes) -> SummaryNotes:
    """Cleaned notes, or FieldErrors naming the text that is too long."""
    errors = FieldErrors()
    cleaned = {k: clean(getattr(notes, k)).strip() for k in LIMITS}
    for key, limit in LIMITS.items():
        if len(cleaned[key]) > limit:
            errors.add(key, translate(
                "SummaryNotes", "Please keep this to {n} characters so the page stays short."
            ).format(n=limit))
    unknown = [s for s in notes.sections if s not in SECTIONS]
    if unknown:
        errors.add("sections", translate("SummaryNotes", "Please choose from the listed parts."))
    errors.raise_if_any()
    ordered = tuple(s for s in SECTIONS if s in notes.sections)
    return SummaryNotes(sections=ordered, **cleaned)


def save(db: Database, notes: SummaryNotes) -> SummaryNotes:
    """Validate, then keep the words and the ticked sections in one transaction."""
    good = validate(notes)
    payload = {k: getattr(good, k) for k in LIMITS}
    payload["sections"] = list(good.sections)
    payload["known"] = list(SECTIONS)
    drafts.keep(db, KIND, REF, payload)
    return good
