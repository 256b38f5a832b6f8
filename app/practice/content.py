"""Practice content from `exercises/<lang>/`: practice.toml, lesson_*.md, family_guide.md.

A problem is reported as ContentError naming the file and line. The strict
loaders raise it (for tests); `load_practice` skips just the broken exercise
and logs a notice (content text only, never anything the user wrote).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from app.content import LANGUAGES, ContentError, content_language, path_for
from app.paths import exercises_dir
from app.practice.models import (
    BREATHING,
    GROUNDING,
    KINDS,
    REHEARSAL,
    Exercise,
    Lesson,
    Line,
    PracticeContent,
    ReasonsWords,
    Source,
)

log = logging.getLogger(__name__)
NAME = "practice"
LESSON_PREFIX = "lesson_"
# The order lessons are offered in; a lesson file not listed here follows by name.
LESSON_ORDER = ("lesson_avoidance", "lesson_staying", "lesson_lapse", "lesson_sleep",
                "lesson_first_appointment")
FAMILY_GUIDE = "family_guide"
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def line_of(text: str, table: str, key: str | None = None) -> int:
    """The line of `key` inside TOML table `[table]` (or of the header; 1 if absent)."""
    lines = text.splitlines()
    header = re.compile(r"^\s*\[\s*" + re.escape(table).replace(r"\.", r"\s*\.\s*") + r"\s*\]")
    start = next((i for i, ln in enumerate(lines) if header.match(ln)), None)
    if start is None:
        return 1
    if key is not None:
        assign = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        for i in range(start + 1, len(lines)):
            if lines[i].lstrip().startswith("["):
                break
            if assign.match(lines[i]):
                return i + 1
    return start + 1


class _Reader:
    def __init__(self, text: str, path: Path) -> None:
        self.text, self.path = text, path

    def error(self, table: str, key: str | None, reason: str) -> ContentError:
        return ContentError(f"{self.path}:{line_of(self.text, table, key)}: [{table}] {reason}")

    def text_field(self, raw: dict[str, Any], table: str, key: str, optional: bool = False) -> str:
        value = raw.get(key)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.error(table, key if key in raw else None,
                             f"'{key}' must be a non-empty text")
        return value.strip()


def parse_exercise(reader: _Reader, ex_id: str, raw: Any) -> Exercise:
    table = f"exercises.{ex_id}"
    if not isinstance(raw, dict):
        raise reader.error(table, None, "must be a table")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise reader.error(table, "kind", f"unknown exercise kind {kind!r} "
                           f"(known: {', '.join(KINDS)})")
    known = {"kind", "title", "intro", "stay", "steps", "done", "situation", "lines", "step",
             "predicted_suds"}
    for key in raw:
        if key not in known:
            raise reader.error(table, key, f"unknown field '{key}'")
    title = reader.text_field(raw, table, "title")
    intro = reader.text_field(raw, table, "intro", optional=kind == REHEARSAL)
    stay = reader.text_field(raw, table, "stay", optional=kind == REHEARSAL)
    if kind == BREATHING:
        return Exercise(ex_id, kind, title, intro, stay)
    if kind == GROUNDING:
        steps = raw.get("steps")
        if (not isinstance(steps, list) or not steps
                or not all(isinstance(s, str) and s.strip() for s in steps)):
            raise reader.error(table, "steps", "'steps' must be a list of non-empty texts")
        return Exercise(ex_id, kind, title, intro, stay, steps=tuple(s.strip() for s in steps),
                        done=reader.text_field(raw, table, "done"))
    situation = reader.text_field(raw, table, "situation")
    step = reader.text_field(raw, table, "step")
    suds = raw.get("predicted_suds")
    if not isinstance(suds, int) or isinstance(suds, bool) or not 0 <= suds <= 100:
        raise reader.error(table, "predicted_suds", "'predicted_suds' must be a whole number "
                           "from 0 to 100")
    lines = raw.get("lines")
    if not isinstance(lines, list) or not lines:
        raise reader.error(table, "lines", "'lines' must be a list of {them, me}")
    parsed = []
    for item in lines:
        if not isinstance(item, dict) or set(item) != {"them", "me"} or not all(
                isinstance(v, str) and v.strip() for v in item.values()):
            raise reader.error(table, "lines", "each line needs non-empty 'them' and 'me'")
        parsed.append(Line(item["them"].strip(), item["me"].strip()))
    return Exercise(ex_id, kind, title, intro, stay, situation=situation, lines=tuple(parsed),
                    step=step, predicted_suds=suds)


def _read(language: str | None, root: Path | None) -> tuple[_Reader, dict[str, Any]]:
    import tomllib  # lazy: ~2 ms, and Today's first frame parses no content

    path = path_for(NAME, language, root)
    try:
        text = path.read_text(encoding="utf-8")
        return _Reader(text, path), tomllib.loads(text)
    except OSError as exc:
        raise ContentError(f"{path}:1: cannot be read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: {exc}") from None


def _parse(language: str | None, root: Path | None,
           strict: bool) -> tuple[PracticeContent, list[ContentError]]:
    reader, raw = _read(language, root)
    problems: list[ContentError] = []
    exercises: list[Exercise] = []
    table = raw.get("exercises")
    if not isinstance(table, dict):
        raise reader.error("exercises", None, "no [exercises.<id>] tables")
    for ex_id, body in table.items():
        try:
            exercises.append(parse_exercise(reader, ex_id, body))
        except ContentError as exc:
            if strict:
                raise
            problems.append(exc)
    reasons: ReasonsWords | None = None
    try:
        r = raw.get("reasons")
        if not isinstance(r, dict):
            raise reader.error("reasons", None, "missing [reasons]")
        reasons = ReasonsWords(*(reader.text_field(r, "reasons", k)
                                 for k in ("intro", "gives", "costs", "easier", "today")))
    except ContentError as exc:
        if strict:
            raise
        problems.append(exc)
    sources = tuple(Source(str(s.get("cite", "")), str(s.get("used_for", "")))
                    for s in raw.get("source", []) if isinstance(s, dict))
    return PracticeContent(tuple(exercises), reasons, sources), problems


def load_strict(language: str | None = None, root: Path | None = None) -> PracticeContent:
    """Every exercise, or ContentError "file:line: reason" for the first problem."""
    return _parse(language, root, strict=True)[0]


def load_practice(language: str | None = None, root: Path | None = None) -> PracticeContent:
    """What can be used; a broken exercise (or file) is skipped with a logged notice."""
    try:
        content, problems = _parse(language, root, strict=False)
    except ContentError as exc:
        log.warning("practice content skipped: %s", exc)
        return PracticeContent()
    for problem in problems:
        log.warning("practice exercise skipped: %s", problem)
    return content


def keys(language: str, root: Path | None = None) -> dict[str, set[str]]:
    """Per exercise id, its fields (and for a list, each item index), for comparing languages."""
    _reader, raw = _read(language, root)
    out: dict[str, set[str]] = {}
    for ex_id, body in (raw.get("exercises") or {}).items():
        fields: set[str] = set()
        for key, value in (body.items() if isinstance(body, dict) else []):
            fields.add(key)
            if isinstance(value, list):
                fields.update(f"{key}[{i}]" for i in range(len(value)))
        out[ex_id] = fields
    out["[reasons]"] = set(raw.get("reasons") or {})
    return out


def translation_problems(root: Path | None = None) -> list[str]:
    """Each id or field present in one language and not the other, as "file:line: ..."."""
    problems: list[str] = []
    texts = {lang: path_for(NAME, lang, root).read_text(encoding="utf-8") for lang in LANGUAGES}
    found = {lang: keys(lang, root) for lang in LANGUAGES}
    for lang in LANGUAGES:
        other = next(x for x in LANGUAGES if x != lang)
        for ex_id, fields in found[lang].items():
            table = "reasons" if ex_id == "[reasons]" else f"exercises.{ex_id}"
            here = path_for(NAME, lang, root)
            if ex_id not in found[other]:
                problems.append(f"{here}:{line_of(texts[lang], table)}: [{table}] has no "
                                f"{other} translation")
                continue
            for missing in sorted(fields - found[other][ex_id]):
                field = missing.split("[")[0]
                problems.append(f"{path_for(NAME, other, root)}:"
                                f"{line_of(texts[other], table)}: [{table}] lacks '{missing}' "
                                f"(line {line_of(texts[lang], table, field)} in {here.name} "
                                f"of {lang})")
    return problems


# -- Markdown: lessons and the family guide -------------------------------------
def _md_path(name: str, language: str | None, root: Path | None) -> Path:
    return (root or exercises_dir()) / content_language(language) / f"{name}.md"


def parse_markdown(name: str, text: str, where: Path) -> Lesson:
    """Title from the first '# ' line; sources in <!-- --> comments are left out."""
    body = _COMMENT.sub("", text).strip()
    first, _, rest = body.partition("\n")
    if not first.startswith("# ") or not first[2:].strip():
        raise ContentError(f"{where}:1: the first line must be a '# Title'")
    if not rest.strip():
        raise ContentError(f"{where}:2: the text is empty")
    return Lesson(name, first[2:].strip(), rest.strip())


def load_markdown_strict(name: str, language: str | None = None,
                         root: Path | None = None) -> Lesson:
    path = _md_path(name, language, root)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}:1: cannot be read ({exc})") from None
    return parse_markdown(name, text, path)


def load_markdown(name: str, language: str | None = None,
                  root: Path | None = None) -> Lesson | None:
    try:
        return load_markdown_strict(name, language, root)
    except ContentError as exc:
        log.warning("practice text skipped: %s", exc)
        return None


def lesson_ids(root: Path | None = None) -> list[str]:
    """Lesson names found in the English folder, in teaching order."""
    found = {p.stem for p in ((root or exercises_dir()) / "en").glob(f"{LESSON_PREFIX}*.md")}
    ordered = [n for n in LESSON_ORDER if n in found]
    return ordered + sorted(found - set(ordered))


def lessons(language: str | None = None, root: Path | None = None) -> list[Lesson]:
    """Every lesson that loads in this language (a broken one is skipped and logged)."""
    out = [load_markdown(n, language, root) for n in lesson_ids(root)]
    return [lesson for lesson in out if lesson is not None]


def markdown_problems(root: Path | None = None) -> list[str]:
    """Markdown files missing in a language, or whose '## ' headings differ in number."""
    problems: list[str] = []
    base = root or exercises_dir()
    names = {p.stem for lang in LANGUAGES for p in (base / lang).glob("*.md")}
    for name in sorted(names):
        counts = {}
        for lang in LANGUAGES:
            path = base / lang / f"{name}.md"
            if not path.exists():
                problems.append(f"{path}:1: missing (the other language has it)")
                continue
            try:
                lesson = load_markdown_strict(name, lang, root)
            except ContentError as exc:
                problems.append(str(exc))
                continue
            counts[lang] = [i + 1 for i, ln in enumerate(path.read_text("utf-8").splitlines())
                            if ln.startswith("## ")]
            del lesson
        if len(counts) == 2 and len(counts["en"]) != len(counts["ja"]):
            problems.append(f"{base / 'ja' / (name + '.md')}:1: {len(counts['ja'])} sections, "
                            f"English has {len(counts['en'])}")
    return problems
