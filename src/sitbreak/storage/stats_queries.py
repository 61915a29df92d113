"""Loads records for local days and hands them to core/stats: the stats window's and the
command line's one way in.

A local day can start anywhere from 14 h before to 12 h after its UTC midnight, so each
read widens the UTC window by that much and core/stats keeps only the records of the days
asked for. All reads go through the Database's public `*_between` methods, so a read-only
Database opened beside the running app works the same as the app's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Protocol

from sitbreak.core.clock import Clock
from sitbreak.core.records import BoutRecord, PromptRecord, RoutineSessionRecord
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
from sitbreak.storage.database import local_offset_seconds

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
    """A UTC range that holds every moment of the local days first..last, in any offset."""
    start = datetime.combine(first, time(0), tzinfo=UTC) - EARLIEST_OFFSET
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC) + LATEST_OFFSET
    return start, end


class StatsReader:
    def __init__(
        self,
        source: StatsSource,
        clock: Clock,
        stand_limit_seconds: Callable[[], float],
        goal_seconds: Callable[[], float],
        offset_of: Callable[[datetime], int] = local_offset_seconds,
    ) -> None:
        """The limit and goal are read at each call, so changed settings show at once."""
        self._source = source
        self._clock = clock
        self._limit = stand_limit_seconds
        self._goal = goal_seconds
        self._offset_of = offset_of

    def limit_seconds(self) -> float:
        """The stand-up limit: bouts longer than this are over the limit."""
        return self._limit()

    def goal_seconds(self) -> float:
        """The daily sitting goal: at most this much sitting a day."""
        return self._goal()

    def now(self) -> datetime:
        """Now in the local offset of this moment."""
        now = self._clock.now()
        return now.astimezone(timezone(timedelta(seconds=self._offset_of(now))))

    def today(self) -> date:
        return self.now().date()

    def days(self, first: date, last: date) -> list[DayStats]:
        """Stats for each local day first..last (oldest first), from one read per table."""
        start, end = utc_window(first, last)
        return day_stats(
            days_between(first, last),
            self._source.bouts_between(start, end),
            self._source.prompts_between(start, end),
            self._source.routine_sessions_between(start, end),
            self._limit(),
        )

    def day(self, day: date) -> DayStats:
        return self.days(day, day)[0]

    def history(self, last: date, count: int) -> History:
        first = last - timedelta(days=count - 1)
        return History(tuple(self.days(first, last)), self._goal(), self._limit())

    def timeline(self, day: date) -> Timeline:
        start, end = utc_window(day, day)
        now = self.now()
        return timeline(
            day,
            self._source.bouts_between(start, end),
            self._source.prompts_between(start, end),
            self._limit(),
            now,
        )

    def overview(self, today: date) -> Overview:
        """Streaks up to today and the 7- and 30-day trends (each against the period before)."""
        recent = self.days(today - timedelta(days=59), today)
        return Overview(self._streaks(today, recent), trend(recent, 7), trend(recent, 30))

    def _streaks(self, today: date, recent: list[DayStats]) -> Streaks:
        history = recent
        found = streaks(history)
        # A streak as long as what was read may go further back: read older chunks.
        while streak_is_open(history, found) and len(history) < STREAK_MAX_DAYS:
            oldest = history[0].day
            older = self.days(
                oldest - timedelta(days=STREAK_CHUNK_DAYS), oldest - timedelta(days=1)
            )
            history = older + history
            found = streaks(history)
        return found
