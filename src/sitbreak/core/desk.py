"""The desk rules: what each observation and answer means, as effects to carry out.

Pure and driven by an injected Clock, like RoutinePlayer. `Desk.observe` takes one
observation (an idle sample, a lock, a suspend, a clock jump, a pause, "I'm standing",
the user's answer to a prompt, a job that came due...) and returns the effects it calls
for, in order: record a bout or a prompt, schedule or cancel a job, show or close the
prompt, open a routine, tell listeners what changed, tell the user of a problem. The
SittingTracker says where the user is and the ReminderPolicy what is due; the Desk ties
them together. desk/coordinator.py carries the effects out and feeds back what it learns
(an idle reading, a failed write, the routine sessions it looked up).

To add an observation kind: a frozen dataclass here and a case in `Desk._handle`. To add
an effect kind: a frozen dataclass here and a case in the coordinator's `_perform`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    DESK_ROUTINE_ID,
    SQUEEZE_ROUTINE_ID,
    is_activation_routine,
)
from sitbreak.core.pause import PauseLength, pause_until
from sitbreak.core.records import (
    EndReason,
    Outcome,
    Posture,
    PromptKind,
    RoutineSessionRecord,
    SessionStatus,
)
from sitbreak.core.reminders import DuePrompt, ReminderPolicy
from sitbreak.core.settings import Settings
from sitbreak.core.sitting import Bout, OpenPeriod, SittingTracker
from sitbreak.core.status import State, Status

SAVE_OPEN_BOUT_EVERY = 60.0  # seconds: a crash loses at most this much of the open bout
MANUAL_TICK = 60.0  # seconds between presence ticks when no idle source works
# Between pushed idle events a tick only keeps the tracker current (clock gaps, a pause's
# end, the last input while the user works); well under the tracker's 60 s gap threshold.
PUSH_TICK = 30.0
IDLE_FAILURES_BEFORE_MANUAL = 3
NO_IDLE_SOURCE = "Keyboard and mouse activity cannot be read here"


class Job(StrEnum):
    """The desk's timed jobs; the value is the scheduler's job id."""

    SAMPLE = "sample"
    SAVE_OPEN_BOUT = "save-open-bout"
    PROMPT = "prompt"
    DAILY_ROUTINE = "daily-routine"
    PAUSE_END = "pause-end"


class FollowUp(StrEnum):
    """What the user asked for along with accepting a prompt."""

    DESK_ROUTINE = "desk_routine"  # "Do the 2-minute routine" on a stand prompt
    GUIDE = "guide"  # "Guide me" on a squeeze prompt


@dataclass(frozen=True)
class ShownPrompt:
    kind: PromptKind
    due: datetime
    shown: datetime
    snooze_count: int
    urgent: bool
    snooze_minutes: int  # what Snooze will postpone by now (escalation halves it)
    timeout_seconds: int
    sitting_seconds: float  # the bout's length when shown ("you have been sitting for...")


# -- observations ------------------------------------------------------------------------
@dataclass(frozen=True)
class Started:
    """The app started: plan the jobs, offer a daily routine missed before, sample."""


@dataclass(frozen=True)
class Stopped:
    """The app quits: the prompt on screen is dismissed, the open bout ends now."""


@dataclass(frozen=True)
class SettingsChanged:
    settings: Settings


@dataclass(frozen=True)
class IdleSampled:
    idle_seconds: float  # since the last keyboard or mouse input


@dataclass(frozen=True)
class IdleReadFailed:
    reason: str


@dataclass(frozen=True)
class IdleWatched:
    """The idle source pushes from now on (at the away threshold): no more sampling."""


@dataclass(frozen=True)
class IdleWatchLost:
    """The pushed events stopped (e.g. the compositor went away): sample again."""

    reason: str


@dataclass(frozen=True)
class InputStopped:
    """Pushed: no input for `idle_seconds` (the away threshold)."""

    idle_seconds: float


@dataclass(frozen=True)
class InputResumed:
    """Pushed: input again."""


@dataclass(frozen=True)
class Locked:
    pass


@dataclass(frozen=True)
class Unlocked:
    pass


@dataclass(frozen=True)
class Suspending:
    pass


@dataclass(frozen=True)
class Resumed:
    """After a suspend: re-plan from the state, never replay what was missed."""


@dataclass(frozen=True)
class ClockJumped:
    """The wall clock moved apart from the monotonic one: sample now, so the tracker
    re-bases."""


@dataclass(frozen=True)
class StandingSet:
    standing: bool  # "I'm standing" (standing desk) on or off


@dataclass(frozen=True)
class StoodUp:
    """Manual "I stood up" (also what an accepted stand prompt does)."""


@dataclass(frozen=True)
class PauseRequested:
    length: PauseLength | None  # None: until resumed


@dataclass(frozen=True)
class ResumeRequested:
    pass


@dataclass(frozen=True)
class PromptNow:
    """Squeeze now / Stand up now / `sitbreak break`: show it at once."""

    kind: PromptKind


@dataclass(frozen=True)
class Answered:
    """The user's answer to the prompt on screen (or MISSED at its timeout)."""

    outcome: Outcome
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class RoutineDone:
    """The daily routine was completed from anywhere: no need to offer it today."""


@dataclass(frozen=True)
class JobDue:
    job: Job


@dataclass(frozen=True)
class JobMissed:
    """The scheduler dropped a late run (the loop stalled, the machine slept)."""

    job: Job


@dataclass(frozen=True)
class RoutineSessionsFound:
    """The answer to LookUpRoutineSessions."""

    sessions: tuple[RoutineSessionRecord, ...]


@dataclass(frozen=True)
class WriteFailed:
    error: str


@dataclass(frozen=True)
class WriteSucceeded:
    pass


Observation = (
    Started | Stopped | SettingsChanged | IdleSampled | IdleReadFailed | IdleWatched
    | IdleWatchLost | InputStopped | InputResumed | Locked | Unlocked
    | Suspending | Resumed | ClockJumped | StandingSet | StoodUp | PauseRequested
    | ResumeRequested | PromptNow | Answered | RoutineDone | JobDue | JobMissed
    | RoutineSessionsFound | WriteFailed | WriteSucceeded
)  # fmt: skip


# -- effects -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Schedule:
    job: Job
    at: datetime


@dataclass(frozen=True)
class ScheduleEvery:
    job: Job
    seconds: float


@dataclass(frozen=True)
class ScheduleDaily:
    job: Job
    at: time  # local time of day


@dataclass(frozen=True)
class Cancel:
    job: Job


@dataclass(frozen=True)
class TakeSample:
    """Read the idle time now and observe it (IdleSampled or IdleReadFailed)."""


@dataclass(frozen=True)
class SaveOpenBout:
    """Save the open period as still open, ending now (a crash loses little)."""

    period: OpenPeriod
    until: datetime


@dataclass(frozen=True)
class SaveBout:
    """The open period closed: save it with its end reason."""

    bout: Bout


@dataclass(frozen=True)
class DropOpenBout:
    """The open period ended too short to be a bout: forget what was saved of it."""


@dataclass(frozen=True)
class RecordPromptShown:
    prompt: ShownPrompt


@dataclass(frozen=True)
class RecordAnswer:
    """The answer to the prompt last recorded as shown."""

    outcome: Outcome
    at: datetime


@dataclass(frozen=True)
class ShowPrompt:
    prompt: ShownPrompt


@dataclass(frozen=True)
class ClosePrompt:
    pass


@dataclass(frozen=True)
class LookUpRoutineSessions:
    """Read the routine sessions started in [since, until) and observe them."""

    since: datetime
    until: datetime


@dataclass(frozen=True)
class OpenRoutine:
    routine_id: str
    trigger: str  # stored with the session: "daily", "prompt", "squeeze"


@dataclass(frozen=True)
class NotifyChanged:
    """Anything the status shows may have changed."""


@dataclass(frozen=True)
class NotifyRecorded:
    """A bout, a prompt answer or a routine was recorded (stats may refresh)."""


@dataclass(frozen=True)
class TellUser:
    text: str


Effect = (
    Schedule | ScheduleEvery | ScheduleDaily | Cancel | TakeSample | SaveOpenBout | SaveBout
    | DropOpenBout | RecordPromptShown | RecordAnswer | ShowPrompt | ClosePrompt
    | LookUpRoutineSessions | OpenRoutine | NotifyChanged | NotifyRecorded | TellUser
)  # fmt: skip

_FOLLOW_UPS = {
    FollowUp.DESK_ROUTINE: OpenRoutine(DESK_ROUTINE_ID, "prompt"),
    FollowUp.GUIDE: OpenRoutine(SQUEEZE_ROUTINE_ID, "squeeze"),
}


PushedInput = IdleWatched | IdleWatchLost | InputStopped | InputResumed


class InputFeed:
    """How the desk learns of input: idle time it samples, events the idle source pushes,
    or neither (manual mode: the user counts as present, and `note` says why)."""

    def __init__(self, idle_source: bool, manual_reason: str | None, name: str) -> None:
        self.manual = not idle_source
        self.manual_reason = manual_reason
        self.name = name
        self.pushed = False  # idle events arrive by themselves: no sampling
        self.input_stopped = False
        self.failures = 0  # readings that failed in a row

    @property
    def note(self) -> str | None:
        return (self.manual_reason or NO_IDLE_SOURCE) if self.manual else None

    @property
    def source_name(self) -> str:
        return "manual" if self.manual else self.name

    def tick_seconds(self, sample_seconds: float) -> float:
        if self.manual:
            return MANUAL_TICK
        return PUSH_TICK if self.pushed else sample_seconds

    def tick(self) -> str:
        """What the periodic tick does: "sample" the idle time, count as "present" (manual
        mode, or pushed with no "input stopped" since), or only "check" the clock."""
        if self.manual or (self.pushed and not self.input_stopped):
            return "present"
        return "check" if self.pushed else "sample"

    def failed(self, reason: str) -> bool:
        """One more failed reading; True when the source is given up (manual mode now)."""
        self.failures += 1
        if self.failures < IDLE_FAILURES_BEFORE_MANUAL:
            return False
        self.manual = True
        self.manual_reason = f"Idle detection stopped working: {reason}"
        return True

    def take(self, event: PushedInput) -> float | None:
        """A pushed event; the idle time the tracker should observe now, if any."""
        match event:
            case IdleWatched():
                self.pushed, self.input_stopped = True, False
            case IdleWatchLost():
                self.pushed = False
            case InputStopped(idle):
                self.input_stopped = True
                return idle
            case InputResumed():
                self.input_stopped = False
                return 0.0
        return None


@dataclass
class AwayClock:
    """Since when the user is away: the end of the last bout. A touch in passing (a period
    too short to be a bout) does not end the time away."""

    since: datetime | None = None

    def follow(self, tracker: SittingTracker) -> AwayClock:
        tracker.on_bout_closed(lambda bout: self.left(bout.end))
        tracker.on_period_dropped(lambda period: self.passed_by(period.start))
        tracker.on_clock_shift(self.shift)
        return self

    def left(self, end: datetime) -> None:
        self.since = end

    def passed_by(self, start: datetime) -> None:
        self.since = self.since or start

    def shift(self, step: timedelta) -> None:
        if self.since is not None:
            self.since += step

    def seconds(self, now: datetime, present: bool) -> float | None:
        """None at the desk, or when no bout has ended since the start."""
        if present or self.since is None:
            return None
        return max(0.0, (now - self.since).total_seconds())


class Desk:
    """The rules of the desk: feeds the tracker and the policy and says what to do."""

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        idle_source: bool,
        manual_reason: str | None,
        idle_source_name: str = "",
    ) -> None:
        """`idle_source`: whether input idle time can be read; without one the desk runs in
        manual mode (the user counts as present) and `manual_reason` says why.
        `idle_source_name` is the backend's name for `status --json`."""
        self._clock = clock
        self._settings = settings
        self._feed = InputFeed(idle_source, manual_reason, idle_source_name)
        self._storage_failing = False
        self._out: list[Effect] = []  # shared with the parts below; emptied by observe()
        tracking = settings.tracking
        self.tracker = SittingTracker(clock, tracking.away_after_seconds, tracking.sample_seconds)
        self._away = AwayClock().follow(self.tracker)
        self.policy = ReminderPolicy(clock, settings.prompts, settings.schedule)
        self._prompts = PromptSlot(clock, self.tracker, self.policy, settings, self._out)
        self._routine = DailyRoutineOffer(clock, self.policy, self._prompts, settings, self._out)
        self.tracker.on_period_started(self._period_started)
        self.tracker.on_bout_closed(self._bout_closed)
        self.tracker.on_period_dropped(self._period_dropped)
        self.tracker.on_clock_shift(self._clock_shifted)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def manual_mode(self) -> bool:
        return self._feed.manual

    @property
    def idle_failures(self) -> int:
        """Idle readings that failed in a row."""
        return self._feed.failures

    @property
    def showing(self) -> ShownPrompt | None:
        return self._prompts.showing

    def observe(self, observation: Observation) -> list[Effect]:
        """Take in one observation; the effects it calls for, in the order to perform them."""
        self._out.clear()
        self._handle(observation)
        effects = list(self._out)
        self._out.clear()
        return effects

    def status(self) -> Status:
        state = self.tracker.state()
        nxt = self._prompts.next_prompt(state)
        now = self._clock.now()
        return Status(
            state=state,
            bout_seconds=self.tracker.bout_seconds(),
            stand_after_seconds=self.policy.stand_after.total_seconds(),
            next_prompt_kind=None if nxt is None else nxt.kind,
            next_prompt_in_seconds=None if nxt is None else (nxt.due - now).total_seconds(),
            paused_until=self.tracker.paused_until,
            detection_note=self._feed.note,
            standing_seconds=self.tracker.standing_seconds(),
            idle_source=self._feed.source_name,
            away_seconds=self._away.seconds(now, self.tracker.present),
        )

    # -- what each observation means ----------------------------------------------------
    def _handle(self, observation: Observation) -> None:
        tracker, prompts, replan = self.tracker, self._prompts, self._prompts.replan
        match observation:
            case Started():
                self._schedule_sampling()
                self._out.append(ScheduleEvery(Job.SAVE_OPEN_BOUT, SAVE_OPEN_BOUT_EVERY))
                self._routine.schedule()
                self._routine.offer_if_missed()
                self._sample()
            case Stopped():
                prompts.leave()
                self._out.extend(Cancel(job) for job in Job)
                tracker.stop(EndReason.QUIT)
            case SettingsChanged(settings):
                self._apply(settings)
            case IdleSampled(idle):
                self._feed.failures = 0
                tracker.observe_idle(idle)
                replan()
            case IdleReadFailed(reason):
                self._idle_failed(reason)
                replan()
            case IdleWatched() | IdleWatchLost() | InputStopped() | InputResumed():
                self._pushed_input(observation)
            case Locked():
                prompts.leave()
                tracker.lock()
                replan()
            case Unlocked():
                tracker.unlock()
                replan()
            case Suspending():
                prompts.leave()
                tracker.suspend()
                self._save_open_bout()
                replan()
            case Resumed():
                tracker.resume()
                self._routine.offer_if_missed()
                replan()
            case ClockJumped():
                prompts.forget_plan()
                self._sample()
            case StandingSet(standing):
                tracker.set_standing(standing)
                if not standing:
                    self.policy.released()
                replan()
            case StoodUp():
                tracker.stood_up()
                replan()
            case PauseRequested(length):
                self._pause(length)
            case ResumeRequested():
                tracker.resume_prompts()
                self._out.append(Cancel(Job.PAUSE_END))
                self.policy.released()
                replan()
            case PromptNow(kind):
                prompts.show_now(kind)
            case Answered(outcome, follow_up):
                prompts.answer(outcome, follow_up)
            case RoutineDone():
                self.policy.withdraw_routine()
                self._out.append(NotifyRecorded())
                replan()
            case JobDue(job):
                self._job_due(job)
            case JobMissed(Job.PROMPT):
                prompts.forget_plan()
                replan()
            case JobMissed(Job.DAILY_ROUTINE):  # the machine slept through the routine's time
                self._routine.offer()
            case JobMissed():
                pass  # a missed repeating job simply runs at its next time
            case RoutineSessionsFound(sessions):
                self._routine.sessions_found(sessions)
            case WriteFailed(error):
                if not self._storage_failing:  # told once, until writing works again
                    self._storage_failing = True
                    self._out.append(TellUser(f"Sitbreak could not save to its database: {error}"))
            case WriteSucceeded():
                self._storage_failing = False

    def _job_due(self, job: Job) -> None:
        if job is Job.SAMPLE:
            self._sample()
        elif job is Job.SAVE_OPEN_BOUT:
            self._save_open_bout()
        elif job is Job.PROMPT:
            self._prompts.due()
        elif job is Job.DAILY_ROUTINE:
            self._routine.offer()
        elif job is Job.PAUSE_END:
            if self.tracker.state() is not State.PAUSED:
                self.policy.released()
            self._prompts.replan()

    def _apply(self, settings: Settings) -> None:
        self._settings = settings
        self._prompts.settings = self._routine.settings = settings
        tracking = settings.tracking
        self.tracker.configure(tracking.away_after_seconds, tracking.sample_seconds)
        self.policy.configure(settings.prompts, settings.schedule)
        self._schedule_sampling()
        self._routine.schedule()
        self._prompts.replan()

    def _schedule_sampling(self) -> None:
        seconds = self._feed.tick_seconds(float(self._settings.tracking.sample_seconds))
        self._out.append(ScheduleEvery(Job.SAMPLE, seconds))

    def _sample(self) -> None:
        """The periodic tick: an idle reading, a presence tick, or a look at the clock."""
        tick = self._feed.tick()
        if tick == "sample":
            self._out.append(TakeSample())
            return
        if tick == "present":
            self.tracker.observe_present()
        else:
            self.tracker.check()
        self._prompts.replan()

    def _pushed_input(self, event: PushedInput) -> None:
        idle = self._feed.take(event)
        if isinstance(event, IdleWatched | IdleWatchLost):
            self._schedule_sampling()
        if isinstance(event, IdleWatchLost):
            self._idle_failed(event.reason)
        if idle is not None:
            self.tracker.observe_idle(idle)
        self._prompts.replan()

    def _idle_failed(self, reason: str) -> None:
        """A source that keeps failing is given up: manual mode, and the user is told why."""
        self.tracker.check()
        if self._feed.failed(reason):
            self._schedule_sampling()

    def _pause(self, length: PauseLength | None) -> None:
        work_start = self._settings.schedule.work_hours.start
        until = None if length is None else pause_until(length, self._clock, work_start)
        self._prompts.leave()
        self.tracker.pause(until)
        if until is not None:
            self._out.append(Schedule(Job.PAUSE_END, until))
        self._prompts.replan()

    # -- periods, as the tracker reports them ---------------------------------------------
    def _save_open_bout(self) -> None:
        period = self.tracker.open_period
        if period is not None:
            self._out.append(SaveOpenBout(period, self._clock.now()))

    def _period_started(self, period: OpenPeriod) -> None:
        if period.posture is Posture.SITTING:
            self.policy.bout_started(period.start)

    def _bout_closed(self, bout: Bout) -> None:
        self._out.append(SaveBout(bout))
        if bout.posture is Posture.SITTING:
            self.policy.bout_ended()
            if bout.end_reason is not EndReason.STOOD_UP:
                self._prompts.leave()  # a prompt up when the user left was not answered
        self._out.append(NotifyRecorded())

    def _period_dropped(self, period: OpenPeriod) -> None:
        self._out.append(DropOpenBout())
        if period.posture is Posture.SITTING:
            self.policy.bout_ended()

    def _clock_shifted(self, step: timedelta) -> None:
        self.policy.shift(step)
        self._prompts.forget_plan()


class PromptSlot:
    """The one prompt on screen, and the one PROMPT job that brings the next."""

    def __init__(
        self,
        clock: Clock,
        tracker: SittingTracker,
        policy: ReminderPolicy,
        settings: Settings,
        out: list[Effect],
    ) -> None:
        self._clock = clock
        self._tracker = tracker
        self._policy = policy
        self.settings = settings
        self._out = out
        self.showing: ShownPrompt | None = None
        self._planned: datetime | None = None  # due time of the PROMPT job, if set

    def next_prompt(self, state: State) -> DuePrompt | None:
        return None if self.showing is not None else self._policy.next_prompt(state)

    def forget_plan(self) -> None:
        """The PROMPT job may no longer be where it was set: the next replan sets it anew."""
        self._planned = None

    def replan(self) -> None:
        """Ask the policy what is next and set the one PROMPT job for it."""
        nxt = self.next_prompt(self._tracker.state())
        due = None if nxt is None else nxt.due
        if due != self._planned:  # most samples change nothing: leave the job alone
            self._out.append(Cancel(Job.PROMPT) if due is None else Schedule(Job.PROMPT, due))
            self._planned = due
        self._out.append(NotifyChanged())

    def due(self) -> None:
        """The PROMPT job ran: show what is due, unless the plan moved meanwhile."""
        self._planned = None
        nxt = self._policy.next_prompt(self._tracker.state())
        if self.showing is not None or nxt is None:
            self.replan()
        elif nxt.due > self._clock.now() + timedelta(seconds=1):
            self.replan()  # the plan moved since this job was set
        else:
            self._show(nxt)

    def show_now(self, kind: PromptKind) -> None:
        if self.showing is not None:
            if self.showing.kind is kind:
                return  # already on screen
            self.answer(Outcome.DISMISSED, None)
        plan = self._policy.plan(kind)
        self._show(DuePrompt(kind, self._clock.now(), plan.snooze_count if plan else 0))

    def leave(self) -> None:
        """The user is leaving (lock, suspend, away, a pause) with a prompt up: unanswered."""
        if self.showing is not None:
            self.answer(Outcome.DISMISSED, None)

    def answer(self, outcome: Outcome, follow_up: FollowUp | None) -> None:
        shown, self.showing = self.showing, None
        if shown is not None:
            now = self._clock.now()
            self._out.append(ClosePrompt())
            self._policy.answer(shown.kind, outcome)
            if shown.kind is PromptKind.STAND and outcome is Outcome.ACCEPTED:
                self._tracker.stood_up()
            self._out.extend([RecordAnswer(outcome, now), NotifyRecorded()])
            self.replan()
        routine_prompt = shown is not None and shown.kind is PromptKind.ROUTINE
        if follow_up is not None:
            self._out.append(_FOLLOW_UPS[follow_up])
        elif routine_prompt and outcome is Outcome.ACCEPTED:
            self._out.append(OpenRoutine(DAILY_ROUTINE_ID, "daily"))

    def _show(self, prompt: DuePrompt) -> None:
        delay = self._policy.snooze_delay(prompt.snooze_count + 1)
        self.showing = ShownPrompt(
            kind=prompt.kind,
            due=prompt.due,
            shown=self._clock.now(),
            snooze_count=prompt.snooze_count,
            urgent=self._policy.is_urgent(prompt),
            snooze_minutes=round(delay.total_seconds() / 60),
            timeout_seconds=self.settings.prompts.timeout_seconds,
            sitting_seconds=self._tracker.bout_seconds(),
        )
        self._planned = None
        self._out.extend(
            [
                RecordPromptShown(self.showing),
                Cancel(Job.PROMPT),
                ShowPrompt(self.showing),
                NotifyChanged(),
            ]
        )


class DailyRoutineOffer:
    """When to offer the daily routine: at its time, or later when that was missed."""

    def __init__(
        self,
        clock: Clock,
        policy: ReminderPolicy,
        prompts: PromptSlot,
        settings: Settings,
        out: list[Effect],
    ) -> None:
        self._clock = clock
        self._policy = policy
        self._prompts = prompts
        self.settings = settings
        self._out = out
        self._offered_on: date | None = None

    def schedule(self) -> None:
        at = self.settings.routine.daily_time
        job = Job.DAILY_ROUTINE
        self._out.append(Cancel(job) if at is None else ScheduleDaily(job, at))

    def offer(self) -> None:
        self._offered_on = self._today()
        self._policy.offer_routine()
        self._prompts.replan()

    def offer_if_missed(self) -> None:
        """Started or woke after today's routine time without having offered it: look up
        whether it was done today (the answer comes as RoutineSessionsFound)."""
        at = self.settings.routine.daily_time
        local = self._clock.to_local(self._clock.now())
        if at is None or local.time() < at or self._offered_on == local.date():
            return
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        self._out.append(LookUpRoutineSessions(midnight, local))

    def sessions_found(self, sessions: tuple[RoutineSessionRecord, ...]) -> None:
        """Offer the missed routine now (the policy holds it until the user is at the
        desk), unless it was done today."""
        if any(
            is_activation_routine(s.routine_id) and s.status is SessionStatus.COMPLETED
            for s in sessions
        ):
            self._offered_on = self._today()
        else:
            self.offer()

    def _today(self) -> date:
        return self._clock.to_local(self._clock.now()).date()
