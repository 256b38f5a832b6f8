"""Delete all my data: the database, its WAL and shared-memory files, the key
file and every backup. The caller closes the store first."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.paths import DataPaths
from app.privacy.keys import keyfile

CONFIRM_WORD_EN = "delete"


def erase_everything(paths: DataPaths) -> list[Path]:
    """Remove every data file Ippo wrote in `paths`; returns what was removed.

    Settings (language, theme) stay: they hold nothing private. The crisis card
    and emergency line (kept outside the database) go with the rest.
    """
    db = paths.database
    candidates = [db, *paths.sidecars(), keyfile(paths), paths.crisis_card]
    for suffix in (".rekey", ".restore"):
        extra = db.with_name(db.name + suffix)
        candidates += [extra, *(extra.with_name(extra.name + s) for s in ("-wal", "-shm",
                                                                          "-journal"))]
    removed: list[Path] = []
    for p in candidates:
        if p.exists():
            p.unlink()
            removed.append(p)
    if paths.backups.exists():
        removed += sorted(paths.backups.iterdir())
        shutil.rmtree(paths.backups)
    return removed
