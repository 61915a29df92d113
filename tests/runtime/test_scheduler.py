"""The scheduler glue: jobs on the GUI thread, one wake-up timer, replaceable triggers."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from sitbreak.runtime.scheduler import Scheduler
from tests.support.waiting import wait_until


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[Scheduler]:
    s = Scheduler(local_zone=UTC)
    s.start()
    yield s
    s.shutdown()


def soon(ms: int) -> datetime:
    return datetime.now(UTC) + timedelta(milliseconds=ms)


def run_past(scheduler: Scheduler, ms: int) -> None:
    """Wait until the scheduler has run a marker job `ms` from now: whatever was due
    before it and did not run by then did not run on time ("nothing fired" without a
    fixed sleep)."""
    ran: list[bool] = []
    scheduler.schedule_at(f"marker-{id(ran)}", soon(ms), lambda: ran.append(True))
    wait_until(lambda: ran, timeout=5 + ms / 1000, what=f"the marker job at +{ms} ms")


def test_job_runs_once_on_the_gui_thread(qtbot: QtBot, scheduler: Scheduler) -> None:
    threads: list[threading.Thread] = []
    scheduler.schedule_at("prompt", soon(50), lambda: threads.append(threading.current_thread()))

    wait_until(lambda: len(threads) == 1, timeout=2)
    run_past(scheduler, 200)

    assert threads == [threading.main_thread()]
    assert scheduler.job_ids() == []


def test_wakeups_stay_flat_after_many_jobs_come_and_go(qtbot: QtBot, scheduler: Scheduler) -> None:
    polls: list[int] = []  # the wake-up pass of each run
    scheduler.schedule_every("idle-poll", 0.1, lambda: polls.append(scheduler.wakeups))

    def wakeups_per_seven_polls() -> int:
        first = len(polls)
        wait_until(lambda: len(polls) > first, timeout=2, what="an idle poll")
        start = polls[-1]
        wait_until(lambda: len(polls) >= first + 8, timeout=5, what="seven more idle polls")
        return polls[first + 7] - start

    before = wakeups_per_seven_polls()
    for i in range(100):
        scheduler.schedule_at(f"prompt-{i}", soon(3_600_000), lambda: None)
    assert len(scheduler.job_ids()) == 101
    for i in range(100):
        scheduler.cancel(f"prompt-{i}")
    assert scheduler.job_ids() == ["idle-poll"]
    after = wakeups_per_seven_polls()

    assert 7 <= before <= 8  # one pass per run
    assert after <= before + 2
    assert scheduler.findChildren(QTimer) == [scheduler.timer]


def test_idle_scheduler_sleeps_until_the_next_job(qtbot: QtBot, scheduler: Scheduler) -> None:
    scheduler.schedule_at("prompt", soon(3_600_000), lambda: None)
    run_past(scheduler, 50)  # the pass that ran the marker planned the next wake-up

    assert scheduler.findChildren(QTimer) == [scheduler.timer]  # no other timer to wake it
    assert scheduler.timer.isActive()
    assert scheduler.timer.remainingTime() > 50_000  # clamped to the max wait, not 1 h


def test_replacing_a_jobs_time_reschedules_it(qtbot: QtBot, scheduler: Scheduler) -> None:
    ran: list[str] = []
    scheduler.schedule_at("prompt", soon(60_000), lambda: ran.append("old"))
    earlier = soon(50)
    scheduler.schedule_at("prompt", earlier, lambda: ran.append("new"))
    assert scheduler.job_ids() == ["prompt"]
    assert scheduler.next_run("prompt") == earlier

    wait_until(lambda: ran == ["new"], timeout=2)

    later = soon(3_600_000)
    scheduler.schedule_at("snooze", soon(50), lambda: ran.append("snooze"))
    scheduler.schedule_at("snooze", later, lambda: ran.append("snooze"))
    run_past(scheduler, 300)
    assert ran == ["new"]
    assert scheduler.next_run("snooze") == later


def test_a_job_may_reschedule_itself(qtbot: QtBot, scheduler: Scheduler) -> None:
    runs: list[datetime] = []

    def prompt() -> None:
        runs.append(datetime.now(UTC))
        if len(runs) < 3:
            scheduler.schedule_at("prompt", soon(30), prompt)

    scheduler.schedule_at("prompt", soon(30), prompt)

    wait_until(lambda: len(runs) == 3, timeout=3)
    run_past(scheduler, 100)
    assert len(runs) == 3
    assert scheduler.job_ids() == []


@pytest.mark.allow_error_log("raised an exception")
def test_a_failing_job_is_logged_and_the_scheduler_goes_on(
    qtbot: QtBot, scheduler: Scheduler, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("the prompt window is gone")

    ran: list[str] = []
    with (
        caplog.at_level(logging.ERROR),
        qtbot.waitSignal(scheduler.job_failed, timeout=2000) as failed,
    ):
        scheduler.schedule_at("broken", soon(20), broken)
    scheduler.schedule_at("next", soon(20), lambda: ran.append("next"))

    wait_until(lambda: ran == ["next"], timeout=2)
    assert failed.args is not None
    assert failed.args[0] == "broken"
    assert "the prompt window is gone" in caplog.text
    assert any(r.exc_info for r in caplog.records if r.levelno >= logging.ERROR)


def test_cancel_stops_a_job(qtbot: QtBot, scheduler: Scheduler) -> None:
    ran: list[str] = []
    scheduler.schedule_at("prompt", soon(50), lambda: ran.append("prompt"))

    scheduler.cancel("prompt")
    run_past(scheduler, 250)

    assert ran == []
    assert scheduler.next_run("prompt") is None
    scheduler.cancel("prompt")  # twice is harmless


def test_runs_missed_in_a_long_stall_are_coalesced(
    qtbot: QtBot, scheduler: Scheduler, caplog: pytest.LogCaptureFixture
) -> None:
    passes: list[int] = []  # the wake-up pass in which each tick ran
    ran: list[str] = []
    scheduler.schedule_every(
        "tick", 0.1, lambda: passes.append(scheduler.wakeups), first_at=soon(100)
    )
    scheduler.schedule_at("prompt", soon(150), lambda: ran.append("prompt"))
    # The event loop stalls: no wake-up for 0.8 s, seven tick runs and the prompt come due.
    scheduler.timer.stop()
    stall_end = soon(800)
    wait_until(lambda: datetime.now(UTC) >= stall_end, timeout=3, what="the stall's end")
    assert passes == []

    scheduler.timer.start(0)
    wait_until(lambda: len(passes) >= 1, timeout=2)
    run_past(scheduler, 150)

    assert len(set(passes)) == len(passes)  # never two runs in one pass: no burst
    assert len(passes) <= 3  # the missed seven collapsed into one run, then the usual pace
    assert ran == ["prompt"]  # late within the grace: it still runs, once
    next_tick = scheduler.next_run("tick")
    assert next_tick is not None
    assert next_tick > datetime.now(UTC) - timedelta(milliseconds=100)


def test_a_run_later_than_the_grace_is_dropped_and_reported(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    # After a suspend the core re-plans; replaying a stale prompt would be wrong.
    scheduler = Scheduler(local_zone=UTC, misfire_grace_seconds=1)
    scheduler.start()
    ran: list[str] = []
    scheduler.schedule_at("prompt", soon(50), lambda: ran.append("prompt"))
    scheduler.timer.stop()
    past_grace = soon(1300)
    wait_until(lambda: datetime.now(UTC) >= past_grace, timeout=4, what="the grace to pass")

    with qtbot.waitSignal(scheduler.job_missed, timeout=2000) as missed:
        scheduler.timer.start(0)
    scheduler.shutdown()

    assert ran == []
    assert missed.args == ["prompt"]
    assert "missed" in caplog.text


def test_a_time_already_past_means_now(qtbot: QtBot, scheduler: Scheduler) -> None:
    ran: list[str] = []
    scheduler.schedule_at("prompt", datetime.now(UTC) - timedelta(hours=2), lambda: ran.append("x"))

    wait_until(lambda: ran == ["x"], timeout=2)


def test_replan_reanchors_interval_jobs_after_a_clock_jump(
    qtbot: QtBot, scheduler: Scheduler
) -> None:
    # The wall clock was set back an hour: the next tick looks an hour away.
    ticks: list[str] = []
    scheduler.schedule_every("tick", 0.1, lambda: ticks.append("tick"), first_at=soon(3_600_000))
    run_past(scheduler, 200)
    assert ticks == []

    scheduler.replan()

    wait_until(lambda: len(ticks) >= 1, timeout=2)
    next_tick = scheduler.next_run("tick")
    assert next_tick is not None
    assert next_tick < soon(1000)


def test_repeating_jobs_share_their_wake_ups(qtbot: QtBot, scheduler: Scheduler) -> None:
    # The minute's save and the idle tick, set up at different moments, run in one pass.
    scheduler.schedule_every("save", 60, lambda: None)
    later = soon(20)
    wait_until(lambda: datetime.now(UTC) >= later, timeout=2, what="a later moment")
    scheduler.schedule_every("tick", 60, lambda: None)
    scheduler.schedule_every("sample", 5, lambda: None)
    save, tick, sample = (scheduler.next_run(job) for job in ("save", "tick", "sample"))
    assert save is not None
    assert sample is not None
    assert save == tick
    assert (save.second, save.microsecond) == (0, 0)  # on the minute
    assert (save - sample).total_seconds() % 5 == 0  # a sample runs in that pass as well
    assert save - datetime.now(UTC) <= timedelta(seconds=60)

    scheduler.replan()  # after a clock jump they stay together
    assert scheduler.next_run("save") == scheduler.next_run("tick")


def test_daily_job_follows_local_time(qtbot: QtBot) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    s = Scheduler(local_zone=berlin)
    s.start()
    try:
        s.schedule_daily("routine", time(9, 30), lambda: None)
        when = s.next_run("routine")
    finally:
        s.shutdown()

    assert when is not None
    local = when.astimezone(berlin)
    assert (local.hour, local.minute) == (9, 30)
    assert timedelta(0) < when - datetime.now(UTC) <= timedelta(days=1)


def test_naive_times_are_refused(scheduler: Scheduler) -> None:
    with pytest.raises(ValueError, match="aware"):
        scheduler.schedule_at("prompt", datetime(2026, 3, 2, 9, 0), lambda: None)


# runtime/scheduler.py subclasses APScheduler 3.11's executor and scheduler and uses these
# private members. pyproject pins the minor version; if an update moves any of them,
# this test names it before the app misbehaves.
APSCHEDULER_PRIVATE_SIGNATURES = {
    "BaseScheduler._process_jobs": "(self)",
    "BaseExecutor._do_submit_job": "(self, job, run_times)",
    "BaseExecutor._run_job_success": "(self, job_id, events)",
    "BaseExecutor._run_job_error": "(self, job_id, exc, traceback=None)",
    "run_job": "(job, jobstore_alias, run_times, logger_name)",
}


def test_the_apscheduler_internals_the_glue_uses_are_still_there(qtbot: QtBot) -> None:
    import inspect

    from apscheduler.executors import base as executors
    from apscheduler.job import Job
    from apscheduler.schedulers.base import BaseScheduler

    found = {
        "BaseScheduler._process_jobs": BaseScheduler._process_jobs,
        "BaseExecutor._do_submit_job": executors.BaseExecutor._do_submit_job,
        "BaseExecutor._run_job_success": executors.BaseExecutor._run_job_success,
        "BaseExecutor._run_job_error": executors.BaseExecutor._run_job_error,
        "run_job": executors.run_job,
    }
    signatures = {name: str(inspect.signature(func)) for name, func in found.items()}
    assert signatures == APSCHEDULER_PRIVATE_SIGNATURES
    assert "_jobstore_alias" in Job.__slots__
    scheduler = Scheduler(local_zone=UTC)
    scheduler.start()
    try:
        inner = scheduler._scheduler
        assert isinstance(inner._jobstores, dict)
        assert all(hasattr(store, "get_next_run_time") for store in inner._jobstores.values())
        assert inner._executor._logger.name == "apscheduler.executors.default"
        # _process_jobs answers how long to wait until the next run (None: no job).
        assert inner._process_jobs() is None
    finally:
        scheduler.shutdown()
