"""Ignored prompts back off: a user who lets prompt after prompt time out is not nagged.

The rule: the first misses in a row change nothing (a missed stand prompt returns after
the snooze time, a squeeze after its interval). From the BACKOFF_AFTER_MISSES-th miss in
a row on, the next prompt of any kind waits at least twice the snooze time after the
miss, and each further miss doubles that, up to BACKOFF_CAP. Any answer (done, snooze,
skip, close) and any real break reset it. The start of a backoff is announced once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sitbreak.core.records import Outcome

BACKOFF_AFTER_MISSES = 3
BACKOFF_CAP = timedelta(minutes=60)


@dataclass(frozen=True)
class BackoffStarted:
    """Effect: prompts are being spaced out from now on (say so once)."""

    misses: int
    spacing: timedelta
    not_before: datetime


class MissedPromptBackoff:
    def __init__(self, base: timedelta) -> None:
        self._base = base  # the snooze time: the gap a missed prompt normally returns after
        self._misses = 0
        self._not_before: datetime | None = None

    def configure(self, base: timedelta) -> None:
        self._base = base

    @property
    def misses(self) -> int:
        """Prompts missed in a row."""
        return self._misses

    @property
    def active(self) -> bool:
        return self._misses >= BACKOFF_AFTER_MISSES

    @property
    def not_before(self) -> datetime | None:
        """No prompt before this moment (None when prompts are not spaced out)."""
        return self._not_before

    def spacing(self, misses: int) -> timedelta:
        """The least gap after the `misses`-th miss in a row."""
        if misses < BACKOFF_AFTER_MISSES:
            return timedelta(0)
        doublings = misses - BACKOFF_AFTER_MISSES + 1
        # Cap the exponent too: a week of misses must not build a huge number.
        gap = self._base * (1 << min(doublings, 16))
        return min(gap, max(BACKOFF_CAP, self._base))

    def answered(self, outcome: Outcome, now: datetime) -> BackoffStarted | None:
        """The outcome of a prompt that was on screen."""
        if outcome is not Outcome.MISSED:
            self.reset()
            return None
        self._misses += 1
        if not self.active:
            return None
        spacing = self.spacing(self._misses)
        self._not_before = now + spacing
        if self._misses == BACKOFF_AFTER_MISSES:
            return BackoffStarted(self._misses, spacing, self._not_before)
        return None

    def reset(self) -> None:
        """The user answered, or took a real break: prompts come as planned again."""
        self._misses = 0
        self._not_before = None

    def shift(self, step: timedelta) -> None:
        """The wall clock was set back (or on): keep the floor the same distance away."""
        if self._not_before is not None:
            self._not_before += step
