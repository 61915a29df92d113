from __future__ import annotations

from types import MappingProxyType

import pytest

from sitbreak.core.exercise import (
    SAFETY_NOTE,
    Catalogue,
    Exercise,
    Routine,
    RoutineItem,
    Tempo,
    UnknownExerciseError,
)
from sitbreak.core.figure.animation import Animation, Keyframe


def _exercise(exercise_id: str, **overrides: object) -> Exercise:
    fields: dict[str, object] = {
        "id": exercise_id,
        "name": exercise_id.title(),
        "summary": "s",
        "muscles": ("gluteus maximus",),
        "equipment": "none",
        "band_position": None,
        "start_position": "lying",
        "cues": ("cue",),
        "sets": 3,
        "reps": 12,
        "reps_range": (10, 12),
        "hold_seconds": None,
        "tempo": Tempo(1.0, 2.0, 3.0, 0.5),
        "rest_seconds": 45,
        "per_side": False,
        "progression_after": None,
        "animation": Animation(Keyframe(), Keyframe(), Keyframe()),
    }
    fields.update(overrides)
    return Exercise(**fields)  # type: ignore[arg-type]


def test_rep_seconds_adds_every_phase() -> None:
    assert Tempo(1.0, 2.0, 3.0, 0.5).rep_seconds == 6.5
    assert Tempo(1.0, 0.0, 1.0).rep_seconds == 2.0


def test_hold_exercise_uses_its_hold_time_in_the_tempo() -> None:
    squeeze = _exercise("squeeze", hold_seconds=5.0, tempo=Tempo(0.8, 1.0, 0.8))
    assert squeeze.rep_tempo.hold == 5.0
    assert _exercise("bridge").rep_tempo.hold == 2.0


def test_sides_follow_per_side() -> None:
    assert _exercise("clam", per_side=True).sides == ("left", "right")
    assert _exercise("bridge").sides == ("both",)


def test_resolve_applies_routine_overrides_in_order() -> None:
    catalogue = Catalogue(
        MappingProxyType({"a": _exercise("a"), "b": _exercise("b")}),
        MappingProxyType(
            {"r": Routine("r", "R", "d", (RoutineItem("b", sets=1, reps=5), RoutineItem("a")), 30)}
        ),
    )
    first, second = catalogue.resolve("r")
    assert (first.id, first.sets, first.reps) == ("b", 1, 5)
    assert (second.id, second.sets, second.reps) == ("a", 3, 12)


def test_resolve_names_a_missing_exercise() -> None:
    catalogue = Catalogue(MappingProxyType({}), MappingProxyType({}))
    with pytest.raises(UnknownExerciseError, match="ghost"):
        catalogue.resolve(Routine("r", "R", "d", (RoutineItem("ghost"),), 0))


def test_safety_note_says_not_medical_advice_and_stop_on_pain() -> None:
    assert "not medical advice" in SAFETY_NOTE
    assert "pain" in SAFETY_NOTE


def test_the_single_leg_bridge_waits_until_the_bridge_is_mastered() -> None:
    from tests.support.exercises import shipped_catalogue

    catalogue = shipped_catalogue().catalogue
    daily = [i.exercise_id for i in catalogue.routine("daily").items]
    assert daily.index("bridge") < daily.index("single_leg_bridge")
    beginner = catalogue.for_progress({"bridge": 2}).routine("daily")
    assert "single_leg_bridge" not in [i.exercise_id for i in beginner.items]
    assert len(beginner.items) == len(daily) - 1
    practised = catalogue.for_progress({"bridge": 3}).routine("daily")
    assert [i.exercise_id for i in practised.items] == daily
