"""Reads records for local days through a stats source and hands them to core/stats:
the stats window's and the command line's one way to the figures.

Figures over days are added up by the source (SQLite, one query per view, by the rules
of core.stats.day_stats); a day's timeline reads that day's records. A local day can
start anywhere from 14 h before to 12 h after its UTC midnight, so each read widens the
UTC window by that much (core.stats.utc_window) and keeps only the days asked for. The
source (the Database) raises StorageError, worded for the user, when it cannot read.
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
    streaks,
    timeline,
    trend,
    utc_window,
)
from sitbreak.desk.ports import StatsSource

STREAK_MAX_DAYS = 366
TREND_DAYS = 60  # the 30-day trend against the 30 days before


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
        # The days a long streak reaches back into, older than the trends' 60: they are
        # over, so a refresh on the same day with the same limit reads them once.
        self._older: tuple[tuple[date, date, float], list[DayStats]] | None = None

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
        """Stats for each local day first..last (oldest first), added up by the source in
        one query (5 ms for a month after five years, where reading every record into
        Python took 25).

        Without prompts (for trends and streaks) the prompt counts and the hour buckets
        stay zero.
        """
        detail_from = first if with_prompts else None
        return self._source.day_totals(first, last, self._limit(), detail_from)

    def history_and_overview(self, today: date, count: int) -> tuple[History, Overview]:
        """The last `count` days in full and the streaks and trends up to today, from one
        query (the stats window's history tab); a second only when a streak runs through
        all the days the trends need, and then once a day."""
        span = max(count, TREND_DAYS)
        first, detail_from = today - timedelta(days=span - 1), today - timedelta(days=count - 1)
        days = self._source.day_totals(first, today, self._limit(), detail_from)
        history = History(tuple(days[-count:]), self._goal(), self._limit())
        return history, self._overview(days, today)

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
        """Streaks up to today and the 7- and 30-day trends (each against the period before).

        One query for the 60 days the trends need; a second, over the rest of the year a
        streak may reach back, only when a streak runs through all 60 (and then once a day).
        """
        recent = self.days(today - timedelta(days=TREND_DAYS - 1), today, with_prompts=False)
        return self._overview(recent, today)

    def _overview(self, recent: list[DayStats], today: date) -> Overview:
        found = streaks(recent)
        if _streak_reaches_back(recent, found):
            first = today - timedelta(days=STREAK_MAX_DAYS - 1)
            found = streaks(self._older_days(first, recent[0].day - timedelta(days=1)) + recent)
        return Overview(found, trend(recent, 7), trend(recent, 30))

    def _older_days(self, first: date, last: date) -> list[DayStats]:
        key = (first, last, self._limit())
        if self._older is None or self._older[0] != key:
            self._older = key, self.days(first, last, with_prompts=False)
        return self._older[1]


def _streak_reaches_back(history: list[DayStats], found: Streaks) -> bool:
    """True when a streak reaches the oldest day given: older days may extend it."""
    if not history:
        return False
    tracked = sum(1 for d in history if d.sitting_seconds > 0)
    done_today = history[-1].routines_completed > 0
    routine_open = found.routine_days >= len(history) - (0 if done_today else 1)
    return routine_open or found.under_limit_days == tracked
