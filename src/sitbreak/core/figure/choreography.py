"""Where the figure is on the floor, phase by phase and rep by rep.

A planted part (one foot, or both feet) stays exactly where it was when the phase began,
so feet never slide while the body moves over them. A move that ends somewhere else than
it began (a side step) is one step of a walk: each rep starts where the last one ended,
and a set's reps are laid out around the origin, so the left side walks one way across
the mat and the right side (its mirror image) walks back.
"""

from __future__ import annotations

from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Animation, Keyframe, Vec3
from sitbreak.core.figure.motion import keyframe_at
from sitbreak.core.figure.skeleton import Posed, pose

# A walk's camera pans at this fraction of the walking speed: the figure stays large, and
# the mat sliding by shows the travel.
CAMERA_FOLLOW = 0.5

_FEET = {
    "left_foot": ("heel_l", "toe_l"),
    "right_foot": ("heel_r", "toe_r"),
    "feet": ("heel_l", "toe_l", "heel_r", "toe_r"),
}


def planted_point(posed: Posed, planted: str) -> Vec3:
    """The middle of what stays on the floor: one foot (heel to toe) or both."""
    points = [posed[name] for name in _FEET[planted]]
    return vec.scale(
        (sum(p[0] for p in points), sum(p[1] for p in points), sum(p[2] for p in points)),
        1.0 / len(points),
    )


def shifted(posed: Posed, offset: Vec3) -> Posed:
    return Posed({n: vec.add(p, offset) for n, p in posed.positions.items()}, posed.pelvis_frame)


def _horizontal(v: Vec3) -> Vec3:
    return (v[0], 0.0, v[2])


class Choreography:
    """An animation placed on the floor for a set of `reps` reps (fixed per exercise and
    side: build one when the exercise or side changes, then ask it for every frame).

    `start`, `middle` and `end` are the keyframes' placed poses before any rep offset;
    `posed()` gives a frame of a given rep.
    """

    def __init__(self, animation: Animation, reps: int = 1) -> None:
        self.animation = animation
        self.reps = max(1, reps)
        self.start = pose(animation.start)
        self.middle = self._place(animation.middle, animation.lift_planted, self.start)
        self.end = self._place(animation.end, animation.lower_planted, self.middle)
        self.step = _horizontal(vec.sub(self.end["pelvis"], self.start["pelvis"]))
        self.key_poses = self._key_poses()
        points = [p for posed in self.key_poses for p in posed.positions.values()]
        xs, zs = [p[0] for p in points], [p[2] for p in points]
        # (min x, max x, min z, max z) of the whole motion on the floor
        self.footprint = (min(xs), max(xs), min(zs), max(zs))

    @staticmethod
    def _place(keyframe: Keyframe, planted: str | None, reference: Posed) -> Posed:
        posed = pose(keyframe)
        if planted is None:
            return posed
        offset = _horizontal(
            vec.sub(planted_point(reference, planted), planted_point(posed, planted))
        )
        return shifted(posed, offset)

    @property
    def walks(self) -> bool:
        return self.reps > 1 and vec.norm(self.step) > 1e-3

    def camera_shift(self, posed: Posed) -> Vec3:
        """How far the camera has panned along with a walking figure in this pose."""
        if not self.walks:
            return (0.0, 0.0, 0.0)
        return vec.scale(_horizontal(vec.sub(posed["pelvis"], self.start["pelvis"])), CAMERA_FOLLOW)

    def rep_offset(self, rep: int) -> Vec3:
        """Where rep `rep` (0-based) starts relative to the first: a walk's reps are centred
        on the origin; a move that returns to its start stays put."""
        rep = min(max(rep, 0), self.reps - 1)
        return vec.scale(self.step, rep - self.reps / 2)

    def keyframe(self, phase: str, progress: float) -> Keyframe:
        return keyframe_at(self.animation, phase, progress)

    def posed(self, phase: str, progress: float, rep: int = 0) -> Posed:
        """The placed pose of one frame; `keyframe(phase, progress)` gives its tension."""
        keyframe = self.keyframe(phase, progress)
        if phase == "lift":
            placed = self._place(keyframe, self.animation.lift_planted, self.start)
        elif phase == "lower":
            placed = self._place(keyframe, self.animation.lower_planted, self.middle)
        else:
            placed = {"ready": self.start, "hold": self.middle, "rest": self.end}[phase]
        offset = self.rep_offset(rep)
        return shifted(placed, offset) if offset != (0.0, 0.0, 0.0) else placed

    def _key_poses(self) -> tuple[Posed, ...]:
        """Every keyframe's pose in the first and the last rep: what must stay in view."""
        poses = [self.start, self.middle, self.end]
        for phase, via in (("lift", self.animation.lift_via), ("lower", self.animation.lower_via)):
            if via is not None:
                poses.append(self.posed(phase, 0.5))
        if not self.walks:
            return tuple(poses)
        first, last = self.rep_offset(0), self.rep_offset(self.reps - 1)
        return tuple(shifted(p, o) for o in (first, last) for p in poses)
