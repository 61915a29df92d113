"""When to read idle time next, where the platform cannot push idle changes.

Where the platform cannot push idle changes, idle time is polled, but only as often as the
answer can change. After a reading of idle `i` at the desk, nothing can end the bout before
`away_after - i` seconds: any gap in input that ends before then is shorter than the
threshold. While away, a longer interval is enough: the return time is read back from the
idle counter (the bout starts at the first input, not when it was noticed).

A sleep does not depend on how often anything is read: the tracker (core/sitting.py)
compares wall and monotonic time between observations.
"""

from __future__ import annotations

from dataclasses import dataclass

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
