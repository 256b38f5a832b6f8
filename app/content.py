"""Loads content files (ladder templates, thinking traps, guides) from `exercises/`.

Content is data, in English and Japanese side by side: `exercises/en/NAME.toml`
and `exercises/ja/NAME.toml` hold the same ids. A file with a mistake is
reported in the log by file and key and skipped; it never stops Ippo.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app import i18n
from app.paths import exercises_dir

log = logging.getLogger(__name__)
LANGUAGES = ("en", "ja")


class ContentError(ValueError):
    """A content file that cannot be used, with the file and the reason."""


def content_language(language: str | None = None) -> str:
    lang = language or i18n.language()
    return lang if lang in LANGUAGES else "en"


def path_for(name: str, language: str | None = None, root: Path | None = None) -> Path:
    return (root or exercises_dir()) / content_language(language) / f"{name}.toml"


def load_raw(name: str, language: str | None = None, root: Path | None = None) -> dict[str, Any]:
    """The parsed TOML of one content file; ContentError if missing or malformed."""
    import tomllib  # lazy: ~2 ms, and Today's first frame parses no content

    path = path_for(name, language, root)
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ContentError(f"{path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: {exc}") from None


def load_or_empty(
    name: str, language: str | None = None, root: Path | None = None
) -> dict[str, Any]:
    """Like load_raw, but a broken file is logged and treated as empty."""
    try:
        return load_raw(name, language, root)
    except ContentError as exc:
        log.error("content file skipped: %s", exc)
        return {}


def require(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    """Fetch `key` of type `kind` from a content table or raise ContentError."""
    value = table.get(key)
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise ContentError(f"{where}: '{key}' must be a non-empty {kind.__name__}")
    return value
