"""Where Ippo keeps the user's data: the one module that knows paths."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Ippo"
ENV_DATA_DIR = "IPPO_DATA_DIR"
DB_NAME = "ippo.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """Every file Ippo writes lives below `root`, so one folder is the whole of it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def crisis_card(self) -> Path:
        """The emergency line and the opt-in crisis card: outside the database, so
        "Need help now" can show them while Ippo is locked (the person is told)."""
        return self.root / "crisis_card.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / "ippo.lock"

    @property
    def mpl_cache(self) -> Path:
        return self.root / "cache" / "matplotlib"

    def sidecars(self) -> list[Path]:
        """SQLite's companion files of the database (WAL, shared memory, journal)."""
        db = self.database
        return [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def default_root() -> Path:
    from platformdirs import PlatformDirs  # lazy: only when no folder is given

    return PlatformDirs(APP_NAME, appauthor=False).user_data_path


def resolve(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """`--data-dir` wins, then `IPPO_DATA_DIR`, then the platform's data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_root()
    return DataPaths(Path(chosen).expanduser().resolve())


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) readable by the user alone on POSIX.

    Only folders made here get their mode set: a folder that already exists is
    the person's and is never changed (a read-only one stays read-only, and
    Ippo then says it cannot write there).
    """
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):  # parents as mkdir -p makes them; `path` private
        try:
            folder.mkdir(mode=0o700 if folder == path else 0o777)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made by someone else meanwhile: theirs, left as it is
        if folder == path and os.name == "posix":
            os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask


def bundle_root() -> Path:
    """The folder holding `exercises/` and `assets/`: the source tree, or the
    unpacked bundle of a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def exercises_dir() -> Path:
    return bundle_root() / "exercises"


def assets_dir() -> Path:
    return bundle_root() / "assets"
