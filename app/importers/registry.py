"""The importers Ippo knows, and reading a file with the one that fits it.

Kept out of the package's `__init__` so that the command line (app/cli.py)
can load `app.importers.cli` without loading every importer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from app.i18n import translate
from app.importers.daylio import DaylioImporter
from app.importers.generic import GenericImporter
from app.importers.loop import LoopImporter
from app.importers.model import ImportProblem, Options, Preview
from app.importers.table import Table, load


class Importer(Protocol):
    kind: str  # "daylio": the command line's name, and the source kept with each day
    label: str  # QT_TRANSLATE_NOOP("Importers", …): translate before showing

    def detect(self, table: Table) -> bool:
        """True when the file looks like this app's export (header and first rows)."""
        ...

    def read(self, table: Table, options: Options) -> Preview:
        """Every row as Ippo would store it; raises ImportProblem for the whole file."""
        ...


# Most specific first: detection takes the first that fits; the generic CSV last.
IMPORTERS: tuple[Importer, ...] = (DaylioImporter(), LoopImporter(), GenericImporter())


def by_kind(kind: str) -> Importer:
    found = next((i for i in IMPORTERS if i.kind == kind), None)
    if found is None:
        raise ValueError(kind)
    return found


def detect(table: Table) -> Importer | None:
    return next((i for i in IMPORTERS if i.detect(table)), None)


def read_file(path: Path, kind: str | None = None,
              options: Options | None = None) -> tuple[Importer, Preview]:
    """Load `path`, find (or take) its importer, and read it: reads only.

    Raises ImportProblem with a sentence for the person when the file cannot be used."""
    table = load(path)
    importer = by_kind(kind) if kind else detect(table)
    if importer is None:
        raise ImportProblem(translate(
            "Importers", "Ippo does not recognise this file. If it is a CSV from another app, "
            "choose “Another app’s CSV file” and say which column is the date."))
    return importer, importer.read(table, options or Options())
