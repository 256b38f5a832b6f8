"""What Ippo can tell about its database file without opening it, and the
problems it reports in words for the user.

Kept apart from `app/db.py` so the window can look at the file (is there a
passphrase?) before the database libraries are even imported.
"""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app import dates
from app.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreErrorKind(StrEnum):
    """Why the database cannot be opened or written (a str, so stored and printed
    kinds stay the same words)."""

    MISSING = "missing"
    READ_ONLY = "read_only"
    NOT_A_DATABASE = "not_a_database"
    ENCRYPTED = "encrypted"
    WRONG_PASSPHRASE = "wrong_passphrase"
    CORRUPT = "corrupt"
    NEWER = "newer"
    BUSY = "busy"
    DISK_FULL = "disk_full"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"


class StoreProblem(Exception):
    """Why the database cannot be opened or written, in words for the user."""

    MISSING = StoreErrorKind.MISSING
    READ_ONLY = StoreErrorKind.READ_ONLY
    NOT_A_DATABASE = StoreErrorKind.NOT_A_DATABASE
    ENCRYPTED = StoreErrorKind.ENCRYPTED
    WRONG_PASSPHRASE = StoreErrorKind.WRONG_PASSPHRASE
    CORRUPT = StoreErrorKind.CORRUPT
    NEWER = StoreErrorKind.NEWER
    BUSY = StoreErrorKind.BUSY
    DISK_FULL = StoreErrorKind.DISK_FULL
    NOT_A_FILE = StoreErrorKind.NOT_A_FILE
    EMPTY = StoreErrorKind.EMPTY

    # The database file is there but holds nothing Ippo can use: a good backup may help.
    UNUSABLE = (EMPTY, NOT_A_DATABASE, CORRUPT)

    def __init__(self, kind: StoreErrorKind, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}")
        self.kind, self.path, self.detail = kind, path, detail
        # The newest good backup, when Ippo found one to offer instead (see app.recovery).
        self.offer: Path | None = None
        self.offer_taken: datetime | None = None
        self.data_dir: Path | None = None
        self.offer_searched = False

    def user_message(self, offer: bool = True) -> str:
        """What is wrong and what Ippo does about it, translated; with the backup
        on offer and the command that puts it back, unless `offer` is False."""
        msg = _MESSAGES.get(self.kind, _MESSAGES[self.CORRUPT])().format(path=str(self.path))
        if offer and self.offer is not None and self.offer_taken is not None:
            msg += "\n" + translate(
                "Store", "Ippo has a good backup from {date}: {backup}\n"
                "To put it back (the unusable file is kept in the backups folder), run:\n"
                "  ippo restore --data-dir \"{folder}\""
            ).format(date=when(self.offer_taken), backup=str(self.offer),
                     folder=str(self.data_dir or self.path.parent))
        return msg


def when(moment: datetime) -> str:
    """A day and a minute for messages outside the window (the window uses QLocale)."""
    return dates.date_time(moment)


_MESSAGES = {
    StoreProblem.MISSING: lambda: translate(
        "Store", "There is no Ippo data in {path} yet. Nothing was changed."
    ),
    StoreProblem.READ_ONLY: lambda: translate(
        "Store",
        "Ippo cannot write to {path}. Your data is safe and unchanged; "
        "please check that the folder and its files belong to you and are not read-only.",
    ),
    StoreProblem.NOT_A_DATABASE: lambda: translate(
        "Store",
        "The file {path} is not an Ippo database. Ippo left it exactly as it is; "
        "move it away or choose another data folder.",
    ),
    StoreProblem.ENCRYPTED: lambda: translate(
        "Store", "The data in {path} is locked with a passphrase (or is not an Ippo file). "
        "Please give the passphrase to open it; nothing was changed."
    ),
    StoreProblem.WRONG_PASSPHRASE: lambda: translate(
        "Store", "That passphrase did not open your data. Nothing was changed; please try again."
    ),
    StoreProblem.CORRUPT: lambda: translate(
        "Store",
        "The database {path} is damaged. Ippo has not changed it. "
        "You can restore a backup from Settings, or keep a copy of the file and ask for help.",
    ),
    StoreProblem.NEWER: lambda: translate(
        "Store",
        "The data in {path} was written by a newer version of Ippo. "
        "Ippo left it untouched; please install the newer version to open it.",
    ),
    StoreProblem.BUSY: lambda: translate(
        "Store", "Another program is using {path} right now. Please close it and try again."
    ),
    StoreProblem.DISK_FULL: lambda: translate(
        "Store", "The disk is full, so Ippo could not save. What you typed is still here."
    ),
    StoreProblem.NOT_A_FILE: lambda: translate(
        "Store",
        "Something else is in the way at {path}, where Ippo keeps its data (a folder "
        "where a file should be, or the other way round). Ippo left it exactly as it is; "
        "please move it away or choose another data folder.",
    ),
    StoreProblem.EMPTY: lambda: translate(
        "Store",
        "The database {path} is empty, so your entries are not in it. Ippo has not "
        "changed it and has not started a new one over it.",
    ),
}


# SQLite's primary result codes (https://sqlite.org/rescode.html) -> what they mean here.
_BY_CODE = {
    5: StoreErrorKind.BUSY,  # SQLITE_BUSY
    6: StoreErrorKind.BUSY,  # SQLITE_LOCKED
    8: StoreErrorKind.READ_ONLY,  # SQLITE_READONLY
    10: StoreErrorKind.DISK_FULL,  # SQLITE_IOERR: most often no room left to write
    11: StoreErrorKind.CORRUPT,  # SQLITE_CORRUPT
    13: StoreErrorKind.DISK_FULL,  # SQLITE_FULL
    14: StoreErrorKind.READ_ONLY,  # SQLITE_CANTOPEN
    23: StoreErrorKind.READ_ONLY,  # SQLITE_AUTH
    26: StoreErrorKind.NOT_A_DATABASE,  # SQLITE_NOTADB
}
_BY_ERRNO = {
    errno.ENOSPC: StoreErrorKind.DISK_FULL,
    errno.EDQUOT: StoreErrorKind.DISK_FULL,
    errno.EFBIG: StoreErrorKind.DISK_FULL,
    errno.EACCES: StoreErrorKind.READ_ONLY,
    errno.EPERM: StoreErrorKind.READ_ONLY,
    errno.EROFS: StoreErrorKind.READ_ONLY,
}
# Errors without a result code (raised by hand, or by an older driver) carry only the
# driver's English text: the same kinds, found by SQLite's own words, in this order.
_BY_TEXT = (
    (("readonly", "read-only", "unable to open"), StoreErrorKind.READ_ONLY),
    (("full", "disk i/o"), StoreErrorKind.DISK_FULL),
    (("locked", "busy"), StoreErrorKind.BUSY),
    (("not a database",), StoreErrorKind.NOT_A_DATABASE),
)


def error_kind(error: BaseException) -> StoreErrorKind:
    """What a database error means: by SQLite's result code where the driver gives
    one, else by SQLite's message; anything unknown counts as damage."""
    if isinstance(error, StoreProblem):
        return error.kind
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:  # the file system's own word
        return _BY_ERRNO[error.errno]
    code = getattr(error, "sqlite_errorcode", None)  # the driver's own attribute, if any
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    text = str(error).lower()
    for words, kind in _BY_TEXT:
        if any(w in text for w in words):
            return kind
    return StoreErrorKind.CORRUPT


def classify(error: Exception, path: Path) -> StoreProblem:
    """Turn a driver error into a StoreProblem the user can act on."""
    return StoreProblem(error_kind(error), path, str(error))


def file_state(path: Path) -> str:
    """'absent', 'empty', 'plain' (an SQLite header), 'opaque' (encrypted, or
    foreign but page-sized), 'foreign' (certainly not a database), 'not_a_file'
    (a folder or anything but a regular file) or 'unreadable'."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return "absent"
    except OSError:
        return "unreadable"
    if not stat.S_ISREG(info.st_mode):
        return "not_a_file"
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return "unreadable"
    if not head:
        return "empty"
    if head == SQLITE_HEADER:
        return "plain"
    # An encrypted database is whole pages; anything else is not ours.
    return "opaque" if info.st_size % 512 == 0 else "foreign"


def folder_problem(root: Path, database: Path) -> StoreProblem | None:
    """What stops Ippo from using an existing data folder, found without writing
    anything: something in the way, or a folder or file it may not write."""
    if not root.exists():
        return None
    if not root.is_dir():
        return StoreProblem(StoreProblem.NOT_A_FILE, root)
    if not os.access(root, os.W_OK | os.X_OK):
        return StoreProblem(StoreProblem.READ_ONLY, root)
    state = file_state(database)
    if state == "not_a_file":
        return StoreProblem(StoreProblem.NOT_A_FILE, database)
    if state == "unreadable" or (state != "absent" and not os.access(database, os.W_OK)):
        return StoreProblem(StoreProblem.READ_ONLY, root)
    return None
