"""The desk loop: observations in, prompts out, answers back, everything recorded.

Qt-free and driven by an injected Clock and Scheduler, so a whole day runs in a test.
It owns no decisions of its own: the SittingTracker says where the user is, the
ReminderPolicy says what is due; this class feeds them, stores what happened and asks
the scheduler to wake it at the next moment that matters.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar

from sitbreak.core.clock import Clock
from sitbreak.core.pause import PauseLength, pause_until
from sitbreak.core.records import EndReason, Outcome, Posture, PromptKind, SessionStatus
from sitbreak.core.reminders import DuePrompt, ReminderPolicy
from sitbreak.core.settings import Settings
from sitbreak.core.sitting import Bout, OpenPeriod, SittingTracker
from sitbreak.core.status import State, Status
from sitbreak.desk.ports import IdleReader, JobScheduler, PromptDisplay, ShownPrompt
from sitbreak.storage.database import Database, DatabaseError

log = logging.getLogger(__name__)
T = TypeVar("T")

SAVE_OPEN_BOUT_EVERY = 60.0  # seconds: a crash loses at most this much of the open bout
MANUAL_TICK = 60.0  # seconds between presence ticks when no idle source works
IDLE_FAILURES_BEFORE_MANUAL = 3


class DeskCoordinator:
    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        database: Database,
        scheduler: JobScheduler,
        presenter: PromptDisplay,
        idle_reader: IdleReader | None,
        manual_reason: str | None = None,
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._db = database
        self._scheduler = scheduler
        self._presenter = presenter
        self._idle = idle_reader
        self._manual_reason = manual_reason
        self._idle_failures = 0
        self.tracker = SittingTracker(
            clock, settings.tracking.away_after_seconds, settings.tracking.sample_seconds
        )
        self.policy = ReminderPolicy(clock, settings.prompts, settings.schedule)
        self._open_bout_id: int | None = None
        self._showing: ShownPrompt | None = None
        self._planned: datetime | None = None  # due time of the "prompt" job, if set
        self._changed: list[Callable[[], None]] = []
        self._recorded: list[Callable[[], None]] = []
        self.tracker.on_period_started(self._period_started)
        self.tracker.on_bout_closed(self._bout_closed)
        self.tracker.on_period_dropped(self._period_dropped)
        self.tracker.on_clock_shift(self._clock_shifted)
        self._routine_offered_on: date | None = None
        self._problems: list[Callable[[str], None]] = []
        self._storage_failing = False

    # -- life cycle ----------------------------------------------------------------
    def start(self) -> None:
        self._schedule_sampling()
        self._scheduler.schedule_every("save-open-bout", SAVE_OPEN_BOUT_EVERY, self.save_open_bout)
        self._schedule_daily_routine()
        self._offer_routine_if_missed()
        self.sample()

    def stop(self) -> None:
        """Quit: close the open bout (saved as ended now) and any prompt on screen."""
        if self._showing is not None:
            self.answer(Outcome.DISMISSED)
        for job in ("sample", "save-open-bout", "prompt", "daily-routine", "pause-end"):
            self._scheduler.cancel(job)
        self.tracker.stop(EndReason.QUIT)

    def on_changed(self, listener: Callable[[], None]) -> None:
        """Called after anything the status shows may have changed."""
        self._changed.append(listener)

    def on_problem(self, listener: Callable[[str], None]) -> None:
        """Called with a message for the user when something could not be saved."""
        self._problems.append(listener)

    def on_recorded(self, listener: Callable[[], None]) -> None:
        """Called after a bout, prompt answer or state change was written (stats refresh)."""
        self._recorded.append(listener)

    @property
    def manual_mode(self) -> bool:
        return self._idle is None

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.tracker.configure(
            settings.tracking.away_after_seconds, settings.tracking.sample_seconds
        )
        self.policy.configure(settings.prompts, settings.schedule)
        self._schedule_sampling()
        self._schedule_daily_routine()
        self.replan()

    # -- observations ----------------------------------------------------------------
    def sample(self) -> None:
        """The periodic idle reading (or presence tick in manual mode)."""
        if self._idle is None:
            self.tracker.observe_present()
        else:
            try:
                idle = self._idle.idle_seconds()
            except OSError as error:
                self._idle_failed(error)
            else:
                self._idle_failures = 0
                self.tracker.observe_idle(idle)
        self.replan()

    def _idle_failed(self, error: OSError) -> None:
        """A source that keeps failing is given up: manual mode, and the user is told why."""
        self._idle_failures += 1
        log.error("reading idle time failed (%d in a row): %s", self._idle_failures, error)
        self.tracker.check()
        if self._idle_failures >= IDLE_FAILURES_BEFORE_MANUAL:
            self._idle = None
            self._manual_reason = f"Idle detection stopped working: {error}"
            self._schedule_sampling()

    def locked(self) -> None:
        self._leave_prompt()
        self.tracker.lock()
        self.replan()

    def unlocked(self) -> None:
        self.tracker.unlock()
        self.replan()

    def suspending(self) -> None:
        self._leave_prompt()
        self.tracker.suspend()
        self.save_open_bout()
        self.replan()

    def resumed(self) -> None:
        """After a suspend: re-plan from the core state, never replay what was missed."""
        self.tracker.resume()
        self._offer_routine_if_missed()
        self.replan()

    def clock_jumped(self) -> None:
        """The scheduler saw the wall clock move: sample now, so the tracker re-bases."""
        self._planned = None
        self.sample()

    def _clock_shifted(self, step: timedelta) -> None:
        self.policy.shift(step)
        self._planned = None

    def _leave_prompt(self) -> None:
        """The user is leaving (lock, suspend, away) with a prompt up: it was not answered."""
        if self._showing is not None:
            self.answer(Outcome.DISMISSED)

    def set_standing(self, standing: bool) -> None:
        self.tracker.set_standing(standing)
        if not standing:
            self.policy.released()
        self.replan()

    def stood_up(self) -> None:
        """Manual "I stood up" (also what an accepted stand prompt does)."""
        self.tracker.stood_up()
        self.replan()

    def pause(self, length: PauseLength | None) -> None:
        """Hold prompts back for `length` (or until tomorrow's work hours), None: until
        resumed. Tracking goes on."""
        work_start = self._settings.schedule.work_hours.start
        until = None if length is None else pause_until(length, self._clock, work_start)
        if self._showing is not None:
            self.answer(Outcome.DISMISSED)
        self.tracker.pause(until)
        if until is not None:
            self._scheduler.schedule_at("pause-end", until, self._pause_ended)
        self.replan()

    def resume_prompts(self) -> None:
        self.tracker.resume_prompts()
        self._scheduler.cancel("pause-end")
        self.policy.released()
        self.replan()

    def _pause_ended(self) -> None:
        if self.tracker.state() is not State.PAUSED:
            self.policy.released()
        self.replan()

    # -- prompts -------------------------------------------------------------------
    def replan(self) -> None:
        """Ask the policy what is next and set the one prompt job for it."""
        nxt = None if self._showing is not None else self.policy.next_prompt(self.tracker.state())
        due = None if nxt is None else nxt.due
        if due != self._planned:  # most samples change nothing: leave the job alone
            if due is None:
                self._scheduler.cancel("prompt")
            else:
                self._scheduler.schedule_at("prompt", due, self._prompt_job)
            self._planned = due
        self._notify(self._changed)

    def job_missed(self, job_id: str) -> None:
        """The scheduler dropped a late run (the loop stalled): plan the prompt afresh."""
        if job_id == "prompt":
            self._planned = None
            self.replan()
        elif job_id == "daily-routine":  # the machine slept through the routine's time
            self._offer_routine()

    def _prompt_job(self) -> None:
        self._planned = None
        nxt = self.policy.next_prompt(self.tracker.state())
        if self._showing is not None or nxt is None:
            self.replan()
            return
        if nxt.due > self._clock.now() + timedelta(seconds=1):
            self.replan()  # the plan moved since this job was set
            return
        self._show(nxt)

    def prompt_now(self, kind: PromptKind) -> None:
        """Squeeze now / Stand up now / `sitbreak break`: show it at once."""
        if self._showing is not None:
            if self._showing.kind is kind:
                return
            self.answer(Outcome.DISMISSED)
        plan = self.policy.plan(kind)
        self._show(DuePrompt(kind, self._clock.now(), plan.snooze_count if plan else 0))

    def _show(self, prompt: DuePrompt) -> None:
        now = self._clock.now()
        urgent = self.policy.is_urgent(prompt)
        record_id = self._record(
            lambda: self._db.add_prompt(prompt.kind, prompt.due, now, prompt.snooze_count, urgent)
        )
        delay = self.policy.snooze_delay(prompt.snooze_count + 1)
        self._showing = ShownPrompt(
            record_id=record_id or 0,
            kind=prompt.kind,
            due=prompt.due,
            shown=now,
            snooze_count=prompt.snooze_count,
            urgent=urgent,
            snooze_minutes=round(delay.total_seconds() / 60),
            timeout_seconds=self._settings.prompts.timeout_seconds,
            sitting_seconds=self.tracker.bout_seconds(),
        )
        self._scheduler.cancel("prompt")
        self._planned = None
        self._presenter.show_prompt(self._showing)
        self._notify(self._changed)

    @property
    def showing(self) -> ShownPrompt | None:
        return self._showing

    def answer(self, outcome: Outcome) -> None:
        """The user's answer to the prompt on screen (or MISSED at its timeout)."""
        shown, self._showing = self._showing, None
        if shown is None:
            return
        now = self._clock.now()
        self._presenter.close_prompt()
        self.policy.answer(shown.kind, outcome)
        if shown.kind is PromptKind.STAND and outcome is Outcome.ACCEPTED:
            self.tracker.stood_up()
        if shown.record_id:
            self._record(lambda: self._db.answer_prompt(shown.record_id, outcome, now))
        self._notify(self._recorded)
        self.replan()

    def routine_done(self) -> None:
        """A routine was completed from anywhere: no need to offer the daily one today."""
        self.policy.withdraw_routine()
        self._notify(self._recorded)
        self.replan()

    # -- status --------------------------------------------------------------------
    def status(self) -> Status:
        state = self.tracker.state()
        nxt = self.policy.next_prompt(state) if self._showing is None else None
        now = self._clock.now()
        note = None
        if self._idle is None:
            note = self._manual_reason or "Keyboard and mouse activity cannot be read here"
        return Status(
            state=state,
            bout_seconds=self.tracker.bout_seconds(),
            stand_after_seconds=self.policy.stand_after.total_seconds(),
            next_prompt_kind=None if nxt is None else nxt.kind,
            next_prompt_in_seconds=None if nxt is None else (nxt.due - now).total_seconds(),
            paused_until=self.tracker.paused_until,
            detection_note=note,
            standing_seconds=self.tracker.standing_seconds(),
        )

    # -- recording -----------------------------------------------------------------
    def save_open_bout(self) -> None:
        period = self.tracker.open_period
        if period is None:
            return
        bout_id, now = self._open_bout_id, self._clock.now()
        self._open_bout_id = self._record(
            lambda: self._db.save_bout(bout_id, period.start, now, period.posture, None)
        )

    def _period_started(self, period: OpenPeriod) -> None:
        self._open_bout_id = None  # saved by the next save_open_bout
        if period.posture is Posture.SITTING:
            self.policy.bout_started(period.start)

    def _bout_closed(self, bout: Bout) -> None:
        bout_id, self._open_bout_id = self._open_bout_id, None
        self._record(
            lambda: self._db.save_bout(bout_id, bout.start, bout.end, bout.posture, bout.end_reason)
        )
        if bout.posture is Posture.SITTING:
            self.policy.bout_ended()
            if bout.end_reason is not EndReason.STOOD_UP:
                self._leave_prompt()
        self._notify(self._recorded)

    def _period_dropped(self, period: OpenPeriod) -> None:
        bout_id, self._open_bout_id = self._open_bout_id, None
        if bout_id is not None:
            self._record(lambda: self._db.delete_bout(bout_id))
        if period.posture is Posture.SITTING:
            self.policy.bout_ended()

    # -- scheduling ------------------------------------------------------------------
    def _schedule_sampling(self) -> None:
        seconds = (
            MANUAL_TICK if self._idle is None else float(self._settings.tracking.sample_seconds)
        )
        self._scheduler.schedule_every("sample", seconds, self.sample)

    def _schedule_daily_routine(self) -> None:
        at = self._settings.routine.daily_time
        if at is None:
            self._scheduler.cancel("daily-routine")
        else:
            self._scheduler.schedule_daily("daily-routine", at, self._offer_routine)

    def _offer_routine(self) -> None:
        self._routine_offered_on = self._clock.to_local(self._clock.now()).date()
        self.policy.offer_routine()
        self.replan()

    def _offer_routine_if_missed(self) -> None:
        """Started or woke after today's routine time without having offered it: offer now
        (the policy holds it until the user is at the desk), unless it was done today."""
        at = self._settings.routine.daily_time
        local = self._clock.to_local(self._clock.now())
        if at is None or local.time() < at or self._routine_offered_on == local.date():
            return
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        done = self._record(lambda: self._db.routine_sessions_between(midnight, local)) or []
        if any(s.routine_id == "daily" and s.status is SessionStatus.COMPLETED for s in done):
            self._routine_offered_on = local.date()
            return
        self._offer_routine()

    def _record(self, write: Callable[[], T]) -> T | None:
        """A database call that must not stop the app: a failure is logged and told once."""
        try:
            result = write()
        except (sqlite3.Error, DatabaseError) as error:
            log.error("saving to the database failed: %s", error)
            if not self._storage_failing:
                self._storage_failing = True
                for listener in list(self._problems):
                    listener(f"Sitbreak could not save to its database: {error}")
            return None
        self._storage_failing = False
        return result

    @staticmethod
    def _notify(listeners: list[Callable[[], None]]) -> None:
        for listener in list(listeners):
            listener()
