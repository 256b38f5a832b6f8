"""Putting the newest good backup back when the database file is unusable.

Used when the database cannot be opened at all (empty, not a database,
damaged), so the usual restore, which needs an open store, cannot run. Nothing
is deleted: the unusable file and its SQLite companions are kept in the
backups folder under a dated name (`unusable-DATE.sqlite3`, never listed or
thinned as a backup, and removed with everything else by "Delete all my
data"), and the backup itself stays where it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.backup import KEPT_PREFIX, verify
from app.db import StoreProblem, classify, file_state, folder_problem
from app.paths import DataPaths, ensure_private_dir
from app.privacy.files import fsync_path

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PutBack:
    backup: Path
    kept: Path | None  # where the unusable file now is, in backups/ (None if there was none)


def _kept_name(paths: DataPaths) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"{KEPT_PREFIX}{stamp}.sqlite3"
    n = 1
    while any(p.exists() or p.is_symlink() for p in (target, *_sidecars(target))):
        target = paths.backups / f"{KEPT_PREFIX}{stamp}-{n}.sqlite3"
        n += 1
    return target


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _copy(source: Path, target: Path) -> None:
    """A private byte copy, synced to disk; `target` must not exist yet."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as src:
            while chunk := src.read(_CHUNK):
                os.write(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def put_back(paths: DataPaths, backup: Path, key: str | None = None) -> PutBack:
    """Make a copy of `backup` the live database, keeping the unusable file.

    The copy is written and checked under a temporary name first; then the
    unusable file and its companions are renamed aside and the copy renamed
    into place. Raises StoreProblem (nothing changed) when the folder cannot
    be written or the backup does not check out.
    """
    if (refused := folder_problem(paths.root, paths.database)) is not None:
        raise refused
    state = file_state(backup)
    good = (verify(backup, None) if state == "plain"
            else state == "opaque" and (verify(backup, key) if key else True))
    if not good:
        raise StoreProblem(StoreProblem.CORRUPT, backup)
    db = paths.database
    # The name the usual restore uses, so a crash's leftover is cleared the same way.
    partial = db.with_name(db.name + ".restore")
    moved: list[tuple[Path, Path]] = []
    try:
        ensure_private_dir(paths.backups)
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
        _copy(backup, partial)
        if state == "plain" and not verify(partial, None):
            raise StoreProblem(StoreProblem.CORRUPT, backup)
        kept = _kept_name(paths) if db.exists() else None
        if kept is not None:
            # Companions first: a stale -wal must never be laid over the backup.
            for live, aside in zip([*_sidecars(db), db], [*_sidecars(kept), kept], strict=True):
                if live.exists():
                    os.rename(live, aside)
                    moved.append((live, aside))
        os.replace(partial, db)
        fsync_path(paths.root)
    except OSError as exc:
        for live, aside in reversed(moved):  # put everything back as it was
            try:
                os.rename(aside, live)
            except OSError:
                pass
        raise classify(exc, paths.root) from None
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    return PutBack(backup, kept)
