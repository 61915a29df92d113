"""The SQLite database: bouts, prompts and routine sessions, and its one error type.

Opening it handles what a long-lived user database meets: another program's SQLite file
or a newer schema (refused, the file untouched and no -wal/-shm left beside it), a
corrupt file (kept under a new name, a fresh one started), a file locked by another
program (the app starts and saves once the lock is gone), an unwritable directory (a
clear error; the app may then run on an in-memory database). Every method
turns SQLite's errors into DatabaseError (a core StorageError), worded for the user:
nothing above storage/ sees sqlite3. Reads go through storage/queries.py.
"""

from __future__ import annotations

import functools
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sitbreak.core.clock import Clock, SystemClock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, Message
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
from sitbreak.storage.private import make_private_dir, make_private_file, restrict_if_present
from sitbreak.storage.queries import BadRow
from sitbreak.storage.schema import SCHEMA_VERSION, Kind, identify, migrate

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

# The app writes on the GUI thread: a lock held by another program must not freeze it.
# A write that waits longer fails, is kept in memory and is tried again later.
APP_BUSY_TIMEOUT_MS = 250
READER_BUSY_TIMEOUT_MS = 2000  # `sitbreak stats` and the stats window can wait a little
SIDE_FILES = ("-wal", "-shm", "-journal")


class DatabaseError(StorageError):
    """A problem with the database, worded for the user."""


class DatabaseRefusedError(DatabaseError):
    """A file Sitbreak will not touch: another program's, or a newer Sitbreak's."""


class DatabaseTooNewError(DatabaseRefusedError):
    pass


class ForeignDatabaseError(DatabaseRefusedError):
    pass


class DatabaseBusyError(DatabaseError):
    """Another program holds the database locked: a passing condition, try again later."""


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the user to be told."""

    migrated_from: int | None = None  # old schema version, if a migration ran
    corrupt_copy: Path | None = None  # where an unreadable file was moved to
    closed_after_crash: int = 0  # open bouts found and closed
    locked_at_start: bool = False  # set up once the lock is gone, at the first write


def _reads(method: Callable[P, R]) -> Callable[P, R]:
    """A read whose SQLite error becomes a DatabaseError worded for the user."""

    @functools.wraps(method)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as error:
            text = Message.translate("Database", "Cannot read the database: {problem}.")
            raise DatabaseError(text.format(problem=error)) from error

    return read


def _writes(method: Callable[P, R]) -> Callable[P, R]:
    """A write whose SQLite error becomes a DatabaseError (SQLite's words: the caller
    says what could not be saved)."""

    @functools.wraps(method)
    def write(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as error:
            raise _failure(
                error, Message.translate("Database", "Cannot save to the database")
            ) from error

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
        self._setup_pending = False
        self.bad_rows: dict[tuple[str, int], BadRow] = {}  # skipped while reading, by row

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, clock: Clock | None = None) -> Database:
        """The app's database, created or migrated as needed; DatabaseRefusedError for a file
        not ours to use. One locked by another program opens all the same and is set up at
        the first write after the lock (DatabaseBusyError until then)."""
        conn, corrupt_copy = _open_for_writing(path)
        db = cls(conn, path, clock or SystemClock(), OpenReport(corrupt_copy=corrupt_copy))
        db._setup_pending = True
        try:
            db._finish_setup()
        except DatabaseBusyError as error:
            log.warning("%s Tracking goes on; it is saved once the lock is gone.", error)
            db.report = replace(db.report, locked_at_start=True)
        except DatabaseError:
            conn.close()
            raise
        return db

    def _finish_setup(self) -> None:
        old, closed = _set_up(self._conn, self.path)
        self._setup_pending = False
        self.report = replace(
            self.report,
            migrated_from=old if old not in (0, SCHEMA_VERSION) else None,
            closed_after_crash=closed,
        )

    @property
    def setup_pending(self) -> bool:
        """Opened while locked by another program and not set up yet (nothing saved yet)."""
        return self._setup_pending

    @classmethod
    def open_readonly(cls, path: Path, clock: Clock | None = None) -> Database:
        """For `sitbreak stats`/`export`: reads beside the running app without blocking it."""
        _check_present(path)
        version = _check_readable(path)
        try:
            conn = _connect_readonly(path)
        except sqlite3.Error as error:
            raise _failure(error, _cannot_read(path)) from error
        if version < SCHEMA_VERSION:
            conn.close()
            raise _too_old(path, version)
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
                bout_id = _open_bout_row(self._conn, values[0], posture)
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
            return _close_open(self._conn, reason)

    @_reads
    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]:
        """Bouts that overlap [start, end), oldest first."""
        return queries.bouts_overlapping(self._conn, start, end, self.bad_rows)

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
        return queries.prompts_shown(self._conn, start, end, self.bad_rows)

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
        return queries.sessions_started(self._conn, start, end, self.bad_rows)

    @_reads
    def day_totals(
        self, first: date, last: date, limit_seconds: float, detail_from: date | None
    ) -> list[DayStats]:
        """Each local day first..last added up by SQLite in one query (storage/day_totals.py)."""
        conn, bad = self._conn, self.bad_rows
        return day_totals.day_totals(conn, first, last, limit_seconds, detail_from, bad)

    def _offset(self, moment: datetime) -> int:
        """Seconds east of UTC of local time at that moment (DST-aware)."""
        offset = self._clock.to_local(moment).utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    def _write(self) -> _Transaction:
        if self._setup_pending:
            self._finish_setup()
            log.info("the database %s is no longer locked; saving again", self.path)
        return _Transaction(self._conn, self.path)


def _check_present(path: Path) -> None:
    """DatabaseError unless the file is there and we may look (another user's data
    folder is 0700: a message, not a traceback)."""
    try:
        path.stat()
    except FileNotFoundError:
        raise _not_yet(path) from None
    except OSError as error:
        text = Message.translate("Database", "Cannot read the database {path}: {problem}.")
        raise DatabaseError(text.format(path=path, problem=error.strerror or error)) from error


def _open_for_writing(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A connection to our database file (set up later: see _set_up), and where a corrupt
    file went. Refuses another program's file and a newer one without touching them."""
    try:
        make_private_dir(path.parent)
    except OSError as error:
        text = Message.translate("Database", "Cannot create the data folder {path}: {problem}.")
        raise DatabaseError(
            text.format(path=path.parent, problem=error.strerror or error)
        ) from error
    corrupt_copy = None
    if path.exists():
        problem = _check_existing(path)
        if problem is not None:
            corrupt_copy = _move_aside(path)
            log.error("database %s is unreadable (%s); kept as %s", path, problem, corrupt_copy)
    try:
        make_private_file(path)
        for suffix in SIDE_FILES:  # left readable by a version before 0600
            restrict_if_present(path.with_name(path.name + suffix))
    except OSError as error:
        text = Message.translate("Database", "Cannot create the database {path}: {problem}.")
        raise DatabaseError(text.format(path=path, problem=error.strerror or error)) from error
    try:
        return _connect(path), corrupt_copy
    except sqlite3.Error as error:
        raise _failure(error, _cannot_open(path)) from error


def _set_up(conn: sqlite3.Connection, path: Path | None) -> tuple[int, int]:
    """Refuse a file that changed under us, switch to WAL, migrate, close crash leftovers.
    Returns the schema version found and the bouts closed; DatabaseBusyError while another
    program holds the file."""
    where = _cannot_open(path)
    try:
        identity = identify(conn)
        if identity.kind is Kind.NEWER:
            raise _too_new(path, identity.version)
        if identity.kind is Kind.FOREIGN:
            raise _foreign(path)
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise _locked(where)
        conn.execute("PRAGMA synchronous = NORMAL")
        old = migrate(conn)
        return old, _close_open(conn, EndReason.CRASH)
    except sqlite3.Error as error:
        raise _failure(error, where) from error


def _open_bout_row(conn: sqlite3.Connection, start_utc: float, posture: Posture) -> int | None:
    """Keyed on the bout: a save whose id was lost (its commit reported failed) finds its
    own open row instead of adding a second one."""
    row = conn.execute(
        "SELECT id FROM bouts WHERE is_open = 1 AND start_utc = ? AND posture = ?"
        " ORDER BY id DESC LIMIT 1",
        (start_utc, posture.value),
    ).fetchone()
    return None if row is None else int(row[0])


def _close_open(conn: sqlite3.Connection, reason: EndReason) -> int:
    cur = conn.execute(
        "UPDATE bouts SET is_open = 0, end_reason = ? WHERE is_open = 1", (reason.value,)
    )
    return cur.rowcount


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error (connection is in autocommit mode).

    A failure at any step leaves no transaction open and leaves as a DatabaseError.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self._where = (
            Message.translate("Database", "Cannot save to the database")
            if path is None
            else Message.translate("Database", "Cannot save to the database {path}").format(
                path=path
            )
        )

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _failure(error, self._where) from error

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error as error:
                self._rollback()
                raise _failure(error, self._where) from error
        self._rollback()
        if isinstance(exc, sqlite3.Error):
            raise _failure(exc, self._where) from exc

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error as error:  # SQLite rolled back already (a full disk)
                log.warning("rollback after a failed write: %s", error)


# SQLite's primary result codes, worded for the user.
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_PLAIN_WORDS = {
    8: QT_TRANSLATE_NOOP("Database", "the database file cannot be written (read-only)"),
    10: QT_TRANSLATE_NOOP("Database", "a disk error"),  # SQLITE_IOERR
    13: QT_TRANSLATE_NOOP("Database", "the disk is full"),  # SQLITE_FULL
    14: QT_TRANSLATE_NOOP("Database", "the database file cannot be opened"),  # SQLITE_CANTOPEN
    23: QT_TRANSLATE_NOOP("Database", "no permission to use the database file"),  # SQLITE_AUTH
}  # 8: SQLITE_READONLY


def _failure(error: sqlite3.Error, where: Message) -> DatabaseError:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in _BUSY_CODES:
        return _locked(where)
    words = (
        Message.translate("Database", _PLAIN_WORDS[code]) if code in _PLAIN_WORDS else str(error)
    )
    text = Message.translate(
        "Database", "{where}: {problem}.", "where: e.g. Cannot open the database X"
    )
    return DatabaseError(text.format(where=where, problem=words))


def _locked(where: Message) -> DatabaseBusyError:
    text = Message.translate("Database", "{where}: the database is locked by another program.")
    return DatabaseBusyError(text.format(where=where))


def _not_yet(path: Path) -> DatabaseError:
    text = Message.translate(
        "Database", "No database at {path} yet: Sitbreak has not recorded anything."
    )
    return DatabaseError(text.format(path=path))


def _too_old(path: Path, version: int) -> DatabaseError:
    text = Message.translate(
        "Database",
        "The database {path} is from an older Sitbreak (schema {version}); "
        "start the app once to update it.",
    )
    return DatabaseError(text.format(path=path, version=version))


def _cannot_open(path: Path | None) -> Message:
    return Message.translate("Database", "Cannot open the database {path}").format(path=path)


def _cannot_read(path: Path) -> Message:
    return Message.translate("Database", "Cannot read the database {path}").format(path=path)


def _connect(path: Path) -> sqlite3.Connection:
    """The app's read-write connection; WAL is switched on once the file is known ours."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=APP_BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {APP_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")  # a connection setting: takes no lock
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=READER_BUSY_TIMEOUT_MS / 1000,
    )
    conn.execute(f"PRAGMA busy_timeout = {READER_BUSY_TIMEOUT_MS}")
    return conn


def _peek(path: Path) -> sqlite3.Connection:
    """A read-only look that leaves nothing beside the file: immutable (no locks, no
    -shm) unless a -wal or -journal is there, whose content must be seen."""
    live = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    query = "mode=ro" if live else "mode=ro&immutable=1"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None, timeout=0.25
    )
    conn.execute("PRAGMA busy_timeout = 250")
    return conn


def _too_new(path: Path | None, version: int) -> DatabaseTooNewError:
    text = Message.translate(
        "Database",
        "The database {path} was written by a newer Sitbreak (schema {version}; this version "
        "knows up to {known}). It was left untouched; update Sitbreak, or start this "
        "one with another --data-dir.",
    )
    return DatabaseTooNewError(text.format(path=path, version=version, known=SCHEMA_VERSION))


def _foreign(path: Path | None) -> ForeignDatabaseError:
    text = Message.translate(
        "Database",
        "The file {path} is an SQLite database of another program, not Sitbreak's. It was "
        "left untouched; move it elsewhere, or start Sitbreak with another --data-dir.",
    )
    return ForeignDatabaseError(text.format(path=path))


def _check_readable(path: Path) -> int:
    """The schema version of a Sitbreak database to read; refuses any other file."""
    try:
        conn = _peek(path)
        try:
            identity = identify(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise _failure(error, _cannot_read(path)) from error
    if identity.kind is Kind.NEWER:
        raise _too_new(path, identity.version)
    if identity.kind is Kind.FOREIGN:
        raise _foreign(path)
    if identity.kind is Kind.EMPTY:
        text = Message.translate(
            "Database", "The database {path} is empty: Sitbreak has not recorded anything."
        )
        raise DatabaseError(text.format(path=path))
    return identity.version


def _check_existing(path: Path) -> str | None:
    """None if the file is a healthy database; otherwise what is wrong with the file itself.

    Raises DatabaseRefusedError (without changing the file, nor leaving a -wal or -shm
    beside it) for another program's file or a newer schema, and DatabaseError for an
    outside condition (no permission, disk trouble): those are no reason to move the
    user's history aside. A lock held by another program passes: it is no sign of damage.
    """
    try:
        conn = _peek(path)
    except sqlite3.Error as error:
        raise _failure(error, _cannot_open(path)) from error
    try:
        identity = identify(conn)
        if identity.kind is Kind.NEWER:
            raise _too_new(path, identity.version)
        if identity.kind is Kind.FOREIGN:
            raise _foreign(path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else str(result)
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in _CORRUPT_CODES:
            return str(error)
        if code in _BUSY_CODES:
            return None
        raise _failure(error, _cannot_read(path)) from error
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
