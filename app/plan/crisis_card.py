"""The emergency line and the opt-in crisis card for "Need help now".

Both are kept in their own small file beside the database (`crisis_card.json`),
NOT in the encrypted database: "Need help now" must be able to show them while
Ippo is locked, when there is no passphrase to open the database. The plan page
says so plainly where the person fills them in. Ippo ships no phone numbers:
the person writes their own (local emergency number, a crisis line, a text or
chat service for when calling is too hard). Ippo never contacts anyone.

The card is shown while locked only when the person switched that on
(`show_when_locked`); the emergency line is always shown, as it is what someone
in danger needs first.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.privacy.files import write_private
from app.text import clean, too_long
from app.validation import FieldErrors

MAX_NUMBER = 200  # characters for one number line (a name and a number fit)
MAX_CARD = 2000  # characters on the card: short enough to read in a bad moment


@dataclass(frozen=True)
class CrisisCard:
    emergency_number: str = ""  # the person's local emergency number
    crisis_line: str = ""  # a crisis line to call
    crisis_text: str = ""  # a text or chat service, "if calling is too hard"
    show_when_locked: bool = False  # opt-in: the card can be read while locked
    card_text: str = ""  # what the person chose for the card

    def has_numbers(self) -> bool:
        return bool(self.emergency_number or self.crisis_line or self.crisis_text)

    def locked_card(self) -> str:
        """What the card shows while Ippo is locked: nothing unless opted in."""
        return self.card_text if self.show_when_locked else ""

    def with_(self, **changes: Any) -> CrisisCard:
        return replace(self, **changes)


def load(path: Path) -> CrisisCard:
    """The saved card, or an empty one if the file is missing or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CrisisCard()
    if not isinstance(raw, dict):
        return CrisisCard()
    defaults = CrisisCard()
    known = {f.name: raw[f.name] for f in fields(CrisisCard)
             if f.name in raw and type(raw[f.name]) is type(getattr(defaults, f.name))}
    return CrisisCard(**known)


def check(card: CrisisCard) -> CrisisCard:
    """A cleaned card; FieldErrors keyed by field name if a line is too long."""
    errors = FieldErrors()
    out: dict[str, Any] = {}
    for f in fields(CrisisCard):
        value = getattr(card, f.name)
        if isinstance(value, str):
            value = clean(value).strip()
            limit = MAX_CARD if f.name == "card_text" else MAX_NUMBER
            if too_long(value, limit):
                errors.add(f.name, translate(
                    "CrisisCard", "Please keep this shorter than {n} characters.").format(n=limit))
        out[f.name] = value
    errors.raise_if_any()
    return CrisisCard(**out)


def save(path: Path, card: CrisisCard) -> CrisisCard:
    """Check and write the card (0600, atomically); returns what was saved.

    An empty card removes the file, so nothing is left outside the database.
    Raises FieldErrors, or WriteProblem if the file cannot be written.
    """
    cleaned = check(card)
    if cleaned == CrisisCard():
        path.unlink(missing_ok=True)
        return cleaned
    data = json.dumps(asdict(cleaned), ensure_ascii=False, indent=2, sort_keys=True)
    write_private(path, data.encode("utf-8"))
    return cleaned
