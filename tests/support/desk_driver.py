"""Runs the real Desk on a FakeClock, performing its effects in memory as the coordinator
would: jobs fire when they are due, bouts and prompts are kept in lists, and each idle
reading comes from `idle` (a number of seconds, or an OSError to raise).

For pure tests of the desk rules (tests/core); the coordinator's own tests use the real
database and FakeScheduler instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import (
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
    LookUpRoutineSessions,
    NotifyChanged,
    NotifyRecorded,
    Observation,
    OpenRoutine,
    RecordAnswer,
    RecordPromptShown,
    RoutineSessionsFound,
    SaveBout,
    SaveOpenBout,
    Schedule,
    ScheduleDaily,
    ScheduleEvery,
    ShownPrompt,
    ShowPrompt,
    Started,
    TakeSample,
    TellUser,
)
from sitbreak.core.holds import HoldReason
from sitbreak.core.records import Outcome, RoutineSessionRecord
from sitbreak.core.settings import Settings
from sitbreak.core.sitting import Bout, OpenPeriod


@dataclass
class PlannedJob:
    at: datetime
    every: timedelta | None = None


@dataclass
class DeskDriver:
    clock: FakeClock
    desk: Desk
    idle: float | OSError = 0.0
    holds: frozenset[HoldReason] = frozenset()  # what the hold detectors see
    hold_checks: int = 0  # how often they were asked
    routine_sessions: list[RoutineSessionRecord] = field(default_factory=list)
    jobs: dict[Job, PlannedJob] = field(default_factory=dict)
    bouts: list[Bout] = field(default_factory=list)
    open_saved: OpenPeriod | None = None
    shown: list[ShownPrompt] = field(default_factory=list)
    on_screen: ShownPrompt | None = None
    answers: list[Outcome] = field(default_factory=list)
    opened: list[tuple[str, str]] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)  # every effect, in order

    @classmethod
    def start(
        cls,
        settings: Settings | None = None,
        clock: FakeClock | None = None,
        idle_source: bool = True,
    ) -> DeskDriver:
        clock = clock or FakeClock()
        desk = Desk(clock, settings or Settings(), idle_source, None)
        driver = cls(clock, desk)
        driver.observe(Started())
        return driver

    def observe(self, observation: Observation) -> list[Effect]:
        effects = self.desk.observe(observation)
        for effect in effects:
            self.effects.append(effect)
            self._perform(effect)
        return effects

    def run_for(self, seconds: float) -> None:
        """Let time pass, running each job when it is due (as the scheduler would)."""
        end = self.clock.now() + timedelta(seconds=seconds)
        while self.jobs:
            # Ties run in job-id order, as in APScheduler's job store.
            job, planned = min(self.jobs.items(), key=lambda item: (item[1].at, item[0].value))
            if planned.at > end:
                break
            if planned.at > self.clock.now():
                self.clock.advance((planned.at - self.clock.now()).total_seconds())
            if planned.every is None:
                del self.jobs[job]
            else:
                planned.at = max(planned.at + planned.every, self.clock.now())
            self.observe(JobDue(job))
        if end > self.clock.now():
            self.clock.advance((end - self.clock.now()).total_seconds())

    def shown_at(self, start: datetime) -> list[tuple[str, float]]:
        return [(p.kind.value, (p.shown - start).total_seconds() / 60) for p in self.shown]

    def _perform(self, effect: Effect) -> None:
        match effect:
            case CheckHolds():
                self.hold_checks += 1
                self.observe(HoldsSeen(self.holds))
            case Schedule(job, at):
                self.jobs[job] = PlannedJob(at)
            case ScheduleEvery(job, seconds):
                every = timedelta(seconds=seconds)
                self.jobs[job] = PlannedJob(self.clock.now() + every, every)
            case ScheduleDaily(job, at):
                local = self.clock.to_local(self.clock.now())
                when = datetime.combine(local.date(), at, tzinfo=local.tzinfo)
                if when <= local:
                    when += timedelta(days=1)
                self.jobs[job] = PlannedJob(when, timedelta(days=1))
            case Cancel(job):
                self.jobs.pop(job, None)
            case TakeSample():
                if isinstance(self.idle, OSError):
                    self.observe(IdleReadFailed(str(self.idle)))
                else:
                    self.observe(IdleSampled(self.idle))
            case SaveOpenBout(period, _until):
                self.open_saved = period
            case SaveBout(bout):
                self.open_saved = None
                self.bouts.append(bout)
            case DropOpenBout():
                self.open_saved = None
            case RecordPromptShown(prompt):
                self.shown.append(prompt)
            case RecordAnswer(outcome, _at):
                self.answers.append(outcome)
            case ShowPrompt(prompt):
                self.on_screen = prompt
            case ClosePrompt():
                self.on_screen = None
            case LookUpRoutineSessions():
                self.observe(RoutineSessionsFound(tuple(self.routine_sessions)))
            case OpenRoutine(routine_id, trigger):
                self.opened.append((routine_id, trigger))
            case TellUser(text):
                self.told.append(text)
            case NotifyChanged() | NotifyRecorded():
                pass
