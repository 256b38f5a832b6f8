"""What Ippo can tell about its database file without opening it, and the
problems it reports in words for the user.

Kept apart from `app/db.py` so the window can look at the file (is there a
passphrase?) before the database libraries are even imported.
"""

from __future__ import annotations

from pathlib import Path

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

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}")
        self.kind, self.path, self.detail = kind, path, detail

    def user_message(self) -> str:
        """What is wrong and what Ippo does about it, translated."""
        msg = _MESSAGES.get(self.kind, _MESSAGES[self.CORRUPT])()
        return msg.format(path=str(self.path))


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
    foreign but page-sized) or 'foreign' (certainly not a database)."""
    if not path.exists():
        return "absent"
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        return "empty"
    if head == SQLITE_HEADER:
        return "plain"
    # An encrypted database is whole pages; anything else is not ours.
    return "opaque" if path.stat().st_size % 512 == 0 else "foreign"
