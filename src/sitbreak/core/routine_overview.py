"""What a routine is before it is played: its exercises as the user will get them and the
player's estimate of its length. `sitbreak routines` lists these; the routine window's
start page offers the short and the full routine with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sitbreak.core.exercise import MASTERED_AFTER, Catalogue, Exercise
from sitbreak.core.routine_player import routine_seconds


@dataclass(frozen=True)
class RoutineOverview:
    id: str
    name: str
    description: str
    estimated_seconds: float  # the player's estimate, as the window shows it at the start
    exercises: tuple[Exercise, ...]  # as played: the routine's dose, unlocked ones only
    held_back: tuple[Exercise, ...]  # join once the exercise they follow is mastered


def overview(catalogue: Catalogue, routine_id: str, progress: Mapping[str, int]) -> RoutineOverview:
    """`routine_id` as it plays for someone with `progress` (completions per exercise)."""
    shipped = catalogue.routine(routine_id)
    routine = catalogue.for_progress(progress).routine(routine_id)
    exercises = catalogue.resolve(routine)
    playing = {item.exercise_id for item in routine.items}
    return RoutineOverview(
        id=routine.id,
        name=routine.name,
        description=routine.description,
        estimated_seconds=routine_seconds(exercises, routine.rest_between_exercises_seconds),
        exercises=exercises,
        held_back=tuple(
            catalogue.exercise(i.exercise_id) for i in shipped.items if i.exercise_id not in playing
        ),
    )


def overviews(catalogue: Catalogue, progress: Mapping[str, int]) -> list[RoutineOverview]:
    """Every routine, by id."""
    return [overview(catalogue, rid, progress) for rid in sorted(catalogue.routines)]


def dose_text(exercise: Exercise) -> str:
    """ "1 set of 10 each side", "3 sets of 12"."""
    sets = f"{exercise.sets} set" + ("s" if exercise.sets != 1 else "")
    side = " each side" if exercise.per_side else ""
    return f"{sets} of {exercise.reps}{side}"


def held_back_text(exercise: Exercise) -> str:
    """ "single_leg_bridge joins after 3 completed bridge sessions"."""
    after = exercise.progression_after or "another exercise"
    return f"{exercise.id} joins after {MASTERED_AFTER} completed {after} sessions"
