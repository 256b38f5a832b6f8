"""Preferences kept beside the database in `settings.json`.

They live outside the database because some are needed before it can be
opened (language and theme of the unlock screen). Nothing private goes here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

LANGUAGES = ("system", "en", "ja")
THEMES = ("system", "light", "dark")
TEXT_SCALES = (100, 125, 150, 175, 200)


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
    return out


def load(path: Path) -> Settings:
    """Settings from `path`; defaults for anything missing or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return Settings(**_clean(raw)) if isinstance(raw, dict) else Settings()


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half."""
    tmp = path.with_name(path.name + ".tmp")
    data = json.dumps(asdict(settings), indent=2, sort_keys=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
