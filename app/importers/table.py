"""Reading any CSV a person brings: its text encoding, its delimiter, and sane limits.

Every importer reads through `load`, so bad files are refused in one place with
one clear sentence: an empty file, text that is neither UTF-8 (with or without
a byte-order mark), UTF-16 nor Shift-JIS (cp932), a file with one column only,
more than MAX_ROWS rows, or more than MAX_BYTES. A zip (Loop Habit Tracker's
export) is read for its `Checkmarks.csv` at the top level.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app import dates
from app.i18n import translate
from app.importers.model import ImportProblem, Issue

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t")
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp932": "Shift-JIS"}
EARLIEST = date(1900, 1, 1)

csv.field_size_limit(MAX_BYTES)


@dataclass(frozen=True)
class Table:
    """A CSV file as text: its header, its rows (each with its line number)."""

    name: str
    header: tuple[str, ...]
    rows: Sequence[tuple[int, tuple[str, ...]]]
    encoding: str = "utf-8"
    extra: dict[str, Table] = field(default_factory=dict)  # other files of a zip

    def column(self, name: str) -> int | None:
        wanted = name.strip().casefold()
        return next((i for i, h in enumerate(self.header) if h.strip().casefold() == wanted), None)


def load(path: Path) -> Table:
    """Read `path` as a table, or raise ImportProblem with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportProblem(
                translate(
                    "Importers",
                    "This file is larger than Ippo can bring in at once ({mb} MB at most).",
                ).format(mb=MAX_BYTES // (1024 * 1024))
            )
        if zipfile.is_zipfile(path):
            return _load_zip(path)
        data = path.read_bytes()
    except OSError:
        raise ImportProblem(
            translate(
                "Importers",
                "This file could not be opened. Please check that it is still there "
                "and that you may read it.",
            )
        ) from None
    return parse(data, path.name)


def _load_zip(path: Path) -> Table:
    try:
        with zipfile.ZipFile(path) as zf:
            found: dict[str, Table] = {}
            for info in zf.infolist():
                if "/" in info.filename or not info.filename.lower().endswith(".csv"):
                    continue
                if info.file_size > MAX_BYTES:
                    raise ImportProblem(
                        translate(
                            "Importers", "A file inside this zip is larger than Ippo can bring in."
                        )
                    )
                found[info.filename.lower()] = parse(zf.read(info), info.filename)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        raise ImportProblem(
            translate("Importers", "This zip file could not be read; it may be damaged.")
        ) from None
    main = found.pop("checkmarks.csv", None)
    if main is None:
        raise ImportProblem(
            translate(
                "Importers",
                "This zip file has no Checkmarks.csv, so it does not look like a "
                "Loop Habit Tracker export.",
            )
        )
    return Table(main.name, main.header, main.rows, main.encoding, found)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM decides; else UTF-8, then UTF-16 without BOM, then cp932."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ImportProblem(
                translate(
                    "Importers",
                    "This file says it is UTF-16 text but could not be read as "
                    "such; it may be cut short.",
                )
            ) from None
    head = data[:4096]
    if head and head.count(0) > len(head) // 4:  # UTF-16 without a byte-order mark
        even = head[0::2].count(0) > head[1::2].count(0)
        try:
            return data.decode("utf-16-be" if even else "utf-16-le"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp932"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportProblem(
        translate(
            "Importers",
            "Ippo could not read the text in this file. Please save it as UTF-8 "
            "(or Shift-JIS) CSV and try again.",
        )
    )


def parse(data: bytes, name: str = "") -> Table:
    if not data.strip():
        raise ImportProblem(translate("Importers", "This file is empty."))
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise ImportProblem(
            translate("Importers", "Ippo could not read the text in this file.")
        ) from None
    text = text.replace("\x00", "")
    if not text.strip():
        raise ImportProblem(translate("Importers", "This file is empty."))
    delimiter = sniff(text)
    rows: list[tuple[int, tuple[str, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            cells = tuple(cell.strip() for cell in record)
            if header is None:
                header = cells
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportProblem(
                    translate(
                        "Importers",
                        "This file has more than {n} rows, more than Ippo brings in at "
                        "once. Please split it into smaller files.",
                    ).format(n=f"{MAX_ROWS:,}")
                )
            rows.append((reader.line_num, cells))
    except csv.Error:
        raise ImportProblem(
            translate(
                "Importers",
                "Line {line} of this file could not be read as CSV; it may be cut short.",
            ).format(line=reader.line_num)
        ) from None
    if header is None:
        raise ImportProblem(translate("Importers", "This file is empty."))
    if len(header) < 2:
        raise ImportProblem(
            translate(
                "Importers",
                "Ippo found only one column in this file. Please save it as CSV with "
                "commas, semicolons or tabs between the columns.",
            )
        )
    if not rows:
        raise ImportProblem(
            translate("Importers", "This file has column names but no rows to bring in.")
        )
    return Table(name, header, rows, encoding)


def sniff(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of columns."""
    sample = text[:16384]
    lines = sample.splitlines()[:20]
    if len(lines) > 1 and len(sample) == 16384:
        lines = lines[:-1]  # the last one may be cut
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not widths:
            continue
        steady = sum(1 for w in widths if w == widths[0])
        score = (steady if widths[0] > 1 else 0, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def date_issue(line: int, day: date, today: date) -> Issue | None:
    """Dates Ippo cannot keep: in the future, or before 1900."""
    if day > today:
        return Issue(
            line,
            translate(
                "Importers", "the date {date} is in the future, so this row was left out."
            ).format(date=dates.short_date(day)),
        )
    if day < EARLIEST:
        return Issue(
            line,
            translate(
                "Importers", "the date {date} is before 1900, so this row was left out."
            ).format(date=dates.short_date(day)),
        )
    return None


def encoding_label(encoding: str) -> str:
    return ENCODING_NAMES.get(encoding, encoding)
