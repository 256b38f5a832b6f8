"""Verified backups: copy with SQLite's backup API, check, then publish.

A backup only counts once it has been written under a temporary name, synced
to disk, opened with the same key and passed `integrity_check`; then it is
renamed into place atomically. Backups are encrypted whenever the database is:
setting a passphrase rewrites every earlier backup under the new key (one that
cannot be rewritten is overwritten and removed, never left readable), removing
it rewrites them unencrypted, and each session start encrypts any plain backup
a crash or an older Ippo left in a protected folder (`rekey_backups`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app import clock
from app.connection import DB_ERRORS, Store, connect, open_connection
from app.paths import DataPaths, ensure_private_dir
from app.privacy.files import fsync_path
from app.storefile import StoreProblem, classify, file_state

if TYPE_CHECKING:
    from sqlite_utils import Database

PREFIX = "ippo-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def verify(path: Path, passphrase: str | None) -> bool:
    """True when the file opens with the key and passes `integrity_check`."""
    try:
        conn = open_connection(path, passphrase, read_only=True)
    except StoreProblem:
        return False
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except DB_ERRORS:
        return False
    finally:
        conn.close()


def make_backup(store: Store, reason: str = "auto") -> BackupFile:
    """Write a verified copy of the live database into the backups folder."""
    folder = store.paths.backups
    try:
        ensure_private_dir(folder)
    except OSError:
        raise StoreProblem(StoreProblem.READ_ONLY, folder) from None
    taken = clock.now()
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    final = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    n = 1
    while final.exists():
        final = folder / f"{PREFIX}{stamp}-{reason}-{n}{SUFFIX}"
        n += 1
    tmp = final.with_name(final.name + ".partial")
    try:
        _copy(store, tmp)
        os.chmod(tmp, 0o600)
        fsync_path(tmp)
        if not verify(tmp, store.passphrase):
            raise StoreProblem(StoreProblem.CORRUPT, tmp)
        os.replace(tmp, final)
        fsync_path(folder)
    except (OSError,) + DB_ERRORS as exc:  # by errno or SQLite's code (app/storefile.py)
        raise classify(exc, folder) from None
    finally:
        for leftover in (tmp, *_sidecars(tmp)):
            leftover.unlink(missing_ok=True)
    return BackupFile(final, taken, reason)


def _copy(store: Store, target: Path) -> None:
    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        if store.passphrase:
            # The backup API re-encrypts with the destination's key.
            dest.set_key(store.passphrase.encode("utf-8"))
        store.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def list_backups(folder: Path) -> list[BackupFile]:
    """Published backups, newest first (partial files are never listed)."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for p in folder.glob(f"{PREFIX}*{SUFFIX}"):
        parts = p.name[len(PREFIX) : -len(SUFFIX)].split("-")
        if len(parts) < 2 or not (len(parts[0]) == 8 and len(parts[1]) == 6):
            continue
        try:  # the stamp `make_backup` writes, in ISO 8601's basic form (no strptime:
            # its first use compiles the locale's patterns, 25 ms at start-up)
            taken = datetime.fromisoformat(f"{parts[0]}T{parts[1]}")
        except ValueError:
            continue
        found.append(BackupFile(p, taken, parts[2] if len(parts) > 2 else ""))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(folder: Path, key: str | None = None) -> BackupFile | None:
    """The newest backup that can stand in for an unusable database. Read-only.

    A plain backup must pass `integrity_check` now; an encrypted one must pass it
    with `key` when there is one, else it counts on its whole pages (it was
    verified when it was written, and is checked again when it is unlocked).
    """
    for b in list_backups(folder):
        state = file_state(b.path)
        if state == "plain" and verify(b.path, None):
            return b
        if state == "opaque" and (verify(b.path, key) if key else b.path.stat().st_size > 0):
            return b
    return None


# -- automatic backups and thinning ----------------------------------------
# Like Anki's: everything from the last day, then one per day for 7 days, one
# per week for 4 weeks, one per month for 12 months. The newest backup is
# always kept, and thinning only runs after a new backup has been verified.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DUE_AFTER = timedelta(days=1)


def thin(backups: list[BackupFile], now: datetime, daily: int = KEEP_DAILY,
         weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> list[BackupFile]:
    """The backups to delete (a pure function: tests give it a fake `now`)."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    now = now.replace(tzinfo=None)
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    kept_days: set[object] = set()
    doomed: list[BackupFile] = []
    for i, b in enumerate(newest_first):
        taken = b.taken_at.replace(tzinfo=None)
        day, week, month = taken.date(), taken.isocalendar()[:2], (taken.year, taken.month)
        if i == 0 or now - taken < timedelta(days=1):
            days.add(day)
        elif day in kept_days:
            doomed.append(b)  # an older copy of a day already kept
            continue
        elif len(days) < daily:
            days.add(day)
        elif week not in weeks and len(weeks) < weekly:
            weeks.add(week)
        elif month not in months and len(months) < monthly:
            months.add(month)
        else:
            doomed.append(b)
            continue
        kept_days.add(day)
    return doomed


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete what `thin` says; returns the paths removed."""
    removed: list[Path] = []
    for b in thin(list_backups(folder), now or clock.now()):
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass  # a backup we could not delete is still a good backup
    return removed


def is_due(folder: Path, now: datetime | None = None) -> bool:
    """True when there is no backup from the last day."""
    found = list_backups(folder)
    if not found:
        return True
    moment = (now or clock.now()).replace(tzinfo=None)
    return moment - found[0].taken_at.replace(tzinfo=None) >= DUE_AFTER


def backup_and_thin(store: Store, reason: str) -> BackupFile:
    """A verified backup, then thinning (never before the backup counts)."""
    made = make_backup(store, reason)
    prune(store.paths.backups)
    return made


def auto_backup(store: Store) -> BackupFile | None:
    """The daily backup at start, if one is due; stale partial files are cleared."""
    folder = store.paths.backups
    if folder.is_dir():
        for stale in folder.glob(f"{PREFIX}*{SUFFIX}.partial*"):
            stale.unlink(missing_ok=True)
    if not is_due(folder):
        return None
    return backup_and_thin(store, "daily")


def auto_backup_in_background(paths: DataPaths, key: str | None) -> None:
    """Run `auto_backup` on its own read connection (for a worker thread); in a
    protected folder, first encrypt any backup still in plain text."""
    if key:
        rekey_backups(paths.backups, key, key, partials=False)
    try:
        conn = open_connection(paths.database, key, read_only=True)
    except StoreProblem:
        return
    try:
        auto_backup(Store(paths, conn, key))
    except StoreProblem:
        pass  # the next start tries again; the live data is untouched
    finally:
        conn.close()


# -- backups and the passphrase ------------------------------------------------
def export_copy(db: Database, target: Path, key: str | None) -> None:
    """Write `db` to `target` under `key` (None: plaintext), private and synced."""
    for p in (target, *_sidecars(target)):
        p.unlink(missing_ok=True)
    conn = db.conn
    # Bound parameters: the key never appears in SQL text, tracers or logs.
    conn.execute("ATTACH DATABASE ? AS copied KEY ?", (str(target), key or ""))
    try:
        conn.execute("SELECT sqlcipher_export('copied')")
    finally:
        conn.execute("DETACH DATABASE copied")
    if os.name == "posix":
        os.chmod(target, 0o600)
    fsync_path(target)


@dataclass
class BackupsRekeyed:
    """What became of the earlier backups when the passphrase was set or removed."""

    rewritten: list[Path] = field(default_factory=list)  # now under the new key (or plain)
    removed: list[Path] = field(default_factory=list)  # plain, could not be encrypted: shredded
    left: list[Path] = field(default_factory=list)  # not readable with the old key: untouched


def shred(path: Path) -> None:
    """Overwrite a file with zeros, sync, then delete it (best effort on SSDs)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as fh:
            block = b"\0" * 65536
            for _ in range(0, size, len(block)):
                fh.write(block)
            os.fsync(fh.fileno())
    except OSError:
        pass  # a full disk cannot stop the deletion below
    path.unlink(missing_ok=True)


def _needs_rekey(state: str, old_key: str | None, new_key: str | None) -> bool:
    if state == "plain":
        return bool(new_key)
    if state != "opaque":
        return False
    return not new_key or (old_key is not None and old_key != new_key)


# A database file Ippo could not open is kept in the backups folder under this
# prefix (app/recovery.py); it is never listed as a backup.
KEPT_PREFIX = "unusable-"


def _shred_kept_unusable(folder: Path, report: BackupsRekeyed) -> None:
    """A kept unusable file that is not encrypted may hold readable text; a folder
    under a passphrase keeps none, so it goes (it could not be opened anyway)."""
    for kept in folder.glob(f"{KEPT_PREFIX}*"):
        if kept.name.endswith(("-wal", "-shm", "-journal")):
            continue
        if file_state(kept) in ("plain", "foreign"):
            for p in (kept, *_sidecars(kept)):
                if p.exists():
                    shred(p)
            report.removed.append(kept)


def rekey_backups(folder: Path, old_key: str | None, new_key: str | None,
                  into: BackupsRekeyed | None = None, *,
                  partials: bool = True) -> BackupsRekeyed:
    """Rewrite every backup in `folder` under `new_key` (None: plaintext).

    Plain backups are read without a key, encrypted ones with `old_key`. Each is
    written under a temporary name, verified, then renamed over the old file, so
    its name and date stay. With a `new_key`, a plain backup that cannot be
    rewritten (a full disk, a damaged file) is shredded: a passphrase-protected
    folder keeps no readable copy. `rekey_backups(folder, key, key)` encrypts
    only what is still plain. `partials`: also shred unfinished copies (only
    when no backup can be under way, i.e. not from a background thread).
    """
    report = into if into is not None else BackupsRekeyed()
    if not folder.is_dir():
        return report
    for stale in folder.glob(f"{PREFIX}*{SUFFIX}.partial*") if partials else ():
        shred(stale)  # an unfinished copy may be plain text
    if new_key:
        _shred_kept_unusable(folder, report)
    for b in list_backups(folder):
        state = file_state(b.path)
        if not _needs_rekey(state, old_key, new_key):
            continue
        tmp = b.path.with_name(b.path.name + ".partial")
        try:
            src = connect(b.path, None if state == "plain" else old_key)
            try:
                export_copy(src, tmp, new_key)
            finally:
                src.conn.close()
            if not verify(tmp, new_key):
                raise StoreProblem(StoreProblem.CORRUPT, tmp)
            os.replace(tmp, b.path)
            fsync_path(folder)
            report.rewritten.append(b.path)
        except (StoreProblem, OSError) + DB_ERRORS:
            for leftover in (tmp, *_sidecars(tmp)):
                if leftover.exists():
                    shred(leftover)
            if state == "plain" and new_key:
                for p in (b.path, *_sidecars(b.path)):
                    if p.exists():
                        shred(p)
                report.removed.append(b.path)
            else:
                report.left.append(b.path)
    return report
