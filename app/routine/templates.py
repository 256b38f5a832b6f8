"""Starter anchors and life areas from `exercises/<lang>/`, checked before use.

A template with a mistake is logged with its file and key and left out; a broken
file gives none. Nothing here is stored until the person chooses it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

from app.content import ContentError, load_or_empty, path_for, require
from app.routine.models import EVERY_DAY

log = logging.getLogger(__name__)
@dataclass(frozen=True)
class AnchorTemplate:
    """A starter anchor from `exercises/<lang>/routine_anchors.toml`."""

    key: str
    name: str
    at: time
    weekdays: frozenset[int] = EVERY_DAY


ANCHORS, AREAS = "routine_anchors", "life_areas"
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def parse_clock(text: str, where: str) -> time:
    match = _CLOCK.match(text)
    if not match:
        raise ContentError(f"{where}: 'at' must be a time like \"08:30\"")
    return time(int(match.group(1)), int(match.group(2)))


def _anchor(key: str, table: Any, where: str) -> AnchorTemplate:
    if not isinstance(table, dict):
        raise ContentError(f"{where}: must be a table")
    name = require(table, "name", str, where).strip()
    at = parse_clock(require(table, "at", str, where), where)
    raw = table.get("weekdays", sorted(EVERY_DAY))
    if not isinstance(raw, list) or not raw or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in raw):
        raise ContentError(f"{where}: 'weekdays' must list days from 0 (Monday) to 6")
    return AnchorTemplate(key, name, at, frozenset(raw))


def anchor_templates(language: str | None = None, root: Path | None = None
                     ) -> list[AnchorTemplate]:
    """Every usable starter anchor, in file order."""
    raw = load_or_empty(ANCHORS, language, root)
    where_file = path_for(ANCHORS, language, root)
    out = []
    for key, table in raw.items():
        try:
            out.append(_anchor(key, table, f"{where_file} [{key}]"))
        except ContentError as exc:
            log.error("routine anchor template skipped: %s", exc)
    return out


def area_examples(language: str | None = None, root: Path | None = None) -> list[str]:
    """The example life areas' names, in file order (broken entries left out)."""
    raw = load_or_empty(AREAS, language, root)
    where = path_for(AREAS, language, root)
    examples = raw.get("examples", [])
    if not isinstance(examples, list):
        log.error("life areas skipped: %s: 'examples' must be a list", where)
        return []
    out = []
    for i, item in enumerate(examples):
        try:
            if not isinstance(item, dict):
                raise ContentError(f"{where} examples[{i}]: must be a table")
            require(item, "id", str, f"{where} examples[{i}]")
            out.append(require(item, "name", str, f"{where} examples[{i}]").strip())
        except ContentError as exc:
            log.error("life area skipped: %s", exc)
    return out
