"""The polled X11 source (the XScreenSaver fallback) through the real desk, the real
scheduler and real input on the run's Xvfb: idle time is read only when the answer can
change, and the break starts at the last input."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from sitbreak.core.clock import SystemClock
from sitbreak.core.records import EndReason
from sitbreak.core.settings import Settings, TrackingSettings
from sitbreak.core.status import State
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.platform.x11 import X11IdleSource
from sitbreak.runtime.scheduler import Scheduler
from sitbreak.storage.database import Database
from tests.support.fakes import RecordingPresenter
from tests.support.waiting import wait_until

pytestmark = pytest.mark.xvfb

AWAY_AFTER = 4


class CountingSource:
    def __init__(self, source: X11IdleSource) -> None:
        self.name = source.name
        self._source = source
        self.readings = 0

    def idle_seconds(self) -> float:
        self.readings += 1
        return self._source.idle_seconds()


def test_typing_is_read_once_per_threshold_and_the_break_starts_at_the_last_input(
    qapp: object,
) -> None:
    source = X11IdleSource(os.environ)
    reader = CountingSource(source)
    scheduler = Scheduler(local_zone=UTC)
    db = Database.open_in_memory()
    settings = Settings(tracking=TrackingSettings(away_after_seconds=AWAY_AFTER, sample_seconds=1))
    desk = DeskCoordinator(SystemClock(), settings, db, scheduler, RecordingPresenter(), reader)
    desk.desk.tracker.min_period = timedelta(seconds=1)  # a short bout counts: a short test
    x = iter(range(100, 100000, 37))

    def type_a_little() -> datetime:
        subprocess.run(["xdotool", "mousemove", str(next(x) % 1200), "300"], check=True, timeout=10)
        return datetime.now(UTC)

    try:
        type_a_little()
        scheduler.start()
        desk.start()
        started = datetime.now(UTC)
        # Input every 0.3 s for about nine seconds: read at the start and every 4 s after.
        wait_until(
            lambda: type_a_little() and (datetime.now(UTC) - started).total_seconds() > 9,
            timeout=30,
            interval=0.3,
            what="nine seconds of typing",
        )
        last_input = type_a_little()
        typing_seconds = (last_input - started).total_seconds()
        print(f"{reader.readings} readings in {typing_seconds:.1f} s of typing (every 1 s: 9)")
        assert reader.readings <= typing_seconds / AWAY_AFTER + 2
        assert desk.status().state is State.SITTING
        wait_until(lambda: desk.status().state is State.AWAY, timeout=20, what="away")
        (bout,) = db.bouts_between(started.replace(year=2000), datetime(3000, 1, 1, tzinfo=UTC))
        assert bout.end_reason is EndReason.AWAY
        assert abs((bout.end - last_input).total_seconds()) < 0.5
    finally:
        desk.stop()
        scheduler.shutdown()
        db.close()
        source.close()
