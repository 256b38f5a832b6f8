"""One CSV file per table, for spreadsheets (a folder, written all at once).

UTF-8 with a byte-order mark so spreadsheet programs read Japanese correctly;
an empty cell is an empty value (NULL), binary values are base64.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

from app.privacy.files import csv_bytes, write_private_folder
from app.privacy.tables import rows_of, user_tables

if TYPE_CHECKING:
    from sqlite_utils import Database


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def export_csv(db: Database, folder: Path) -> Path:
    """Write `<table>.csv` files into the new folder `folder` (which must not
    exist). The folder appears only once every file is written."""
    return write_private_folder(folder, {
        f"{table.name}.csv": csv_bytes([c.name for c in table.columns],
                                       ([_cell(v) for v in row] for row in rows_of(db, table)))
        for table in user_tables(db)})
