"""The shipped exercises look like the exercise: each one's defining geometry."""

from __future__ import annotations

import math

import pytest

from sitbreak.core.exercise import Exercise
from sitbreak.core.figure import vec
from sitbreak.core.figure.motion import for_side, keyframe_at
from sitbreak.core.figure.scene import Posed, pose
from sitbreak.core.figure.skeleton import MOVABLE_JOINTS
from tests.support.exercises import shipped_catalogue


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    loaded = shipped_catalogue()
    assert loaded.problems == ()
    return dict(loaded.catalogue.exercises)


def _poses(exercise: Exercise, side: str = "left") -> tuple[Posed, Posed]:
    animation = for_side(exercise.animation, side)
    return pose(animation.start), pose(animation.middle)


def _angle_deg(a: vec.Vec3, b: vec.Vec3, c: vec.Vec3) -> float:
    """The angle at b between b->a and b->c."""
    u, v = vec.sub(a, b), vec.sub(c, b)
    cos = vec.dot(u, v) / (vec.norm(u) * vec.norm(v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def test_every_keyframe_names_only_known_joints(exercises: dict[str, Exercise]) -> None:
    assert len(exercises) == 9
    for exercise in exercises.values():
        for keyframe in exercise.animation.keyframes:
            assert {name for name, _ in keyframe.joints} <= MOVABLE_JOINTS


def test_bridge_top_lines_up_shoulder_hip_knee(exercises: dict[str, Exercise]) -> None:
    start, top = _poses(exercises["bridge"])
    assert _angle_deg(top["shoulder_l"], top["hip_l"], top["knee_l"]) > 165
    assert _angle_deg(start["shoulder_l"], start["hip_l"], start["knee_l"]) < 140
    assert top["pelvis"][1] > start["pelvis"][1] + 0.15  # the hips rise
    # shoulders and feet stay where they were
    assert vec.distance(top["shoulder_l"], start["shoulder_l"]) < 0.05
    assert vec.distance(top["heel_l"], start["heel_l"]) < 0.05


def test_single_leg_bridge_keeps_the_working_leg_straight_in_line(
    exercises: dict[str, Exercise],
) -> None:
    _, top = _poses(exercises["single_leg_bridge"])
    assert _angle_deg(top["hip_l"], top["knee_l"], top["ankle_l"]) > 170  # shin in line
    # in line with the body, not pointing at the ceiling
    assert _angle_deg(top["shoulder_l"], top["hip_l"], top["knee_l"]) > 160
    assert _angle_deg(top["hip_r"], top["knee_r"], top["ankle_r"]) < 120  # other foot planted


@pytest.mark.parametrize("side", ["left", "right"])
def test_clam_shell_opens_the_knees_while_the_feet_stay_together(
    exercises: dict[str, Exercise], side: str
) -> None:
    start, middle = _poses(exercises["clam_shell"], side)
    knees = vec.distance(middle["knee_l"], middle["knee_r"])
    ankles = vec.distance(middle["ankle_l"], middle["ankle_r"])
    assert knees > vec.distance(start["knee_l"], start["knee_r"]) + 0.15
    assert ankles < 0.25
    assert abs(ankles - vec.distance(start["ankle_l"], start["ankle_r"])) < 0.03
    top = "knee_l" if side == "left" else "knee_r"
    assert middle[top][1] > start[top][1] + 0.1  # the top knee rises


def test_lateral_leg_raise_lifts_a_straight_top_leg_from_behind(
    exercises: dict[str, Exercise],
) -> None:
    start, middle = _poses(exercises["side_lying_leg_raise"])
    assert middle["ankle_l"][1] > start["ankle_l"][1] + 0.3
    assert _angle_deg(middle["hip_l"], middle["knee_l"], middle["ankle_l"]) > 170
    # the top leg starts slightly behind the bottom leg (the figure faces +z)
    assert start["ankle_l"][2] < start["ankle_r"][2]


def test_fire_hydrant_lifts_the_bent_knee_out_to_the_side(exercises: dict[str, Exercise]) -> None:
    start, middle = _poses(exercises["fire_hydrant"])
    assert abs(middle["knee_l"][0] - start["knee_l"][0]) > 0.25
    assert middle["knee_l"][1] > start["knee_l"][1] + 0.1
    assert 70 < _angle_deg(middle["hip_l"], middle["knee_l"], middle["ankle_l"]) < 110
    for hand in ("hand_l", "hand_r"):  # on hands and knees
        assert start[hand][1] < 0.1
    assert start["knee_r"][1] < 0.16  # knee near the floor (within a few cm)


def test_monster_walk_steps_sideways_upright_with_soft_knees(
    exercises: dict[str, Exercise],
) -> None:
    exercise = exercises["monster_walk"]
    start, middle = _poses(exercise)
    wide = abs(middle["ankle_l"][0] - middle["ankle_r"][0])
    assert wide > abs(start["ankle_l"][0] - start["ankle_r"][0]) + 0.08
    assert start["head_centre"][1] > 1.4  # standing
    assert 140 < _angle_deg(start["hip_l"], start["knee_l"], start["ankle_l"]) < 178
    lifting = pose(keyframe_at(exercise.animation, "lift", 0.5))
    assert lifting["heel_l"][1] > lifting["heel_r"][1] + 0.03  # the lead foot leaves the floor


def test_sit_to_stand_goes_from_chair_to_standing(exercises: dict[str, Exercise]) -> None:
    start, middle = _poses(exercises["sit_to_stand"])
    assert 0.35 < start["pelvis"][1] < 0.65  # on the chair seat
    assert middle["pelvis"][1] > 0.9
    assert _angle_deg(middle["hip_l"], middle["knee_l"], middle["ankle_l"]) > 170


def test_squeezes_tense_the_glutes_without_moving_much(exercises: dict[str, Exercise]) -> None:
    for name in ("seated_glute_squeeze", "standing_glute_squeeze"):
        animation = exercises[name].animation
        start, middle = _poses(exercises[name])
        assert animation.middle.tension > animation.start.tension
        assert vec.distance(start["head_centre"], middle["head_centre"]) < 0.1
