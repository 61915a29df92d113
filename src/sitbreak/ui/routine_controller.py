"""Drives a routine view (the RoutineWindow): owns the RoutinePlayer and its timers, and
tells the session recorder what happened. The window opener builds it with its window.

Two timers, both idle unless the window is visible and the routine runs: a single-shot
timer for the player's next phase change (or the next whole second of a countdown), and
a frame timer for the figure, only while it moves (lift, hold, lower).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import Exercise
from sitbreak.core.records import ExerciseResult
from sitbreak.core.routine_player import (
    Event,
    ExerciseDone,
    Finished,
    Phase,
    PhaseChanged,
    RepDone,
    RoutinePlayer,
    RoutineSummary,
    Snapshot,
)
from sitbreak.ui.sound import Tone

FRAME_MS = 16  # about 60 frames a second, only while the figure moves on screen
_MOVING = (Phase.LIFT, Phase.HOLD, Phase.LOWER)

Confirm = Callable[[], bool]  # may the running routine stop? (asks the user)


class TonePlayer(Protocol):
    def play(self, tone: Tone) -> None: ...


class RoutineView(Protocol):
    """What the controller needs of its window: the user's intents, and what to show."""

    pause_requested: SignalInstance
    next_requested: SignalInstance
    previous_requested: SignalInstance
    restart_requested: SignalInstance
    close_requested: SignalInstance
    visibility_changed: SignalInstance

    def show_snapshot(self, snapshot: Snapshot) -> None: ...
    def show_motion(self, snapshot: Snapshot) -> None: ...
    def show_summary(self, summary: RoutineSummary, error: str | None = None) -> None: ...
    def close_now(self) -> None: ...


class SessionRecorder(Protocol):
    """Records one session as it goes (desk/routine_session.py); never raises."""

    error: str | None  # why the session could not be saved, if it could not

    def start(self) -> None: ...
    def progress(self, results: Sequence[ExerciseResult]) -> None: ...
    def finish(self, summary: RoutineSummary) -> None: ...


def wake_in_seconds(player: RoutinePlayer) -> float | None:
    """When the window next needs the player: a phase change or a countdown's next second."""
    until_change = player.seconds_to_next_change()
    if until_change is None:
        return None
    if player.current_step.phase in _MOVING:
        return until_change  # the frame timer keeps the figure and the hold count moving
    fraction = until_change - math.floor(until_change)
    return min(until_change, fraction if fraction > 1e-3 else 1.0)


class RoutineController(QObject):
    finished = Signal(object)  # RoutineSummary: completed or abandoned

    def __init__(
        self,
        window: RoutineView,
        exercises: Sequence[Exercise],
        rest_between_exercises_seconds: float,
        clock: Clock,
        recorder: SessionRecorder,
        confirm: Confirm,
        sound: TonePlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = RoutinePlayer(tuple(exercises), clock, rest_between_exercises_seconds)
        self.recorder = recorder
        self._window = window
        self._sound = sound
        self._confirm = confirm
        self._visible = False
        self.phase_timer = QTimer(self)
        self.phase_timer.setSingleShot(True)
        # A coarse timer may fire 5% late: 2 s on a rest, heard as a late tone.
        self.phase_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.phase_timer.timeout.connect(self._on_phase_timer)
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self._on_frame)

        window.pause_requested.connect(self.toggle_pause)
        window.next_requested.connect(self.next_exercise)
        window.previous_requested.connect(self.previous_exercise)
        window.restart_requested.connect(self.restart)
        window.close_requested.connect(self.request_close)
        window.visibility_changed.connect(self._on_visibility)
        window.show_snapshot(self.player.snapshot())

    # -- the user's intents ---------------------------------------------------------------
    def toggle_pause(self) -> None:
        self._apply(self.player.toggle_pause())

    def pause(self) -> None:
        """For the app: the screen locked or the machine is going to sleep."""
        self._apply(self.player.pause())

    def next_exercise(self) -> None:
        self._apply(self.player.skip_exercise())

    def previous_exercise(self) -> None:
        self._apply(self.player.previous_exercise())

    def restart(self) -> None:
        """From the finish screen: the same routine again, as a new session."""
        if self.player.in_progress:
            return
        self.recorder.start()
        self._apply(self.player.restart())

    def request_close(self) -> None:
        """Close; while the routine runs, only after the user confirms stopping it."""
        if not self.player.in_progress:
            self._window.close_now()
            return
        was_paused = self.player.paused
        self._apply(self.player.pause())  # the clock stops while the question is open
        if not self.player.in_progress:
            self._window.close_now()
            return
        if self._confirm():
            self.abandon()
            self._window.close_now()
        elif not was_paused:
            self._apply(self.player.resume())

    def abandon(self) -> None:
        """Stop midway and record it (also for the app quitting with the window open)."""
        self._apply(self.player.abandon())

    @property
    def timers_active(self) -> bool:
        return self.phase_timer.isActive() or self.frame_timer.isActive()

    def begin(self) -> None:
        """The window is already on screen (the routine was chosen on its start page)."""
        self._on_visibility(True)

    # -- time -----------------------------------------------------------------------------
    def _on_visibility(self, visible: bool) -> None:
        self._visible = visible
        if visible and not self.player.started:
            self.recorder.start()
            self._apply(self.player.start())
        elif not visible and self.player.in_progress:
            # Nobody can follow a hidden routine: it waits, paused, until shown again.
            self._apply(self.player.pause())
        else:
            self._apply(self.player.advance_to_now())

    def _on_phase_timer(self) -> None:
        self._apply(self.player.advance_to_now())

    def _on_frame(self) -> None:
        self._window.show_motion(self.player.snapshot())

    def _apply(self, events: list[Event]) -> None:
        self._handle(events)
        self._window.show_snapshot(self.player.snapshot())
        self._plan()

    def _plan(self) -> None:
        wake = wake_in_seconds(self.player) if self._visible else None
        if wake is None:
            self.phase_timer.stop()
        else:
            self.phase_timer.start(max(1, math.ceil(wake * 1000)))
        moving = wake is not None and self.player.current_step.phase in _MOVING
        if moving and not self.frame_timer.isActive():
            self.frame_timer.start()
        elif not moving:
            self.frame_timer.stop()

    # -- what happened ------------------------------------------------------------------------
    def _handle(self, events: list[Event]) -> None:
        if not events:
            return
        if self._sound is not None:
            if any(isinstance(e, Finished) and e.summary.completed for e in events):
                self._sound.play(Tone.FINISHED)
            elif any(isinstance(e, RepDone) for e in events):
                self._sound.play(Tone.REP)
            elif any(isinstance(e, PhaseChanged) for e in events):
                self._sound.play(Tone.PHASE)
        if any(isinstance(e, ExerciseDone) for e in events):
            self.recorder.progress(self.player.results())
        for event in events:
            if isinstance(event, Finished):
                self.recorder.finish(event.summary)
                self._window.show_summary(event.summary, self.recorder.error)
                self.finished.emit(event.summary)
