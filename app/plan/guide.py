"""The guided first fill: a question and examples per section (exercises/<lang>/plan_guide.toml)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.content import ContentError, load_or_empty, load_raw, require
from app.plan.models import SECTION_KEYS


@dataclass(frozen=True)
class GuideStep:
    key: str
    prompt: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    intro: str
    steps: tuple[GuideStep, ...]


def parse(raw: dict[str, object], where: str) -> Guide:
    """A Guide from parsed TOML; ContentError names the first problem."""
    intro = require(raw, "intro", str, where)
    sections = require(raw, "sections", dict, where)
    steps = []
    for key in SECTION_KEYS:
        table = require(sections, key, dict, f"{where} [sections]")
        prompt = require(table, "prompt", str, f"{where} [sections.{key}]")
        examples = require(table, "examples", list, f"{where} [sections.{key}]")
        if not all(isinstance(e, str) and e.strip() for e in examples):
            raise ContentError(f"{where} [sections.{key}]: examples must be non-empty text")
        steps.append(GuideStep(key, prompt, tuple(examples)))
    return Guide(intro, tuple(steps))


def load_guide(language: str | None = None, root: Path | None = None) -> Guide:
    """The guide in the user's language; strict (raises ContentError)."""
    return parse(load_raw("plan_guide", language, root), "plan_guide.toml")


def load_guide_or_none(language: str | None = None) -> Guide | None:
    """The guide, or None (logged) if the file cannot be used: Ippo goes on without it."""
    raw = load_or_empty("plan_guide", language)
    try:
        return parse(raw, "plan_guide.toml") if raw else None
    except ContentError:
        logging.getLogger(__name__).exception("plan guide skipped")
        return None
