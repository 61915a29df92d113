"""APScheduler 3.x on the Qt event loop: one persistent timer, jobs on the GUI thread.

Upstream's `QtScheduler` re-arms with `QTimer.singleShot`, which returns None in PySide6,
so it can never cancel a wake-up: each add/modify/remove starts another timer chain that
runs forever. Its thread-pool executor also runs jobs where they must not touch widgets.
Here one single-shot QTimer is restarted or stopped, and due runs are executed on the GUI
thread after APScheduler's job loop has finished with its job store, so a job may freely
reschedule or cancel itself (or any other job).
"""

from __future__ import annotations

import logging
import math
import sys
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, time, tzinfo
from time import monotonic as monotonic_seconds
from time import time as wall_seconds
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sitbreak.runtime.lean_import import lean_apscheduler_import

with lean_apscheduler_import():  # keeps asyncio, ssl and importlib.metadata out: 11 MB
    from apscheduler.events import (
        EVENT_JOB_ERROR,
        EVENT_JOB_MISSED,
        JobEvent,
        JobExecutionEvent,
    )
    from apscheduler.executors.base import BaseExecutor, run_job
    from apscheduler.job import Job
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.base import STATE_RUNNING, STATE_STOPPED, BaseScheduler
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.date import DateTrigger
    from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger(__name__)

QTIMER_MAX_MS = 2**31 - 1  # QTimer takes an int of milliseconds
DEFAULT_MAX_WAIT_SECONDS = 60.0  # re-read the wall clock at least this often (suspend, clock jumps)
CLOCK_JUMP_SECONDS = 30.0  # wall-clock drift from the monotonic clock that counts as a jump
DEFAULT_MISFIRE_GRACE_SECONDS = 60  # a run this late still happens; later ones are re-planned
# Repeating jobs run at multiples of their interval from this moment, so jobs whose
# intervals divide one another (the idle tick, the minute's save) share their wake-ups.
GRID_ORIGIN = datetime(2000, 1, 1, tzinfo=UTC)

JobFunc = Callable[[], object]


class _GuiThreadExecutor(BaseExecutor):  # type: ignore[misc]
    """Queues due runs; the scheduler runs them once its job-store loop is done."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque[tuple[Job, list[datetime]]] = deque()

    def _do_submit_job(self, job: Job, run_times: list[datetime]) -> None:
        self._queue.append((job, run_times))

    def run_queued(self) -> int:
        ran = 0
        while self._queue:
            job, run_times = self._queue.popleft()
            ran += 1
            try:
                # run_job logs a job's exception itself and reports it as EVENT_JOB_ERROR.
                events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
            except BaseException:
                self._run_job_error(job.id, *sys.exc_info()[1:])
            else:
                self._run_job_success(job.id, events)
        return ran

    def shutdown(self, wait: bool = True) -> None:
        if self._queue:
            log.warning("scheduler shut down with %d queued runs dropped", len(self._queue))
            self._queue.clear()


class _QtTimerScheduler(BaseScheduler):  # type: ignore[misc]
    """A BaseScheduler driven by one single-shot QTimer that it restarts, never duplicates."""

    def __init__(
        self,
        timer: QTimer,
        executor: _GuiThreadExecutor,
        max_wait_seconds: float,
        monotonic: Callable[[], float],
        **options: Any,
    ) -> None:
        self._timer = timer
        self._monotonic = monotonic
        self._executor = executor
        self._max_wait_ms = max(1, min(int(max_wait_seconds * 1000), QTIMER_MAX_MS))
        self._processing = False
        self._wakeup_requested = False
        self.wakeups = 0  # job-store passes, for diagnostics and the wake-up benchmark
        self.on_clock_jump: Callable[[float], None] | None = None
        self._last_wall, self._last_mono = wall_seconds(), monotonic()
        # Instances, never plugin names: no entry point is looked up (runtime/lean_import).
        super().__init__(
            executors={"default": executor}, jobstores={"default": MemoryJobStore()}, **options
        )
        self._timer.timeout.connect(self._on_timeout)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._timer.stop()

    def wakeup(self) -> None:
        if self._processing:
            # Jobs add/modify jobs while they run; re-arm once when the pass is over.
            self._wakeup_requested = True
        else:
            self._arm(0.0)

    def _on_timeout(self) -> None:
        if self.state == STATE_STOPPED:
            return
        # The wall clock moved apart from the monotonic one (set back or forward, or the
        # machine slept): jobs keyed on wall time would wait or burst. Tell the owner.
        wall, mono = wall_seconds(), self._monotonic()
        drift = (wall - self._last_wall) - (mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) > CLOCK_JUMP_SECONDS and self.on_clock_jump is not None:
            self.on_clock_jump(drift)
        self._process_jobs()

    def _process_jobs(self) -> float | None:
        self.wakeups += 1
        self._processing = True
        self._wakeup_requested = False
        try:
            wait_seconds: float | None = super()._process_jobs()
            if self._executor.run_queued() or self._wakeup_requested:
                wait_seconds = self._seconds_to_next_run()
        except Exception:
            # Not a job's error (those are logged per job): keep the scheduler alive.
            log.exception("scheduler pass failed; trying again in %d ms", self._max_wait_ms)
            wait_seconds = self._max_wait_ms / 1000
        finally:
            self._processing = False
        self._arm(wait_seconds)
        return wait_seconds

    def _seconds_to_next_run(self) -> float | None:
        if self.state != STATE_RUNNING:
            return None
        next_runs = [
            t for store in self._jobstores.values() if (t := store.get_next_run_time()) is not None
        ]
        if not next_runs:
            return None
        return max(0.0, float((min(next_runs) - datetime.now(UTC)).total_seconds()))

    def _arm(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self._timer.stop()
            return
        # Clamped: the timer's clock stops in suspend, so long waits re-check the wall clock.
        # Rounded up: a timer that fires a millisecond early finds nothing due and costs a pass.
        wait_ms = math.ceil(max(0.0, wait_seconds) * 1000)
        self._timer.start(min(wait_ms, self._max_wait_ms))


class Scheduler(QObject):
    """Runs the app's timed jobs on the GUI thread; each job has an id and a replaceable trigger.

    Times are aware datetimes (the app passes UTC); daily jobs follow `local_zone` (the
    clock's), DST included.
    After a suspend or a clock jump call `replan()`; the core then re-computes due times and
    replaces date jobs with `schedule_at`.
    """

    job_failed = Signal(str, str)  # job id, the exception's text (already logged)
    job_missed = Signal(str)  # job id: its run came later than the misfire grace
    clock_jumped = Signal(float)  # seconds the wall clock moved apart (repeating jobs re-planned)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        local_zone: tzinfo,
        misfire_grace_seconds: int = DEFAULT_MISFIRE_GRACE_SECONDS,
        max_wait_seconds: float = DEFAULT_MAX_WAIT_SECONDS,
        monotonic: Callable[[], float] = monotonic_seconds,
    ) -> None:
        """`monotonic` must stand still in suspend (platform/suspend_clock.py)."""
        super().__init__(parent)
        self._local_zone = local_zone
        self._timer = QTimer(self)
        self._timer.setObjectName("sitbreak-scheduler-wakeup")
        self._timer.setSingleShot(True)
        # Coarse timers may fire early, which would cost a second, empty wake-up.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._scheduler = _QtTimerScheduler(
            self._timer,
            _GuiThreadExecutor(),
            max_wait_seconds,
            monotonic,
            timezone=UTC,
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": misfire_grace_seconds,
                "max_instances": 1,
            },
        )
        self._scheduler.add_listener(self._on_job_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
        self._scheduler.on_clock_jump = self._clock_jumped

    @property
    def timer(self) -> QTimer:
        """The one wake-up timer (tests and diagnostics)."""
        return self._timer

    @property
    def wakeups(self) -> int:
        """How many times the scheduler has looked for due jobs."""
        return int(self._scheduler.wakeups)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.state != STATE_STOPPED:
            self._scheduler.shutdown(wait=False)

    def schedule_at(self, job_id: str, when: datetime, func: JobFunc) -> None:
        """Run `func` once at `when`, replacing any job with this id.

        A time already past means "now": an overdue prompt the core re-planned is shown,
        not dropped as a misfire (that is only for runs a stall or suspend made late).
        """
        if when.tzinfo is None:
            raise ValueError(f"schedule_at({job_id!r}) needs an aware datetime, got {when!r}")
        when = max(when, datetime.now(UTC))
        self._add(job_id, DateTrigger(run_date=when, timezone=UTC), func)

    def schedule_every(
        self, job_id: str, seconds: float, func: JobFunc, *, first_at: datetime | None = None
    ) -> None:
        """Run `func` every `seconds`: at the multiples of `seconds` since GRID_ORIGIN (the
        first within one interval), or from `first_at` on."""
        if seconds <= 0:
            raise ValueError(f"schedule_every({job_id!r}) needs a positive interval")
        self._add(job_id, _interval(seconds, first_at), func)

    def schedule_daily(self, job_id: str, at: time, func: JobFunc) -> None:
        """Run `func` every day at the local wall-clock time `at`."""
        trigger = CronTrigger(
            hour=at.hour, minute=at.minute, second=at.second, timezone=self._local_zone
        )
        self._add(job_id, trigger, func)

    def cancel(self, job_id: str) -> None:
        """Remove the job if there is one (cancelling twice is fine)."""
        try:
            self._scheduler.remove_job(job_id)
        except JobLookupError:
            log.debug("cancel(%r): no such job", job_id)

    def next_run(self, job_id: str) -> datetime | None:
        job = self._scheduler.get_job(job_id)
        if job is None:
            return None
        when: datetime | None = getattr(job, "next_run_time", None)
        return when

    def job_ids(self) -> list[str]:
        return [job.id for job in self._scheduler.get_jobs()]

    def replan(self) -> None:
        """After a suspend or a wall-clock jump: re-anchor repeating jobs on the present.

        Interval jobs take their next time on the grid from now (a clock set back would
        otherwise hold them back by the jump); daily jobs take their next local time; date
        jobs are left for the app to replace. Then overdue jobs are looked at once.
        """
        now = datetime.now(UTC)
        for job in self._scheduler.get_jobs():
            trigger = job.trigger
            if isinstance(trigger, IntervalTrigger):
                fresh = _interval(trigger.interval_length, None)
                self._scheduler.reschedule_job(job.id, trigger=fresh)
            elif isinstance(trigger, CronTrigger):
                next_time = trigger.get_next_fire_time(None, now)
                self._scheduler.modify_job(job.id, next_run_time=next_time)
        if self._scheduler.state == STATE_RUNNING:
            self._scheduler.wakeup()

    def _clock_jumped(self, drift: float) -> None:
        log.info("wall clock moved %+.0f s against the monotonic clock: re-planning", drift)
        self.replan()
        self.clock_jumped.emit(drift)

    def _add(self, job_id: str, trigger: Any, func: JobFunc) -> None:
        # Always a trigger instance: loaded without importlib.metadata (runtime/lean_import),
        # APScheduler has no plugin table, so an alias such as "date" raises LookupError.
        self._scheduler.add_job(func, trigger, id=job_id, name=job_id, replace_existing=True)

    def _on_job_event(self, event: JobEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            self.job_missed.emit(event.job_id)
        elif isinstance(event, JobExecutionEvent):
            self.job_failed.emit(event.job_id, repr(event.exception))


def _interval(seconds: float, first_at: datetime | None) -> IntervalTrigger:
    return IntervalTrigger(seconds=seconds, start_date=first_at or GRID_ORIGIN, timezone=UTC)
