"""Exercises made in code or shipped, and a routine played to its end as the window's
timer would."""

from __future__ import annotations

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import Exercise, LoadedCatalogue, Tempo
from sitbreak.core.figure.animation import Animation, Keyframe
from sitbreak.core.routine_player import Event, RoutinePlayer
from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue


def make_exercise(
    exercise_id: str = "bridge",
    *,
    sets: int = 2,
    reps: int = 3,
    per_side: bool = False,
    hold_seconds: float | None = None,
    tempo: Tempo | None = None,
    rest_seconds: int = 10,
) -> Exercise:
    pose = Keyframe()
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("_", " ").title(),
        summary="",
        muscles=("gluteus maximus",),
        equipment="none",
        band_position=None,
        start_position="lying on the back",
        cues=("Drive through the heels",),
        sets=sets,
        reps=reps,
        reps_range=None,
        hold_seconds=hold_seconds,
        tempo=tempo or Tempo(lift=1.0, hold=2.0, lower=1.5, rest_between_reps=0.5),
        rest_seconds=rest_seconds,
        per_side=per_side,
        progression_after=None,
        animation=Animation(pose, pose, pose),
    )


def run_to_end(player: RoutinePlayer, clock: FakeClock) -> list[Event]:
    """Wake up exactly when the player asks, as the UI's single-shot timer does."""
    events: list[Event] = []
    while (wait := player.seconds_to_next_change()) is not None:
        clock.advance(wait)
        events.extend(player.advance_to_now())
    return events


def shipped_catalogue() -> LoadedCatalogue:
    """The exercises and routines under resources/, as the app loads them."""
    return load_catalogue(resources_dir())
