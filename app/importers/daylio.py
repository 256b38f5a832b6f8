"""Daylio's CSV export: one row per entry, several entries a day are common.

Columns (by name, in any order): full_date (YYYY-MM-DD), date, weekday, time,
mood, activities (separated by " | "), note_title, note. The mood column holds
the person's own labels (Daylio lets people rename its five moods and add
more), so each label is mapped to Ippo's 0–10 mood on the preview screen; the
five default names get a suggestion.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from app.clock import today as clock_today
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.model import (
    MAX_ACTIVITY,
    Entry,
    ImportProblem,
    Issue,
    Options,
    Preview,
    group_days,
    how_rows_become_days,
)
from app.importers.table import Table, date_issue
from app.text import clean

KIND = "daylio"
LABEL = QT_TRANSLATE_NOOP("Importers", "Daylio (mood diary app)")
REQUIRED = ("full_date", "mood")
# Daylio's own five moods, best first; a renamed mood has no suggestion.
SUGGESTED = {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}
_TAG = re.compile(r"<[^>]{0,40}>")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$")


class DaylioImporter:
    kind = KIND
    label = LABEL

    def detect(self, table: Table) -> bool:
        return all(table.column(c) is not None for c in REQUIRED) \
            and table.column("activities") is not None

    def suggested(self, label: str) -> int | None:
        return SUGGESTED.get(label.strip().casefold())

    def read(self, table: Table, options: Options) -> Preview:
        cols = {name: table.column(name) for name in
                ("full_date", "time", "mood", "activities", "note_title", "note")}
        if cols["full_date"] is None or cols["mood"] is None:
            raise ImportProblem(translate(
                "Importers", "This file does not have Daylio's columns full_date and mood."))
        today = options.today or clock_today()
        labels: Counter[str] = Counter()
        entries: list[Entry] = []
        issues: list[Issue] = []
        for line, cells in table.rows:
            def cell(name: str, cells: tuple[str, ...] = cells) -> str:
                i = cols[name]
                return cells[i] if i is not None and i < len(cells) else ""
            try:
                day = date.fromisoformat(cell("full_date"))
            except ValueError:
                issues.append(Issue(line, translate(
                    "Importers", "“{value}” is not a date like 2024-05-31, so this row was "
                    "left out.").format(value=cell("full_date")[:40])))
                continue
            if (problem := date_issue(line, day, today)) is not None:
                issues.append(problem)
                continue
            label = cell("mood")
            mood: float | None = None
            if label:
                labels[label] += 1
                value = options.mood_map.get(label)
                if value is not None:
                    if not 0 <= value <= 10:
                        raise ImportProblem(translate(
                            "Importers", "Please give “{label}” a mood from 0 to 10.").format(
                            label=label))
                    mood = float(value)
            activities, too_long = _activities(cell("activities"))
            if too_long:
                issues.append(Issue(line, translate(
                    "Importers", "an activity name longer than {n} characters was shortened.")
                    .format(n=MAX_ACTIVITY)))
            entries.append(Entry(line=line, day=day, order=_clock(cell("time")), mood=mood,
                                 note=_note(cell("note_title"), cell("note")),
                                 activities=activities))
        ordered = tuple(label for label, _n in labels.most_common())
        unmapped = tuple(label for label in ordered if label not in options.mood_map)
        return Preview(kind=KIND, days=group_days(entries), issues=tuple(issues),
                       rows=len(table.rows), how=how_rows_become_days(), labels=ordered,
                       unmapped=unmapped, columns=table.header, encoding=table.encoding)


def _activities(text: str) -> tuple[tuple[str, ...], bool]:
    names: dict[str, None] = {}
    cut = False
    for part in text.split("|"):
        name = " ".join(clean(part).split())
        if len(name) > MAX_ACTIVITY:
            name, cut = name[:MAX_ACTIVITY].rstrip(), True
        if name:
            names.setdefault(name, None)
    return tuple(names), cut


def _note(title: str, note: str) -> str:
    note = _TAG.sub("", note.replace("<br>", "\n").replace("<br/>", "\n"))
    parts = [clean(p).strip() for p in (title, note)]
    return "\n".join(p for p in parts if p)


def _clock(text: str) -> str:
    """'8:37 PM' or '20:37' as '20:37', for sorting a day's entries; '' when unknown."""
    found = _CLOCK.match(text.strip())
    if found is None:
        return ""
    hour, minute, half = int(found[1]), int(found[2]), (found[3] or "").upper()
    if half and not 1 <= hour <= 12 or hour > 23 or minute > 59:
        return ""
    if half:
        hour = hour % 12 + (12 if half == "P" else 0)
    return f"{hour:02d}:{minute:02d}"


def with_suggestions(labels: tuple[str, ...],
                     chosen: dict[str, int | None]) -> dict[str, int | None]:
    """The person's choices, plus a suggestion for each of Daylio's own mood names."""
    out: dict[str, int | None] = {label: SUGGESTED[label.strip().casefold()]
                                  for label in labels if label.strip().casefold() in SUGGESTED}
    out.update(chosen)
    return out
