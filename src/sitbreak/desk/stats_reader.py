"""Reads records for local days through a stats source and hands them to core/stats:
the stats window's and the command line's one way to the figures.

A local day can start anywhere from 14 h before to 12 h after its UTC midnight, so each
read widens the UTC window by that much (core.stats.utc_window) and core/stats keeps only
the records of the days asked for. The source (the Database) raises StorageError, worded
for the user, when it cannot read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sitbreak.core.clock import Clock
from sitbreak.core.stats import (
    DayStats,
    Streaks,
    Timeline,
    Trend,
    day_stats,
    days_between,
    streaks,
    timeline,
    trend,
    utc_window,
)
from sitbreak.desk.ports import StatsSource

STREAK_MAX_DAYS = 366


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
        return Overview(self._streaks(today), trend(recent, 7), trend(recent, 30))

    def _streaks(self, today: date) -> Streaks:
        first = today - timedelta(days=STREAK_MAX_DAYS - 1)
        return streaks(self._source.streak_days(first, today, self._limit()))
