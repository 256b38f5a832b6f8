"""Ready-made ladders from `exercises/<lang>/ladder_templates.toml`, and the
generator that fills a time ladder with a smooth run of whole minutes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content import ContentError, load_or_empty, path_for, require
from app.i18n import translate
from app.ladder.inputs import StepInput
from app.ladder.models import MAX_MINUTES
from app.validation import FieldErrors


@dataclass(frozen=True)
class TemplateStep:
    title: str
    minutes: int | None
    suds: int


@dataclass(frozen=True)
class Template:
    """A ready-made ladder from `exercises/<lang>/ladder_templates.toml`."""

    id: str
    name: str
    goal: str
    kind: str  # "steps" (a fixed list) or "time" (minutes from the generator)
    steps: tuple[TemplateStep, ...]
    title_one: str = ""  # time ladders: the title of a 1-minute step
    title_many: str = ""  # time ladders: "... {minutes} ..."
    suds_first: int = 0
    suds_last: int = 0


log = logging.getLogger(__name__)
FILE = "ladder_templates"
MAX_STEPS = 20


def minute_steps(first: int, last: int, count: int) -> list[int]:
    """`count` whole minutes from `first` to `last`, strictly increasing.

    Geometric spacing (each step a similar *proportion* longer, which feels
    even: 1→2 is as big a stretch as 10→20), rounded, then nudged so no two
    steps are equal and the last step is exactly `last`. Raises FieldErrors
    (fields `first`, `last`, `count`) when no such run exists.
    """
    errors = FieldErrors()
    if not 2 <= count <= MAX_STEPS:
        errors.add("count", translate("LadderTemplates", "Please choose from 2 to 20 steps."))
    if not 1 <= first <= MAX_MINUTES:
        errors.add("first", translate("LadderTemplates",
                                      "Please choose from 1 to 1440 minutes."))
    if not 1 <= last <= MAX_MINUTES:
        errors.add("last", translate("LadderTemplates", "Please choose from 1 to 1440 minutes."))
    elif not errors.messages and last - first < count - 1:
        errors.add("last", translate(
            "LadderTemplates",
            "The last step needs at least one more minute per step than the first."))
    errors.raise_if_any()
    out = [first]
    for i in range(1, count - 1):
        ideal = round(first * (last / first) ** (i / (count - 1)))
        highest = last - (count - 1 - i)  # leave room for the steps still to come
        out.append(min(max(ideal, out[-1] + 1), highest))
    out.append(last)
    return out


def _template(key: str, table: Any, where: str) -> Template:
    if not isinstance(table, dict):
        raise ContentError(f"{where}: must be a table")
    name = require(table, "name", str, where)
    goal = require(table, "goal", str, where)
    kind = table.get("kind", "steps")
    if kind == "time":
        minutes = require(table, "default_minutes", list, where)
        suds = [require(table, k, int, where) for k in ("suds_first", "suds_last")]
        one, many = (require(table, k, str, where) for k in ("title_one", "title_many"))
        if "{minutes}" not in many:
            raise ContentError(f"{where}: 'title_many' must contain {{minutes}}")
        if len(minutes) < 2 or not all(isinstance(m, int) for m in minutes) or \
                any(b <= a for a, b in zip(minutes, minutes[1:], strict=False)):
            raise ContentError(f"{where}: 'default_minutes' must be increasing whole minutes")
        base = Template(key, name, goal, "time", (), one, many, suds[0], suds[1])
        return _with_time_steps(base, minutes)
    if kind != "steps":
        raise ContentError(f"{where}: 'kind' must be \"steps\" or \"time\"")
    raw = require(table, "steps", list, where)
    found = []
    for i, step in enumerate(raw):
        at = f"{where}.steps[{i}]"
        if not isinstance(step, dict):
            raise ContentError(f"{at}: must be a table")
        suds = require(step, "suds", int, at)
        if not 0 <= suds <= 100:
            raise ContentError(f"{at}: 'suds' must be from 0 to 100")
        found.append(TemplateStep(require(step, "title", str, at), step.get("minutes"), suds))
    if not found:
        raise ContentError(f"{where}: 'steps' is empty")
    if [s.suds for s in found] != sorted(s.suds for s in found):
        log.warning("%s: steps are not easiest first; shown by predicted distress", where)
    found.sort(key=lambda s: s.suds)  # easiest first, whatever the file's order
    return Template(key, name, goal, "steps", tuple(found))


def _with_time_steps(t: Template, minutes: list[int]) -> Template:
    n = len(minutes)
    steps = tuple(
        TemplateStep(t.title_one if m == 1 else t.title_many.format(minutes=m), m,
                     round(t.suds_first + (t.suds_last - t.suds_first) * i / max(1, n - 1)))
        for i, m in enumerate(minutes))
    return Template(t.id, t.name, t.goal, t.kind, steps, t.title_one, t.title_many,
                    t.suds_first, t.suds_last)


def load_templates(language: str | None = None, root: Path | None = None) -> list[Template]:
    """Every usable template, in file order. A template with a mistake is
    logged with its file and key and left out; a broken file gives none."""
    raw = load_or_empty(FILE, language, root)
    where_file = path_for(FILE, language, root)
    out = []
    for key, table in raw.items():
        try:
            out.append(_template(key, table, f"{where_file} [{key}]"))
        except ContentError as exc:
            log.error("ladder template skipped: %s", exc)
    return out


def retime(template: Template, first: int, last: int, count: int) -> Template:
    """A time template with `count` steps from `first` to `last` minutes."""
    return _with_time_steps(template, minute_steps(first, last, count))


def step_inputs(template: Template) -> list[StepInput]:
    return [StepInput(s.title, s.minutes, s.suds) for s in template.steps]
