"""Drives a RoutineWindow: owns the RoutinePlayer, its timers and the session record.

Two timers, both idle unless the window is visible and the routine runs: a single-shot
timer for the player's next phase change (or the next whole second of a countdown), and
a frame timer for the figure, only while it moves (lift, hold, lower).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import Exercise
from sitbreak.core.routine_player import (
    Event,
    ExerciseDone,
    Finished,
    Phase,
    PhaseChanged,
    RepDone,
    RoutinePlayer,
)
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.storage.database import Database
from sitbreak.ui.routine_window import RoutineWindow
from sitbreak.ui.sound import Tone

FRAME_MS = 16  # about 60 frames a second, only while the figure moves on screen
_MOVING = (Phase.LIFT, Phase.HOLD, Phase.LOWER)

Confirm = Callable[[QWidget], bool]


class TonePlayer(Protocol):
    def play(self, tone: Tone) -> None: ...


def ask_to_stop(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        "Stop the routine?",
        "Stop the routine now? What you have done so far is saved.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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
        window: RoutineWindow,
        routine_id: str,
        exercises: Sequence[Exercise],
        rest_between_exercises_seconds: float,
        clock: Clock,
        database: Database,
        trigger: str,
        sound: TonePlayer | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(window)
        self.player = RoutinePlayer(tuple(exercises), clock, rest_between_exercises_seconds)
        self.recorder = RoutineSessionRecorder(
            database, clock, routine_id, trigger, [e.id for e in exercises]
        )
        self._window = window
        self._sound = sound
        self._confirm = confirm or ask_to_stop
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
        self.finished.connect(window.finished)
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
        if self._confirm(self._window):
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
