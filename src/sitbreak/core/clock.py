"""Where time and its zone come from. Everything takes a Clock so tests can fake both.

Local time has this one source: `to_local` (a moment in the local zone at that moment,
DST included) and `zone` (the local zone, for what repeats at a local time of day).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The wall-clock time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back (may stop during suspend)."""
        ...

    def zone(self) -> tzinfo:
        """The local time zone (a named zone where known, so DST follows)."""
        ...

    def to_local(self, moment: datetime) -> datetime:
        """An aware moment in local time, with the UTC offset local time had then."""
        ...


class SystemClock:
    """The machine's clocks. `monotonic` must stand still in suspend (the sleep check
    compares it with the wall clock): platform/suspend_clock.py gives one on Windows."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return self._monotonic()

    def zone(self) -> tzinfo:
        from tzlocal import get_localzone

        zone: tzinfo = get_localzone()
        return zone

    def to_local(self, moment: datetime) -> datetime:
        return moment.astimezone()  # the C library's zone rules: follows a changed TZ


class FakeClock:
    """A clock for tests: `advance` moves both clocks, `jump_wall` only the wall clock,
    `set_zone` moves the user to another time zone (travel, or a changed setting).

    `suspend_for` mimics Linux, where the monotonic clock stands still while asleep.
    """

    def __init__(self, start: datetime | None = None, zone: tzinfo = UTC) -> None:
        self._now = start or datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = self._now.astimezone(UTC)
        self._mono = 1000.0
        self._zone = zone

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def zone(self) -> tzinfo:
        return self._zone

    def to_local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._zone)

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall")
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """The wall clock is set forward or back; monotonic time does not move."""
        self._now += timedelta(seconds=seconds)

    def suspend_for(self, seconds: float) -> None:
        self.jump_wall(seconds)
