"""m002: graded-exposure ladders, their ordered steps, and every attempt of a step."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Written as SQL because sqlite-utils cannot declare ON DELETE CASCADE: deleting a
# ladder or a step must take its attempts with it, never leave orphans behind.
SCHEMA = [
    """CREATE TABLE ladders (
        id INTEGER PRIMARY KEY,
        goal TEXT NOT NULL,
        template TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        is_current INTEGER NOT NULL DEFAULT 0,
        current_step_id INTEGER
    ) STRICT""",
    """CREATE TABLE ladder_steps (
        id INTEGER PRIMARY KEY,
        ladder_id INTEGER NOT NULL REFERENCES ladders(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        target_minutes INTEGER,
        predicted_suds INTEGER,
        note TEXT NOT NULL DEFAULT '',
        reached_at TEXT,
        acknowledged INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX idx_ladder_steps_ladder ON ladder_steps(ladder_id, position)",
    """CREATE TABLE ladder_attempts (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES ladder_steps(id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        planned_minutes INTEGER,
        actual_minutes INTEGER,
        suds_before INTEGER,
        suds_peak INTEGER,
        suds_after INTEGER,
        feared_outcome TEXT NOT NULL DEFAULT '',
        feared_likelihood_before INTEGER,
        outcome_happened TEXT,
        likelihood_after INTEGER,
        safety_behaviours TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX idx_ladder_attempts_step ON ladder_attempts(step_id, started_at)",
    "CREATE INDEX idx_ladder_attempts_started ON ladder_attempts(started_at)",
]


def migrate(db: Database) -> None:
    for statement in SCHEMA:
        db.execute(statement)
