"""What the widget is told to paint: depth order, far side, band, chair, markers, framing,
and where the figure stands on the floor rep by rep."""

from __future__ import annotations

import pytest

from sitbreak.core.exercise import Exercise
from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Animation, Camera, JointRotation, Keyframe
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.choreography import CAMERA_FOLLOW, Choreography, planted_point
from sitbreak.core.figure.motion import for_side
from sitbreak.core.figure.scene import (
    Scene,
    Stroke,
    bounds,
    build_scene,
    chair_bars,
    seat_height,
    view_centre,
)
from tests.support.exercises import shipped_catalogue


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    return dict(shipped_catalogue().catalogue.exercises)


def _moves(exercise: Exercise, side: str) -> Choreography:
    return Choreography(for_side(exercise.animation, side), exercise.reps)


def _scene(
    exercise: Exercise, side: str, phase: str, progress: float = 0.0, beat: float = 0.0
) -> Scene:
    moves = _moves(exercise, side)
    view = View(moves.animation.camera, view_centre(moves))
    return build_scene(moves, view, phase, progress, 0, exercise.band_position, beat)


def _bands(scene: Scene) -> list[Stroke]:
    return [i for i in scene.drawables if isinstance(i, Stroke) and i.kind == "band"]


def test_drawables_come_far_first(exercises: dict[str, Exercise]) -> None:
    for exercise in exercises.values():
        depths = [item.depth for item in _scene(exercise, "left", "hold").drawables]
        assert depths == sorted(depths, reverse=True)


@pytest.mark.parametrize(("side", "far_leg"), [("left", "_r"), ("right", "_l")])
def test_the_bottom_leg_of_a_side_lying_figure_is_the_far_side(
    exercises: dict[str, Exercise], side: str, far_leg: str
) -> None:
    scene = _scene(exercises["clam_shell"], side, "ready")
    posed = scene.posed
    limbs = [item for item in scene.drawables if isinstance(item, Stroke) and item.kind == "limb"]
    assert any(item.far for item in limbs)
    assert any(not item.far for item in limbs)
    # the bottom leg lies lower than the top leg: it is the one drawn darker
    assert posed["knee" + far_leg][1] < posed["knee" + ("_l" if far_leg == "_r" else "_r")][1]


def test_the_band_stretches_as_the_knees_open(exercises: dict[str, Exercise]) -> None:
    assert _bands(_scene(exercises["clam_shell"], "left", "hold"))[0].stretch > 1.5
    assert [b.stretch for b in _bands(_scene(exercises["clam_shell"], "left", "ready"))] == [
        pytest.approx(1.0)
    ]
    walk = exercises["monster_walk"]
    assert _bands(_scene(walk, "left", "hold"))[0].stretch > 1.25
    assert not _bands(_scene(exercises["bridge"], "both", "hold"))


def test_props_chair_mat_head_and_tension(exercises: dict[str, Exercise]) -> None:
    seated = _scene(exercises["seated_glute_squeeze"], "both", "hold")
    assert any(isinstance(i, Stroke) and i.kind == "chair" for i in seated.drawables)
    assert seated.markers
    assert not _scene(exercises["seated_glute_squeeze"], "both", "ready").markers
    assert _scene(exercises["bridge"], "both", "ready").mat is not None
    assert _scene(exercises["sit_to_stand"], "both", "ready").mat is None
    heads = [i for i in seated.drawables if i.kind == "head"]
    assert len(heads) == 1


def test_markers_on_the_far_side_of_the_body_are_not_drawn(
    exercises: dict[str, Exercise],
) -> None:
    """A marker painted over the body would point at the wrong muscle (the far outer
    hip of the monster walk landed on the groin)."""
    walk = exercises["monster_walk"]
    moves = _moves(walk, "left")
    toward_left = View(Camera(yaw=90, pitch=0), moves.start["pelvis"])
    toward_right = View(Camera(yaw=-90, pitch=0), moves.start["pelvis"])
    from_left = build_scene(moves, toward_left, "hold")
    from_right = build_scene(moves, toward_right, "hold")
    assert len(from_left.markers) == len(from_right.markers) == 1
    assert from_left.markers[0].centre != from_right.markers[0].centre
    squeeze = _moves(exercises["standing_glute_squeeze"], "both")
    from_front = View(Camera(yaw=0, pitch=0), squeeze.start["pelvis"])
    assert build_scene(squeeze, from_front, "hold").markers == ()  # the buttocks are behind


def test_the_marker_beats_with_the_hold(exercises: dict[str, Exercise]) -> None:
    squeeze = exercises["seated_glute_squeeze"]
    quiet = _scene(squeeze, "both", "hold", 0.5, beat=0.0)
    beat = _scene(squeeze, "both", "hold", 0.5, beat=1.0)
    assert beat.beat == 1.0
    assert beat.markers[0].radius > quiet.markers[0].radius


def test_the_chair_seat_is_under_the_thighs(exercises: dict[str, Exercise]) -> None:
    for name in ("seated_glute_squeeze", "sit_to_stand"):
        exercise = exercises[name]
        start = _moves(exercise, "both").start
        seat = seat_height(start)
        assert 0.4 < seat < 0.55  # a chair's height
        bars = chair_bars(start, exercise.animation.chair_front)
        front = max(max(a[2], b[2]) for a, b in bars)
        assert front - start["pelvis"][2] == pytest.approx(exercise.animation.chair_front)


def test_a_planted_foot_stays_put_and_a_side_step_walks_on() -> None:
    standing = {"ankle_l": JointRotation(), "ankle_r": JointRotation()}
    wide = Keyframe(
        joints=(("hip_l", JointRotation(abd=15)), ("hip_r", JointRotation(abd=15))),
    )
    animation = Animation(
        Keyframe(joints=tuple(standing.items())),
        wide,
        Keyframe(),
        lift_planted="right_foot",
        lower_planted="left_foot",
    )
    moves = Choreography(animation, reps=4)
    ready = moves.posed("ready", 0.0, 1)
    for progress in (0.0, 0.3, 0.7, 1.0):
        stance = moves.posed("lift", progress, 1)
        assert (
            vec.distance(planted_point(stance, "right_foot"), planted_point(ready, "right_foot"))
            < 1e-3
        )
    assert moves.walks
    assert moves.step[0] > 0.2  # one step to the figure's left
    # a set of four steps is centred on the origin
    assert moves.rep_offset(0)[0] == pytest.approx(-2 * moves.step[0])
    assert moves.posed("rest", 0.0, 3)["pelvis"][0] == pytest.approx(
        moves.start["pelvis"][0] + 2 * moves.step[0]
    )
    # the camera pans along at a fraction of the walk
    last = moves.posed("rest", 0.0, 3)
    assert moves.camera_shift(last)[0] == pytest.approx(CAMERA_FOLLOW * 2 * moves.step[0])
    assert not Choreography(animation, reps=1).walks


def test_bounds_hold_every_frame(exercises: dict[str, Exercise]) -> None:
    for name, side in (("sit_to_stand", "both"), ("monster_walk", "left")):
        exercise = exercises[name]
        moves = _moves(exercise, side)
        view = View(moves.animation.camera, view_centre(moves))
        left, bottom, right, top = bounds(moves, view)
        assert top - bottom > 1.5  # standing up is in the frame
        for rep in range(exercise.reps):
            for phase, progress in (("lift", 0.5), ("hold", 0.0), ("lower", 0.5), ("rest", 0.0)):
                scene = build_scene(moves, view, phase, progress, rep, exercise.band_position)
                for item in scene.drawables:
                    if isinstance(item, Stroke) and item.kind in ("limb", "trunk"):
                        for x, y in (item.a, item.b):
                            assert left <= x <= right
                            assert bottom <= y <= top


def test_the_walk_crosses_a_mat_that_slides_by(exercises: dict[str, Exercise]) -> None:
    walk = exercises["monster_walk"]
    moves = _moves(walk, "left")
    view = View(moves.animation.camera, view_centre(moves))
    first = build_scene(moves, view, "ready", 0.0, 0)
    last = build_scene(moves, view, "rest", 0.0, walk.reps - 1)
    assert first.mat is not None
    assert last.mat is not None
    # the figure moves across the picture, and the mat moves the other way under it
    assert last.posed["pelvis"][0] - first.posed["pelvis"][0] > 1.5
    assert last.mat[0][0] < first.mat[0][0]
    mat_xs = [p[0] for p in first.mat]
    for scene in (first, last):
        pelvis = view.project(scene.posed["pelvis"])
        shift = moves.camera_shift(scene.posed)
        assert min(mat_xs) - shift[0] < pelvis.x - shift[0] < max(mat_xs) - shift[0]
