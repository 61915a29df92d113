"""The SQLite database: bouts, prompts and routine sessions, and its one error type.

Opening it handles what a long-lived user database meets: a newer schema (refused, file
untouched), a corrupt file (kept under a new name, a fresh one started), an unwritable
directory (a clear error; the app may then run on an in-memory database). Every method
turns SQLite's errors into DatabaseError (a core StorageError), worded for the user:
nothing above storage/ sees sqlite3. Reads go through storage/queries.py.
"""

from __future__ import annotations

import functools
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sitbreak.core.clock import Clock, SystemClock
from sitbreak.core.records import (
    BoutRecord,
    EndReason,
    ExerciseResult,
    Outcome,
    Posture,
    PromptKind,
    PromptRecord,
    RoutineSessionRecord,
    SessionStatus,
    StorageError,
)
from sitbreak.core.stats import DayStats
from sitbreak.storage import day_totals, queries
from sitbreak.storage.schema import SCHEMA_VERSION, migrate, schema_version

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


class DatabaseError(StorageError):
    """A problem with the database, worded for the user."""


class DatabaseTooNewError(DatabaseError):
    pass


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the user to be told."""

    migrated_from: int | None = None  # old schema version, if a migration ran
    corrupt_copy: Path | None = None  # where an unreadable file was moved to
    closed_after_crash: int = 0  # open bouts found and closed


def _reads(method: Callable[P, R]) -> Callable[P, R]:
    """A read whose SQLite error becomes a DatabaseError worded for the user."""

    @functools.wraps(method)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database: {error}.") from error

    return read


def _writes(method: Callable[P, R]) -> Callable[P, R]:
    """A write whose SQLite error becomes a DatabaseError (SQLite's words: the caller
    says what could not be saved)."""

    @functools.wraps(method)
    def write(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as error:
            raise DatabaseError(str(error)) from error

    return write


class Database:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        clock: Clock,
        report: OpenReport | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self._clock = clock  # times are stored with the local UTC offset of their moment
        self.report = report or OpenReport()

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, clock: Clock | None = None) -> Database:
        """The database file for the app, created or migrated as needed."""
        conn, old, corrupt_copy = _open_for_writing(path)
        db = cls(conn, path, clock or SystemClock())
        closed = db.close_open_bouts(EndReason.CRASH)
        db.report = OpenReport(
            migrated_from=old if old not in (0, SCHEMA_VERSION) else None,
            corrupt_copy=corrupt_copy,
            closed_after_crash=closed,
        )
        return db

    @classmethod
    def open_readonly(cls, path: Path, clock: Clock | None = None) -> Database:
        """For `sitbreak stats`/`export`: reads beside the running app without blocking it."""
        if not path.exists():
            raise DatabaseError(f"No database at {path} yet: Sitbreak has not recorded anything.")
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute("PRAGMA busy_timeout = 5000")
            version = schema_version(conn)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database {path}: {error}.") from error
        if version > SCHEMA_VERSION:
            conn.close()
            raise _too_new(path, version)
        if version < SCHEMA_VERSION:
            conn.close()
            raise DatabaseError(
                f"The database {path} is from an older Sitbreak (schema {version}); "
                "start the app once to update it."
            )
        return cls(conn, path, clock or SystemClock())

    @classmethod
    def open_in_memory(cls, clock: Clock | None = None) -> Database:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn)
        return cls(conn, None, clock or SystemClock())

    def close(self) -> None:
        self._conn.close()

        # -- bouts -------------------------------------------------------------------

    @_writes
    def save_bout(
        self,
        bout_id: int | None,
        start: datetime,
        end: datetime,
        posture: Posture,
        end_reason: EndReason | None,
    ) -> int:
        """Insert or update a bout; `end_reason=None` saves it as still open."""
        values = (
            start.timestamp(),
            self._offset(start),
            max(end, start).timestamp(),
            self._offset(end),
            posture.value,
            None if end_reason is None else end_reason.value,
            1 if end_reason is None else 0,
        )
        with self._write():
            if bout_id is None:
                cur = self._conn.execute(
                    "INSERT INTO bouts (start_utc, start_offset, end_utc, end_offset, posture,"
                    " end_reason, is_open) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                return int(cur.lastrowid or 0)
            self._conn.execute(
                "UPDATE bouts SET start_utc = ?, start_offset = ?, end_utc = ?, end_offset = ?,"
                " posture = ?, end_reason = ?, is_open = ? WHERE id = ?",
                (*values, bout_id),
            )
            return bout_id

    @_writes
    def delete_bout(self, bout_id: int) -> None:
        """Forget a period that turned out too short to be a bout."""
        with self._write():
            self._conn.execute("DELETE FROM bouts WHERE id = ?", (bout_id,))

    @_writes
    def close_open_bouts(self, reason: EndReason) -> int:
        """Close bouts left open (by a crash): they end at their last saved moment."""
        with self._write():
            cur = self._conn.execute(
                "UPDATE bouts SET is_open = 0, end_reason = ? WHERE is_open = 1", (reason.value,)
            )
            return cur.rowcount

    @_reads
    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]:
        """Bouts that overlap [start, end), oldest first."""
        return queries.bouts_overlapping(self._conn, start, end)

    # -- prompts -----------------------------------------------------------------
    @_writes
    def add_prompt(
        self, kind: PromptKind, due: datetime, shown: datetime, snooze_count: int, urgent: bool
    ) -> int:
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO prompts (kind, due_utc, due_offset, shown_utc, shown_offset,"
                " snooze_count, urgent) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    kind.value,
                    due.timestamp(),
                    self._offset(due),
                    shown.timestamp(),
                    self._offset(shown),
                    snooze_count,
                    int(urgent),
                ),
            )
            return int(cur.lastrowid or 0)

    @_writes
    def answer_prompt(self, prompt_id: int, outcome: Outcome, answered: datetime) -> None:
        with self._write():
            self._conn.execute(
                "UPDATE prompts SET outcome = ?, answered_utc = ?, answered_offset = ?"
                " WHERE id = ?",
                (outcome.value, answered.timestamp(), self._offset(answered), prompt_id),
            )

    @_reads
    def prompts_between(self, start: datetime, end: datetime) -> list[PromptRecord]:
        """Prompts shown in [start, end), oldest first."""
        return queries.prompts_shown(self._conn, start, end)

    # -- routine sessions ----------------------------------------------------------
    @_writes
    def start_routine_session(
        self, routine_id: str, trigger: str, started: datetime, exercise_ids: Sequence[str]
    ) -> int:
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO routine_sessions (routine_id, trigger, started_utc, started_offset,"
                " status, exercises_total) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    routine_id,
                    trigger,
                    started.timestamp(),
                    self._offset(started),
                    SessionStatus.IN_PROGRESS.value,
                    len(exercise_ids),
                ),
            )
            session_id = int(cur.lastrowid or 0)
            self._conn.executemany(
                "INSERT INTO routine_exercises (session_id, position, exercise_id)"
                " VALUES (?, ?, ?)",
                [(session_id, i, ex) for i, ex in enumerate(exercise_ids)],
            )
            return session_id

    @_writes
    def update_routine_session(
        self,
        session_id: int,
        status: SessionStatus,
        results: Iterable[ExerciseResult],
        finished: datetime | None = None,
    ) -> None:
        """Record progress; `results` are in routine order (position 0 first)."""
        with self._write():
            self._conn.execute(
                "UPDATE routine_sessions SET status = ?, finished_utc = ?, finished_offset = ?"
                " WHERE id = ?",
                (
                    status.value,
                    None if finished is None else finished.timestamp(),
                    None if finished is None else self._offset(finished),
                    session_id,
                ),
            )
            self._conn.executemany(
                "UPDATE routine_exercises SET sets_done = ?, reps_done = ?, completed = ?"
                " WHERE session_id = ? AND position = ?",
                [
                    (r.sets_done, r.reps_done, int(r.completed), session_id, i)
                    for i, r in enumerate(results)
                ],
            )

    @_reads
    def exercise_completions(self) -> dict[str, int]:
        """How many times each exercise was completed in a routine, ever."""
        return queries.exercise_completions(self._conn)

    @_reads
    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]:
        """Sessions started in [start, end), oldest first, with their exercises."""
        return queries.sessions_started(self._conn, start, end)

    @_reads
    def day_totals(
        self, first: date, last: date, limit_seconds: float, detail_from: date | None
    ) -> list[DayStats]:
        """Each local day first..last added up by SQLite in one query (storage/day_totals.py);
        prompts and hour buckets only from `detail_from` on (None: not at all)."""
        return day_totals.day_totals(self._conn, first, last, limit_seconds, detail_from)

    # -- helpers -----------------------------------------------------------------
    def _offset(self, moment: datetime) -> int:
        """Seconds east of UTC of local time at that moment (DST-aware)."""
        offset = self._clock.to_local(moment).utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    def _write(self) -> _Transaction:
        return _Transaction(self._conn)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error (connection is in autocommit mode)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _open_for_writing(path: Path) -> tuple[sqlite3.Connection, int, Path | None]:
    """A migrated connection, the schema version found, and where a corrupt file went."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"Cannot create the data folder {path.parent}: {error.strerror or error}."
        ) from error
    corrupt_copy = None
    if path.exists():
        problem = _check_existing(path)
        if problem is not None:
            corrupt_copy = _move_aside(path)
            log.error("database %s is unreadable (%s); kept as %s", path, problem, corrupt_copy)
    try:
        conn = _connect(path)
        old = schema_version(conn)
        if old > SCHEMA_VERSION:  # a race with a newer app writing meanwhile
            conn.close()
            raise _too_new(path, old)
        migrate(conn)
    except sqlite3.Error as error:
        raise DatabaseError(f"Cannot open the database {path}: {error}.") from error
    return conn, old, corrupt_copy


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _too_new(path: Path, version: int) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        f"The database {path} was written by a newer Sitbreak (schema {version}; this version "
        f"knows up to {SCHEMA_VERSION}). It was left untouched; update Sitbreak, or start this "
        "one with another --data-dir."
    )


# SQLite's primary result codes that mean the file itself is damaged or not a database.
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _check_existing(path: Path) -> str | None:
    """None if the file is a healthy database; otherwise what is wrong with the file itself.

    Raises DatabaseTooNewError (without changing the file) for a newer schema, and
    DatabaseError for a passing or outside condition (locked, no permission, disk
    trouble): those are no reason to move the user's history aside.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as error:
        raise DatabaseError(f"Cannot open the database {path}: {error}.") from error
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise _too_new(path, version)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else str(result)
    except sqlite3.DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _CORRUPT_CODES:
            return str(error)
        raise DatabaseError(f"Cannot read the database {path}: {error}.") from error
    finally:
        conn.close()


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    shutil.move(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(side, target.with_name(target.name + suffix))
    return target
