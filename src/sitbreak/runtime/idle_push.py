"""Feeds the desk from an idle source that pushes (GNOME's Mutter, Wayland compositors):
a watch at the away threshold instead of sampling, so nothing is read while the user works."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sitbreak.core.desk import (
    IdleWatched,
    IdleWatchLost,
    InputResumed,
    InputStopped,
    Observation,
)
from sitbreak.platform.base import IdleSource

log = logging.getLogger(__name__)


class IdlePush:
    def __init__(self, source: IdleSource | None, observe: Callable[[Observation], None]) -> None:
        self._source = source
        self._observe = observe
        self._connected = False

    def watch(self, away_after_seconds: float) -> bool:
        """Set (or move) the watch; False where the source cannot push (then it is sampled)."""
        watch = getattr(self._source, "watch", None)
        if watch is None or not watch(away_after_seconds):
            return False
        if not self._connected:
            events = self._source.events  # type: ignore[union-attr]
            events.idled.connect(lambda seconds: self._observe(InputStopped(seconds)))
            events.resumed.connect(lambda: self._observe(InputResumed()))
            events.failed.connect(lambda reason: self._observe(IdleWatchLost(reason)))
            self._connected = True
        self._observe(IdleWatched())
        return True
