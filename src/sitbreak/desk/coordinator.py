"""Carries out what the desk rules (core/desk.py) decide: records, schedules, presents.

Qt-free and driven by an injected Clock and JobScheduler, so a whole day runs in a test.
It decides nothing: each observation goes to the Desk, and each effect the Desk returns
is performed here, in order. What performing teaches (an idle reading, a failed write,
the routine sessions looked up) goes back to the Desk as an observation. The database
rows of the open bout and of the prompt on screen are the only state kept here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sitbreak.core.clock import Clock
from sitbreak.core.desk import (
    SAVE_OPEN_BOUT_EVERY,
    Cancel,
    CheckHolds,
    ClosePrompt,
    Desk,
    DropOpenBout,
    Effect,
    HoldsSeen,
    IdleReadFailed,
    IdleSampled,
    Job,
    JobDue,
    JobMissed,
    LookUpRoutineSessions,
    NotifyChanged,
    NotifyRecorded,
    Observation,
    OpenRoutine,
    RecordAnswer,
    RecordPromptShown,
    RetryUnsaved,
    RoutineRunning,
    RoutineSessionsFound,
    SaveBout,
    SaveOpenBout,
    Schedule,
    ScheduleDaily,
    ScheduleEvery,
    ShownPrompt,
    ShowPrompt,
    Started,
    Stopped,
    TakeSample,
    TellUser,
    WriteFailed,
    WriteSucceeded,
)
from sitbreak.core.i18n import Text, message_of
from sitbreak.core.records import StorageError
from sitbreak.core.settings import Settings
from sitbreak.core.status import Status
from sitbreak.desk.ports import DeskStore, HoldReader, IdleReader, JobScheduler, PromptDisplay

log = logging.getLogger(__name__)
T = TypeVar("T")


class DeskCoordinator:
    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        store: DeskStore,
        scheduler: JobScheduler,
        presenter: PromptDisplay,
        idle_reader: IdleReader | None,
        manual_reason: Text | None = None,
        saving_problem: Text | None = None,
        holds: HoldReader | None = None,
        save_every: float = SAVE_OPEN_BOUT_EVERY,
        in_memory: bool = False,
    ) -> None:
        """`saving_problem`: why nothing can be saved yet (a database locked at start, or a
        data folder that cannot be used: then `in_memory`, the store keeps nothing after the
        quit and its writes are not saves); `save_every`: seconds between saves."""
        name = getattr(idle_reader, "name", "")
        self.desk = Desk(
            clock,
            settings,
            idle_reader is not None,
            manual_reason,
            name,
            saving_problem,
            save_every=save_every,
        )
        self._holds = holds
        self._store = store
        self._in_memory = in_memory
        self._scheduler = scheduler
        self._presenter = presenter
        self._idle = idle_reader
        self._open_bout_row: int | None = None
        self._prompt_row: int | None = None
        self._unsaved: list[Callable[[], object]] = []  # bout writes that failed, in order
        self._changed: list[Callable[[], None]] = []
        self._recorded: list[Callable[[], None]] = []
        self._problems: list[Callable[[str], None]] = []
        self._routine_openers: list[Callable[[str, str], None]] = []

    # -- life cycle and listeners ------------------------------------------------------
    def start(self) -> None:
        self.observe(Started())

    def stop(self) -> None:
        """Quit: close the open bout (saved as ended now) and any prompt on screen."""
        self.observe(Stopped())
        self._retry_unsaved()  # a bout that ended while saving failed, and no bout open
        if self._unsaved:
            log.error("quitting with %d bout write(s) not saved", len(self._unsaved))

    def save_open_bout(self) -> None:
        """Save now what the minute's save would (`sitbreak quit` tells whether it could)."""
        self.observe(JobDue(Job.SAVE_OPEN_BOUT))

    @property
    def storage_problem(self) -> str | None:
        """What keeps Sitbreak from saving now, in words; None while saving works."""
        problem = self.desk.status().saving_problem
        return None if problem is None else str(problem)

    @property
    def all_saved(self) -> bool:
        """Whether every closed bout reached the database."""
        return not self._unsaved and self.desk.status().saving_problem is None

    def on_changed(self, listener: Callable[[], None]) -> None:
        """Called after anything the status shows may have changed."""
        self._changed.append(listener)

    def on_recorded(self, listener: Callable[[], None]) -> None:
        """Called after a bout, prompt answer or state change was written (stats refresh)."""
        self._recorded.append(listener)

    def on_problem(self, listener: Callable[[str], None]) -> None:
        """Called with a message for the user when something could not be saved."""
        self._problems.append(listener)

    def on_open_routine(self, listener: Callable[[str, str], None]) -> None:
        """Called with a routine id and its trigger when a prompt's answer asks for it."""
        self._routine_openers.append(listener)

    # -- what the desk knows -----------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.desk.settings

    @property
    def manual_mode(self) -> bool:
        return self.desk.manual_mode

    @property
    def showing(self) -> ShownPrompt | None:
        return self.desk.showing

    def status(self) -> Status:
        return self.desk.status()

    def check_holds(self) -> None:
        """Ask the hold detectors now: a push from them, or `sitbreak status` asking."""
        reasons = self._holds.check() if self._holds is not None else frozenset()
        self.observe(HoldsSeen(frozenset(reasons)))

    def routine_running(self, running: bool) -> None:
        """A routine window opened or closed: prompts wait while it runs."""
        self.observe(RoutineRunning(running))

    # -- observations in, effects out ----------------------------------------------------
    def observe(self, observation: Observation) -> None:
        """Tell the desk what happened and carry out what it decides."""
        for effect in self.desk.observe(observation):
            self._perform(effect)

    def job_missed(self, job_id: str) -> None:
        """The scheduler dropped a late run (the loop stalled): the desk re-plans."""
        if job_id in {job.value for job in Job}:
            self.observe(JobMissed(Job(job_id)))

    def _perform(self, effect: Effect) -> None:
        match effect:
            case Schedule(job, at):
                self._scheduler.schedule_at(job.value, at, self._runner(job))
            case ScheduleEvery(job, seconds):
                self._scheduler.schedule_every(job.value, seconds, self._runner(job))
            case ScheduleDaily(job, at):
                self._scheduler.schedule_daily(job.value, at, self._runner(job))
            case Cancel(job):
                self._scheduler.cancel(job.value)
            case TakeSample():
                self._sample()
            case CheckHolds():
                self.check_holds()
            case SaveOpenBout(period, until):
                # What failed before goes first; a failed save keeps the row id, so the
                # next one updates the same row (a lost id made a second, overlapping row).
                self._retry_unsaved()
                row = self._open_bout_row
                saved = self._write(
                    lambda: self._store.save_bout(row, period.start, until, period.posture, None)
                )
                if saved is not None:
                    self._open_bout_row = saved
            case SaveBout(bout):
                row, self._open_bout_row = self._open_bout_row, None
                self._write_or_keep(
                    lambda: self._store.save_bout(
                        row, bout.start, bout.end, bout.posture, bout.end_reason
                    )
                )
            case RetryUnsaved():
                self._retry_unsaved()
            case DropOpenBout():
                row, self._open_bout_row = self._open_bout_row, None
                if row is not None:
                    self._write_or_keep(lambda: self._store.delete_bout(row))
            case RecordPromptShown(p):
                self._prompt_row = self._write(
                    lambda: self._store.add_prompt(p.kind, p.due, p.shown, p.snooze_count, p.urgent)
                )
            case RecordAnswer(outcome, at):
                prompt_row, self._prompt_row = self._prompt_row, None
                if prompt_row is not None:
                    self._write(lambda: self._store.answer_prompt(prompt_row, outcome, at))
            case ShowPrompt(prompt):
                self._presenter.show_prompt(prompt)
            case ClosePrompt():
                self._presenter.close_prompt()
            case LookUpRoutineSessions(since, until):
                found = self._write(lambda: self._store.routine_sessions_between(since, until))
                self.observe(RoutineSessionsFound(tuple(found or ())))
            case OpenRoutine(routine_id, trigger):
                for opener in list(self._routine_openers):
                    opener(routine_id, trigger)
            case NotifyChanged():
                self._notify(self._changed)
            case NotifyRecorded():
                self._notify(self._recorded)
            case TellUser(text):
                for listener in list(self._problems):
                    listener(text)

    def _runner(self, job: Job) -> Callable[[], None]:
        return lambda: self.observe(JobDue(job))

    def _sample(self) -> None:
        assert self._idle is not None, "the desk samples only with an idle source"
        try:
            idle = self._idle.idle_seconds()
        except OSError as error:
            failures = self.desk.idle_failures + 1
            log.error("reading idle time failed (%d in a row): %s", failures, error)
            self.observe(IdleReadFailed(str(error)))
        else:
            self.observe(IdleSampled(idle))

    def _write_or_keep(self, call: Callable[[], object]) -> None:
        """A bout write that must reach the database: kept in memory until it does."""
        self._unsaved.append(call)
        self._retry_unsaved()

    def _retry_unsaved(self) -> None:
        while self._unsaved:
            if not self._try(self._unsaved[0]):
                return
            self._unsaved.pop(0)

    def _try(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except StorageError as error:
            log.error("saving to the database failed: %s", error)
            self.observe(WriteFailed(message_of(error)))
            return False
        self._succeeded()
        return True

    def _write(self, call: Callable[[], T]) -> T | None:
        """A database call that must not stop the app: a failure is logged and the desk
        told (it tells the user once)."""
        try:
            result = call()
        except StorageError as error:
            log.error("saving to the database failed: %s", error)
            self.observe(WriteFailed(message_of(error)))
            return None
        self._succeeded()
        return result

    def _succeeded(self) -> None:
        if not self._in_memory:  # a write kept in memory does not end "not saving"
            self.observe(WriteSucceeded())

    @staticmethod
    def _notify(listeners: list[Callable[[], None]]) -> None:
        for listener in list(listeners):
            listener()
