"""One CSV file per table, for spreadsheets (a folder, written all at once).

UTF-8 with a byte-order mark so spreadsheet programs read Japanese correctly;
an empty cell is an empty value (NULL), binary values are base64.
"""

from __future__ import annotations

import base64
import csv
import io
import os
import shutil
from pathlib import Path

from sqlite_utils import Database

from app.paths import ensure_private_dir
from app.privacy.files import fsync_path, problem_for, write_private
from app.privacy.tables import rows_of, user_tables


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def export_csv(db: Database, folder: Path) -> Path:
    """Write `<table>.csv` files into the new folder `folder` (which must not
    exist). The folder appears only once every file is written."""
    tmp = folder.with_name(f".{folder.name}.partial")
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        ensure_private_dir(tmp)
        for table in user_tables(db):
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\r\n")
            writer.writerow([c.name for c in table.columns])
            for row in rows_of(db, table):
                writer.writerow([_cell(v) for v in row])
            write_private(tmp / f"{table.name}.csv", buf.getvalue().encode("utf-8-sig"))
        fsync_path(tmp)
        os.rename(tmp, folder)
        fsync_path(folder.parent)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise problem_for(exc, folder) from None
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder
