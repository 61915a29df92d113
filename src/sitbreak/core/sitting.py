"""Continuous sitting, measured from presence evidence.

The tracker is fed observations (input idle time, lock, suspend, "I'm standing",
"I stood up") and turns them into periods: sitting bouts and declared standing
periods. A period ends when the user is away (the break starts at their last input,
not when that was noticed), at a lock or a suspend, when wall time passed that the
monotonic clock did not see (the machine slept), or when the user says they stood up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sitbreak.core.clock import Clock
from sitbreak.core.records import EndReason, Posture
from sitbreak.core.status import State

# After "I stood up", input within this grace is still the click or key that said so.
STOOD_UP_GRACE = timedelta(seconds=3)
# A backwards wall-clock step smaller than this is ordinary clock noise.
BACKWARD_TOLERANCE = timedelta(seconds=1)
# Wall time passing unseen by the monotonic clock beyond this is a sleep or a jump forward
# (time synchronisation slews by milliseconds a minute, never seconds).
UNSEEN_TOLERANCE = timedelta(seconds=10)


@dataclass(frozen=True)
class Bout:
    """A closed period: a sitting bout, or a declared standing period."""

    start: datetime
    end: datetime
    posture: Posture
    end_reason: EndReason

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class OpenPeriod:
    start: datetime
    posture: Posture


BoutListener = Callable[[Bout], None]
PeriodListener = Callable[[OpenPeriod], None]


class SittingTracker:
    def __init__(
        self,
        clock: Clock,
        away_after_seconds: float = 300,
        sample_seconds: float = 5,
        min_period_seconds: float = 60,
    ) -> None:
        self._clock = clock
        self.away_after = timedelta(seconds=away_after_seconds)
        self.sample = timedelta(seconds=sample_seconds)
        self.min_period = timedelta(seconds=min_period_seconds)
        self._open: OpenPeriod | None = None
        self._last_input: datetime | None = None
        self._saved_until: datetime | None = None  # how far the open period was saved
        self._standing = False
        self._locked = False
        self._suspended = False
        self._await_input_after: datetime | None = None
        self._paused = False
        self.paused_until: datetime | None = None  # read-only outside
        self._last_wall: datetime | None = None
        self._last_mono: float | None = None
        self._bout_listeners: list[BoutListener] = []
        self._start_listeners: list[PeriodListener] = []
        self._drop_listeners: list[PeriodListener] = []
        self._shift_listeners: list[Callable[[timedelta], None]] = []

    # -- listeners -----------------------------------------------------------------
    def on_bout_closed(self, listener: BoutListener) -> None:
        self._bout_listeners.append(listener)

    def on_period_started(self, listener: PeriodListener) -> None:
        self._start_listeners.append(listener)

    def on_period_dropped(self, listener: PeriodListener) -> None:
        """A period ended too short to count as a bout (a touch of the mouse in passing)."""
        self._drop_listeners.append(listener)

    def on_clock_shift(self, listener: Callable[[timedelta], None]) -> None:
        """The wall clock was set back by this step; times held elsewhere should follow."""
        self._shift_listeners.append(listener)

    def configure(self, away_after_seconds: float, sample_seconds: float) -> None:
        self.away_after = timedelta(seconds=away_after_seconds)
        self.sample = timedelta(seconds=sample_seconds)

    # -- what is known -------------------------------------------------------------
    @property
    def open_period(self) -> OpenPeriod | None:
        return self._open

    @property
    def standing(self) -> bool:
        return self._standing

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def present(self) -> bool:
        return self._open is not None

    def state(self) -> State:
        self._expire_pause(self._clock.now())
        if self._paused:
            return State.PAUSED
        if self._open is None:
            return State.AWAY
        return State.STANDING if self._open.posture is Posture.STANDING else State.SITTING

    def bout_start(self) -> datetime | None:
        """Start of the current sitting bout, or None when not sitting."""
        if self._open is None or self._open.posture is not Posture.SITTING:
            return None
        return self._open.start

    def bout_seconds(self) -> float:
        start = self.bout_start()
        return 0.0 if start is None else self._seconds_since(start)

    def standing_seconds(self) -> float:
        if self._open is None or self._open.posture is not Posture.STANDING:
            return 0.0
        return self._seconds_since(self._open.start)

    def _seconds_since(self, start: datetime) -> float:
        now = observed_now(self._clock, self._last_wall, self._last_mono)
        return max(0.0, (now - start).total_seconds())

    # -- observations --------------------------------------------------------------
    def observe_idle(self, idle_seconds: float) -> None:
        """Input idle time read from the platform at this moment."""
        now = self._check_clock()
        if self._locked or self._suspended:
            return
        last_input = now - timedelta(seconds=max(0.0, idle_seconds))
        if self._await_input_after is not None:
            if last_input <= self._await_input_after:
                return
            self._await_input_after = None
        if now - last_input >= self.away_after:
            if self._open is not None:
                self._close(max(last_input, self._open.start), EndReason.AWAY)
            return
        self._last_input = last_input
        if self._open is None:
            self._start(last_input)

    def observe_present(self) -> None:
        """Manual mode (no idle source): the user counts as present unless told otherwise."""
        self.observe_idle(0.0)

    def lock(self) -> None:
        now = self._check_clock()
        if self._locked:
            return
        self._locked = True
        self._close(self._break_start(now), EndReason.LOCK)

    def unlock(self) -> None:
        now = self._check_clock()
        if not self._locked:
            return
        self._locked = False
        self._await_input_after = None
        if not self._suspended:  # unlocking is itself input
            self._last_input = now
            self._start(now)

    def suspend(self) -> None:
        now = self._check_clock()
        if self._suspended:
            return
        self._suspended = True
        self._close(self._break_start(now), EndReason.SUSPEND)

    def resume(self) -> None:
        now = self._check_clock()
        if not self._suspended:
            return
        self._suspended = False
        self._await_input_after = now  # waking is not presence; wait for input

    def set_standing(self, standing: bool) -> None:
        """The user declares they work standing (standing desk) or sitting again."""
        now = self._check_clock()
        if standing == self._standing:
            return
        self._standing = standing
        if self._open is not None:
            self._close(now, EndReason.POSTURE)
            self._start(now)

    def stood_up(self) -> None:
        """The user confirmed standing up (an accepted stand prompt): the bout ends now."""
        now = self._check_clock()
        if self._open is None or self._open.posture is not Posture.SITTING:
            return
        self._close(now, EndReason.STOOD_UP)
        self._await_input_after = now + STOOD_UP_GRACE

    def pause(self, until: datetime | None) -> None:
        """Hold prompts back until `until` (None: until resumed). Tracking goes on."""
        self._paused = True
        self.paused_until = until

    def resume_prompts(self) -> None:
        self._paused = False
        self.paused_until = None

    def check(self) -> None:
        """A periodic tick with no idle reading: notices clock gaps and an expired pause."""
        self._check_clock()

    def stop(self, reason: EndReason = EndReason.QUIT) -> Bout | None:
        """The app quits: close the open period now."""
        now = self._check_clock()
        return self._close(now, reason)

    # -- internals -----------------------------------------------------------------
    def _break_start(self, now: datetime) -> datetime:
        """A lock or suspend ends the bout now, or at the last input if it was long ago."""
        if self._last_input is not None and now - self._last_input > 2 * self.sample:
            return self._last_input
        return now

    def saved_until(self, at: datetime) -> datetime:
        """Saved up to `at`: a sleep only the clocks reveal ends it no earlier."""
        self._saved_until = at
        return at

    def _start(self, at: datetime) -> None:
        posture = Posture.STANDING if self._standing else Posture.SITTING
        self._open, self._saved_until = OpenPeriod(at, posture), None
        for listener in list(self._start_listeners):
            listener(self._open)

    def _close(self, end: datetime, reason: EndReason) -> Bout | None:
        period, self._open = self._open, None
        if period is None:
            return None
        bout = Bout(period.start, max(end, period.start), period.posture, reason)
        if bout.end - bout.start < self.min_period:
            for dropped in list(self._drop_listeners):
                dropped(period)
            return None
        for listener in list(self._bout_listeners):
            listener(bout)
        return bout

    def _expire_pause(self, now: datetime) -> None:
        if self._paused and self.paused_until is not None and now >= self.paused_until:
            self.resume_prompts()

    def _check_clock(self) -> datetime:
        """The current time, after accounting for a jump of the wall clock since last call."""
        now, mono = self._clock.now(), self._clock.monotonic()
        last_wall, last_mono = self._last_wall, self._last_mono
        self._last_wall, self._last_mono = now, mono
        self._expire_pause(now)
        if last_wall is None or last_mono is None:
            return now
        wall_step = now - last_wall
        # Wall time monotonic time did not see: a suspend (Linux, macOS), a jump either way.
        unseen = wall_step - timedelta(seconds=max(0.0, mono - last_mono))
        if wall_step < -BACKWARD_TOLERANCE:
            # Set back: move what we hold by the step; bouts keep their monotonic length.
            self._shift(unseen)
        elif unseen > UNSEEN_TOLERANCE:
            # The machine slept, whatever the time between observations (readings may be
            # minutes apart, a manual tick late): time away, from the last input.
            if self._open is not None:
                end = max(self._last_input or last_wall, self._saved_until or self._open.start)
                self._close(min(max(end, self._open.start), last_wall), EndReason.SLEEP)
            self._await_input_after = last_wall
        return now

    def _shift(self, step: timedelta) -> None:
        if self._open is not None:
            self._open = OpenPeriod(self._open.start + step, self._open.posture)
        if self._last_input is not None:
            self._last_input += step
        if self._saved_until is not None:
            self._saved_until += step
        if self._await_input_after is not None:
            self._await_input_after += step
        for listener in list(self._shift_listeners):
            listener(step)


def observed_now(clock: Clock, last_wall: datetime | None, last_mono: float | None) -> datetime:
    """Now, as the last observation's wall time plus the monotonic time since: a wall clock
    that jumped since then (not yet observed) shows no day-long bout."""
    if last_wall is None or last_mono is None:
        return clock.now()
    return last_wall + timedelta(seconds=max(0.0, clock.monotonic() - last_mono))
