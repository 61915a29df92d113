"""What the widget is told to paint: depth order, far side, band, chair, framing."""

from __future__ import annotations

import pytest

from sitbreak.core.exercise import Exercise
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.motion import for_side
from sitbreak.core.figure.scene import Disc, Scene, Stroke, bounds, build_scene, pose
from tests.support.exercises import shipped_catalogue


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    return dict(shipped_catalogue().catalogue.exercises)


def _scene(exercise: Exercise, side: str, which: str) -> Scene:
    animation = for_side(exercise.animation, side)
    view = View(animation.camera, pose(animation.start)["pelvis"])
    keyframe = getattr(animation, which)
    return build_scene(animation, keyframe, view, exercise.band_position)


def test_drawables_come_far_first(exercises: dict[str, Exercise]) -> None:
    for exercise in exercises.values():
        depths = [item.depth for item in _scene(exercise, "left", "middle").drawables]
        assert depths == sorted(depths, reverse=True)


@pytest.mark.parametrize(("side", "far_leg"), [("left", "_r"), ("right", "_l")])
def test_the_bottom_leg_of_a_side_lying_figure_is_the_far_side(
    exercises: dict[str, Exercise], side: str, far_leg: str
) -> None:
    scene = _scene(exercises["clam_shell"], side, "start")
    posed = scene.posed
    limbs = [item for item in scene.drawables if isinstance(item, Stroke) and item.kind == "limb"]
    assert any(item.far for item in limbs)
    assert any(not item.far for item in limbs)
    # the bottom leg lies lower than the top leg: it is the one drawn darker
    assert posed["knee" + far_leg][1] < posed["knee" + ("_l" if far_leg == "_r" else "_r")][1]


def test_the_band_stretches_as_the_knees_open(exercises: dict[str, Exercise]) -> None:
    rest = _scene(exercises["clam_shell"], "left", "start")
    open_ = _scene(exercises["clam_shell"], "left", "middle")
    band = [i for i in open_.drawables if isinstance(i, Stroke) and i.kind == "band"]
    assert len(band) == 1
    assert band[0].stretch > 1.5
    assert [i.stretch for i in rest.drawables if isinstance(i, Stroke) and i.kind == "band"] == [
        pytest.approx(1.0)
    ]
    bridge = _scene(exercises["bridge"], "both", "middle")
    assert not [i for i in bridge.drawables if isinstance(i, Stroke) and i.kind == "band"]


def test_props_chair_mat_head_and_tension(exercises: dict[str, Exercise]) -> None:
    seated = _scene(exercises["seated_glute_squeeze"], "both", "middle")
    assert any(isinstance(i, Stroke) and i.kind == "chair" for i in seated.drawables)
    assert seated.marker is not None
    assert _scene(exercises["seated_glute_squeeze"], "both", "start").marker is None
    assert _scene(exercises["bridge"], "both", "start").mat is not None
    assert _scene(exercises["monster_walk"], "left", "start").mat is None
    heads = [i for i in seated.drawables if isinstance(i, Disc) and i.kind == "head"]
    assert len(heads) == 1


def test_bounds_hold_every_keyframe(exercises: dict[str, Exercise]) -> None:
    exercise = exercises["sit_to_stand"]
    animation = exercise.animation
    view = View(animation.camera, pose(animation.start)["pelvis"])
    left, bottom, right, top = bounds(animation, view)
    assert top - bottom > 1.5  # standing up is in the frame
    for keyframe in animation.keyframes:
        for item in build_scene(animation, keyframe, view).drawables:
            if isinstance(item, Stroke):
                for x, y in (item.a, item.b):
                    assert left <= x <= right
                    assert bottom <= y <= top
