from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from sitbreak.core.exercise import Tempo
from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Animation, Camera, JointRotation, Keyframe, RootPose
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.motion import (
    ease_in_out,
    for_side,
    hold_beat,
    interpolate,
    keyframe_at,
    mirror_keyframe,
    preview_motion,
    preview_rep,
)
from sitbreak.core.figure.skeleton import JOINTS, MOVABLE_JOINTS, forward_kinematics

angles = st.floats(-180, 180, allow_nan=False)
rotations = st.builds(JointRotation, angles, angles, angles)


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.sampled_from(sorted(MOVABLE_JOINTS)), rotations),
    st.builds(RootPose, st.just((0.0, 1.0, 0.0)), angles, angles, angles),
)
def test_bones_keep_their_length_under_any_rotation(
    joints: dict[str, JointRotation], root: RootPose
) -> None:
    posed = forward_kinematics(root, joints)
    for joint in JOINTS:
        if joint.parent is None:
            continue
        length = vec.distance(posed[joint.name], posed[joint.parent])
        assert math.isclose(length, vec.norm(joint.offset), abs_tol=1e-9)


def test_hip_flexion_moves_the_knee_forward_and_abduction_outward() -> None:
    flexed = forward_kinematics(RootPose(), {"hip_l": JointRotation(flex=90)})
    assert flexed["knee_l"][2] > 0.4  # in front of the body
    out_l = forward_kinematics(RootPose(), {"hip_l": JointRotation(abd=30)})
    out_r = forward_kinematics(RootPose(), {"hip_r": JointRotation(abd=30)})
    assert out_l["knee_l"][0] > 0.2  # left is +x
    assert out_r["knee_r"][0] < -0.2


def test_orthographic_front_view_keeps_left_on_the_right_of_the_screen() -> None:
    view = View(Camera(yaw=0, pitch=0, perspective=0), (0.0, 0.0, 0.0))
    left = view.project((1.0, 2.0, 0.0))
    assert (left.x, left.y) == (1.0, 2.0)
    near, far = view.project((0.0, 0.0, 1.0)), view.project((0.0, 0.0, -1.0))
    assert near.depth < far.depth


def test_side_view_and_perspective() -> None:
    side = View(Camera(yaw=90, pitch=0, perspective=0), (0.0, 0.0, 0.0))
    forward = side.project((0.0, 0.0, 1.0))
    assert math.isclose(abs(forward.x), 1.0)
    assert math.isclose(forward.depth, 0.0, abs_tol=1e-9)
    persp = View(Camera(yaw=0, pitch=0, perspective=0.2), (0.0, 0.0, 0.0))
    assert abs(persp.project((1.0, 0.0, -1.0)).x) < abs(persp.project((1.0, 0.0, 1.0)).x)


def test_camera_pitch_looks_down() -> None:
    above = View(Camera(yaw=0, pitch=60, perspective=0), (0.0, 0.0, 0.0))
    # seen from above, a point nearer the viewer sits lower on the screen
    assert above.project((0.0, 0.0, 1.0)).y < above.project((0.0, 0.0, -1.0)).y


def test_easing_endpoints_and_interpolation() -> None:
    assert ease_in_out(0.0) == 0.0
    assert ease_in_out(1.0) == 1.0
    assert math.isclose(ease_in_out(0.5), 0.5)
    assert ease_in_out(0.1) < 0.1  # starts slowly
    a = Keyframe(RootPose((0.0, 0.0, 0.0)), (("knee_l", JointRotation(flex=0)),))
    b = Keyframe(RootPose((1.0, 0.0, 0.0)), (("knee_l", JointRotation(flex=90)),), tension=1.0)
    assert interpolate(a, b, 0.0).rotation("knee_l").flex == 0
    assert interpolate(a, b, 1.0).rotation("knee_l").flex == 90
    mid = interpolate(a, b, 0.5)
    assert mid.rotation("knee_l").flex == 45
    assert mid.root.position[0] == 0.5
    assert mid.tension == 0.5


def test_mirroring_swaps_left_and_right() -> None:
    keyframe = Keyframe(
        RootPose((0.2, 0.0, 0.0), roll=90, yaw=10),
        (("hip_l", JointRotation(45, 10, 40)), ("spine", JointRotation(5, 8, 12))),
    )
    mirrored = mirror_keyframe(keyframe)
    assert mirrored.rotation("hip_r") == JointRotation(45, 10, 40)
    assert mirrored.rotation("hip_l") == JointRotation()
    assert mirrored.rotation("spine") == JointRotation(5, -8, -12)
    assert mirrored.root == RootPose((-0.2, 0.0, 0.0), roll=-90, yaw=-10)
    original = forward_kinematics(keyframe.root, keyframe.as_dict())
    image = forward_kinematics(mirrored.root, mirrored.as_dict())
    for name in ("knee", "ankle", "shoulder", "toe"):
        lx, ly, lz = original[f"{name}_l"]
        rx, ry, rz = image[f"{name}_r"]
        assert math.isclose(lx, -rx, abs_tol=1e-9)
        assert math.isclose(ly, ry, abs_tol=1e-9)
        assert math.isclose(lz, rz, abs_tol=1e-9)
    assert mirror_keyframe(mirrored) == Keyframe(keyframe.root, tuple(sorted(keyframe.joints)))


def test_phases_drive_the_keyframes() -> None:
    start = Keyframe(joints=(("knee_l", JointRotation(flex=0)),))
    middle = Keyframe(joints=(("knee_l", JointRotation(flex=90)),))
    animation = Animation(start, middle, start)
    assert keyframe_at(animation, "ready", 0.7) == start
    assert keyframe_at(animation, "lift", 1.0).rotation("knee_l").flex == 90
    assert keyframe_at(animation, "hold", 0.3) == middle
    assert keyframe_at(animation, "lower", 1.0).rotation("knee_l").flex == 0
    assert for_side(animation, "right").middle.rotation("knee_r").flex == 90


def test_preview_loops_at_the_tempo() -> None:
    tempo = Tempo(lift=1.0, hold=2.0, lower=1.0, rest_between_reps=1.0)
    assert preview_motion(tempo, 0.5) == ("lift", 0.5)
    assert preview_motion(tempo, 2.0) == ("hold", 0.5)
    assert preview_motion(tempo, 3.5) == ("lower", 0.5)
    assert preview_motion(tempo, 4.5) == ("rest", 0.5)
    assert preview_motion(tempo, 5.5) == ("lift", 0.5)  # next rep


def test_rest_between_reps_shows_where_the_rep_ended() -> None:
    start = Keyframe(RootPose((0.0, 0.0, 0.0)))
    end = Keyframe(RootPose((0.3, 0.0, 0.0)))
    animation = Animation(start, Keyframe(tension=1.0), end)
    assert keyframe_at(animation, "rest", 0.5) == end
    assert keyframe_at(animation, "ready", 0.5) == start


def test_mirroring_swaps_planted_feet_and_markers() -> None:
    animation = Animation(
        Keyframe(),
        Keyframe(),
        Keyframe(),
        lift_planted="right_foot",
        lower_planted="feet",
        markers=("left_outer_hip", "glutes"),
    )
    mirrored = for_side(animation, "right")
    assert mirrored.lift_planted == "left_foot"
    assert mirrored.lower_planted == "feet"
    assert mirrored.markers == ("right_outer_hip", "glutes")


def test_the_hold_beats_on_every_second_of_its_countdown() -> None:
    # A 5 s hold: a beat as the countdown shows 5, 4, 3, 2 and 1, fading in between.
    for second in range(5):
        assert hold_beat("hold", second / 5, 5.0) == 1.0
        assert hold_beat("hold", (second + 0.5) / 5, 5.0) == 0.25
    assert hold_beat("hold", 0.5, None) == 0.0  # not a timed hold
    assert hold_beat("lift", 0.0, 5.0) == 0.0


def test_preview_counts_reps_so_a_walk_moves_on() -> None:
    tempo = Tempo(lift=1.0, hold=0.5, lower=1.0, rest_between_reps=0.5)  # 3 s a rep
    assert [preview_rep(tempo, s, 4) for s in (0.0, 2.9, 3.0, 9.5, 12.0)] == [0, 0, 1, 3, 0]
    assert preview_rep(tempo, 7.0, 1) == 0
