"""The shipped exercises look like the exercise: each one's defining geometry, checked
the way a physiotherapist would look at it, so a shape cannot silently regress."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest

from sitbreak.core.exercise import Exercise
from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Vec3
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.choreography import Choreography
from sitbreak.core.figure.motion import for_side
from sitbreak.core.figure.scene import THIGH_WIDTH, band_length, build_scene, seat_height
from sitbreak.core.figure.skeleton import HEAD_RADIUS, MOVABLE_JOINTS, Posed
from tests.support.exercises import shipped_catalogue

SIDES = pytest.mark.parametrize("side", ["left", "right"])


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    loaded = shipped_catalogue()
    assert loaded.problems == ()
    return dict(loaded.catalogue.exercises)


def _moves(exercise: Exercise, side: str = "left") -> Choreography:
    return Choreography(for_side(exercise.animation, side), exercise.reps)


def _frames(moves: Choreography, phase: str, rep: int = 0) -> Iterator[Posed]:
    for step in range(21):
        yield moves.posed(phase, step / 20, rep)


def _angle_deg(a: Vec3, b: Vec3, c: Vec3) -> float:
    """The angle at b between b->a and b->c."""
    u, v = vec.sub(a, b), vec.sub(c, b)
    cos = vec.dot(u, v) / (vec.norm(u) * vec.norm(v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def _between_deg(u: Vec3, v: Vec3) -> float:
    cos = vec.dot(u, v) / (vec.norm(u) * vec.norm(v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def _knee(posed: Posed, s: str) -> float:
    return _angle_deg(posed["hip" + s], posed["knee" + s], posed["ankle" + s])


def _screen_distance(view: View, a: Vec3, b: Vec3) -> float:
    pa, pb = view.project(a), view.project(b)
    return math.hypot(pa.x - pb.x, pa.y - pb.y)


def _screen_angle(view: View, a: Vec3, b: Vec3, c: Vec3) -> float:
    pa, pb, pc = (view.project(p) for p in (a, b, c))
    return _angle_deg((pa.x, pa.y, 0.0), (pb.x, pb.y, 0.0), (pc.x, pc.y, 0.0))


def _head_rests_on_the_lower_arm(posed: Posed, lower: str) -> bool:
    """Lying on the side: the head is off the floor and the lower arm is under it."""
    closest = min(
        vec.distance(vec.lerp(posed[a + lower], posed[b + lower], t / 10), posed["head_centre"])
        for a, b in (("shoulder", "elbow"), ("elbow", "wrist"))
        for t in range(11)
    )
    off_floor = posed["head_centre"][1] - HEAD_RADIUS > 0.05
    return off_floor and closest < HEAD_RADIUS + 0.04


def _feet(posed: Posed) -> dict[str, Vec3]:
    return {n: posed[n] for n in ("heel_l", "toe_l", "heel_r", "toe_r")}


def test_every_keyframe_names_only_known_joints(exercises: dict[str, Exercise]) -> None:
    assert len(exercises) == 9
    for exercise in exercises.values():
        for keyframe in exercise.animation.keyframes:
            assert {name for name, _ in keyframe.joints} <= MOVABLE_JOINTS


@pytest.mark.parametrize("exercise_id", ["monster_walk", "sit_to_stand", "standing_glute_squeeze"])
def test_planted_feet_do_not_slide(exercises: dict[str, Exercise], exercise_id: str) -> None:
    animation = exercises[exercise_id].animation
    moves = _moves(exercises[exercise_id])
    for phase, planted, reference in (
        ("lift", animation.lift_planted, moves.posed("ready", 0.0)),
        ("lower", animation.lower_planted, moves.posed("hold", 0.0)),
    ):
        assert planted is not None
        suffix = {"left_foot": "_l", "right_foot": "_r", "feet": ""}[planted]
        kept = [n for n in _feet(reference) if n.endswith(suffix)]
        for posed in _frames(moves, phase):
            for name in kept:
                assert vec.distance(posed[name], reference[name]) < 0.025, (phase, name)


# -- bridge (praised: kept) ------------------------------------------------------------------


def test_bridge_top_lines_up_shoulder_hip_knee(exercises: dict[str, Exercise]) -> None:
    moves = _moves(exercises["bridge"], "both")
    start, top = moves.start, moves.middle
    assert _angle_deg(top["shoulder_l"], top["hip_l"], top["knee_l"]) > 165
    assert _angle_deg(start["shoulder_l"], start["hip_l"], start["knee_l"]) < 140
    assert top["pelvis"][1] > start["pelvis"][1] + 0.15  # the hips rise
    # shoulders and feet stay where they were
    assert vec.distance(top["shoulder_l"], start["shoulder_l"]) < 0.05
    assert vec.distance(top["heel_l"], start["heel_l"]) < 0.05


# -- single-leg bridge -----------------------------------------------------------------------


@SIDES
def test_single_leg_bridge_keeps_the_knees_level_and_the_straight_leg_in_line(
    exercises: dict[str, Exercise], side: str
) -> None:
    moves = _moves(exercises["single_leg_bridge"], side)
    work, held = ("_l", "_r") if side == "left" else ("_r", "_l")
    frames = [*_frames(moves, "lift"), *_frames(moves, "lower")]

    def rise(posed: Posed, s: str) -> float:
        """How steeply the thigh points up from the hip (degrees)."""
        thigh = vec.sub(posed["knee" + s], posed["hip" + s])
        return math.degrees(math.asin(thigh[1] / vec.norm(thigh)))

    for posed in frames:
        assert abs(rise(posed, work) - rise(posed, held)) < 3  # knees level from start to end
        assert _knee(posed, held) > 170  # the held leg stays straight
        assert _knee(posed, work) < 120  # the working foot stays planted
        assert posed["heel" + work][1] < 0.03
    top = moves.middle
    # in line with the body at the top, not pointing at the ceiling
    assert _angle_deg(top["shoulder" + held], top["hip" + held], top["knee" + held]) > 160


@SIDES
def test_single_leg_bridge_marks_the_glute_of_the_planted_leg(
    exercises: dict[str, Exercise], side: str
) -> None:
    animation = for_side(exercises["single_leg_bridge"].animation, side)
    assert animation.markers == (f"{side}_glute",)
    moves = _moves(exercises["single_leg_bridge"], side)
    planted = "_l" if side == "left" else "_r"
    assert moves.start["heel" + planted][1] < 0.03  # that foot is the one on the floor


# -- clam shell ------------------------------------------------------------------------------


@SIDES
def test_clam_shell_opens_the_knees_while_the_feet_stay_together(
    exercises: dict[str, Exercise], side: str
) -> None:
    moves = _moves(exercises["clam_shell"], side)
    start, middle = moves.start, moves.middle
    knees = vec.distance(middle["knee_l"], middle["knee_r"])
    ankles = vec.distance(middle["ankle_l"], middle["ankle_r"])
    assert knees > vec.distance(start["knee_l"], start["knee_r"]) + 0.15
    assert ankles < 0.25
    assert abs(ankles - vec.distance(start["ankle_l"], start["ankle_r"])) < 0.03
    top = "_l" if side == "left" else "_r"
    assert middle["knee" + top][1] > start["knee" + top][1] + 0.1  # the top knee rises
    assert 80 < _knee(middle, top) < 100  # still bent at a right angle


@SIDES
def test_clam_shell_reads_as_a_shell_on_screen(exercises: dict[str, Exercise], side: str) -> None:
    """The camera shows the knees parting and the feet staying together, with the top
    knee visibly bent (seen from high in front it read as a leg swinging up)."""
    animation = for_side(exercises["clam_shell"].animation, side)
    moves = _moves(exercises["clam_shell"], side)
    view = View(animation.camera, moves.start["pelvis"])
    top = "_l" if side == "left" else "_r"
    start, middle = moves.start, moves.middle
    assert animation.camera.pitch <= 25
    assert _screen_distance(view, middle["knee_l"], middle["knee_r"]) > 2 * _screen_distance(
        view, start["knee_l"], start["knee_r"]
    )
    assert _screen_distance(view, middle["ankle_l"], middle["ankle_r"]) < 0.2
    assert (
        _screen_angle(view, middle["hip" + top], middle["knee" + top], middle["ankle" + top]) < 145
    )


@SIDES
def test_clam_shell_head_on_the_arm_hand_on_the_hip_pelvis_stacked(
    exercises: dict[str, Exercise], side: str
) -> None:
    moves = _moves(exercises["clam_shell"], side)
    top, lower = ("_l", "_r") if side == "left" else ("_r", "_l")
    sign = 1.0 if side == "left" else -1.0
    for posed in (moves.start, moves.middle):
        assert _head_rests_on_the_lower_arm(posed, lower)
        crest = vec.add(posed["pelvis"], vec.apply(posed.pelvis_frame, (sign * 0.14, 0.05, 0.0)))
        assert vec.distance(posed["hand" + top], crest) < 0.06  # top hand on the hip bone
        # hips stacked one above the other: the pelvis does not roll back
        assert (
            math.hypot(posed["hip_l"][0] - posed["hip_r"][0], posed["hip_l"][2] - posed["hip_r"][2])
            < 0.02
        )
    assert moves.start.pelvis_frame == moves.middle.pelvis_frame


# -- side-lying leg raise (praised: kept) ------------------------------------------------------


def test_lateral_leg_raise_lifts_a_straight_top_leg_from_behind(
    exercises: dict[str, Exercise],
) -> None:
    moves = _moves(exercises["side_lying_leg_raise"])
    start, middle = moves.start, moves.middle
    assert middle["ankle_l"][1] > start["ankle_l"][1] + 0.3
    assert _knee(middle, "_l") > 170
    # the top leg starts slightly behind the bottom leg (the figure faces +z)
    assert start["ankle_l"][2] < start["ankle_r"][2]
    assert middle["ankle_l"][2] < middle["hip_l"][2]  # and stays behind the body line


@SIDES
def test_lateral_leg_raise_head_on_the_arm_toes_forward(
    exercises: dict[str, Exercise], side: str
) -> None:
    moves = _moves(exercises["side_lying_leg_raise"], side)
    top, lower = ("_l", "_r") if side == "left" else ("_r", "_l")
    for posed in (moves.start, moves.middle):
        assert _head_rests_on_the_lower_arm(posed, lower)
        foot = vec.sub(posed["toe" + top], posed["heel" + top])
        assert foot[2] > 0.85 * vec.norm(foot)  # toes point forward, not at the ceiling


# -- fire hydrant ----------------------------------------------------------------------------


@SIDES
def test_fire_hydrant_lifts_the_bent_knee_out_to_the_side(
    exercises: dict[str, Exercise], side: str
) -> None:
    moves = _moves(exercises["fire_hydrant"], side)
    start, middle = moves.start, moves.middle
    s = "_l" if side == "left" else "_r"
    outward = 1.0 if side == "left" else -1.0
    assert (middle["knee" + s][0] - start["knee" + s][0]) * outward > 0.25
    assert middle["knee" + s][1] > start["knee" + s][1] + 0.1
    for posed in _frames(moves, "lift"):
        assert 75 < _knee(posed, s) < 105  # the knee stays bent near a right angle
        assert posed["knee" + s][1] < posed["hip" + s][1]  # only as high as the pelvis stays level
    assert moves.start.pelvis_frame == middle.pelvis_frame  # pelvis square to the floor
    for hand, shoulder in (("hand_l", "shoulder_l"), ("hand_r", "shoulder_r")):
        assert start[hand][1] < 0.1  # on hands and knees
        assert abs(start[hand][0] - start[shoulder][0]) < 0.06  # hands under the shoulders
        assert abs(start[hand][2] - start[shoulder][2]) < 0.12
    assert start["knee_r"][1] < 0.16  # knee near the floor (within a few cm)
    # neck long: the head in line with the back
    spine = vec.sub(start["chest"], start["pelvis"])
    assert _between_deg(spine, vec.sub(start["head_centre"], start["neck"])) < 15


@SIDES
def test_fire_hydrant_is_seen_from_behind_with_the_knee_bent(
    exercises: dict[str, Exercise], side: str
) -> None:
    """From a rear three-quarter camera the right angle folded into a straight leg that
    seemed to kick back; straight from behind the thigh goes out and the knee shows."""
    animation = for_side(exercises["fire_hydrant"].animation, side)
    assert abs(abs(animation.camera.yaw) - 180) <= 10
    moves = _moves(exercises["fire_hydrant"], side)
    s = "_l" if side == "left" else "_r"
    view = View(animation.camera, moves.start["pelvis"])
    top = moves.middle
    assert _screen_angle(view, top["hip" + s], top["knee" + s], top["ankle" + s]) < 140
    assert _screen_distance(view, top["knee" + s], top["hip" + s]) > 0.25


# -- monster walk ----------------------------------------------------------------------------


def test_monster_walk_holds_a_quarter_squat_with_feet_hip_width_and_eyes_ahead(
    exercises: dict[str, Exercise],
) -> None:
    moves = _moves(exercises["monster_walk"])
    for posed in (moves.start, moves.middle, moves.end):
        for s in ("_l", "_r"):
            assert 110 < _knee(posed, s) < 150  # knees soft: a quarter squat
        assert posed["pelvis"][2] < posed["ankle_l"][2] - 0.08  # hips back
        trunk = vec.sub(posed["neck"], posed["pelvis"])
        assert 15 < math.degrees(math.atan2(trunk[2], trunk[1])) < 40  # chest up, leaning a bit
        head = vec.sub(posed["head_centre"], posed["neck"])
        assert math.degrees(math.atan2(head[2], head[1])) < 15  # looking ahead, not down
    start = moves.start
    assert 0.2 < abs(start["ankle_l"][0] - start["ankle_r"][0]) < 0.35  # hip-width
    for posed in [*_frames(moves, "lift"), *_frames(moves, "lower")]:
        assert abs(posed["ankle_l"][0] - posed["ankle_r"][0]) > 0.2  # never together


def test_monster_walk_steps_out_from_the_hip_against_a_stretching_band(
    exercises: dict[str, Exercise],
) -> None:
    exercise = exercises["monster_walk"]
    assert exercise.band_position is not None
    moves = _moves(exercise)
    start, middle = moves.start, moves.middle
    rest = band_length(start, exercise.band_position)
    assert band_length(middle, exercise.band_position) > 1.25 * rest  # visibly stretched
    for posed in [*_frames(moves, "lift"), *_frames(moves, "lower")]:
        assert band_length(posed, exercise.band_position) >= rest - 1e-6  # never slack

    def out(posed: Posed, joint: str) -> float:
        return posed[joint][0] - posed["hip_l"][0]

    # The whole leg swings out from the hip: the knee goes out with the foot (a shin
    # flicking out under a still thigh stresses the knee).
    assert out(middle, "ankle_l") - out(start, "ankle_l") > 0.1
    assert out(middle, "knee_l") - out(start, "knee_l") > 0.3 * (
        out(middle, "ankle_l") - out(start, "ankle_l")
    )
    lifting = moves.posed("lift", 0.5)
    assert lifting["heel_l"][1] > lifting["heel_r"][1] + 0.03  # the lead foot leaves the floor
    lowering = moves.posed("lower", 0.5)
    assert lowering["heel_r"][1] > lowering["heel_l"][1] + 0.03  # then the trailing foot
    # the trailing leg follows: the stance ends as it began, one step along
    end = moves.end
    assert abs(end["ankle_l"][0] - end["ankle_r"][0]) == pytest.approx(
        abs(start["ankle_l"][0] - start["ankle_r"][0]), abs=0.01
    )
    assert end["pelvis"][0] - start["pelvis"][0] > 0.15


@SIDES
def test_monster_walk_travels_across_the_mat_and_back(
    exercises: dict[str, Exercise], side: str
) -> None:
    exercise = exercises["monster_walk"]
    moves = _moves(exercise, side)
    last = exercise.reps - 1
    for rep in range(last):  # each step starts where the last one ended
        ended = moves.posed("rest", 0.0, rep)
        for name, point in moves.posed("ready", 0.0, rep + 1).positions.items():
            assert vec.distance(point, ended[name]) < 1e-9
    first, final = moves.posed("ready", 0.0, 0), moves.posed("rest", 0.0, last)
    travel = final["pelvis"][0] - first["pelvis"][0]
    toward_lead = 1.0 if side == "left" else -1.0
    assert travel * toward_lead > 1.5  # across the mat, toward the leading leg
    if side == "left":  # the right side (mirrored) starts where the left one ended
        back = _moves(exercise, "right").posed("ready", 0.0, 0)
        assert vec.distance(back["pelvis"], final["pelvis"]) < 1e-9


@SIDES
def test_monster_walk_marks_the_outer_hip(exercises: dict[str, Exercise], side: str) -> None:
    exercise = exercises["monster_walk"]
    animation = for_side(exercise.animation, side)
    assert set(animation.markers) == {"left_outer_hip", "right_outer_hip"}
    moves = _moves(exercise, side)
    view = View(animation.camera, moves.start["pelvis"])
    scene = build_scene(moves, view, "hold", 0.0, 0, exercise.band_position)
    assert scene.markers  # the outer hip turned to the camera
    for marker in scene.markers:
        pelvis = view.project(moves.middle["pelvis"])
        hips = [view.project(moves.middle[h]) for h in ("hip_l", "hip_r")]
        widest = max(abs(h.x - pelvis.x) for h in hips)
        assert abs(marker.centre[0] - pelvis.x) > widest  # on the side of the hip, not the groin


# -- squeezes --------------------------------------------------------------------------------


def test_standing_squeeze_is_seen_from_behind_tucking_the_pelvis(
    exercises: dict[str, Exercise],
) -> None:
    exercise = exercises["standing_glute_squeeze"]
    animation = exercise.animation
    assert abs(animation.camera.yaw) >= 120  # the buttocks face the camera
    moves = _moves(exercise, "both")
    start, top = moves.start, moves.middle
    view = View(animation.camera, start["pelvis"])
    scene = build_scene(moves, view, "hold", 0.0)
    assert len(scene.markers) == 2  # both buttocks, in view
    # a slight posterior tilt of the pelvis while the chest stays upright
    up = (0.0, 1.0, 0.0)
    tilt_start = _between_deg(vec.apply(start.pelvis_frame, up), up)
    pelvis_back = vec.apply(top.pelvis_frame, up)[2] < 0  # top of the pelvis tips back
    assert pelvis_back
    assert _between_deg(vec.apply(top.pelvis_frame, up), up) >= tilt_start + 5
    assert _between_deg(vec.sub(top["neck"], top["chest"]), up) < 4
    assert top["pelvis"][1] > start["pelvis"][1]  # standing a little taller
    for posed in (start, top):
        for s in ("_l", "_r"):
            assert 165 < _knee(posed, s) < 179  # soft knees, never locked
        assert 0.18 < abs(posed["ankle_l"][0] - posed["ankle_r"][0]) < 0.32  # hip-width


def test_standing_squeeze_draws_the_buttocks_together(exercises: dict[str, Exercise]) -> None:
    exercise = exercises["standing_glute_squeeze"]
    moves = _moves(exercise, "both")
    view = View(exercise.animation.camera, moves.start["pelvis"])
    easing = build_scene(moves, view, "lift", 0.3).markers
    squeezed = build_scene(moves, view, "hold", 0.5).markers
    assert len(easing) == len(squeezed) == 2
    assert abs(squeezed[0].centre[0] - squeezed[1].centre[0]) < abs(
        easing[0].centre[0] - easing[1].centre[0]
    )


def test_seated_squeeze_rests_the_hands_on_the_thighs_and_rises_on_the_seat(
    exercises: dict[str, Exercise],
) -> None:
    moves = _moves(exercises["seated_glute_squeeze"], "both")
    start, top = moves.start, moves.middle
    for posed in (start, top):
        for s in ("_l", "_r"):
            thigh = min(
                vec.distance(
                    vec.lerp(posed["hip" + s], posed["knee" + s], t / 20), posed["hand" + s]
                )
                for t in range(21)
            )
            assert thigh < THIGH_WIDTH / 2 + 0.06  # resting on the thigh, not held in the air
    rise = top["pelvis"][1] - start["pelvis"][1]
    assert 0.02 < rise < 0.05  # a visible lift on the seat, not standing up
    seat = seat_height(start)
    for posed in _frames(moves, "lift"):
        assert min(posed["hip_l"][1], posed["hip_r"][1]) - THIGH_WIDTH / 2 >= seat - 0.005
    assert vec.distance(top["heel_l"], start["heel_l"]) < 0.01


def test_squeezes_tense_the_glutes_without_moving_much(exercises: dict[str, Exercise]) -> None:
    for name in ("seated_glute_squeeze", "standing_glute_squeeze"):
        animation = exercises[name].animation
        moves = _moves(exercises[name], "both")
        assert animation.middle.tension > animation.start.tension
        assert vec.distance(moves.start["head_centre"], moves.middle["head_centre"]) < 0.1


# -- sit-to-stand ----------------------------------------------------------------------------


def test_sit_to_stand_goes_from_chair_to_standing(exercises: dict[str, Exercise]) -> None:
    moves = _moves(exercises["sit_to_stand"], "both")
    start, middle = moves.start, moves.middle
    assert 0.35 < start["pelvis"][1] < 0.65  # on the chair seat
    assert middle["pelvis"][1] > 0.9
    assert _knee(middle, "_l") > 170


def test_sit_to_stand_starts_shuffled_forward_with_feet_behind_the_knees(
    exercises: dict[str, Exercise],
) -> None:
    exercise = exercises["sit_to_stand"]
    assert exercise.animation.chair_front <= 0.15  # near the front edge of the seat
    start = _moves(exercise, "both").start
    for s in ("_l", "_r"):
        assert start["ankle" + s][2] < start["knee" + s][2] - 0.05
        assert start["heel" + s][1] < 0.03  # flat on the floor
    # arms crossed on the chest: each hand across the midline, in front of the chest
    for hand, other in (("hand_l", "shoulder_r"), ("hand_r", "shoulder_l")):
        assert vec.distance(start[hand], start[other]) < 0.2
        assert (start[hand][0] - start["chest"][0]) * (start[other][0] - start["chest"][0]) > 0
        assert start[hand][2] > start["chest"][2] + 0.05


def test_sit_to_stand_marks_lift_off_and_sits_down_slowly(exercises: dict[str, Exercise]) -> None:
    exercise = exercises["sit_to_stand"]
    animation = exercise.animation
    assert animation.lift_via is not None
    peak = max(k.tension for k in animation.keyframes)
    assert animation.lift_via.tension == peak > animation.middle.tension
    assert exercise.tempo.lower >= 2 * exercise.tempo.lift  # down slowly, under control
    moves = _moves(exercise, "both")
    seat = seat_height(moves.start)
    lift_off = moves.posed("lift", 0.5)
    assert lift_off["pelvis"][1] - moves.start["pelvis"][1] < 0.05  # just off the seat
    assert lift_off["chest"][2] > lift_off["pelvis"][2] + 0.1  # leaning forward over the feet
    for posed in [*_frames(moves, "lift"), *_frames(moves, "lower")]:
        assert min(posed["hip_l"][1], posed["hip_r"][1]) - THIGH_WIDTH / 2 >= seat - 0.01
