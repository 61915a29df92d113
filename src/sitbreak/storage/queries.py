"""The database's one read path: the SELECTs and their rows as records.

Times are stored as UTC seconds plus the local UTC offset of that moment, and read back
as aware datetimes in that offset (one tzinfo per offset seen). Bouts are read with a
query that uses the start index on both sides: as bouts never overlap, those overlapping
[s, e) start between the last start at or before s and e (0.3 ms a query after five
years, where bounding the start only from above walks the index from the first bout).
The caller (storage/database.py) turns sqlite3's errors into the storage error. A row
whose values are out of range (an end far in the future, an impossible offset, an unknown
name) is skipped and noted in the caller's `bad_rows`, never fatal to the whole read.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

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
)

log = logging.getLogger(__name__)
R = TypeVar("R")

# A bout ends when its sitter is away; none lasts days. Longer is a damaged row (an end
# far in the future), which would otherwise fill every day after it.
LONGEST_PLAUSIBLE_BOUT = timedelta(hours=48)
# What a stored value out of range raises when it is turned into a record.
BAD_ROW_ERRORS = (ValueError, OverflowError, OSError, TypeError)


@dataclass(frozen=True)
class BadRow:
    """A stored row that could not be read (a value out of range): skipped, reported."""

    table: str
    row_id: int
    problem: str


BadRows = dict[tuple[str, int], BadRow]


def readable(
    table: str,
    rows: Iterable[Any],
    convert: Callable[[Any], R],
    bad_rows: BadRows | None,
) -> list[R]:
    """The rows that convert; one out of range is logged once and kept in `bad_rows`."""
    records = []
    for row in rows:
        try:
            records.append(convert(row))
        except BAD_ROW_ERRORS as error:
            key = (table, int(row[0]))
            if bad_rows is not None and key not in bad_rows:
                log.warning("skipping unreadable row %d of %s: %s", key[1], table, error)
                bad_rows[key] = BadRow(table, key[1], str(error))
    return records


def checked_bout(bout: BoutRecord) -> BoutRecord:
    length = bout.end - bout.start
    if not timedelta(0) <= length <= LONGEST_PLAUSIBLE_BOUT:
        raise ValueError(f"a bout from {bout.start} to {bout.end} cannot be real")
    return bout


# The columns each record is built from, in the order the converters below read them.
BOUT_COLUMNS = "id, start_utc, start_offset, end_utc, end_offset, posture, end_reason"
PROMPT_COLUMNS = (
    "id, kind, due_utc, due_offset, shown_utc, shown_offset, answered_utc, answered_offset,"
    " outcome, snooze_count, urgent"
)
SESSION_COLUMNS = (
    "id, routine_id, trigger, started_utc, started_offset, finished_utc, finished_offset,"
    " status, exercises_total"
)
_BOUTS_OVERLAPPING = (
    f"SELECT {BOUT_COLUMNS} FROM bouts"
    " WHERE start_utc >= (SELECT COALESCE(MAX(start_utc), -1e300) FROM bouts"
    " WHERE start_utc <= :start) AND start_utc < :end AND end_utc > :start ORDER BY start_utc"
)
_PROMPTS_SHOWN = (
    f"SELECT {PROMPT_COLUMNS} FROM prompts"
    " WHERE shown_utc >= ? AND shown_utc < ? ORDER BY shown_utc"
)
_SESSIONS_STARTED = (
    f"SELECT {SESSION_COLUMNS} FROM routine_sessions"
    " WHERE started_utc >= ? AND started_utc < ? ORDER BY started_utc"
)
_SESSION_EXERCISES = (
    "SELECT e.session_id, e.exercise_id, e.sets_done, e.reps_done, e.completed"
    " FROM routine_exercises e JOIN routine_sessions s ON s.id = e.session_id"
    " WHERE s.started_utc >= ? AND s.started_utc < ? ORDER BY e.session_id, e.position"
)
_COMPLETIONS = (
    "SELECT exercise_id, COUNT(*) FROM routine_exercises WHERE completed = 1 GROUP BY exercise_id"
)


class _LocalTimes:
    """UTC seconds + offset -> aware local datetime, with one tzinfo per offset seen."""

    def __init__(self) -> None:
        self._zones: dict[int, timezone] = {}

    def at(self, utc_seconds: float, offset_seconds: int) -> datetime:
        tz = self._zones.get(offset_seconds)
        if tz is None:
            tz = self._zones[offset_seconds] = timezone(timedelta(seconds=offset_seconds))
        return datetime.fromtimestamp(utc_seconds, tz)

    def optional(self, utc_seconds: float | None, offset_seconds: int | None) -> datetime | None:
        return None if utc_seconds is None else self.at(utc_seconds, offset_seconds or 0)


def _bout(local: _LocalTimes, row: Any) -> BoutRecord:
    return checked_bout(
        BoutRecord(
            id=row[0],
            start=local.at(row[1], row[2]),
            end=local.at(row[3], row[4]),
            posture=Posture(row[5]),
            end_reason=None if row[6] is None else EndReason(row[6]),
        )
    )


def _prompt(local: _LocalTimes, row: Any) -> PromptRecord:
    return PromptRecord(
        id=row[0],
        kind=PromptKind(row[1]),
        due=local.at(row[2], row[3]),
        shown=local.at(row[4], row[5]),
        answered=local.optional(row[6], row[7]),
        outcome=None if row[8] is None else Outcome(row[8]),
        snooze_count=row[9],
        urgent=bool(row[10]),
    )


def _session(
    local: _LocalTimes, row: Any, exercises: tuple[ExerciseResult, ...]
) -> RoutineSessionRecord:
    return RoutineSessionRecord(
        id=row[0],
        routine_id=row[1],
        trigger=row[2],
        started=local.at(row[3], row[4]),
        finished=local.optional(row[5], row[6]),
        status=SessionStatus(row[7]),
        exercises_total=row[8],
        exercises=exercises,
    )


def bouts_overlapping(
    conn: sqlite3.Connection, start: datetime, end: datetime, bad_rows: BadRows | None = None
) -> list[BoutRecord]:
    """Bouts that overlap [start, end), oldest first."""
    rows = conn.execute(_BOUTS_OVERLAPPING, {"start": start.timestamp(), "end": end.timestamp()})
    local = _LocalTimes()
    return readable("bouts", rows, lambda row: _bout(local, row), bad_rows)


def prompts_shown(
    conn: sqlite3.Connection, start: datetime, end: datetime, bad_rows: BadRows | None = None
) -> list[PromptRecord]:
    """Prompts shown in [start, end), oldest first."""
    rows = conn.execute(_PROMPTS_SHOWN, (start.timestamp(), end.timestamp()))
    local = _LocalTimes()
    return readable("prompts", rows, lambda row: _prompt(local, row), bad_rows)


def sessions_started(
    conn: sqlite3.Connection, start: datetime, end: datetime, bad_rows: BadRows | None = None
) -> list[RoutineSessionRecord]:
    """Routine sessions started in [start, end), oldest first, with their exercises."""
    window = (start.timestamp(), end.timestamp())
    sessions = conn.execute(_SESSIONS_STARTED, window).fetchall()
    results: dict[int, list[ExerciseResult]] = {row[0]: [] for row in sessions}
    if sessions:
        for row in conn.execute(_SESSION_EXERCISES, window):
            results[row[0]].append(ExerciseResult(row[1], row[2], row[3], bool(row[4])))
    local = _LocalTimes()
    return readable(
        "routine_sessions",
        sessions,
        lambda row: _session(local, row, tuple(results[row[0]])),
        bad_rows,
    )


_UNREADABLE = {
    "bouts": (f"SELECT {BOUT_COLUMNS} FROM bouts", "start_utc", _bout),
    "prompts": (f"SELECT {PROMPT_COLUMNS} FROM prompts", "shown_utc", _prompt),
    "routine_sessions": (
        f"SELECT {SESSION_COLUMNS} FROM routine_sessions",
        "started_utc",
        lambda local, row: _session(local, row, ()),
    ),
}


def report_unreadable(
    conn: sqlite3.Connection, table: str, ids: Iterable[int], bad_rows: BadRows | None
) -> None:
    """Rows another read found out of range (storage/day_totals.py checks them in SQL) go
    through the conversion of every read, so they are reported in the same words."""
    select, order, convert = _UNREADABLE[table]
    wanted = sorted(set(ids))
    if not wanted:
        return
    marks = ", ".join("?" * len(wanted))
    rows = conn.execute(f"{select} WHERE id IN ({marks}) ORDER BY {order}, id", wanted)
    local = _LocalTimes()
    readable(table, rows, lambda row: convert(local, row), bad_rows)


def exercise_completions(conn: sqlite3.Connection) -> dict[str, int]:
    """How many times each exercise was completed in a routine, ever."""
    return {row[0]: int(row[1]) for row in conn.execute(_COMPLETIONS)}
