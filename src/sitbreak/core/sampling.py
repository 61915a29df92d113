"""When to read idle time next, and how a sleep of the machine shows between two readings.

Where the platform cannot push idle changes, idle time is polled, but only as often as the
answer can change. After a reading of idle `i` at the desk, nothing can end the bout before
`away_after - i` seconds: any gap in input that ends before then is shorter than the
threshold. While away, a longer interval is enough: the return time is read back from the
idle counter (the bout starts at the first input, not when it was noticed).

A sleep does not depend on how often anything is read: the machine slept when the wall
clock advanced and the monotonic clock did not (it stands still in suspend on Linux and
macOS). The same comparison tells a wall clock set back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Wall and monotonic time drift apart by milliseconds a day (NTP slews); seconds are a step.
SLEEP_TOLERANCE = timedelta(seconds=10)
BACKWARD_TOLERANCE = timedelta(seconds=1)
AWAY_INTERVAL_SECONDS = 60.0  # while away: how late a return may be noticed (not measured)


@dataclass(frozen=True)
class SamplingRule:
    """How long to wait before the next idle reading."""

    away_after_seconds: float
    min_interval_seconds: float = 5.0
    away_interval_seconds: float = AWAY_INTERVAL_SECONDS

    def next_delay(self, idle_seconds: float, present: bool) -> float:
        """Seconds until the next reading, after one that showed `idle_seconds`.

        `present`: the user counts as at the desk after that reading (an open period).
        """
        if not present:
            return max(self.min_interval_seconds, self.away_interval_seconds)
        until_away = self.away_after_seconds - max(0.0, idle_seconds)
        return max(self.min_interval_seconds, until_away)


@dataclass(frozen=True)
class ClockStep:
    """What happened to the wall clock between two observations.

    `slept`: wall time passed that monotonic time did not (a suspend, or the wall clock
    set forward, which looks the same and is treated the same). `set_back`: the wall
    clock was set back by this much (a positive duration). `asleep_from`: the last
    moment the machine is known to have been awake (the earlier observation).
    """

    slept: timedelta = timedelta(0)
    set_back: timedelta = timedelta(0)
    asleep_from: datetime | None = None


NO_STEP = ClockStep()


@dataclass
class ClockWatch:
    """Compares wall and monotonic time between observations; pure, fed by the caller."""

    sleep_tolerance: timedelta = SLEEP_TOLERANCE
    backward_tolerance: timedelta = BACKWARD_TOLERANCE
    _last_wall: datetime | None = None
    _last_mono: float | None = None

    def observe(self, wall: datetime, mono: float) -> ClockStep:
        last_wall, last_mono = self._last_wall, self._last_mono
        self._last_wall, self._last_mono = wall, mono
        if last_wall is None or last_mono is None:
            return NO_STEP
        drift = (wall - last_wall) - timedelta(seconds=max(0.0, mono - last_mono))
        if drift < -self.backward_tolerance:
            return ClockStep(set_back=-drift)
        if drift > self.sleep_tolerance:
            return ClockStep(slept=drift, asleep_from=last_wall)
        return NO_STEP
