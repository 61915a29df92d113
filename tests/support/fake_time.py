"""The real scheduler glue on a FakeClock: APScheduler's notion of "now" comes from the
fake clock, and `run_until` moves the clock from one scheduled run to the next instead of
sleeping on the QTimer."""

from __future__ import annotations

from datetime import datetime

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.runtime.scheduler import Scheduler


def patch_scheduler_time(monkeypatch: pytest.MonkeyPatch, fake: FakeClock) -> None:
    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            moment = fake.now()
            return moment if tz is None else moment.astimezone(tz)

    import apscheduler.executors.base
    import apscheduler.schedulers.base
    import apscheduler.triggers.cron
    import apscheduler.triggers.date
    import apscheduler.triggers.interval

    import sitbreak.runtime.scheduler

    for module in (
        apscheduler.executors.base,
        apscheduler.schedulers.base,
        apscheduler.triggers.interval,
        apscheduler.triggers.date,
        apscheduler.triggers.cron,
        sitbreak.runtime.scheduler,
    ):
        monkeypatch.setattr(module, "datetime", FakeDatetime)


def run_until(scheduler: Scheduler, clock: FakeClock, end: datetime) -> int:
    """Move the clock from one scheduled run to the next, processing each; returns passes."""
    passes = 0
    while True:
        runs = [t for j in scheduler.job_ids() if (t := scheduler.next_run(j)) is not None]
        if not runs or min(runs) > end:
            break
        step = (min(runs) - clock.now()).total_seconds()
        if step > 0:
            clock.advance(step)
        scheduler._scheduler._process_jobs()  # what the QTimer's timeout would do
        passes += 1
        assert passes < 10_000, "the scheduler keeps finding work: a growing timer chain?"
    clock.advance(max(0.0, (end - clock.now()).total_seconds()))
    return passes
