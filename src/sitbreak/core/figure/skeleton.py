"""The figure's skeleton (adult proportions, metres) and forward kinematics.

Body axes at rest, standing: x toward the figure's left, y up, z forward (it faces +z).
Each joint turns everything below it in the tree; a keyframe gives its rotation in
anatomical terms (see animation.py) and `_axis_signs` maps those onto the axes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import JointRotation, Keyframe, RootPose, Vec3
from sitbreak.core.figure.vec import Mat3


@dataclass(frozen=True)
class Joint:
    name: str
    parent: str | None
    offset: Vec3  # where the joint sits in its parent's frame
    side: int  # +1 left, -1 right, 0 on the midline
    flex_sign: int  # which way "flex" turns about x
    movable: bool = True


def _pair(
    name: str, parent: str, offset: Vec3, flex_sign: int, movable: bool = True
) -> list[Joint]:
    x, y, z = offset
    parent_l = parent if parent in ("pelvis", "chest") else f"{parent}_l"
    parent_r = parent if parent in ("pelvis", "chest") else f"{parent}_r"
    return [
        Joint(f"{name}_l", parent_l, (x, y, z), 1, flex_sign, movable),
        Joint(f"{name}_r", parent_r, (-x, y, z), -1, flex_sign, movable),
    ]


JOINTS: tuple[Joint, ...] = (
    Joint("pelvis", None, (0.0, 0.0, 0.0), 0, 1, movable=False),
    Joint("spine", "pelvis", (0.0, 0.0, 0.0), 0, 1),
    Joint("chest", "spine", (0.0, 0.22, 0.0), 0, 1),
    Joint("neck", "chest", (0.0, 0.27, 0.0), 0, 1),
    Joint("head", "neck", (0.0, 0.08, 0.0), 0, 1),
    Joint("head_centre", "head", (0.0, 0.11, 0.015), 0, 1, movable=False),
    *_pair("shoulder", "chest", (0.18, 0.23, -0.01), -1),
    *_pair("elbow", "shoulder", (0.0, -0.29, 0.0), -1),
    *_pair("wrist", "elbow", (0.0, -0.25, 0.0), -1),
    *_pair("hand", "wrist", (0.0, -0.08, 0.0), -1, movable=False),
    *_pair("hip", "pelvis", (0.095, -0.07, 0.0), -1),
    *_pair("knee", "hip", (0.0, -0.43, 0.0), 1),
    *_pair("ankle", "knee", (0.0, -0.42, 0.0), -1),
    *_pair("toe", "ankle", (0.0, -0.05, 0.15), -1, movable=False),
    *_pair("heel", "ankle", (0.0, -0.06, -0.045), -1, movable=False),
)

JOINTS_BY_NAME: Mapping[str, Joint] = {joint.name: joint for joint in JOINTS}
MOVABLE_JOINTS: frozenset[str] = frozenset(j.name for j in JOINTS if j.movable)

HEAD_RADIUS = 0.11
PELVIS_HEIGHT = 0.99  # standing, pelvis centre above the floor

# How far below each point the body's surface reaches: what touches the floor.
SURFACE = {
    "head_centre": HEAD_RADIUS,
    "chest": 0.11,
    "neck": 0.06,
    "pelvis": 0.10,
    "hip": 0.08,
    "knee": 0.055,
    "ankle": 0.05,
    "toe": 0.015,
    "heel": 0.015,
    "shoulder": 0.06,
    "elbow": 0.045,
    "wrist": 0.035,
    "hand": 0.03,
}


def joint_matrix(joint: Joint, rotation: JointRotation) -> Mat3:
    """flex about x first, then abd about z, then twist about the parent's y."""
    if joint.side == 0:
        abd_sign, twist_sign = -1, 1  # trunk: bend/turn toward the figure's left
    else:
        abd_sign, twist_sign = joint.side, joint.side
    flex = vec.rot_x(joint.flex_sign * rotation.flex)
    abd = vec.rot_z(abd_sign * rotation.abd)
    twist = vec.rot_y(twist_sign * rotation.twist)
    return vec.matmul(twist, vec.matmul(abd, flex))


def root_matrix(root: RootPose) -> Mat3:
    return vec.matmul(vec.rot_y(root.yaw), vec.matmul(vec.rot_z(root.roll), vec.rot_x(root.pitch)))


@dataclass(frozen=True)
class Posed:
    """World positions of every joint, and the pelvis frame (for the marker)."""

    positions: Mapping[str, Vec3]
    pelvis_frame: Mat3

    def __getitem__(self, joint: str) -> Vec3:
        return self.positions[joint]


def forward_kinematics(root: RootPose, rotations: Mapping[str, JointRotation]) -> Posed:
    """World positions of all joints. Joints not in `rotations` stay at rest."""
    frames: dict[str, Mat3] = {}
    positions: dict[str, Vec3] = {}
    for joint in JOINTS:  # parents come before children
        if joint.parent is None:
            frame = root_matrix(root)
            frames[joint.name] = frame
            positions[joint.name] = root.position
            continue
        parent_frame = frames[joint.parent]
        positions[joint.name] = vec.add(
            positions[joint.parent], vec.apply(parent_frame, joint.offset)
        )
        rotation = rotations.get(joint.name, JointRotation())
        frames[joint.name] = vec.matmul(parent_frame, joint_matrix(joint, rotation))
    return Posed(positions, frames["pelvis"])


def mirror_name(joint: str) -> str:
    if joint.endswith("_l"):
        return joint[:-2] + "_r"
    if joint.endswith("_r"):
        return joint[:-2] + "_l"
    return joint


def surface_below(joint: str) -> float:
    return SURFACE.get(joint.removesuffix("_l").removesuffix("_r"), 0.0)


def ground(posed: Posed) -> Posed:
    """Shift the figure vertically so its lowest surface rests on the floor (y = 0)."""
    lowest = min(
        point[1] - surface_below(name) for name, point in posed.positions.items() if name != "spine"
    )
    shift = (0.0, -lowest, 0.0)
    return Posed({n: vec.add(p, shift) for n, p in posed.positions.items()}, posed.pelvis_frame)


def pose(keyframe: Keyframe) -> Posed:
    """The keyframe's joint positions, resting on the floor."""
    return ground(forward_kinematics(keyframe.root, keyframe.as_dict()))
