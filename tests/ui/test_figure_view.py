from __future__ import annotations

import gc
import sys

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.core.exercise import Exercise
from sitbreak.ui.figure_view import FigureView
from tests.support.exercises import shipped_catalogue
from tests.support.waiting import wait_until


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    return dict(shipped_catalogue().catalogue.exercises)


def test_paints_every_exercise_and_phase(qtbot: QtBot, exercises: dict[str, Exercise]) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    for exercise in exercises.values():
        for side in exercise.sides:
            view.set_exercise(exercise, side)
            for phase in ("ready", "lift", "hold", "lower", "rest"):
                view.set_motion(phase, 0.5)
                image = view.grab().toImage()
                assert not image.isNull()
    with pytest.raises(ValueError, match="phase"):
        view.set_motion("jump", 0.5)


def test_the_pose_changes_with_the_motion(qtbot: QtBot, exercises: dict[str, Exercise]) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.set_exercise(exercises["bridge"], "both")
    view.set_motion("ready", 0.0)
    start = view.grab().toImage()
    view.set_motion("hold", 0.0)
    assert view.grab().toImage() != start


def test_preview_animates_only_while_visible(qtbot: QtBot, exercises: dict[str, Exercise]) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.set_exercise(exercises["clam_shell"], "left")
    view.set_preview(True)
    assert not view.is_animating()  # hidden: costs nothing
    view.show()
    qtbot.waitExposed(view)
    assert view.is_animating()
    painted = view.frames_painted
    wait_until(lambda: view.frames_painted > painted + 2)
    view.hide()
    assert not view.is_animating()
    view.show()
    assert view.is_animating()
    view.set_preview(False)
    assert not view.is_animating()
    view.set_preview(True)
    view.close()
    assert not view.is_animating()


def test_many_frames_leave_none_alone(qtbot: QtBot, exercises: dict[str, Exercise]) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; an
    animating figure then crashes the app within seconds ("deallocating None")."""
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(200, 150)
    view.set_exercise(exercises["bridge"], "both")
    # Garbage of earlier tests freed by a collection in the loop would also drop
    # references to None: collect it first, and let no collection run while counting.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for frame in range(20):
            view.set_motion("lift", frame / 20)
            view.grab()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after > before - 100


def test_preview_starts_when_an_exercise_arrives_after_showing(
    qtbot: QtBot, exercises: dict[str, Exercise]
) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.set_preview(True)
    view.show()
    qtbot.waitExposed(view)
    assert not view.is_animating()  # nothing to show yet
    view.set_exercise(exercises["bridge"], "both")
    assert view.is_animating()


def test_the_seated_squeeze_shows_its_rise_and_beats_with_the_countdown(
    qtbot: QtBot, exercises: dict[str, Exercise]
) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)  # about the routine window's figure at its smallest
    squeeze = exercises["seated_glute_squeeze"]
    view.set_exercise(squeeze, "both")
    view.set_motion("ready", 0.0)
    sitting = view.current_scene()
    view.set_motion("hold", 0.0)  # the countdown shows its first number: a beat
    beat = view.current_scene()
    assert sitting is not None
    assert beat is not None
    rise = beat.posed["pelvis"][1] - sitting.posed["pelvis"][1]
    assert rise * view.pixels_per_metre() >= 6  # the rise on the seat shows on screen
    beating = view.grab().toImage()
    assert squeeze.hold_seconds is not None
    view.set_motion("hold", 0.6 / squeeze.hold_seconds)  # later in the same second
    assert view.grab().toImage() != beating
    faded = view.current_scene()
    assert faded is not None
    assert faded.beat < beat.beat == 1.0
    assert faded.markers[0].radius < beat.markers[0].radius


def test_the_monster_walk_moves_across_the_widget_rep_by_rep(
    qtbot: QtBot, exercises: dict[str, Exercise]
) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    walk = exercises["monster_walk"]
    view.set_exercise(walk, "left")
    view.set_motion("ready", 0.0, 0)
    first = view.current_scene()
    view.set_motion("rest", 0.0, walk.reps - 1)
    last = view.current_scene()
    assert first is not None
    assert last is not None
    assert last.posed["pelvis"][0] - first.posed["pelvis"][0] > 1.5
