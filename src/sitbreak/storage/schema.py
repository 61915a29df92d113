"""Schema versions and the stepwise migrations between them (PRAGMA user_version)."""

from __future__ import annotations

import sqlite3

# Times are REAL seconds since the epoch (UTC) plus INTEGER seconds east of UTC at that moment.
_V1 = """
CREATE TABLE bouts (
    id INTEGER PRIMARY KEY,
    start_utc REAL NOT NULL,
    start_offset INTEGER NOT NULL,
    end_utc REAL NOT NULL,
    end_offset INTEGER NOT NULL,
    posture TEXT NOT NULL CHECK (posture IN ('sitting', 'standing')),
    end_reason TEXT,
    is_open INTEGER NOT NULL DEFAULT 0 CHECK (is_open IN (0, 1)),
    CHECK (end_utc >= start_utc)
);
CREATE INDEX bouts_by_start ON bouts (start_utc);
CREATE INDEX bouts_by_end ON bouts (end_utc);

CREATE TABLE prompts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('squeeze', 'stand', 'routine')),
    due_utc REAL NOT NULL,
    due_offset INTEGER NOT NULL,
    shown_utc REAL NOT NULL,
    shown_offset INTEGER NOT NULL,
    answered_utc REAL,
    answered_offset INTEGER,
    outcome TEXT CHECK (outcome IN ('accepted', 'snoozed', 'skipped', 'dismissed', 'missed')),
    snooze_count INTEGER NOT NULL DEFAULT 0,
    urgent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX prompts_by_shown ON prompts (shown_utc);

CREATE TABLE routine_sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    trigger TEXT NOT NULL,
    started_utc REAL NOT NULL,
    started_offset INTEGER NOT NULL,
    finished_utc REAL,
    finished_offset INTEGER,
    status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'abandoned')),
    exercises_total INTEGER NOT NULL
);
CREATE INDEX routine_sessions_by_start ON routine_sessions (started_utc);

CREATE TABLE routine_exercises (
    session_id INTEGER NOT NULL REFERENCES routine_sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    sets_done INTEGER NOT NULL DEFAULT 0,
    reps_done INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, position)
);
"""


# MIGRATIONS[n] is the SQL that takes a database at version n to version n + 1.
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per step. Returns the old version.

    The connection must be in autocommit mode (isolation_level=None): executescript
    would otherwise commit half a step.
    """
    old = schema_version(conn)
    for version in range(old, SCHEMA_VERSION):
        try:
            conn.executescript(
                f"BEGIN;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return old
