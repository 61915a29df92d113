"""What to paint for one frame, in screen-plane metres, far things first.

The widget only maps these shapes to pixels and colours; every decision about where a
limb is, which side is far and how stretched the band is lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Animation, Keyframe, Vec3
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.skeleton import HEAD_RADIUS, Posed, forward_kinematics

Point = tuple[float, float]

# (from joint, to joint, width in metres)
_LIMBS: tuple[tuple[str, str, float], ...] = (
    ("hip", "knee", 0.15),
    ("knee", "ankle", 0.105),
    ("heel", "toe", 0.075),
    ("shoulder", "elbow", 0.095),
    ("elbow", "wrist", 0.08),
    ("wrist", "hand", 0.07),
)
_TRUNK: tuple[tuple[str, str, float], ...] = (
    ("pelvis", "chest", 0.22),
    ("chest", "neck", 0.22),
    ("neck", "head", 0.085),
)
# How far below each point the body's surface reaches: what touches the floor.
_SURFACE = {
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


@dataclass(frozen=True)
class Stroke:
    """A round-capped thick line: a limb, a trunk segment, a chair bar or the band."""

    a: Point
    b: Point
    width: float
    depth: float
    kind: str  # "limb", "trunk", "chair", "band"
    far: bool = False
    stretch: float = 1.0  # band only: current length / resting length


@dataclass(frozen=True)
class Disc:
    centre: Point
    radius: float
    depth: float
    kind: str  # "head"


@dataclass(frozen=True)
class Shape:
    points: tuple[Point, ...]
    depth: float
    kind: str  # "torso"


Drawable = Stroke | Disc | Shape


@dataclass(frozen=True)
class Scene:
    drawables: tuple[Drawable, ...]  # far first
    floor: tuple[Point, ...]  # a patch of floor around the figure
    mat: tuple[Point, ...] | None
    marker: Disc | None  # glute tension, drawn on top
    tension: float
    posed: Posed = field(repr=False)


def ground(posed: Posed) -> Posed:
    """Shift the figure vertically so its lowest surface rests on the floor (y = 0)."""
    lowest = min(
        point[1] - _SURFACE.get(name.removesuffix("_l").removesuffix("_r"), 0.0)
        for name, point in posed.positions.items()
        if name != "spine"
    )
    shift = (0.0, -lowest, 0.0)
    return Posed({n: vec.add(p, shift) for n, p in posed.positions.items()}, posed.pelvis_frame)


def pose(keyframe: Keyframe) -> Posed:
    return ground(forward_kinematics(keyframe.root, keyframe.as_dict()))


def band_points(posed: Posed, position: str) -> tuple[Vec3, Vec3]:
    """Where the mini band sits on each leg."""
    if position == "ankles":
        left = vec.lerp(posed["ankle_l"], posed["knee_l"], 0.15)
        right = vec.lerp(posed["ankle_r"], posed["knee_r"], 0.15)
    else:  # above the knees
        left = vec.lerp(posed["knee_l"], posed["hip_l"], 0.22)
        right = vec.lerp(posed["knee_r"], posed["hip_r"], 0.22)
    return left, right


def _quad(view: View, corners: list[Vec3]) -> tuple[Point, ...]:
    projected = [view.project(c) for c in corners]
    return tuple((p.x, p.y) for p in projected)


def chair_bars(start: Posed) -> list[tuple[Vec3, Vec3]]:
    """A plain chair under the sitting figure's start pose (it faces +z)."""
    px, py, pz = start["pelvis"]
    seat = py - 0.11
    front, back, half = pz + 0.22, pz - 0.2, 0.22
    corners = [(px + sx * half, seat, z) for z in (front, back) for sx in (1, -1)]
    bars = [
        (corners[0], corners[1]),
        (corners[2], corners[3]),
        (corners[0], corners[2]),
        (corners[1], corners[3]),
    ]
    bars += [(c, (c[0], 0.0, c[2])) for c in corners]
    for sx in (1, -1):  # backrest
        bars.append(((px + sx * half, seat, back), (px + sx * half, seat + 0.45, back - 0.04)))
    bars.append(((px + half, seat + 0.45, back - 0.04), (px - half, seat + 0.45, back - 0.04)))
    bars.append(((px + half, seat + 0.3, back - 0.03), (px - half, seat + 0.3, back - 0.03)))
    return bars


def build_scene(
    animation: Animation,
    keyframe: Keyframe,
    view: View,
    band_position: str | None = None,
    start: Posed | None = None,
    posed: Posed | None = None,
) -> Scene:
    """`start` and `posed` (the animation's start pose and this keyframe's) may be
    passed in when the caller already has them: an animating widget saves the work."""
    posed = pose(keyframe) if posed is None else posed
    start = pose(animation.start) if start is None else start

    def proj(point: Vec3) -> tuple[Point, float]:
        p = view.project(point)
        return (p.x, p.y), p.depth

    # The side whose hip and shoulder are farther from the viewer is drawn darker.
    depth_left = view.project(posed["hip_l"]).depth + view.project(posed["shoulder_l"]).depth
    depth_right = view.project(posed["hip_r"]).depth + view.project(posed["shoulder_r"]).depth
    far_side = "_l" if depth_left > depth_right else "_r"

    items: list[Drawable] = []
    for suffix in ("_l", "_r"):
        for a, b, width in _LIMBS:
            (pa, da), (pb, db) = proj(posed[a + suffix]), proj(posed[b + suffix])
            items.append(Stroke(pa, pb, width, (da + db) / 2, "limb", suffix == far_side))
    for a, b, width in _TRUNK:
        (pa, da), (pb, db) = proj(posed[a]), proj(posed[b])
        items.append(Stroke(pa, pb, width, (da + db) / 2, "trunk"))
    outline = ["shoulder_l", "shoulder_r", "hip_r", "hip_l"]
    corners = [proj(posed[name]) for name in outline]
    items.append(
        Shape(tuple(p for p, _ in corners), sum(d for _, d in corners) / 4 + 0.01, "torso")
    )
    centre, depth = proj(posed["head_centre"])
    items.append(Disc(centre, HEAD_RADIUS * view.scale_at(depth), depth, "head"))

    if band_position is not None:
        left, right = band_points(posed, band_position)
        rest = vec.distance(*band_points(start, band_position))
        (pa, da), (pb, db) = proj(left), proj(right)
        stretch = vec.distance(left, right) / rest if rest > 0 else 1.0
        items.append(Stroke(pa, pb, 0.045, min(da, db) - 0.02, "band", stretch=stretch))

    if "chair" in animation.props:
        for bar_a, bar_b in chair_bars(start):
            (pa, da), (pb, db) = proj(bar_a), proj(bar_b)
            items.append(Stroke(pa, pb, 0.035, (da + db) / 2 + 0.05, "chair"))

    items.sort(key=lambda item: -item.depth)

    cx, _, cz = view.target
    floor = _quad(
        view,
        [(cx - 1.3, 0.0, cz - 1.3), (cx + 1.3, 0.0, cz - 1.3), (cx + 1.3, 0.0, cz + 1.3),
         (cx - 1.3, 0.0, cz + 1.3)],
    )  # fmt: skip
    mat = None
    if "mat" in animation.props:
        xs = [p[0] for p in start.positions.values()]
        zs = [p[2] for p in start.positions.values()]
        lo_x, hi_x, lo_z, hi_z = min(xs) - 0.2, max(xs) + 0.2, min(zs) - 0.25, max(zs) + 0.25
        mat = _quad(
            view, [(lo_x, 0.0, lo_z), (hi_x, 0.0, lo_z), (hi_x, 0.0, hi_z), (lo_x, 0.0, hi_z)]
        )

    marker = None
    if keyframe.tension > 0.02:
        glute = vec.add(posed["pelvis"], vec.apply(posed.pelvis_frame, (0.0, -0.06, -0.11)))
        centre, depth = proj(glute)
        marker = Disc(centre, 0.07 + 0.05 * keyframe.tension, depth, "tension")
    return Scene(tuple(items), floor, mat, marker, keyframe.tension, posed)


def bounds(
    animation: Animation, view: View, band_position: str | None = None
) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) over the start, middle and end poses, in screen metres."""
    xs: list[float] = []
    ys: list[float] = []
    for keyframe in animation.keyframes:
        scene = build_scene(animation, keyframe, view, band_position)
        for item in scene.drawables:
            if isinstance(item, Stroke):
                for p in (item.a, item.b):
                    xs += [p[0] - item.width / 2, p[0] + item.width / 2]
                    ys += [p[1] - item.width / 2, p[1] + item.width / 2]
            elif isinstance(item, Disc):
                xs += [item.centre[0] - item.radius, item.centre[0] + item.radius]
                ys += [item.centre[1] - item.radius, item.centre[1] + item.radius]
    return min(xs), min(ys), max(xs), max(ys)
