"""Exercises and routines as values, and the catalogue that resolves a routine.

The files under resources/ are read and validated by storage/exercise_files.py; this
module only holds the shapes and the rules that do not depend on where data comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from sitbreak.core.figure.animation import Animation
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate

# Marked English source: show it through safety_note().
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "Exercise",
    "This is general guidance, not medical advice. Move slowly and with control, "
    "and stop any exercise that causes pain. If you have a back or hip condition, "
    "ask a health professional first.",
)


def safety_note() -> str:
    return translate("Exercise", SAFETY_NOTE)


# The glute activation routine comes in two lengths: the short daily one (one set of each
# exercise), which the daily offer and the tray open, and the full dose (3 sets of 10-12).
# Completing either is "the routine done" for the day.
DAILY_ROUTINE_ID = "daily"
FULL_ROUTINE_ID = "full"
ACTIVATION_ROUTINE_IDS = (DAILY_ROUTINE_ID, FULL_ROUTINE_ID)
DESK_ROUTINE_ID = "desk"  # the 2-minute routine offered with a stand prompt
SQUEEZE_ROUTINE_ID = "seated_squeeze"  # the guided squeeze offered with a squeeze prompt

EQUIPMENT = ("none", "mini_band")
BAND_POSITIONS = ("above_knees", "ankles", "around_legs")
SIDES = ("left", "right", "both")


@dataclass(frozen=True)
class Tempo:
    """Seconds per phase of one repetition."""

    lift: float
    hold: float
    lower: float
    rest_between_reps: float = 0.0

    @property
    def rep_seconds(self) -> float:
        return self.lift + self.hold + self.lower + self.rest_between_reps


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    summary: str
    muscles: tuple[str, ...]
    equipment: str  # "none" | "mini_band"
    band_position: str | None  # "above_knees" | "ankles" | "around_legs"
    start_position: str
    cues: tuple[str, ...]
    sets: int
    reps: int  # target reps per set (per side)
    reps_range: tuple[int, int] | None
    hold_seconds: float | None  # a hold exercise: each rep holds this long
    tempo: Tempo
    rest_seconds: int  # between sets
    per_side: bool  # True: done on the left and then the right side
    progression_after: str | None  # id of the exercise to master first
    animation: Animation

    @property
    def uses_band(self) -> bool:
        return self.equipment == "mini_band"

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides in the order they are done: ("left", "right") or ("both",)."""
        return ("left", "right") if self.per_side else ("both",)

    @property
    def rep_tempo(self) -> Tempo:
        """The tempo with a hold exercise's hold time applied."""
        if self.hold_seconds is None:
            return self.tempo
        return replace(self.tempo, hold=self.hold_seconds)


@dataclass(frozen=True)
class RoutineItem:
    exercise_id: str
    sets: int | None = None  # overrides the exercise's own dosage
    reps: int | None = None


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    items: tuple[RoutineItem, ...]
    rest_between_exercises_seconds: int


def is_activation_routine(routine_id: str) -> bool:
    """Whether completing this routine counts as the day's glute routine done."""
    return routine_id in ACTIVATION_ROUTINE_IDS


class UnknownExerciseError(KeyError):
    pass


MASTERED_AFTER = 3  # completed sessions of an exercise before its progression is offered


@dataclass(frozen=True)
class Catalogue:
    exercises: Mapping[str, Exercise] = field(default_factory=lambda: MappingProxyType({}))
    routines: Mapping[str, Routine] = field(default_factory=lambda: MappingProxyType({}))

    def exercise(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise UnknownExerciseError(exercise_id) from None

    def routine(self, routine_id: str) -> Routine:
        try:
            return self.routines[routine_id]
        except KeyError:
            raise KeyError(f"no routine {routine_id!r}") from None

    def for_progress(
        self, completions: Mapping[str, int], needed: int = MASTERED_AFTER
    ) -> Catalogue:
        """This catalogue with each routine holding back the exercises not yet unlocked:
        one with `progression_after` joins once that exercise was completed `needed` times
        (the single-leg bridge after the bridge is mastered)."""

        def unlocked(item: RoutineItem) -> bool:
            after = self.exercise(item.exercise_id).progression_after
            return after is None or completions.get(after, 0) >= needed

        routines = {
            rid: replace(r, items=tuple(i for i in r.items if unlocked(i)))
            for rid, r in self.routines.items()
        }
        return replace(self, routines=MappingProxyType(routines))

    def resolve(self, routine: Routine | str) -> tuple[Exercise, ...]:
        """The routine's exercises in order, with the routine's sets/reps applied."""
        if isinstance(routine, str):
            routine = self.routine(routine)
        resolved = []
        for item in routine.items:
            exercise = self.exercise(item.exercise_id)
            if item.sets is not None:
                exercise = replace(exercise, sets=item.sets)
            if item.reps is not None:
                exercise = replace(exercise, reps=item.reps)
            resolved.append(exercise)
        return tuple(resolved)


def localized(catalogue: Catalogue) -> Catalogue:
    """The catalogue with every text shown to the user in the user's language: exercise
    names, summaries, start positions, cues and muscles ("Exercise"), routine names and
    descriptions ("Routine"). The file text is the source (tools/exercise_strings.py
    marks it for translators); ids stay as they are."""

    def exercise(e: Exercise) -> Exercise:
        def text(source: str) -> str:
            return translate("Exercise", source)

        return replace(
            e,
            name=text(e.name),
            summary=text(e.summary),
            muscles=tuple(map(text, e.muscles)),
            start_position=text(e.start_position),
            cues=tuple(map(text, e.cues)),
        )

    def routine(r: Routine) -> Routine:
        return replace(
            r, name=translate("Routine", r.name), description=translate("Routine", r.description)
        )

    return replace(
        catalogue,
        exercises=MappingProxyType({k: exercise(e) for k, e in catalogue.exercises.items()}),
        routines=MappingProxyType({k: routine(r) for k, r in catalogue.routines.items()}),
    )


@dataclass(frozen=True)
class LoadedCatalogue:
    """A catalogue as read from files, with a line for each file that was left out."""

    catalogue: Catalogue
    problems: tuple[str, ...] = ()
