"""The editor's contents as plain text fields, to and from a DiaryEntry.

The editor autosaves this text form as a draft, so whatever the user typed —
even a time Ippo cannot read yet — survives a crash. Turning it into an entry
names each field it cannot read, just like the service's range checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from typing import Any

from app.diary.models import (
    CHOICE,
    CLOCK,
    FLOAT,
    INT,
    Activity,
    DiaryEntry,
    SymptomRating,
    day_fields,
)
from app.i18n import translate
from app.text import ascii_digits
from app.validation import FieldErrors

# The day's fields (declared once, in DiaryEntry) by how the form holds them as text.
NUMBER_FIELDS = day_fields(INT, FLOAT)
TIME_FIELDS = day_fields(CLOCK)
CHOICE_FIELDS = day_fields(CHOICE)  # "yes" / "no" / ""

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$")


def parse_time(text: str) -> time | None:
    """'23:30', '2330', '7', '7.15' or '０７：１５' → time; '' → None; else ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(ascii_digits(text))
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour == 24 and minute == 0:
        hour = 0
    return time(hour, minute)  # raises ValueError when out of range


def _number(text: str) -> int | float | None:
    text = ascii_digits(text).strip().replace(",", ".")
    if not text:
        return None
    value = float(text)  # ValueError for words
    return int(value) if value.is_integer() else value


def _choice(text: str) -> bool | None:
    return {"yes": True, "no": False}.get(text)


def empty_form() -> dict[str, Any]:
    form: dict[str, Any] = {name: "" for name in (*NUMBER_FIELDS, *TIME_FIELDS, *CHOICE_FIELDS)}
    form.update(note="", symptoms={}, activities=[])
    return form


def form_from_entry(entry: DiaryEntry | None) -> dict[str, Any]:
    form = empty_form()
    if entry is None:
        return form
    for name in NUMBER_FIELDS:
        value = getattr(entry, name)
        form[name] = "" if value is None else f"{value:g}"
    for name in TIME_FIELDS:
        value = getattr(entry, name)
        form[name] = "" if value is None else value.strftime("%H:%M")
    for name in CHOICE_FIELDS:
        value = getattr(entry, name)
        form[name] = "" if value is None else ("yes" if value else "no")
    form["note"] = entry.note
    form["symptoms"] = {str(r.symptom_id): str(r.rating) for r in entry.symptoms}
    form["activities"] = [[a.tag, _opt(a.enjoyment), _opt(a.achievement)]
                          for a in entry.activities]
    return form


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


def entry_from_form(day: date, form: dict[str, Any],
                    check: Callable[[DiaryEntry], None] | None = None) -> DiaryEntry:
    """Read the text form; FieldErrors names every field that cannot be read, and,
    with `check` (the service's validate), every other problem in the same pass."""
    errors = FieldErrors()
    values: dict[str, Any] = {}
    for name in NUMBER_FIELDS:
        try:
            values[name] = _number(str(form.get(name, "")))
        except ValueError:
            errors.add(name, translate("Diary", "Please give a number here."))
            values[name] = None
    for name in TIME_FIELDS:
        try:
            values[name] = parse_time(str(form.get(name, "")))
        except ValueError:
            errors.add(name, translate("Diary", "Please write a time like 23:30."))
            values[name] = None
    for name in CHOICE_FIELDS:
        values[name] = _choice(str(form.get(name, "")))
    ratings = []
    for key, text in dict(form.get("symptoms") or {}).items():
        try:
            value = _number(str(text))
        except ValueError:
            errors.add("symptoms", translate("Diary", "Please rate symptoms from 0 to 3."))
            continue
        if value is not None:
            ratings.append(SymptomRating(int(key), value))  # type: ignore[arg-type]
    activities = []
    for row in list(form.get("activities") or []):
        tag, enjoyment, achievement = (list(row) + ["", "", ""])[:3]
        try:
            e, a = _number(str(enjoyment)), _number(str(achievement))
        except ValueError:
            errors.add("activities", translate(
                "Diary",
                "Please rate enjoyment and achievement from 0 to 10, or leave them empty."))
            continue
        if str(tag).strip() or e is not None or a is not None:
            activities.append(Activity(str(tag), e, a))  # type: ignore[arg-type]
    entry = DiaryEntry(day=day, note=str(form.get("note", "")), symptoms=tuple(ratings),
                       activities=tuple(activities), **values)
    if errors.messages and check is not None:
        try:
            check(entry)  # what could be read, checked too: every message at once
        except FieldErrors as more:
            for name, message in more.messages.items():
                errors.add(name, message)
    errors.raise_if_any()
    return entry


def merge_forms(base: dict[str, Any], mine: dict[str, Any],
                theirs: dict[str, Any]) -> dict[str, Any]:
    """Three-way merge, field by field: what the user changed in the editor since
    `base` was loaded wins; every other field takes the stored value (`theirs`), so
    a quick check-in made meanwhile is not overwritten by the editor's older copy."""
    keys = set(base) | set(mine) | set(theirs)
    return {k: mine.get(k) if mine.get(k) != base.get(k) else theirs.get(k, mine.get(k))
            for k in keys}
