"""The shipped routines: a short daily activation and the full dose, and every length the
app states agrees with what the routine player will take."""

from __future__ import annotations

import re

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    FULL_ROUTINE_ID,
    Catalogue,
    Routine,
    is_activation_routine,
)
from sitbreak.core.prompt_text import DAILY_ROUTINE_DOSE, format_about, prompt_text
from sitbreak.core.records import PromptKind
from sitbreak.core.routine_overview import overviews
from sitbreak.core.routine_player import RoutinePlayer, routine_seconds
from tests.support.exercises import shipped_catalogue

SEED = (
    "clam_shell",
    "side_lying_leg_raise",
    "bridge",
    "single_leg_bridge",
    "fire_hydrant",
    "monster_walk",
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    loaded = shipped_catalogue()
    assert loaded.problems == ()
    return loaded.catalogue


def _seconds(catalogue: Catalogue, routine: Routine) -> float:
    """The player's estimate: exact for an unpaused run (see test_routine_player)."""
    exercises = catalogue.resolve(routine)
    return RoutinePlayer(
        exercises, FakeClock(), routine.rest_between_exercises_seconds
    ).total_seconds


def _minutes(seconds: float) -> int:
    return int(seconds / 60 + 0.5)


def test_the_daily_routine_is_a_short_activation_of_the_six(catalogue: Catalogue) -> None:
    daily = catalogue.routine(DAILY_ROUTINE_ID)
    exercises = catalogue.resolve(daily)
    assert tuple(e.id for e in exercises) == SEED  # bridge before single-leg bridge
    assert all(e.sets == 1 for e in exercises)
    assert daily.rest_between_exercises_seconds <= 20  # short changes
    assert _seconds(catalogue, daily) <= 10 * 60  # at most 10 minutes, all six unlocked
    beginner = catalogue.for_progress({}).routine(DAILY_ROUTINE_ID)
    assert _seconds(catalogue, beginner) < _seconds(catalogue, daily)


def test_the_full_routine_keeps_the_seeds_dose(catalogue: Catalogue) -> None:
    full = catalogue.routine(FULL_ROUTINE_ID)
    exercises = catalogue.resolve(full)
    assert tuple(e.id for e in exercises) == SEED
    for exercise in exercises:
        assert exercise.sets == 3
        assert exercise.reps_range == (10, 12)
        assert 10 <= exercise.reps <= 12
    assert 25 * 60 < _seconds(catalogue, full) < 45 * 60
    # the progression rule holds back the single-leg bridge here too
    beginner = catalogue.for_progress({}).routine(FULL_ROUTINE_ID)
    assert "single_leg_bridge" not in [i.exercise_id for i in beginner.items]


def test_completing_either_length_is_the_days_routine() -> None:
    assert is_activation_routine(DAILY_ROUTINE_ID)
    assert is_activation_routine(FULL_ROUTINE_ID)
    assert not is_activation_routine("desk")
    assert not is_activation_routine("seated_squeeze")


@pytest.mark.parametrize("routine_id", ["daily", "full", "desk"])
def test_each_routine_says_how_long_it_takes(catalogue: Catalogue, routine_id: str) -> None:
    """ "About N minutes" in a description is what the player will take, rounded; "(M
    before the single-leg bridge joins)" is the length until then."""
    routine = catalogue.routine(routine_id)
    stated = re.search(r"[Aa]bout (\d+) minutes", routine.description)
    assert stated is not None, routine.description
    assert int(stated.group(1)) == _minutes(_seconds(catalogue, routine))
    before = re.search(r"\((\d+) before the single-leg bridge joins\)", routine.description)
    if any(i.exercise_id == "single_leg_bridge" for i in routine.items):
        assert before is not None
        locked = catalogue.for_progress({}).routine(routine_id)
        assert int(before.group(1)) == _minutes(_seconds(catalogue, locked))


def test_the_2_minute_routine_takes_about_2_minutes(catalogue: Catalogue) -> None:
    stand = prompt_text(PromptKind.STAND, snooze_minutes=10, sitting_seconds=50 * 60)
    assert "2-minute routine" in stand.body
    seconds = _seconds(catalogue, catalogue.routine("desk"))
    assert _minutes(seconds) == 2
    assert format_about(seconds) == "2 min"  # "About 2 min left" as it starts


def test_the_daily_offer_asks_for_the_short_routines_dose(catalogue: Catalogue) -> None:
    for urgent in (False, True):
        offer = prompt_text(PromptKind.ROUTINE, snooze_minutes=10, urgent=urgent)
        assert offer.instruction == DAILY_ROUTINE_DOSE
    exercises = catalogue.resolve(DAILY_ROUTINE_ID)
    assert all(e.sets == 1 and e.reps == 10 for e in exercises)
    assert "One set of 10" in DAILY_ROUTINE_DOSE


def test_about_rounds_to_the_nearest_minute() -> None:
    assert format_about(134.5) == "2 min"
    assert format_about(150) == "3 min"
    assert format_about(60) == "1 min"
    assert format_about(59.2) == "60 s"
    assert format_about(0) == "0 s"


def test_the_stated_estimate_is_the_players_length_for_every_routine(
    catalogue: Catalogue,
) -> None:
    for progress in ({}, {"bridge": 3}):
        for item in overviews(catalogue, progress):
            routine = catalogue.for_progress(progress).routine(item.id)
            assert item.estimated_seconds == _seconds(catalogue, routine)
            assert item.exercises == catalogue.resolve(routine)
    assert routine_seconds((), 15) == 0.0
