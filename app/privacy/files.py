"""Writing a file the safe way: a temporary name, fsync, then one atomic rename.

A full disk or a read-only folder part-way through leaves the old file (or
nothing) under the final name, never half of a new one.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.paths import ensure_private_dir


class WriteProblem(Exception):
    """A file could not be written; `user_message()` says why in plain words."""

    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    OTHER = "other"

    def __init__(self, kind: str, path: Path) -> None:
        super().__init__(f"{kind}: {path}")
        self.kind, self.path = kind, path

    def user_message(self) -> str:
        if self.kind == self.DISK_FULL:
            text = translate("Files", "The disk is full, so {path} could not be written. "
                             "Nothing else was changed.")
        elif self.kind == self.NOT_WRITABLE:
            text = translate("Files", "Ippo cannot write into {path}. Please choose a folder "
                             "that belongs to you. Nothing else was changed.")
        else:
            text = translate("Files", "{path} could not be written. Nothing else was changed.")
        return text.format(path=str(self.path))


def problem_for(exc: OSError, path: Path) -> WriteProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteProblem(WriteProblem.DISK_FULL, path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteProblem(WriteProblem.NOT_WRITABLE, path)
    return WriteProblem(WriteProblem.OTHER, path)


def fsync_path(path: Path) -> None:
    """Flush a file or a folder to disk (folders so that a rename is durable)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def partial_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` readable by the user alone, atomically.

    Raises WriteProblem; the temporary file is always gone afterwards.
    """
    tmp = partial_name(path)
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        fsync_path(path.parent)
    except OSError as exc:
        raise problem_for(exc, path) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV file as spreadsheets open it: CRLF lines, UTF-8 with a BOM (Excel)."""
    import csv  # lazy: only exports write CSV, and backups import this module at start

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def write_private_folder(folder: Path, files: Mapping[str, bytes]) -> Path:
    """Write `files` (name -> content) into the new folder `folder` (which must not
    exist), each readable by the user alone; the folder appears only once every file
    is written. Raises WriteProblem; nothing is left half written."""
    tmp = folder.with_name(f".{folder.name}.partial")
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        ensure_private_dir(tmp)
        for name, data in files.items():
            write_private(tmp / name, data)
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
