"""Loads records for local days and hands them to core/stats: the stats window's and the
command line's one way in.

A local day can start anywhere from 14 h before to 12 h after its UTC midnight, so each
read widens the UTC window by that much and core/stats keeps only the records of the days
asked for.

`open_stats_source` opens the database file read-only (beside the running app, never
blocking it). Bouts are read with a query that uses the start index on both sides: as
bouts never overlap, those overlapping [s, e) start between the last start at or before s
and e. `Database.bouts_between` bounds the start only from above and so walks the index
from the first bout ever (8 ms a query after 5 years, growing); this query takes 0.3 ms.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import SQUEEZE_ROUTINE_ID
from sitbreak.core.records import (
    BoutRecord,
    EndReason,
    Outcome,
    Posture,
    PromptKind,
    PromptRecord,
    RoutineSessionRecord,
)
from sitbreak.core.stats import (
    DayStats,
    Streaks,
    Timeline,
    Trend,
    day_stats,
    days_between,
    streak_is_open,
    streaks,
    timeline,
    trend,
)
from sitbreak.storage.database import (
    LONGEST_PLAUSIBLE_BOUT,
    Database,
    DatabaseError,
    checked_bout,
)

EARLIEST_OFFSET = timedelta(hours=14)  # UTC+14: a local day starts 14 h before UTC's
LATEST_OFFSET = timedelta(hours=12)  # UTC-12
STREAK_CHUNK_DAYS = 30
STREAK_MAX_DAYS = 366


class StatsSource(Protocol):
    """What the reader needs from storage; `Database` provides it."""

    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]: ...

    def prompts_between(self, start: datetime, end: datetime) -> list[PromptRecord]: ...

    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]: ...


_BOUTS_OVERLAPPING = (
    "SELECT id, start_utc, start_offset, end_utc, end_offset, posture, end_reason FROM bouts"
    " WHERE start_utc >= (SELECT COALESCE(MAX(start_utc), -1e300) FROM bouts"
    " WHERE start_utc <= :start) AND start_utc < :end AND end_utc > :start ORDER BY start_utc"
)


_PROMPTS_SHOWN = (
    "SELECT id, kind, due_utc, due_offset, shown_utc, shown_offset, answered_utc,"
    " answered_offset, outcome, snooze_count, urgent FROM prompts"
    " WHERE shown_utc >= ? AND shown_utc < ? ORDER BY shown_utc"
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


RowKeeper = Callable[[str, list[Any], Callable[[Any], Any]], list[Any]]


def _all_rows(_table: str, rows: list[Any], convert: Callable[[Any], Any]) -> list[Any]:
    return [convert(row) for row in rows]


def bouts_overlapping(
    conn: sqlite3.Connection, start: datetime, end: datetime, keep: RowKeeper = _all_rows
) -> list[BoutRecord]:
    """Bouts that overlap [start, end), oldest first (as Database.bouts_between, faster).
    `keep` converts the rows (Database.readable_rows skips and reports bad ones)."""
    rows = conn.execute(
        _BOUTS_OVERLAPPING, {"start": start.timestamp(), "end": end.timestamp()}
    ).fetchall()
    local = _LocalTimes()
    return keep(
        "bouts",
        rows,
        lambda row: checked_bout(
            BoutRecord(
                id=row[0],
                start=local.at(row[1], row[2]),
                end=local.at(row[3], row[4]),
                posture=Posture(row[5]),
                end_reason=None if row[6] is None else EndReason(row[6]),
            )
        ),
    )


def prompts_shown(
    conn: sqlite3.Connection, start: datetime, end: datetime, keep: RowKeeper = _all_rows
) -> list[PromptRecord]:
    """Prompts shown in [start, end), oldest first (as Database.prompts_between, faster)."""
    rows = conn.execute(_PROMPTS_SHOWN, (start.timestamp(), end.timestamp())).fetchall()
    local = _LocalTimes()
    return keep(
        "prompts",
        rows,
        lambda row: PromptRecord(
            id=row[0],
            kind=PromptKind(row[1]),
            due=local.at(row[2], row[3]),
            shown=local.at(row[4], row[5]),
            answered=local.optional(row[6], row[7]),
            outcome=None if row[8] is None else Outcome(row[8]),
            snooze_count=row[9],
            urgent=bool(row[10]),
        ),
    )


# Per local day: the longest sitting bout touching it (by its start and its end day).
_LONGEST_BY_DAY = (
    "SELECT day, MAX(seconds) FROM ("
    " SELECT date(start_utc + start_offset, 'unixepoch') AS day, end_utc - start_utc AS seconds"
    " FROM bouts WHERE posture = 'sitting' AND start_utc >= :since"
    " AND end_utc - start_utc <= :longest"
    " UNION ALL"
    " SELECT date(end_utc + end_offset, 'unixepoch'), end_utc - start_utc"
    " FROM bouts WHERE posture = 'sitting' AND start_utc >= :since"
    " AND end_utc - start_utc <= :longest"
    ") GROUP BY day"
)
_ROUTINE_DAYS = (
    "SELECT DISTINCT date(started_utc + started_offset, 'unixepoch') FROM routine_sessions"
    " WHERE status = 'completed' AND routine_id != :squeeze AND started_utc >= :since"
)


def streak_days(
    conn: sqlite3.Connection, first: date, last: date, limit_seconds: float
) -> list[DayStats]:
    """Just enough of each day first..last for `core.stats.streaks`: whether there was
    sitting, whether a bout went over the limit, whether a routine was done. Two
    aggregate queries instead of reading every bout (a year of streak in 10 ms)."""
    since = datetime.combine(first, time(0), tzinfo=UTC) - EARLIEST_OFFSET
    params = {
        "since": since.timestamp(),
        "squeeze": SQUEEZE_ROUTINE_ID,
        "longest": LONGEST_PLAUSIBLE_BOUT.total_seconds(),
    }
    # A row whose time is out of SQLite's date range has no day (NULL): it is left out.
    longest = {
        date.fromisoformat(day): float(seconds)
        for day, seconds in conn.execute(_LONGEST_BY_DAY, params)
        if day is not None and seconds is not None
    }
    routine = {
        date.fromisoformat(row[0])
        for row in conn.execute(_ROUTINE_DAYS, params)
        if row[0] is not None
    }
    result = []
    for day in days_between(first, last):
        seconds = longest.get(day)
        result.append(
            DayStats(
                day,
                sitting_seconds=0.0 if seconds is None else max(seconds, 1.0),
                bouts=0 if seconds is None else 1,
                longest_bout_seconds=seconds or 0.0,
                bouts_over_limit=int(seconds is not None and seconds > limit_seconds),
                routines_completed=int(day in routine),
            )
        )
    return result


class SqliteStatsSource:
    """A read-only view of the database file for stats: bouts and prompts by the queries
    above, routine sessions through the Database. Close it when done."""

    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self.db = db
        self._conn = conn

    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]:
        try:
            return bouts_overlapping(self._conn, start, end, self.db.readable_rows)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database: {error}.") from error

    def prompts_between(self, start: datetime, end: datetime) -> list[PromptRecord]:
        try:
            return prompts_shown(self._conn, start, end, self.db.readable_rows)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database: {error}.") from error

    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]:
        try:
            return self.db.routine_sessions_between(start, end)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database: {error}.") from error

    def streak_days(self, first: date, last: date, limit_seconds: float) -> list[DayStats]:
        try:
            return streak_days(self._conn, first, last, limit_seconds)
        except sqlite3.Error as error:
            raise DatabaseError(f"Cannot read the database: {error}.") from error

    def close(self) -> None:
        self._conn.close()
        self.db.close()


def open_stats_source(path: Path, clock: Clock | None = None) -> SqliteStatsSource:
    """Open the database file read-only for stats. Raises DatabaseError, worded for the user
    (no database yet, unreadable, too new or too old)."""
    db = Database.open_readonly(path, clock)
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as error:
        db.close()
        raise DatabaseError(f"Cannot read the database {path}: {error}.") from error
    return SqliteStatsSource(db, conn)


@dataclass(frozen=True)
class History:
    days: tuple[DayStats, ...]  # consecutive, oldest first, the last is `days[-1].day`
    goal_seconds: float
    limit_seconds: float


@dataclass(frozen=True)
class Overview:
    streaks: Streaks
    week: Trend
    month: Trend


def utc_window(first: date, last: date) -> tuple[datetime, datetime]:
    """A UTC range that holds every moment of the local days first..last, in any offset
    (held within the years datetime can hold: day 1 and 9999-12-31 are fine)."""
    lowest = datetime.min.replace(tzinfo=UTC)
    highest = datetime.max.replace(tzinfo=UTC)
    start = datetime.combine(first, time(0), tzinfo=UTC)
    start = start - EARLIEST_OFFSET if start - lowest > EARLIEST_OFFSET else lowest
    end = datetime.combine(last, time(0), tzinfo=UTC)
    room = timedelta(days=1) + LATEST_OFFSET
    end = end + room if highest - end > room else highest
    return start, end


class StatsReader:
    def __init__(
        self,
        source: StatsSource,
        clock: Clock,
        stand_limit_seconds: Callable[[], float],
        goal_seconds: Callable[[], float],
    ) -> None:
        """The limit and goal are read at each call, so changed settings show at once."""
        self._source = source
        self._clock = clock
        self._limit = stand_limit_seconds
        self._goal = goal_seconds

    def limit_seconds(self) -> float:
        """The stand-up limit: bouts longer than this are over the limit."""
        return self._limit()

    def goal_seconds(self) -> float:
        """The daily sitting goal: at most this much sitting a day."""
        return self._goal()

    def now(self) -> datetime:
        """Now in the local offset of this moment."""
        return self._clock.to_local(self._clock.now())

    def today(self) -> date:
        return self.now().date()

    def days(self, first: date, last: date, with_prompts: bool = True) -> list[DayStats]:
        """Stats for each local day first..last (oldest first), from one read per table.

        Without prompts (for trends and streaks) the prompt counts stay zero.
        """
        start, end = utc_window(first, last)
        return day_stats(
            days_between(first, last),
            self._source.bouts_between(start, end),
            self._source.prompts_between(start, end) if with_prompts else [],
            self._source.routine_sessions_between(start, end),
            self._limit(),
        )

    def day(self, day: date) -> DayStats:
        return self.day_with_timeline(day)[0]

    def day_with_timeline(self, day: date) -> tuple[DayStats, Timeline]:
        """A day's stats and its timeline from one read."""
        start, end = utc_window(day, day)
        bouts = self._source.bouts_between(start, end)
        prompts = self._source.prompts_between(start, end)
        sessions = self._source.routine_sessions_between(start, end)
        (stats,) = day_stats([day], bouts, prompts, sessions, self._limit())
        return stats, timeline(day, bouts, prompts, self._limit(), self.now())

    def history(self, last: date, count: int) -> History:
        first = last - timedelta(days=count - 1)
        return History(tuple(self.days(first, last)), self._goal(), self._limit())

    def timeline(self, day: date) -> Timeline:
        return self.day_with_timeline(day)[1]

    def overview(self, today: date) -> Overview:
        """Streaks up to today and the 7- and 30-day trends (each against the period before)."""
        recent = self.days(today - timedelta(days=59), today, with_prompts=False)
        return Overview(self._streaks(today, recent), trend(recent, 7), trend(recent, 30))

    def _streaks(self, today: date, recent: list[DayStats]) -> Streaks:
        if isinstance(self._source, SqliteStatsSource):
            first = today - timedelta(days=STREAK_MAX_DAYS - 1)
            return streaks(self._source.streak_days(first, today, self._limit()))
        history = recent
        found = streaks(history)
        # A streak as long as what was read may go further back: read older chunks.
        while streak_is_open(history, found) and len(history) < STREAK_MAX_DAYS:
            oldest = history[0].day
            older = self.days(
                oldest - timedelta(days=STREAK_CHUNK_DAYS),
                oldest - timedelta(days=1),
                with_prompts=False,
            )
            history = older + history
            found = streaks(history)
        return found
