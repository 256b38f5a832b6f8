"""Input checks shared by every service: a bad value names its field and says why.

Services validate everything before the first write, so a rejected record is
never half saved. The UI shows `FieldErrors.messages[field]` next to that field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import translate


@dataclass
class FieldErrors(Exception):
    """One or more fields with a problem; `messages` maps field name → sentence."""

    messages: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.messages.setdefault(name, message)

    def raise_if_any(self) -> None:
        if self.messages:
            raise self

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in self.messages.items())


def check_range(errors: FieldErrors, name: str, value: float | None, low: float,
                high: float) -> None:
    """Add a kind message if `value` is given and outside low..high."""
    if value is None:
        return
    if not low <= value <= high:
        errors.add(name, translate("Validation", "Please choose a number from {low} to {high}.")
                   .format(low=_fmt(low), high=_fmt(high)))


def check_required(errors: FieldErrors, name: str, value: str | None) -> None:
    if not value or not value.strip():
        errors.add(name, translate("Validation", "Please write a few words here."))


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
