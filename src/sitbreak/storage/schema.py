"""Schema versions and the stepwise migrations between them (PRAGMA user_version), and
how a Sitbreak database is told from any other SQLite file (PRAGMA application_id)."""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass

# "SitB": written into every Sitbreak database's header (`file` shows it too). Databases
# made before it existed are recognised by their version and tables, then stamped.
APPLICATION_ID = 0x53697442

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
# The tables each version has, to recognise a Sitbreak database from before APPLICATION_ID.
TABLES_OF_VERSION: dict[int, frozenset[str]] = {
    1: frozenset({"bouts", "prompts", "routine_sessions", "routine_exercises"}),
}


class Kind(enum.Enum):
    EMPTY = "empty"  # no tables at all: a new file, ours to set up
    OURS = "ours"  # a Sitbreak database this version can use (maybe after a migration)
    NEWER = "newer"  # a Sitbreak database from a newer version
    FOREIGN = "foreign"  # another program's SQLite file


@dataclass(frozen=True)
class Identity:
    kind: Kind
    version: int
    application_id: int


def identify(conn: sqlite3.Connection) -> Identity:
    """What this SQLite file is, from its header and table names; reads only."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = schema_version(conn)
    tables = frozenset(
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    )
    if app_id == APPLICATION_ID:
        kind = Kind.NEWER if version > SCHEMA_VERSION else Kind.OURS
    elif app_id != 0:
        kind = Kind.FOREIGN
    elif not tables and version == 0:
        kind = Kind.EMPTY
    elif TABLES_OF_VERSION.get(version) == tables:
        kind = Kind.OURS  # made by a Sitbreak from before the application id
    else:
        kind = Kind.FOREIGN
    return Identity(kind, version, app_id)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per step. Returns the old version.

    The connection must be in autocommit mode (isolation_level=None): executescript
    would otherwise commit half a step.
    """
    old = schema_version(conn)
    steps = [
        f"{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};"
        for version in range(old, SCHEMA_VERSION)
    ]
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        # With the first step, so a new file is never left with tables but no id.
        stamp = f"PRAGMA application_id = {APPLICATION_ID};"
        steps = [f"{stamp}\n{steps[0]}", *steps[1:]] if steps else [stamp]
    for step in steps:
        try:
            conn.executescript(f"BEGIN;\n{step}\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return old
