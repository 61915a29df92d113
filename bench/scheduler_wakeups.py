"""Wake-ups per minute: Sitbreak's scheduler vs APScheduler 3.x's QtScheduler.

    python bench/scheduler_wakeups.py [--seconds 20] [--churn 30]

Both schedulers get what the idle app has (one 5 s interval job and a prompt an hour
ahead), then `--churn` add_job/remove_job pairs, as a day of snoozes and re-plans makes.
A wake-up is one pass over the job store (`_process_jobs`). Upstream's timers can't be
cancelled in PySide6, so each add starts another chain of wake-ups that never ends.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QCoreApplication, QTimer

from sitbreak.runtime.scheduler import Scheduler


def count_passes(scheduler: Any) -> Callable[[], int]:
    """Wrap the instance's `_process_jobs`; the timers look it up when they fire."""
    calls = [0]
    original = scheduler._process_jobs

    def counted() -> Any:
        calls[0] += 1
        return original()

    scheduler._process_jobs = counted
    return lambda: calls[0]


def nothing() -> None:
    """A job with nothing to do: we measure the scheduler, not the job."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window")
    parser.add_argument("--churn", type=int, default=30, help="add_job/remove_job pairs")
    options = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    app = QCoreApplication([])
    hour_ahead = datetime.now(UTC) + timedelta(hours=1)

    ours = Scheduler(local_zone=UTC)
    ours.start()
    ours.schedule_every("idle-poll", 5, nothing)
    ours.schedule_at("prompt", hour_ahead, nothing)
    for i in range(options.churn):
        ours.schedule_at(f"snooze-{i}", hour_ahead, nothing)
        ours.cancel(f"snooze-{i}")

    upstream = QtScheduler(timezone=UTC)
    upstream.start()
    upstream_passes = count_passes(upstream)
    upstream.add_job(nothing, "interval", seconds=5, id="idle-poll")
    upstream.add_job(nothing, "date", run_date=hour_ahead, id="prompt")
    for i in range(options.churn):
        upstream.add_job(nothing, "date", run_date=hour_ahead, id=f"snooze-{i}")
        upstream.remove_job(f"snooze-{i}")

    # Let the adds settle; start between two 5 s ticks so the window's edges miss them.
    start: dict[str, int] = {}

    def begin() -> None:
        start["ours"], start["upstream"] = ours.wakeups, upstream_passes()
        QTimer.singleShot(int(options.seconds * 1000), app.quit)

    QTimer.singleShot(2500, begin)
    app.exec()

    per_minute = 60.0 / options.seconds
    ours_rate = (ours.wakeups - start["ours"]) * per_minute
    upstream_rate = (upstream_passes() - start["upstream"]) * per_minute
    ours.shutdown()
    upstream.shutdown(wait=True)

    print(f"window {options.seconds:g} s, {options.churn} add/remove pairs, one 5 s interval job")
    print(f"sitbreak Scheduler      {ours_rate:8.1f} wake-ups/min  (ideal: 12)")
    print(f"upstream QtScheduler    {upstream_rate:8.1f} wake-ups/min")
    ratio = upstream_rate / ours_rate if ours_rate else float("inf")
    print(f"ratio upstream/sitbreak {ratio:8.1f}x")


if __name__ == "__main__":
    main()
