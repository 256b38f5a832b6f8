"""What Ippo can tell about its database file without opening it, and the
problems it reports in words for the user.

Kept apart from `app/db.py` so the window can look at the file (is there a
passphrase?) before the database libraries are even imported.
"""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

from app import dates
from app.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreProblem(Exception):
    """Why the database cannot be opened or written, in words for the user."""

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

    # The database file is there but holds nothing Ippo can use: a good backup may help.
    UNUSABLE = (EMPTY, NOT_A_DATABASE, CORRUPT)

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
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


def classify(error: Exception, path: Path) -> StoreProblem:
    """Turn a driver error into a StoreProblem the user can act on."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        kind = StoreProblem.READ_ONLY
    elif "full" in text or "disk i/o" in text:
        kind = StoreProblem.DISK_FULL
    elif "locked" in text or "busy" in text:
        kind = StoreProblem.BUSY
    elif "not a database" in text:
        kind = StoreProblem.NOT_A_DATABASE
    else:
        kind = StoreProblem.CORRUPT
    return StoreProblem(kind, path, str(error))


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
