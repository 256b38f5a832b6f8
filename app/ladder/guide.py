"""Teaching text for the ladder (exercises/<lang>/ladder_guide.toml), loaded and checked."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.content import ContentError, content_language, load_raw, require

FILE = "ladder_guide"
TEXTS = ("stay", "early", "suds", "safety", "safety_examples", "happened", "repeat", "lapse",
         "variety_intro")


@dataclass(frozen=True)
class Source:
    cite: str
    used_for: str


@dataclass(frozen=True)
class LadderGuide:
    """Each field is one short paragraph; `variety` holds whole sentences.
    An empty guide (every text "") stands in when the file cannot be used."""

    stay: str = ""
    early: str = ""
    suds: str = ""
    safety: str = ""
    safety_examples: str = ""
    happened: str = ""
    repeat: str = ""
    lapse: str = ""
    variety_intro: str = ""
    variety: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


def parse(raw: dict[str, object], where: str) -> LadderGuide:
    """A LadderGuide from parsed TOML; ContentError names the first problem."""
    texts = {key: require(raw, key, str, where).strip() for key in TEXTS}
    variety = require(raw, "variety", list, where)
    if not all(isinstance(v, str) and v.strip() for v in variety):
        raise ContentError(f"{where}: 'variety' must hold non-empty sentences")
    found = require(raw, "source", list, where)
    sources = []
    for i, table in enumerate(found):
        at = f"{where} [[source]] {i + 1}"
        if not isinstance(table, dict):
            raise ContentError(f"{at}: must be a table")
        sources.append(Source(require(table, "cite", str, at), require(table, "used_for", str, at)))
    return LadderGuide(**texts, variety=tuple(v.strip() for v in variety),
                       sources=tuple(sources))


def load_guide(language: str | None = None, root: Path | None = None) -> LadderGuide:
    """The guide in the user's language; strict (raises ContentError)."""
    return parse(load_raw(FILE, language, root), f"{FILE}.toml")


def guide(language: str | None = None) -> LadderGuide:
    """The guide for the screens: an empty one (logged) if the file cannot be used,
    so the ladder still works without its teaching text."""
    return _cached(content_language(language))


@lru_cache(maxsize=4)
def _cached(language: str) -> LadderGuide:
    try:
        return load_guide(language)
    except ContentError:
        logging.getLogger(__name__).exception("ladder guide skipped")
        return LadderGuide()
