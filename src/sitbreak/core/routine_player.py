"""The routine's timing: countdowns, reps paced by the tempo, holds, sets, sides and rests.

The player lays the whole routine out as a timeline of steps up front, so the time left is
exact for an unpaused run and skipping is a jump to a step. Time is the Clock's monotonic
time minus paused time; `advance_to_now()` walks the steps crossed since the last call and
returns what happened (phase changes, reps, sets, exercises, the end) for the UI to show.

Per-side exercises alternate sides within each set (set 1 left, set 1 right, rest, set 2
left ...): each side rests while the other works, so both sides meet every set equally
fresh, and the rest between sets is not spent waiting on the same tired muscle.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import Exercise
from sitbreak.core.records import ExerciseResult

GET_READY_SECONDS = 5.0
SWITCH_SIDE_SECONDS = 5.0
_EPSILON = 1e-6  # float slack when a clock lands exactly on a step's end


class Phase(StrEnum):
    GET_READY = "get_ready"  # countdown before an exercise
    SWITCH_SIDE = "switch_side"  # countdown before the other side
    LIFT = "lift"
    HOLD = "hold"
    LOWER = "lower"
    REP_REST = "rep_rest"  # the short pause between reps
    SET_REST = "set_rest"
    EXERCISE_REST = "exercise_rest"  # after an exercise, before the next one

    @property
    def is_rest(self) -> bool:
        return self in (Phase.REP_REST, Phase.SET_REST, Phase.EXERCISE_REST)

    @property
    def is_countdown(self) -> bool:
        return self in (Phase.GET_READY, Phase.SWITCH_SIDE, Phase.SET_REST, Phase.EXERCISE_REST)


@dataclass(frozen=True)
class Step:
    """One stretch of the timeline. Set, rep and side numbers are 1-based."""

    phase: Phase
    start: float  # seconds of active time from the routine's start
    duration: float
    exercise_index: int
    set_number: int
    rep_number: int
    side: str  # "left" | "right" | "both"
    ends_rep: bool = False
    ends_set: bool = False
    ends_exercise: bool = False

    @property
    def end(self) -> float:
        return self.start + self.duration


# -- events ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PhaseChanged:
    step: Step


@dataclass(frozen=True)
class RepDone:
    exercise_index: int
    set_number: int
    rep_number: int
    side: str


@dataclass(frozen=True)
class SetDone:
    exercise_index: int
    set_number: int


@dataclass(frozen=True)
class ExerciseDone:
    exercise_index: int


@dataclass(frozen=True)
class RoutineSummary:
    exercises_total: int
    exercises_completed: int
    reps_done: int
    sets_done: int
    active_seconds: float  # time spent exercising, pauses excluded
    started: datetime
    finished: datetime
    completed: bool  # reached the end (False: abandoned midway)
    results: tuple[ExerciseResult, ...]

    @property
    def wall_seconds(self) -> float:
        return max(0.0, (self.finished - self.started).total_seconds())


@dataclass(frozen=True)
class Finished:
    summary: RoutineSummary


Event = PhaseChanged | RepDone | SetDone | ExerciseDone | Finished


@dataclass(frozen=True)
class Snapshot:
    """Everything the window shows at one moment."""

    exercise_index: int  # 0-based
    exercise_total: int
    exercise: Exercise
    next_exercise: Exercise | None
    set_number: int
    sets_total: int
    rep_number: int
    reps_total: int
    side: str
    phase: Phase
    phase_progress: float  # 0..1 within the phase
    phase_seconds_remaining: float
    routine_seconds_remaining: float
    routine_progress: float  # 0..1 of the routine's active time
    paused: bool
    finished: bool
    started: bool
    completed: bool = False  # finished and counted as done (False: stopped midway)


# -- the timeline ------------------------------------------------------------------------
def routine_seconds(exercises: Sequence[Exercise], rest_between_exercises: float) -> float:
    """How long the player takes for these exercises, unpaused: the estimate the window
    shows at the start ("About 9 min left"), the routine choice and `sitbreak routines`."""
    steps = build_timeline(tuple(exercises), rest_between_exercises)
    return steps[-1].end if steps else 0.0


def build_timeline(exercises: tuple[Exercise, ...], rest_between_exercises: float) -> list[Step]:
    steps: list[Step] = []
    clock = 0.0

    def add(phase: Phase, duration: float, index: int, set_no: int, rep: int, side: str) -> None:
        nonlocal clock
        if duration <= 0:
            return
        steps.append(Step(phase, clock, duration, index, set_no, rep, side))
        clock += duration

    for index, exercise in enumerate(exercises):
        tempo = exercise.rep_tempo
        if exercise.sets < 1 or exercise.reps < 1 or tempo.lift + tempo.hold + tempo.lower <= 0:
            raise ValueError(f"{exercise.id}: needs sets, reps and a rep that takes time")
        sides = exercise.sides
        add(Phase.GET_READY, GET_READY_SECONDS, index, 1, 1, sides[0])
        for set_no in range(1, exercise.sets + 1):
            for side_index, side in enumerate(sides):
                if side_index > 0:
                    add(Phase.SWITCH_SIDE, SWITCH_SIDE_SECONDS, index, set_no, 1, side)
                for rep in range(1, exercise.reps + 1):
                    add(Phase.LIFT, tempo.lift, index, set_no, rep, side)
                    add(Phase.HOLD, tempo.hold, index, set_no, rep, side)
                    add(Phase.LOWER, tempo.lower, index, set_no, rep, side)
                    steps[-1] = replace(steps[-1], ends_rep=True)
                    if rep < exercise.reps:
                        add(Phase.REP_REST, tempo.rest_between_reps, index, set_no, rep, side)
            mark_last_rep_step(steps, ends_set=True)
            if set_no < exercise.sets:
                add(Phase.SET_REST, exercise.rest_seconds, index, set_no, exercise.reps, sides[-1])
        mark_last_rep_step(steps, ends_exercise=True)
        if index < len(exercises) - 1:
            add(
                Phase.EXERCISE_REST,
                rest_between_exercises,
                index,
                exercise.sets,
                exercise.reps,
                sides[-1],
            )
    return steps


def mark_last_rep_step(
    steps: list[Step], ends_set: bool = False, ends_exercise: bool = False
) -> None:
    """Flag the step that ends the most recent rep as also ending a set or the exercise."""
    for i in range(len(steps) - 1, -1, -1):
        step = steps[i]
        if step.ends_rep:
            steps[i] = replace(
                step,
                ends_set=step.ends_set or ends_set,
                ends_exercise=step.ends_exercise or ends_exercise,
            )
            return


@dataclass
class _Tally:
    reps: int = 0
    sets: int = 0
    completed: bool = False


@dataclass
class _Run:
    """Mutable progress of one run (a restart starts a fresh one)."""

    tallies: list[_Tally]
    started: datetime | None = None
    finished: datetime | None = None
    completed: bool = False
    summary: RoutineSummary | None = field(default=None)

    def complete(self, step: Step) -> list[Event]:
        """Count what finishing `step` completes: a rep, a set, an exercise."""
        events: list[Event] = []
        tally = self.tallies[step.exercise_index]
        if step.ends_rep:
            tally.reps += 1
            events.append(RepDone(step.exercise_index, step.set_number, step.rep_number, step.side))
        if step.ends_set:
            tally.sets += 1
            events.append(SetDone(step.exercise_index, step.set_number))
        if step.ends_exercise:
            tally.completed = True
            events.append(ExerciseDone(step.exercise_index))
        return events


class RoutinePlayer:
    """Plays a routine's exercises against a Clock. Not thread-safe; drive it from one loop."""

    def __init__(
        self,
        exercises: tuple[Exercise, ...],
        clock: Clock,
        rest_between_exercises_seconds: float = 30.0,
    ) -> None:
        if not exercises:
            raise ValueError("a routine needs at least one exercise")
        self.exercises = exercises
        self._clock = clock
        self._steps = build_timeline(exercises, rest_between_exercises_seconds)
        self._starts = [s.start for s in self._steps]
        self._exercise_starts = [
            next(s.start for s in self._steps if s.exercise_index == i)
            for i in range(len(exercises))
        ]
        self.total_seconds = self._steps[-1].end
        self._index = 0  # the step the player is in
        self._anchor_position = 0.0  # active seconds at _anchor_mono
        self._anchor_mono = clock.monotonic()
        self._paused = False
        self._run = _Run([_Tally() for _ in exercises])
        self._active_before = 0.0  # active seconds up to the last pause (or seek)

    # -- state ----------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._run.started is not None

    @property
    def paused(self) -> bool:
        return self._paused and not self.finished

    @property
    def finished(self) -> bool:
        return self._run.finished is not None

    @property
    def in_progress(self) -> bool:
        return self.started and not self.finished

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def current_step(self) -> Step:
        return self._steps[self._index]

    def position(self) -> float:
        """Active seconds since the start (pauses excluded), as of now."""
        if not self.started or self._paused or self.finished:
            return self._anchor_position
        return self._anchor_position + (self._clock.monotonic() - self._anchor_mono)

    def results(self) -> tuple[ExerciseResult, ...]:
        return tuple(
            ExerciseResult(ex.id, t.sets, t.reps, t.completed)
            for ex, t in zip(self.exercises, self._run.tallies, strict=True)
        )

    @property
    def summary(self) -> RoutineSummary | None:
        return self._run.summary

    # -- commands -------------------------------------------------------------------------
    def start(self) -> list[Event]:
        if self.started:
            return []
        self._run.started = self._clock.now()
        self._anchor_position = 0.0
        self._anchor_mono = self._clock.monotonic()
        self._paused = False
        self._index = 0
        return [PhaseChanged(self._steps[0])]

    def pause(self) -> list[Event]:
        if not self.in_progress or self._paused:
            return []
        events = self.advance_to_now()
        if not self.finished:
            self._rebase(self.position())
            self._paused = True
        return events

    def resume(self) -> list[Event]:
        if not self.in_progress or not self._paused:
            return []
        self._anchor_mono = self._clock.monotonic()
        self._paused = False
        return []

    def toggle_pause(self) -> list[Event]:
        return self.resume() if self._paused else self.pause()

    def skip_exercise(self) -> list[Event]:
        """Leave the current exercise where it is and go to the next one's countdown."""
        if not self.in_progress:
            return []
        events = self.advance_to_now()
        if self.finished:
            return events
        following = self.current_step.exercise_index + 1
        if following >= len(self.exercises):
            # Skipping to the end is done only if at least half the exercises were done.
            done = sum(1 for t in self._run.tallies if t.completed)
            return [*events, *self._finish(completed=2 * done >= len(self.exercises))]
        return [*events, *self._seek(self._exercise_starts[following])]

    def previous_exercise(self) -> list[Event]:
        """Back to the start of this exercise; from its countdown, to the one before."""
        if not self.in_progress:
            return []
        events = self.advance_to_now()
        if self.finished:
            return events
        current = self.current_step.exercise_index
        target = current
        if self.current_step.phase is Phase.GET_READY and current > 0:
            target = current - 1
        for index in range(target, len(self.exercises)):
            self._run.tallies[index] = _Tally()  # done again from the start: counted once
        return [*events, *self._seek(self._exercise_starts[target])]

    def restart(self) -> list[Event]:
        """From the first countdown again, with nothing counted yet."""
        self._run = _Run([_Tally() for _ in self.exercises])
        self._paused = False
        self._index = 0
        self._anchor_position = 0.0
        self._active_before = 0.0
        return self.start()

    def abandon(self) -> list[Event]:
        """Stop midway (the window was closed); counts what was done until now."""
        if not self.in_progress:
            return []
        events = self.advance_to_now()
        if self.finished:
            return events
        return [*events, *self._finish(completed=False)]

    def advance_to_now(self) -> list[Event]:
        """Walk every step whose end has passed; call it whenever the UI wakes up."""
        if not self.in_progress or self._paused:
            return []
        position = self.position()
        events: list[Event] = []
        moved = False
        while position >= self.current_step.end - _EPSILON:
            events.extend(self._run.complete(self.current_step))
            if self._index == len(self._steps) - 1:
                # Ended at the last step's end, however late the UI woke up.
                self._active_before += self.total_seconds - self._anchor_position
                self._anchor_position = self.total_seconds
                self._paused = True
                return [*events, *self._finish(completed=True)]
            self._index += 1
            moved = True
        if moved:
            events.append(PhaseChanged(self.current_step))
        return events

    def seconds_to_next_change(self) -> float | None:
        """When the UI should wake up for the next phase change; None if nothing is due."""
        if not self.in_progress or self._paused:
            return None
        return max(0.0, self.current_step.end - self.position())

    # -- reading --------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        step = self.current_step
        position = min(self.position(), self.total_seconds)
        exercise = self.exercises[step.exercise_index]
        if self.finished:
            phase_left, progress = 0.0, 1.0
        else:
            phase_left = max(0.0, step.end - position)
            progress = min(1.0, max(0.0, (position - step.start) / step.duration))
        following = step.exercise_index + 1
        return Snapshot(
            exercise_index=step.exercise_index,
            exercise_total=len(self.exercises),
            exercise=exercise,
            next_exercise=self.exercises[following] if following < len(self.exercises) else None,
            set_number=step.set_number,
            sets_total=exercise.sets,
            rep_number=step.rep_number,
            reps_total=exercise.reps,
            side=step.side,
            phase=step.phase,
            phase_progress=progress,
            phase_seconds_remaining=phase_left,
            routine_seconds_remaining=0.0
            if self.finished
            else max(0.0, self.total_seconds - position),
            # A stopped routine shows how far it got, not a full bar.
            routine_progress=1.0 if self._run.completed else position / self.total_seconds,
            paused=self.paused,
            finished=self.finished,
            started=self.started,
            completed=self._run.completed,
        )

    # -- inside ---------------------------------------------------------------------------
    def _rebase(self, position: float) -> None:
        """Bank the active time run so far and measure on from `position`, now."""
        self._active_before = self._active_seconds
        self._anchor_position = position
        self._anchor_mono = self._clock.monotonic()

    def _seek(self, position: float) -> list[Event]:
        self._index = max(0, bisect.bisect_right(self._starts, position + _EPSILON) - 1)
        self._rebase(position)
        return [PhaseChanged(self.current_step)]

    def _finish(self, completed: bool) -> list[Event]:
        run = self._run
        if not self._paused:
            self._rebase(self.position())
        self._paused = True  # frozen: position() and the active time stop here
        run.finished = self._clock.now()
        run.completed = completed
        started = run.started or run.finished
        run.summary = RoutineSummary(
            exercises_total=len(self.exercises),
            exercises_completed=sum(1 for t in run.tallies if t.completed),
            reps_done=sum(t.reps for t in run.tallies),
            sets_done=sum(t.sets for t in run.tallies),
            active_seconds=self._active_seconds,
            started=started,
            finished=run.finished,
            completed=completed,
            results=self.results(),
        )
        return [Finished(run.summary)]

    @property
    def _active_seconds(self) -> float:
        """Time spent in the routine, pauses excluded (skips do not shorten it)."""
        running = 0.0
        if self.started and not self._paused and not self.finished:
            running = self._clock.monotonic() - self._anchor_mono
        return self._active_before + running
