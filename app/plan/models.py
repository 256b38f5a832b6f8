"""Frozen records of the plan and its watchers, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.i18n import QT_TRANSLATE_NOOP, translate

# Stable ids, in the order the plan reads. "What helps" follows the safety-plan
# order (Stanley-Brown): alone -> distract -> ask for help -> professionals -> safe.
SECTION_KEYS: tuple[str, ...] = (
    "warning_signs", "triggers", "alone", "distract", "ask_help", "professionals",
    "safe_surroundings", "contacts", "reasons", "practice", "after_slip",
)
WHAT_HELPS: tuple[str, ...] = ("alone", "distract", "ask_help", "professionals",
                               "safe_surroundings")
# Sections whose items have a second field: how to reach them. The column has been
# in plan_items since m005, so people and services to ask for help gained it
# without a schema change (older rows simply have an empty detail).
WITH_DETAIL: frozenset[str] = frozenset({"ask_help", "professionals", "contacts"})
# "Need help now" follows the safety plan's own order (Stanley & Brown 2012):
# warning signs -> on my own -> people and places that distract -> people to ask
# for help -> professionals and crisis services -> making surroundings safe, and
# the reasons for living that hold it together. "People to contact" sits with
# the people to ask, as both are people with a way to reach them.
CRISIS_KEYS: tuple[str, ...] = (
    "warning_signs", "alone", "distract", "ask_help", "contacts", "professionals",
    "safe_surroundings", "reasons",
)

_TITLES = {
    "warning_signs": QT_TRANSLATE_NOOP("PlanSections", "My warning signs"),
    "triggers": QT_TRANSLATE_NOOP("PlanSections", "Risky situations and triggers"),
    "alone": QT_TRANSLATE_NOOP("PlanSections", "Things I can do on my own"),
    "distract": QT_TRANSLATE_NOOP("PlanSections", "People and places that take my mind off things"),
    "ask_help": QT_TRANSLATE_NOOP("PlanSections", "People I can ask for help"),
    "professionals": QT_TRANSLATE_NOOP("PlanSections", "Professionals and crisis services"),
    "safe_surroundings": QT_TRANSLATE_NOOP("PlanSections", "Making my surroundings safe"),
    "contacts": QT_TRANSLATE_NOOP("PlanSections", "People to contact"),
    "reasons": QT_TRANSLATE_NOOP("PlanSections",
                                 "My reasons for living, and what matters to me"),
    "practice": QT_TRANSLATE_NOOP("PlanSections", "What I keep practising"),
    "after_slip": QT_TRANSLATE_NOOP("PlanSections", "What I will do after a slip"),
}


def section_title(key: str) -> str:
    """The translated heading of a section."""
    return translate("PlanSections", _TITLES[key])


@dataclass(frozen=True)
class PlanItem:
    """One line of a section; `detail` is how to reach a person or service (else empty)."""

    text: str
    detail: str = ""


@dataclass(frozen=True)
class Plan:
    """One saved version of the whole plan."""

    version_id: int
    saved_at: datetime
    sections: dict[str, list[PlanItem]] = field(default_factory=dict)

    def items(self, key: str) -> list[PlanItem]:
        return self.sections.get(key, [])

    def is_empty(self) -> bool:
        return not any(self.sections.values())


@dataclass(frozen=True)
class PlanVersionInfo:
    id: int
    saved_at: datetime
    item_count: int


# Watcher kinds: the ids the user switches on.
NO_OUTSIDE = "no_outside"
NO_ATTEMPT = "no_attempt"
MOOD_DROP = "mood_drop"
LATE_SLEEP = "late_sleep"
NO_DIARY = "no_diary"
WATCHER_KINDS: tuple[str, ...] = (NO_OUTSIDE, NO_ATTEMPT, MOOD_DROP, LATE_SLEEP, NO_DIARY)


@dataclass(frozen=True)
class Watcher:
    """A warning-sign rule with the user's own thresholds.

    `days`: N days (no outside / no attempt / no diary) or N of 7 nights (late sleep);
    `mood_drop`: points on 0-10; `later_than`: a clock time for the sleep midpoint.
    """

    kind: str
    enabled: bool = False
    days: int | None = None
    mood_drop: float | None = None
    later_than: time | None = None

    @property
    def id(self) -> str:
        return self.kind


DEFAULT_WATCHERS: dict[str, Watcher] = {
    NO_OUTSIDE: Watcher(NO_OUTSIDE, days=4),
    NO_ATTEMPT: Watcher(NO_ATTEMPT, days=7),
    MOOD_DROP: Watcher(MOOD_DROP, mood_drop=2.0),
    LATE_SLEEP: Watcher(LATE_SLEEP, days=4, later_than=time(6, 0)),
    NO_DIARY: Watcher(NO_DIARY, days=5),
}


@dataclass(frozen=True)
class FiredWatcher:
    """A watcher whose sign shows in the data, with a plain sentence naming it."""

    kind: str
    message: str
    watcher: Watcher


@dataclass(frozen=True)
class DaySignal:
    """What the diary says about one day (every field may be missing)."""

    day: date
    mood: float | None = None
    minutes_outside: int | None = None
    went_outside: bool | None = None
    sleep_midpoint: float | None = None  # clock hours 0-24
    has_entry: bool = True

    @property
    def was_outside(self) -> bool:
        return bool(self.went_outside) or bool(self.minutes_outside and self.minutes_outside > 0)


@dataclass(frozen=True)
class AttemptSignal:
    """A ladder attempt: the day it began and the minutes it really lasted."""

    day: date
    actual_minutes: int | None = None
