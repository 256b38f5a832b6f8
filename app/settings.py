"""Preferences kept beside the database in `settings.json`.

They live outside the database because some are needed before it can be
opened (language and theme of the unlock screen). Nothing private goes here.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

LANGUAGES = ("system", "en", "ja")
THEMES = ("system", "light", "dark")
TEXT_SCALES = (100, 125, 150, 175, 200)
IDLE_LOCK_MINUTES = (0, 1, 5, 10, 15, 30, 60)
PAGE_SIZES = ("auto", "A4", "Letter")
MAX_BYTES = 64 * 1024  # Ippo's own file is well under 1 KiB
MAX_GEOMETRY = 4096
_BASE64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
SET_ASIDE_SUFFIX = ".unreadable"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    language: str = "system"
    theme: str = "system"
    text_scale: int = 100
    welcome_seen: bool = False
    window_geometry: str = ""
    neutral_title: bool = False
    idle_lock_minutes: int = 0
    lock_with_computer: bool = True  # lock Ippo when the screen locks (where it can tell)
    page_size: str = "auto"
    # Reminder choices (times and weekdays only; read by app/reminders/config.py)
    reminders: dict[str, Any] = field(default_factory=dict, hash=False)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _clean(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep known keys whose values have the right type; ignore the rest."""
    defaults = Settings()
    out: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in raw and type(raw[f.name]) is type(getattr(defaults, f.name)):
            out[f.name] = raw[f.name]
    if out.get("language") not in LANGUAGES:
        out.pop("language", None)
    if out.get("theme") not in THEMES:
        out.pop("theme", None)
    if out.get("text_scale") not in TEXT_SCALES:
        out.pop("text_scale", None)
    if out.get("idle_lock_minutes") not in IDLE_LOCK_MINUTES:
        out.pop("idle_lock_minutes", None)
    if out.get("page_size") not in PAGE_SIZES:
        out.pop("page_size", None)
    geometry = out.get("window_geometry", "")
    if len(geometry) > MAX_GEOMETRY or not set(geometry) <= _BASE64:
        out.pop("window_geometry", None)
    return out


def _read(path: Path) -> dict[str, Any] | None:
    """The JSON object in `path`; {} when there is no file; None when the file is
    there but damaged or hostile (too big, too deep, not an object, not a file)."""
    try:
        # O_NONBLOCK: a FIFO put where the file should be must not hang the start.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return {}
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        data = os.read(fd, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return None
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError, MemoryError):
        return None
    return raw if isinstance(raw, dict) else None


def load_checked(path: Path) -> tuple[Settings, bool]:
    """Settings from `path`, and whether the file was unusable. Never writes: an
    unusable file is left exactly as it is and the defaults are used."""
    raw = _read(path)
    if raw is None:
        log.warning("settings.json could not be read; using the usual preferences "
                    "and leaving the file as it is")
        return Settings(), True
    try:
        return Settings(**_clean(raw)), False
    except (TypeError, ValueError):
        return Settings(), True


def load(path: Path) -> Settings:
    """Settings from `path`; defaults for anything missing or unreadable."""
    return load_checked(path)[0]


def _set_aside_if_damaged(path: Path) -> None:
    """Before the first save over an unusable settings file, keep it under another
    name (never deleted): `settings.json.unreadable`, then `.unreadable-1`..."""
    try:
        if not path.is_file() or path.is_symlink() or _read(path) is not None:
            return
    except OSError:
        return
    target = path.with_name(path.name + SET_ASIDE_SUFFIX)
    n = 1
    while target.exists() or target.is_symlink():
        target = path.with_name(f"{path.name}{SET_ASIDE_SUFFIX}-{n}")
        n += 1
    os.rename(path, target)


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half."""
    _set_aside_if_damaged(path)
    tmp = path.with_name(path.name + ".tmp")
    data = json.dumps(asdict(settings), indent=2, sort_keys=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
