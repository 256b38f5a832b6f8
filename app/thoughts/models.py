"""The thought-record dataclasses every layer passes around (frozen, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DRAFT = "draft"
DONE = "done"
GUIDED = "guided"
FORM = "form"


@dataclass(frozen=True)
class Mood:
    """One feeling, rated 0-100 before and (optionally) after working through it."""

    name: str
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True)
class Thought:
    """An automatic thought with its belief (0-100 %) and the traps it fell into."""

    text: str
    belief: int | None = None
    is_hot: bool = False
    traps: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThoughtRecord:
    """The seven-column record. `id` is None until it is stored.

    status: "draft" (unfinished, may be empty) or "done" (finished and checked).
    """

    id: int | None = None
    status: str = DRAFT
    mode: str = GUIDED
    guided_step: int = 0
    day: date | None = None
    place: str = ""
    people: str = ""
    situation: str = ""
    moods: tuple[Mood, ...] = ()
    thoughts: tuple[Thought, ...] = ()
    evidence_for: str = ""
    evidence_against: str = ""
    alternative: str = ""
    alternative_belief: int | None = None
    hot_belief_after: int | None = None
    action: str = ""
    notes: str = ""
    step_id: int | None = None
    attempt_id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def hot_thought(self) -> Thought | None:
        hot = [t for t in self.thoughts if t.is_hot]
        if hot:
            return hot[0]
        return self.thoughts[0] if len(self.thoughts) == 1 else None

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT

    @property
    def trap_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for t in self.thoughts:
            for trap in t.traps:
                seen.setdefault(trap, None)
        return tuple(seen)


@dataclass(frozen=True)
class MoodChange:
    """Average mood intensity of one finished record, before and after (None if not re-rated)."""

    record_id: int
    day: date
    before: float
    after: float | None = None


def summary(rec: ThoughtRecord, limit: int = 90) -> str:
    """A record in one line of at most `limit` characters: its situation, else its
    hot thought."""
    text = (rec.situation or (rec.hot_thought.text if rec.hot_thought else "")).strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
