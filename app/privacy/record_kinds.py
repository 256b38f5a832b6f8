"""Plain names for the kinds of records Ippo keeps, for what a backup or export holds.

Counts are taken per table (`tables.counts`, `restore.preview`); people see kinds,
in the order the app shows its parts. Tables that only hold settings and
bookkeeping, and any table a later feature adds before it gets a name here, are
summed under one plain line, so no table name ever reaches the screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "RecordKinds"

# Ladder, Diary, Thoughts, Plan, Practice: the order of the app's pages.
KINDS: tuple[tuple[str, str], ...] = (
    ("ladders", QT_TRANSLATE_NOOP("RecordKinds", "Ladders")),
    ("ladder_steps", QT_TRANSLATE_NOOP("RecordKinds", "Ladder steps")),
    ("ladder_attempts", QT_TRANSLATE_NOOP("RecordKinds", "Times you tried a step")),
    ("diary_entries", QT_TRANSLATE_NOOP("RecordKinds", "Diary days")),
    ("diary_activities", QT_TRANSLATE_NOOP("RecordKinds", "Activities in the diary")),
    ("diary_symptoms", QT_TRANSLATE_NOOP("RecordKinds", "Symptoms you follow")),
    ("diary_symptom_ratings", QT_TRANSLATE_NOOP("RecordKinds", "Symptom ratings")),
    ("thought_records", QT_TRANSLATE_NOOP("RecordKinds", "Thought records")),
    ("thought_moods", QT_TRANSLATE_NOOP("RecordKinds", "Moods in thought records")),
    ("thought_thoughts", QT_TRANSLATE_NOOP("RecordKinds", "Thoughts in thought records")),
    ("thought_trap_tags", QT_TRANSLATE_NOOP("RecordKinds", "Thinking traps you noticed")),
    ("thought_custom_traps", QT_TRANSLATE_NOOP("RecordKinds", "Your own thinking traps")),
    ("plan_versions", QT_TRANSLATE_NOOP("RecordKinds", "Saved versions of your plan")),
    ("plan_items", QT_TRANSLATE_NOOP("RecordKinds", "Lines in your plan (all versions)")),
    ("plan_watchers", QT_TRANSLATE_NOOP("RecordKinds", "Signs Ippo watches for")),
    ("routine_anchors", QT_TRANSLATE_NOOP("RecordKinds", "Anchors of your day")),
    ("routine_ticks", QT_TRANSLATE_NOOP("RecordKinds", "Anchors you ticked")),
    ("routine_plans", QT_TRANSLATE_NOOP("RecordKinds", "Activities you planned")),
    ("routine_areas", QT_TRANSLATE_NOOP("RecordKinds", "Areas of life you care about")),
    ("practice_log", QT_TRANSLATE_NOOP("RecordKinds", "Exercises you practised")),
    ("practice_lines", QT_TRANSLATE_NOOP("RecordKinds", "Your own lines in rehearsals")),
    ("reasons_versions", QT_TRANSLATE_NOOP("RecordKinds", "Saved versions of your reasons")),
    ("reasons_items", QT_TRANSLATE_NOOP("RecordKinds", "Your reasons (all versions)")),
    ("drafts", QT_TRANSLATE_NOOP("RecordKinds", "Unfinished writing kept as drafts")),
)
# Settings and bookkeeping, not something the user wrote: shown only as part of OTHER.
INTERNAL = frozenset({"meta", "plan_snoozes", "thought_hidden_traps", "practice_prefs",
                      "diary_import_sources"})  # which app an imported diary day came from
OTHER = QT_TRANSLATE_NOOP("RecordKinds", "Settings and other details")


@dataclass(frozen=True)
class RecordKind:
    label: str  # translated
    count: int


def record_kinds(counts: Mapping[str, int]) -> list[RecordKind]:
    """Counts per table as named kinds in a fixed order; kinds with nothing are left out."""
    named = {table for table, _label in KINDS}
    kinds = [RecordKind(translate(CONTEXT, label), counts[table])
             for table, label in KINDS if counts.get(table)]
    rest = sum(n for table, n in counts.items() if table not in named)
    if rest:
        kinds.append(RecordKind(translate(CONTEXT, OTHER), rest))
    return kinds


def label_of(table: str) -> str:
    """The plain name of what one table holds (settings and bookkeeping as OTHER)."""
    label = next((text for name, text in KINDS if name == table), OTHER)
    return translate(CONTEXT, label)
