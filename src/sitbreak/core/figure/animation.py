"""An exercise's animation as data: keyframe poses of joint rotations and a camera.

Angles are degrees in anatomical terms, so the same numbers mean the same movement on
either side: `flex` bends forward (knee and elbow: bend), `abd` moves a limb away from
the body's midline (trunk and neck: bend toward the figure's left), `twist` turns a
limb outward about the parent's long axis (trunk: turn toward the left).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Vec3 = tuple[float, float, float]


@dataclass(frozen=True)
class JointRotation:
    flex: float = 0.0
    abd: float = 0.0
    twist: float = 0.0


@dataclass(frozen=True)
class RootPose:
    """Where the pelvis is in the world (metres; y up) and how the body is turned.

    pitch tips the body forward about its left-right axis (-90: lying on the back,
    90: face down), roll tips it toward its right side (90: lying on the right side,
    left side up), yaw turns it about the vertical.
    """

    position: Vec3 = (0.0, 0.0, 0.0)
    pitch: float = 0.0
    roll: float = 0.0
    yaw: float = 0.0


@dataclass(frozen=True)
class Keyframe:
    """One pose. Joints not named are at rest (standing straight, arms down)."""

    root: RootPose = RootPose()
    joints: tuple[tuple[str, JointRotation], ...] = ()
    tension: float = 0.0  # 0..1, how hard the glutes work: drawn as a marker

    def rotation(self, joint: str) -> JointRotation:
        for name, rotation in self.joints:
            if name == joint:
                return rotation
        return JointRotation()

    def as_dict(self) -> dict[str, JointRotation]:
        return dict(self.joints)


@dataclass(frozen=True)
class Camera:
    """yaw 0 looks at the front of a standing figure, 90 at its left side, 180 from
    behind; pitch is how far the camera looks down (degrees)."""

    yaw: float = 0.0
    pitch: float = 10.0
    perspective: float = 0.15  # 0: orthographic; mild foreshortening otherwise


# What stays on the floor during a phase: that part does not slide while the body moves.
PLANTED = ("left_foot", "right_foot", "feet")
# Where the glute marker sits: both buttocks (maximus), one buttock, or the outer hip
# (gluteus medius) of one side.
MARKERS = ("glutes", "left_glute", "right_glute", "left_outer_hip", "right_outer_hip")


@dataclass(frozen=True)
class Animation:
    """start -> middle during the lift, middle while holding, middle -> end when lowering.

    Keyframes are written for the left side working; the right side is the mirror image.
    With a part planted in a phase, the body is placed so that part stays where it was
    at the phase's start (the root's horizontal position is then not used). A move whose
    end lies elsewhere than its start (a side step) carries on from there the next rep.
    """

    start: Keyframe
    middle: Keyframe
    end: Keyframe
    camera: Camera = Camera()
    lift_via: Keyframe | None = None  # passed halfway through the lift (e.g. a foot up)
    lower_via: Keyframe | None = None  # passed halfway through the lowering
    props: tuple[str, ...] = field(default=())  # "mat", "chair"
    lift_planted: str | None = None  # one of PLANTED
    lower_planted: str | None = None
    markers: tuple[str, ...] = ("glutes",)  # from MARKERS
    chair_front: float = 0.22  # metres of seat in front of the pelvis (less: nearer the edge)

    @property
    def keyframes(self) -> tuple[Keyframe, ...]:
        vias = tuple(k for k in (self.lift_via, self.lower_via) if k is not None)
        return (self.start, self.middle, self.end, *vias)
