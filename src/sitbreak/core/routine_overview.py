"""What a routine is before it is played: its exercises as the user will get them and the
player's estimate of its length. `sitbreak routines` lists these; the routine window's
start page offers the short and the full routine with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sitbreak.core.exercise import MASTERED_AFTER, Catalogue, Exercise
from sitbreak.core.i18n import translate
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
    n = exercise.sets
    if exercise.per_side:
        if n == 1:
            pattern = translate("RoutineOverview", "%n set of {reps} each side", None, n)
        else:
            pattern = translate("RoutineOverview", "%n sets of {reps} each side", None, n)
    elif n == 1:
        pattern = translate("RoutineOverview", "%n set of {reps}", None, n)
    else:
        pattern = translate("RoutineOverview", "%n sets of {reps}", None, n)
    return pattern.format(reps=exercise.reps)


def held_back_text(exercise: Exercise) -> str:
    """ "single_leg_bridge joins after 3 completed bridge sessions" (the ids `sitbreak
    routine` and the table beside it use)."""
    after = exercise.progression_after or translate("RoutineOverview", "another exercise")
    return translate(
        "RoutineOverview",
        "{exercise} joins after %n completed {after} sessions",
        "{exercise}, {after}: exercise ids, e.g. single_leg_bridge, bridge",
        MASTERED_AFTER,
    ).format(exercise=exercise.id, after=after)
