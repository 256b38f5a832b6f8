"""Any CSV with one row per day (or several): the person says which column is what.

Ippo guesses the columns from their names (English or Japanese) and the date
format from the values; the preview shows what it chose, and each choice can
be changed. Mood and anxiety are mapped from the file's scale (1–5 by default
when every value fits it, else 0–10) onto Ippo's 0–10.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from app.clock import today as clock_today
from app.diary.models import MAX_SLEEP_HOURS, night_span
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.model import (
    Entry,
    ImportProblem,
    Issue,
    Options,
    Preview,
    group_days,
    how_rows_become_days,
)
from app.importers.table import Table, date_issue
from app.text import MAX_TEXT, clean

KIND = "csv"
LABEL = QT_TRANSLATE_NOOP("Importers", "Another app’s CSV file")
FIELDS: tuple[tuple[str, str], ...] = (
    ("day", QT_TRANSLATE_NOOP("Importers", "Date")),
    ("mood", QT_TRANSLATE_NOOP("Importers", "Mood")),
    ("anxiety", QT_TRANSLATE_NOOP("Importers", "Anxiety")),
    ("bedtime", QT_TRANSLATE_NOOP("Importers", "Went to bed")),
    ("waketime", QT_TRANSLATE_NOOP("Importers", "Got up")),
    ("minutes_outside", QT_TRANSLATE_NOOP("Importers", "Minutes outside")),
    ("note", QT_TRANSLATE_NOOP("Importers", "Note")),
)
SCALED = ("mood", "anxiety")
GUESSES: dict[str, tuple[str, ...]] = {
    "day": ("date", "day", "日付", "日にち"),
    "mood": ("mood", "気分"),
    "anxiety": ("anxiety", "不安"),
    "bedtime": ("bed", "sleep", "就寝", "寝た"),
    "waketime": ("wake", "woke", "起床", "起きた"),
    "minutes_outside": ("outside", "外出", "外"),
    "note": ("note", "memo", "comment", "メモ", "日記"),
}
# strptime format → what people see in the format menu
DATE_FORMATS: tuple[tuple[str, str], ...] = (
    ("%Y-%m-%d", "2024-05-31"), ("%Y/%m/%d", "2024/05/31"), ("%d/%m/%Y", "31/05/2024"),
    ("%m/%d/%Y", "05/31/2024"), ("%d.%m.%Y", "31.05.2024"), ("%Y.%m.%d", "2024.05.31"),
    ("%Y年%m月%d日", "2024年5月31日"), ("%d-%m-%Y", "31-05-2024"), ("%m-%d-%Y", "05-31-2024"),
)


def parse_date(text: str, fmt: str) -> date | None:
    head = text.strip().replace("T", " ").split(" ")[0]
    try:
        return datetime.strptime(head, fmt).date()
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    text = text.strip().upper().replace(".", "")
    for fmt in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%H%M"):
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    return None


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class GenericImporter:
    kind = KIND
    label = LABEL

    def detect(self, table: Table) -> bool:
        return guess_columns(table.header).get("day") is not None

    def read(self, table: Table, options: Options) -> Preview:
        chosen = dict(options.columns) or guess_columns(table.header)
        index: dict[str, int] = {}
        for field, column in chosen.items():
            i = table.column(column) if column else None
            if field in dict(FIELDS) and i is not None:
                index[field] = i
        if "day" not in index:
            raise ImportProblem(translate(
                "Importers", "Please choose which column holds the date."))
        values = [cells[index["day"]] for _l, cells in table.rows[:500]
                  if index["day"] < len(cells) and cells[index["day"]]]
        fitting = tuple(f for f, _shown in DATE_FORMATS
                        if values and all(parse_date(v, f) for v in values))
        fmt = options.date_format or (fitting[0] if fitting else "")
        if not fmt:
            raise ImportProblem(translate(
                "Importers", "Ippo could not recognise the dates in the column “{column}”. "
                "Please choose the date column again, or save the dates like "
                "2024-05-31.").format(column=table.header[index["day"]]))
        scales = {f: options.scales.get(f) or _guess_scale(table, index.get(f))
                  for f in SCALED}
        today = options.today or clock_today()
        entries: list[Entry] = []
        issues: list[Issue] = []
        for line, cells in table.rows:
            entry = _row(line, cells, index, fmt, scales, today, issues)
            if entry is not None:
                entries.append(entry)
        return Preview(
            kind=KIND, days=group_days(entries), issues=tuple(issues), rows=len(table.rows),
            how=how_rows_become_days(), columns=table.header, date_formats=fitting,
            date_format=fmt, encoding=table.encoding,
            chosen=tuple((f, table.header[i]) for f, i in index.items()),
            scales=tuple((f, low, high) for f, (low, high) in scales.items()))


def guess_columns(header: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for field, words in GUESSES.items():
        for name in header:
            low = name.strip().casefold()
            if low and any(w in low for w in words) and name not in found.values():
                found[field] = name
                break
    return found


def _guess_scale(table: Table, i: int | None) -> tuple[float, float]:
    if i is None:
        return (0.0, 10.0)
    numbers = [n for _l, cells in table.rows[:500] if i < len(cells)
               if (n := _number(cells[i])) is not None]
    if numbers and min(numbers) >= 1 and max(numbers) <= 5:
        return (1.0, 5.0)
    return (0.0, 10.0)


def _possible(bed: time, wake: time) -> bool:
    start, end = night_span(bed.replace(second=0), wake.replace(second=0))
    return 0 < end - start <= MAX_SLEEP_HOURS


def _row(line: int, cells: tuple[str, ...], index: Mapping[str, int], fmt: str,
         scales: Mapping[str, tuple[float, float]], today: date,
         issues: list[Issue]) -> Entry | None:
    def cell(field: str) -> str:
        i = index.get(field)
        return cells[i] if i is not None and i < len(cells) else ""

    day = parse_date(cell("day"), fmt)
    if day is None:
        issues.append(Issue(line, translate(
            "Importers", "“{value}” is not a date in the chosen format, so this row was left "
            "out.").format(value=cell("day")[:40])))
        return None
    if (problem := date_issue(line, day, today)) is not None:
        issues.append(problem)
        return None
    values: dict[str, float | None] = {}
    for field in SCALED:
        text = cell(field)
        if not text:
            values[field] = None
            continue
        low, high = scales[field]
        number = _number(text)
        if number is None or not low <= number <= high or high <= low:
            issues.append(Issue(line, translate(
                "Importers", "“{value}” does not fit the scale {low}–{high}, so it was left "
                "out.").format(value=text[:40], low=f"{low:g}", high=f"{high:g}")))
            values[field] = None
            continue
        values[field] = (number - low) / (high - low) * 10
    bed, wake = parse_time(cell("bedtime")), parse_time(cell("waketime"))
    if (cell("bedtime") and bed is None) or (cell("waketime") and wake is None):
        issues.append(Issue(line, translate(
            "Importers", "a sleep time is not a time like 23:30, so the sleep times were left "
            "out.")))
        bed = wake = None
    elif bed is not None and wake is not None and not _possible(bed, wake):
        issues.append(Issue(line, translate(
            "Importers", "these sleep times are not a possible night, so they were left out.")))
        bed = wake = None
    elif bed is None or wake is None:
        bed = wake = None
    minutes: int | None = None
    if text := cell("minutes_outside"):
        number = _number(text)
        if number is None or not 0 <= number <= 1440:
            issues.append(Issue(line, translate(
                "Importers", "“{value}” is not a number of minutes from 0 to 1440, so it was "
                "left out.").format(value=text[:40])))
        else:
            minutes = int(number + 0.5)
    note = clean(cell("note")).strip()
    if len(note) > MAX_TEXT:
        issues.append(Issue(line, translate(
            "Importers", "the note is longer than Ippo keeps in one day, so it was left out.")))
        note = ""
    return Entry(line=line, day=day, mood=values["mood"], anxiety=values["anxiety"],
                 bedtime=bed, waketime=wake, minutes_outside=minutes, note=note)
