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

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sitbreak.core.backoff import MissedPromptBackoff
from sitbreak.core.clock import Clock
from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    DESK_ROUTINE_ID,
    SQUEEZE_ROUTINE_ID,
    is_activation_routine,
)
from sitbreak.core.holds import RECHECK_SECONDS, GatedPrompt, HoldGate, HoldReason
from sitbreak.core.i18n import Message, Text, translate
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
from sitbreak.core.sampling import SamplingRule
from sitbreak.core.settings import Settings, TrackingSettings
from sitbreak.core.sitting import Bout, OpenPeriod, SittingTracker
from sitbreak.core.status import State, Status

SAVE_OPEN_BOUT_EVERY = 60.0  # seconds: a crash loses at most this much of the open bout
MANUAL_TICK = 60.0  # seconds between presence ticks when no idle source works
# Between pushed idle events a tick only keeps the tracker and the minutes shown current
# (clock gaps, the last input while the user works); once a minute, in the same wake-up
# as the open bout's save (the scheduler runs repeating jobs on one grid).
PUSH_TICK = SAVE_OPEN_BOUT_EVERY
IDLE_FAILURES_BEFORE_MANUAL = 3
NO_IDLE_SOURCE = Message.translate("Desk", "Keyboard and mouse activity cannot be read here")


class Job(StrEnum):
    """The desk's timed jobs; the value is the scheduler's job id."""

    SAMPLE = "sample"
    SAVE_OPEN_BOUT = "save-open-bout"
    PROMPT = "prompt"
    DAILY_ROUTINE = "daily-routine"
    PAUSE_END = "pause-end"
    HOLD_CHECK = "hold-check"  # while a due prompt is held: ask the detectors again


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
    held_seconds: float = 0.0  # how long a hold kept it back ("held back for ...")


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
class HoldsSeen:
    """What the platform's hold detectors see now (full screen, call, ...), respected
    by the settings or not: the answer to CheckHolds, or a change they pushed."""

    reasons: frozenset[HoldReason]


@dataclass(frozen=True)
class RoutineRunning:
    """A Sitbreak routine window opened (True) or closed: prompts wait meanwhile."""

    running: bool


@dataclass(frozen=True)
class RoutineSessionsFound:
    """The answer to LookUpRoutineSessions."""

    sessions: tuple[RoutineSessionRecord, ...]


@dataclass(frozen=True)
class WriteFailed:
    error: Text  # a Message where it has one: `status --json` says it in English


@dataclass(frozen=True)
class WriteSucceeded:
    pass


Observation = (
    Started | Stopped | SettingsChanged | IdleSampled | IdleReadFailed | IdleWatched
    | IdleWatchLost | InputStopped | InputResumed | Locked | Unlocked
    | Suspending | Resumed | ClockJumped | StandingSet | StoodUp | PauseRequested
    | ResumeRequested | PromptNow | Answered | RoutineDone | JobDue | JobMissed
    | RoutineSessionsFound | WriteFailed | WriteSucceeded | HoldsSeen | RoutineRunning
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
class CheckHolds:
    """Ask the platform's hold detectors now and observe what they see (HoldsSeen)."""


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
class RetryUnsaved:
    """Saving failed and no bout is open to save: try again what is kept in memory (a
    bout that ended meanwhile would otherwise wait for the next bout, or be lost at quit)."""


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
    | RetryUnsaved | DropOpenBout | RecordPromptShown | RecordAnswer | ShowPrompt | ClosePrompt
    | LookUpRoutineSessions | OpenRoutine | NotifyChanged | NotifyRecorded | TellUser
    | CheckHolds
)  # fmt: skip

_FOLLOW_UPS = {
    FollowUp.DESK_ROUTINE: OpenRoutine(DESK_ROUTINE_ID, "prompt"),
    FollowUp.GUIDE: OpenRoutine(SQUEEZE_ROUTINE_ID, "squeeze"),
}


PushedInput = IdleWatched | IdleWatchLost | InputStopped | InputResumed
Leaving = Locked | Suspending


class InputFeed:
    """How the desk learns of input: idle time it samples, events the idle source pushes,
    or neither (manual mode: the user counts as present, and `note` says why).

    Sampled (polled) idle time is read only when the answer can change: each reading
    plans the next (core/sampling.py), and a lock or suspend waits for one reading so
    the break starts at the last input, not at a reading minutes old.
    """

    def __init__(self, idle_source: bool, manual_reason: Text | None, name: str) -> None:
        self.manual = not idle_source
        self.manual_reason = manual_reason
        self.name = name
        self.pushed = False  # idle events arrive by themselves: no sampling
        self.input_stopped = False
        self.failures = 0  # readings that failed in a row
        self.waiting: Leaving | None = None  # a lock or suspend waiting for a reading

    @property
    def polled(self) -> bool:
        return not self.manual and not self.pushed

    def read_now(self) -> list[Effect]:
        return [TakeSample()] if self.polled else []

    def next_reading(
        self, idle: float | None, present: bool, tracking: TrackingSettings, now: datetime
    ) -> list[Effect]:
        """After a reading that showed `idle` (None: it failed, and is tried again one
        sampling interval on), the next one, when its answer can change."""
        if not self.polled:
            return []
        delay = float(tracking.sample_seconds)
        if idle is not None:
            rule = SamplingRule(float(tracking.away_after_seconds), delay)
            delay = rule.next_delay(idle, present)
        return [Schedule(Job.SAMPLE, now + timedelta(seconds=delay))]

    def read_first(self, leaving: Leaving) -> bool:
        """True when `leaving` must wait for an idle reading (kept in `waiting` until the
        reading is in; False for it then, so it goes through)."""
        if not self.polled or self.waiting is not None:
            return False
        self.waiting = leaving
        return True

    def released(self) -> Iterator[Leaving]:
        """The lock or suspend that waited for the reading just in (read_first is False
        for it while it is handled)."""
        if self.waiting is not None:
            yield self.waiting
            self.waiting = None

    @property
    def note(self) -> Text | None:
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
        text = Message.translate("Desk", "Idle detection stopped working: {reason}")
        self.manual_reason = text.format(reason=reason)
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
        manual_reason: Text | None,
        idle_source_name: str = "",
        saving_problem: Text | None = None,
        save_every: float = SAVE_OPEN_BOUT_EVERY,
    ) -> None:
        """Without an `idle_source`: manual mode (`manual_reason` says why). `saving_problem`:
        why nothing can be saved yet; `save_every`: seconds between saves of the open bout."""
        self._clock = clock
        self.settings = settings
        self._feed = InputFeed(idle_source, manual_reason, idle_source_name)
        self._saving = SavingState(saving_problem, save_every)
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
    def manual_mode(self) -> bool:
        return self._feed.manual

    @property
    def idle_failures(self) -> int:  # idle readings that failed in a row
        return self._feed.failures

    @property
    def showing(self) -> ShownPrompt | None:
        return self._prompts.showing

    def observe(self, observation: Observation) -> list[Effect]:
        """Take in one observation; the effects it calls for, in the order to perform them."""
        self._out.clear()
        self._handle(observation)
        effects, self._out[:] = list(self._out), []
        return effects

    def status(self) -> Status:
        return desk_status(self._clock, self.tracker, self.policy, self._prompts, self._feed,
                           self._saving, self._away)  # fmt: skip

    # -- what each observation means ----------------------------------------------------
    def _handle(self, observation: Observation) -> None:
        tracker, prompts, replan = self.tracker, self._prompts, self._prompts.replan
        match observation:
            case Started():
                self._schedule_sampling()  # polled idle time: read now
                self._out.append(ScheduleEvery(Job.SAVE_OPEN_BOUT, self._saving.every))
                self._routine.schedule()
                self._routine.offer_if_missed()
                if not self._feed.polled:
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
                self._read(idle)
                replan()
            case IdleReadFailed(reason):
                self._idle_failed(reason)
                self._read(None)
                replan()
            case IdleWatched() | IdleWatchLost() | InputStopped() | InputResumed():
                self._pushed_input(observation)
            case Locked() | Suspending() if self._feed.read_first(observation):
                self._out.append(TakeSample())  # the break starts at the last input
            case Locked():
                prompts.leave()
                tracker.lock()
                replan()
            case Unlocked():
                tracker.unlock()
                self._out.extend(self._feed.read_now())
                replan()
            case Suspending():
                prompts.leave()
                tracker.suspend()
                self._save_open_bout()
                replan()
            case Resumed():
                tracker.resume()
                self._out.extend(self._feed.read_now())  # the planned one is overdue
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
            case JobMissed(Job.SAMPLE) if self._feed.polled:  # each reading plans the next
                self._out.extend(self._feed.read_now())
            case JobMissed(Job.DAILY_ROUTINE):  # the machine slept through the routine's time
                self._routine.offer_unless_done()
            case JobMissed():
                pass  # a missed repeating job simply runs at its next time
            case RoutineSessionsFound(sessions):
                self._routine.sessions_found(sessions)
            case WriteFailed(error):
                self._out.extend(self._saving.failed(error))
            case WriteSucceeded():
                self._out.extend(self._saving.succeeded())
            case HoldsSeen() | RoutineRunning():
                prompts.hold_observed(observation)

    def _job_due(self, job: Job) -> None:
        self.tracker.check()  # readings are rare: a sleep is seen before anything is decided
        if job is Job.SAMPLE:
            self._sample()
        elif job is Job.SAVE_OPEN_BOUT:
            self._save_open_bout()
        elif job in (Job.PROMPT, Job.HOLD_CHECK):
            self._prompts.due()
        elif job is Job.DAILY_ROUTINE:
            self._routine.offer_unless_done()
        elif job is Job.PAUSE_END:
            if self.tracker.state() is not State.PAUSED:
                self.policy.released()
            self._prompts.replan()

    def _apply(self, settings: Settings) -> None:
        self.settings = settings
        self._routine.settings = settings
        tracking = settings.tracking
        self.tracker.configure(tracking.away_after_seconds, tracking.sample_seconds)
        self.policy.configure(settings.prompts, settings.schedule)
        self._schedule_sampling()
        self._routine.schedule()
        self._prompts.configure(settings)

    def _schedule_sampling(self) -> None:  # polled idle time: a reading now plans the next
        seconds = self._feed.tick_seconds(float(self.settings.tracking.sample_seconds))
        self.tracker.configure(self.settings.tracking.away_after_seconds, seconds)
        self._out.extend(self._feed.read_now() or [ScheduleEvery(Job.SAMPLE, seconds)])

    def _read(self, idle: float | None) -> None:
        """A reading (None: failed) plans the next and lets a waiting lock or suspend in."""
        tracking, now = self.settings.tracking, self._clock.now()
        self._out.extend(self._feed.next_reading(idle, self.tracker.present, tracking, now))
        for leaving in self._feed.released():
            self._handle(leaving)

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
        work_start = self.settings.schedule.work_hours.start
        until = None if length is None else pause_until(length, self._clock, work_start)
        self._prompts.leave()
        self.tracker.pause(until)
        if until is not None:
            self._out.append(Schedule(Job.PAUSE_END, until))
        self._prompts.replan()

    # -- periods, as the tracker reports them ---------------------------------------------
    def _save_open_bout(self) -> None:
        if (period := self.tracker.open_period) is not None:
            self._out.append(SaveOpenBout(period, self.tracker.saved_until(self._clock.now())))
        elif self._saving.problem is not None:
            self._out.append(RetryUnsaved())

    def _period_started(self, period: OpenPeriod) -> None:
        if period.posture is Posture.SITTING:
            self.policy.bout_started(period.start)

    def _bout_closed(self, bout: Bout) -> None:
        self._out.append(SaveBout(bout))
        self._prompts.bout_closed(bout.end_reason)
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
        self._prompts.shift(step)


def desk_status(
    clock: Clock,
    tracker: SittingTracker,
    policy: ReminderPolicy,
    prompts: PromptSlot,
    feed: InputFeed,
    saving: SavingState,
    away: AwayClock,
) -> Status:
    """What the desk shows (tray, status window, `sitbreak status`), from its parts."""
    state = tracker.state()
    nxt = prompts.next_prompt(state)
    now = clock.now()
    return Status(
        state=state,
        bout_seconds=tracker.bout_seconds(),
        stand_after_seconds=policy.stand_after.total_seconds(),
        next_prompt_kind=None if nxt is None else nxt.kind,
        next_prompt_in_seconds=None if nxt is None else (nxt.due - now).total_seconds(),
        paused_until=tracker.paused_until,
        detection_note=feed.note,
        standing_seconds=tracker.standing_seconds(),
        prompt_showing=None if prompts.showing is None else prompts.showing.kind,
        saving_problem=saving.problem,
        idle_source=feed.source_name,
        **prompts.hold_status(),
        away_seconds=away.seconds(now, tracker.present),
    )


class SavingState:
    """Whether writes fail: told once when they start failing, and again when they work."""

    def __init__(self, problem: Text | None, every: float = SAVE_OPEN_BOUT_EVERY) -> None:
        self.every = every  # seconds between saves of the open bout
        self.problem = problem  # None while saving works; else what is wrong, in words
        self._told = problem is not None  # a problem known at start was told by the app

    def failed(self, error: Text) -> list[Effect]:
        self.problem = error
        if self._told:
            return []
        self._told = True
        return [
            TellUser(
                translate(
                    "Desk",
                    "{error} Sitbreak keeps tracking and saves once it can; nothing is lost "
                    "unless it quits before then.",
                    "{error}: why saving failed, one sentence",
                ).format(error=error)
            )
        ]

    def succeeded(self) -> list[Effect]:
        if self.problem is None:
            return []
        self.problem, self._told = None, False  # what was said is no longer true
        return [TellUser(translate("Desk", "Sitbreak can save to its database again."))]


class PromptSlot:
    """The one prompt on screen, and the one PROMPT job that brings the next.

    Holds: when a prompt comes due the detectors are asked (CheckHolds); while a hold
    keeps it back they are asked again every RECHECK_SECONDS (one HOLD_CHECK job) until
    it ends. The gate then shows one prompt after the grace, and ignored prompts back off.
    """

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
        self._gate = HoldGate(clock, settings.respect)
        self._backoff = MissedPromptBackoff(timedelta(minutes=settings.prompts.snooze_minutes))
        self.settings = settings
        self._out = out
        self.showing: ShownPrompt | None = None
        self._planned: datetime | None = None  # due time of the PROMPT job, if set
        self._asked = False  # a CheckHolds for a due prompt awaits its answer
        self._holding = False  # a due prompt is held: the HOLD_CHECK job runs

    def configure(self, settings: Settings) -> None:
        self.settings = settings
        self._backoff.configure(timedelta(minutes=settings.prompts.snooze_minutes))
        self._gate.configure(settings.respect)  # a reason switched off releases at once
        self.holds_seen()

    def hold_status(self) -> dict[str, Any]:
        """The Status fields of holds and of the backoff of ignored prompts."""
        return {
            "held_by": tuple(r.value for r in self._gate.held_by),
            "missed_in_row": self._backoff.misses,
            "spaced_until": self._backoff.not_before,
        }

    def hold_observed(self, observation: HoldsSeen | RoutineRunning) -> None:
        """The platform's reasons, or our own: a running routine."""
        if isinstance(observation, HoldsSeen):
            routine = self._gate.seen & {HoldReason.ROUTINE}
            self._gate.observe(observation.reasons | routine)
        else:
            self._gate.set_reason(HoldReason.ROUTINE, observation.running)
        self.holds_seen()

    def bout_closed(self, reason: EndReason) -> None:
        if reason.is_break:
            self._backoff.reset()  # back from a real break: prompts come as planned again

    def shift(self, step: timedelta) -> None:
        """The wall clock was set back (or on)."""
        self._backoff.shift(step)
        self.forget_plan()

    def _gated(self, state: State) -> GatedPrompt | None:
        return self._gate.next_prompt(self._policy.candidates(state), self._backoff.not_before)

    def next_prompt(self, state: State) -> DuePrompt | None:
        """The next prompt and when (None while one is up, held, or nothing is due)."""
        if self.showing is not None:
            return None
        gated = self._gated(state)
        return None if gated is None else gated.prompt

    def _raw_due(self, state: State) -> datetime | None:
        """When the next prompt would be due if nothing held it."""
        nxt = self._policy.next_prompt(state)
        if nxt is None:
            return None
        floor = self._backoff.not_before
        return nxt.due if floor is None else max(nxt.due, floor)

    def forget_plan(self) -> None:
        """The PROMPT job may no longer be where it was set: the next replan sets it anew."""
        self._planned = None

    def replan(self) -> None:
        """Ask the policy what is next and set the one PROMPT job for it."""
        state, due = self._tracker.state(), None
        if self.showing is None and not self._holding:
            if self._gate.held_by:  # held already (pushed): ask again when it falls due
                due = self._raw_due(state)
            else:
                nxt = self.next_prompt(state)
                due = None if nxt is None else nxt.due
        if due != self._planned:  # most samples change nothing: leave the job alone
            self._out.append(Cancel(Job.PROMPT) if due is None else Schedule(Job.PROMPT, due))
            self._planned = due
        self._out.append(NotifyChanged())

    def due(self) -> None:
        """The PROMPT or HOLD_CHECK job ran: ask about holds first (the answer comes as
        HoldsSeen)."""
        self._planned = None
        self.recheck()

    def recheck(self) -> None:
        """A prompt is (still) due: ask the detectors; nothing due any more ends holding."""
        due = None if self.showing is not None else self._raw_due(self._tracker.state())
        if due is None or due > self._clock.now() + timedelta(seconds=1):
            self._stop_holding()  # answered, left, or the plan moved meanwhile
            self.replan()
            return
        self._asked = True
        self._out.append(CheckHolds())

    def holds_seen(self) -> None:
        """The gate took in new holds: hold the due prompt, or show it, or re-plan."""
        asked, self._asked = self._asked, False
        if self.showing is not None or not (asked or self._holding):
            self.replan()
            return
        if self._gate.held_by:
            if not self._holding:
                self._holding = True
                self._out.append(ScheduleEvery(Job.HOLD_CHECK, RECHECK_SECONDS))
            self.replan()
            return
        self._stop_holding()
        gated = self._gated(self._tracker.state())
        if gated is not None and gated.prompt.due <= self._clock.now() + timedelta(seconds=1):
            self._show(gated)
        else:
            self.replan()  # released: the prompt comes after the grace

    def _stop_holding(self) -> None:
        if self._holding:
            self._holding = False
            self._out.append(Cancel(Job.HOLD_CHECK))

    def show_now(self, kind: PromptKind) -> None:
        if self.showing is not None:
            if self.showing.kind is kind:
                return  # already on screen
            self.answer(Outcome.DISMISSED, None)
        plan = self._policy.plan(kind)
        now = self._clock.now()
        self._show(GatedPrompt(DuePrompt(kind, now, plan.snooze_count if plan else 0)))

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
            self._backoff.answered(outcome, now)
            if shown.kind is PromptKind.STAND and outcome is Outcome.ACCEPTED:
                self._tracker.stood_up()
            self._out.extend([RecordAnswer(outcome, now), NotifyRecorded()])
            self.replan()
        routine_prompt = shown is not None and shown.kind is PromptKind.ROUTINE
        if follow_up is not None:
            self._out.append(_FOLLOW_UPS[follow_up])
        elif routine_prompt and outcome is Outcome.ACCEPTED:
            self._out.append(OpenRoutine(DAILY_ROUTINE_ID, "daily"))

    def _show(self, gated: GatedPrompt) -> None:
        prompt = gated.prompt
        self._gate.shown()
        for kind in gated.superseded:  # due as well: their interval starts afresh
            self._policy.supersede(kind)
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
            held_seconds=gated.held_seconds,
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

    def _offer(self) -> None:
        self._offered_on = self._today()
        self._policy.offer_routine()
        self._prompts.replan()

    def offer_if_missed(self) -> None:
        """Started or woke after today's routine time without having offered it: offer
        it unless it was done today."""
        at = self.settings.routine.daily_time
        local = self._clock.to_local(self._clock.now())
        if at is None or local.time() < at or self._offered_on == local.date():
            return
        self.offer_unless_done()

    def offer_unless_done(self) -> None:
        """Its time came: look up whether it was done today, in this run or an earlier
        one (the answer comes as RoutineSessionsFound)."""
        local = self._clock.to_local(self._clock.now())
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
            self._offer()

    def _today(self) -> date:
        return self._clock.to_local(self._clock.now()).date()
