"""Loads the thinking-trap catalogue and the guided-record prompts from exercises/,
with their records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.content import ContentError, load_raw, require


@dataclass(frozen=True)
class Trap:
    """A thinking trap: built-in (from exercises/) or the user's own (`custom-N`)."""

    id: str
    label: str
    explanation: str = ""
    example: str = ""
    builtin: bool = True
    hidden: bool = False


@dataclass(frozen=True)
class GuideStep:
    id: str
    title: str
    prompt: str
    example: str


TRAPS_FILE = "thinking_traps"
GUIDE_FILE = "thought_record_guide"
GUIDE_STEP_IDS = ("situation", "moods", "thoughts", "traps", "evidence_for",
                  "evidence_against", "alternative", "rerate", "action")


def builtin_traps(language: str | None = None, root: Path | None = None) -> list[Trap]:
    """The built-in traps in catalogue order; ContentError if the file is unusable."""
    raw = load_raw(TRAPS_FILE, language, root)
    entries = raw.get("trap")
    if not isinstance(entries, list) or not entries:
        raise ContentError(f"{TRAPS_FILE}: no [[trap]] entries")
    traps: list[Trap] = []
    for i, entry in enumerate(entries):
        where = f"{TRAPS_FILE} trap #{i + 1}"
        traps.append(Trap(
            id=require(entry, "id", str, where),
            label=require(entry, "label", str, where),
            explanation=require(entry, "explanation", str, where),
            example=require(entry, "example", str, where),
        ))
    ids = [t.id for t in traps]
    if len(set(ids)) != len(ids):
        raise ContentError(f"{TRAPS_FILE}: duplicate trap ids")
    return traps


def guide_steps(language: str | None = None, root: Path | None = None) -> list[GuideStep]:
    """The guided-mode prompts, one per step, in GUIDE_STEP_IDS order."""
    raw = load_raw(GUIDE_FILE, language, root)
    by_id: dict[str, GuideStep] = {}
    for i, entry in enumerate(raw.get("step", [])):
        where = f"{GUIDE_FILE} step #{i + 1}"
        step = GuideStep(*(require(entry, key, str, where)
                           for key in ("id", "title", "prompt", "example")))
        by_id[step.id] = step
    missing = [s for s in GUIDE_STEP_IDS if s not in by_id]
    if missing:
        raise ContentError(f"{GUIDE_FILE}: missing steps {', '.join(missing)}")
    return [by_id[s] for s in GUIDE_STEP_IDS]
