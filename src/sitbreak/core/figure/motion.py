"""Keyframe timing: phase + progress -> pose, easing, mirroring, and a standalone loop.

The routine player drives the figure with the phase it is in ("ready", "lift", "hold",
"lower", "rest") and how far through it is (0..1); a preview loops at the tempo.
"""

from __future__ import annotations

import math
from dataclasses import replace

from sitbreak.core.exercise import Tempo
from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Animation, JointRotation, Keyframe, RootPose
from sitbreak.core.figure.skeleton import mirror_name

PHASES = ("ready", "lift", "hold", "lower", "rest")


def ease_in_out(t: float) -> float:
    """Slow start, slow end: how a controlled movement looks."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def interpolate(a: Keyframe, b: Keyframe, t: float) -> Keyframe:
    """The pose a fraction t (0..1, not eased) of the way from a to b."""
    names = sorted({name for name, _ in a.joints} | {name for name, _ in b.joints})
    joints = []
    for name in names:
        ra, rb = a.rotation(name), b.rotation(name)
        joints.append(
            (
                name,
                JointRotation(
                    _mix(ra.flex, rb.flex, t), _mix(ra.abd, rb.abd, t), _mix(ra.twist, rb.twist, t)
                ),
            )
        )
    root = RootPose(
        vec.lerp(a.root.position, b.root.position, t),
        _mix(a.root.pitch, b.root.pitch, t),
        _mix(a.root.roll, b.root.roll, t),
        _mix(a.root.yaw, b.root.yaw, t),
    )
    return Keyframe(root, tuple(joints), _mix(a.tension, b.tension, t))


def mirror_keyframe(keyframe: Keyframe) -> Keyframe:
    """The same pose done with the other side: left and right swap places."""
    root = keyframe.root
    x, y, z = root.position
    mirrored_root = RootPose((-x, y, z), root.pitch, -root.roll, -root.yaw)
    joints = []
    for name, rotation in keyframe.joints:
        mirrored = rotation
        if mirror_name(name) == name:  # trunk: side bend and turn change direction
            mirrored = JointRotation(rotation.flex, -rotation.abd, -rotation.twist)
        joints.append((mirror_name(name), mirrored))
    joints.sort(key=lambda item: item[0])
    return Keyframe(mirrored_root, tuple(joints), keyframe.tension)


def _mirror_word(word: str | None) -> str | None:
    """ "left_foot" <-> "right_foot", "left_glute" <-> "right_glute"; others unchanged."""
    if word is None:
        return None
    if word.startswith("left_"):
        return "right_" + word.removeprefix("left_")
    if word.startswith("right_"):
        return "left_" + word.removeprefix("right_")
    return word


def mirror_animation(animation: Animation) -> Animation:
    camera = replace(animation.camera, yaw=-animation.camera.yaw)
    lift_via, lower_via = animation.lift_via, animation.lower_via
    return replace(
        animation,
        start=mirror_keyframe(animation.start),
        middle=mirror_keyframe(animation.middle),
        end=mirror_keyframe(animation.end),
        lift_via=None if lift_via is None else mirror_keyframe(lift_via),
        lower_via=None if lower_via is None else mirror_keyframe(lower_via),
        camera=camera,
        lift_planted=_mirror_word(animation.lift_planted),
        lower_planted=_mirror_word(animation.lower_planted),
        markers=tuple(str(_mirror_word(m)) for m in animation.markers),
    )


def _through(a: Keyframe, via: Keyframe | None, b: Keyframe, t: float) -> Keyframe:
    if via is None:
        return interpolate(a, b, t)
    if t < 0.5:
        return interpolate(a, via, t * 2)
    return interpolate(via, b, t * 2 - 1)


def for_side(animation: Animation, side: str) -> Animation:
    """Keyframes are written for the left side; "right" is their mirror image."""
    if side not in ("left", "right", "both"):
        raise ValueError(f"unknown side {side!r}")
    return mirror_animation(animation) if side == "right" else animation


def keyframe_at(animation: Animation, phase: str, progress: float) -> Keyframe:
    eased = ease_in_out(progress)
    if phase == "lift":
        return _through(animation.start, animation.lift_via, animation.middle, eased)
    if phase == "hold":
        return animation.middle
    if phase == "lower":
        return _through(animation.middle, animation.lower_via, animation.end, eased)
    if phase == "ready":
        return animation.start
    if phase == "rest":  # between reps: where the last one ended
        return animation.end
    raise ValueError(f"unknown phase {phase!r}")


def hold_beat(phase: str, progress: float, hold_seconds: float | None) -> float:
    """0..1: a beat on each whole second of a timed hold, in step with its countdown
    (1 as the count changes, fading over the second); 0 outside a timed hold."""
    if phase != "hold" or not hold_seconds:
        return 0.0
    elapsed = min(1.0, max(0.0, progress)) * hold_seconds
    into_second = elapsed - math.floor(elapsed)
    return (1.0 - into_second) ** 2


def _preview_phases(tempo: Tempo) -> tuple[tuple[str, float], ...]:
    rest = tempo.rest_between_reps if tempo.rest_between_reps > 0 else 0.6
    return (("lift", tempo.lift), ("hold", tempo.hold), ("lower", tempo.lower), ("rest", rest))


def preview_motion(tempo: Tempo, seconds: float) -> tuple[str, float]:
    """Where a rep done at `tempo` is after `seconds`, looping: (phase, progress)."""
    phases = _preview_phases(tempo)
    cycle = sum(duration for _, duration in phases)
    t = seconds % cycle if cycle > 0 else 0.0
    for phase, duration in phases:
        if duration <= 0:
            continue
        if t < duration:
            return phase, t / duration
        t -= duration
    return "rest", 1.0


def preview_rep(tempo: Tempo, seconds: float, reps: int) -> int:
    """Which rep (0-based) a looping preview of `reps` reps at `tempo` is in."""
    cycle = sum(duration for _, duration in _preview_phases(tempo))
    if cycle <= 0 or reps <= 1:
        return 0
    return int(seconds // cycle) % reps
