"""What to paint for one frame, in screen-plane metres, far things first.

The widget only maps these shapes to pixels and colours; every decision about where a
limb is, which side is far, how stretched the band is and where the glutes work lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbreak.core.figure import vec
from sitbreak.core.figure.animation import Vec3
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.choreography import Choreography
from sitbreak.core.figure.skeleton import HEAD_RADIUS, Posed

Point = tuple[float, float]

# (from joint, to joint, width in metres)
THIGH_WIDTH = 0.15
_LIMBS: tuple[tuple[str, str, float], ...] = (
    ("hip", "knee", THIGH_WIDTH),
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
# Marker places in the pelvis frame (x left, y up, z forward): the middle of one buttock
# (gluteus maximus) and the side of the hip between the crest and the thigh bone
# (gluteus medius).
_GLUTE = (0.075, -0.06, -0.11)
_OUTER_HIP = (0.165, -0.01, -0.03)


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
    kind: str  # "head", "tension"


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
    markers: tuple[Disc, ...]  # where the glutes work, drawn on top
    tension: float
    beat: float  # 0..1, the hold countdown's pulse
    posed: Posed = field(repr=False)


def band_points(posed: Posed, position: str) -> tuple[Vec3, Vec3]:
    """Where the mini band sits on each leg."""
    if position == "ankles":
        left = vec.lerp(posed["ankle_l"], posed["knee_l"], 0.15)
        right = vec.lerp(posed["ankle_r"], posed["knee_r"], 0.15)
    else:  # above the knees
        left = vec.lerp(posed["knee_l"], posed["hip_l"], 0.22)
        right = vec.lerp(posed["knee_r"], posed["hip_r"], 0.22)
    return left, right


def band_length(posed: Posed, position: str) -> float:
    return vec.distance(*band_points(posed, position))


def marker_points(posed: Posed, marker: str, tension: float) -> list[tuple[Vec3, Vec3]]:
    """(world point, outward direction) of each spot of one marker: "glutes" is both
    buttocks, drawn closer together the harder they squeeze."""
    gx, gy, gz = _GLUTE
    if marker == "glutes":
        x = gx - 0.025 * tension
        local = [((x, gy, gz), (0.0, -0.3, -1.0)), ((-x, gy, gz), (0.0, -0.3, -1.0))]
    else:
        side = 1.0 if marker.startswith("left_") else -1.0
        if marker.endswith("outer_hip"):
            ox, oy, oz = _OUTER_HIP
            local = [((side * ox, oy, oz), (side, 0.0, -0.2))]
        else:
            local = [((side * gx, gy, gz), (0.3 * side, -0.3, -1.0))]
    frame = posed.pelvis_frame
    return [
        (vec.add(posed["pelvis"], vec.apply(frame, point)), vec.apply(frame, outward))
        for point, outward in local
    ]


def _faces_viewer(view: View, outward: Vec3) -> bool:
    """Whether a spot on the body's surface is on the side turned to the viewer (not
    hidden behind the body): its outward direction points at most a little away."""
    return vec.dot(outward, view.toward_viewer()) >= -0.35 * vec.norm(outward)


def _quad(view: View, corners: list[Vec3]) -> tuple[Point, ...]:
    projected = [view.project(c) for c in corners]
    return tuple((p.x, p.y) for p in projected)


def chair_bars(start: Posed, front: float = 0.22) -> list[tuple[Vec3, Vec3]]:
    """A plain chair under the sitting figure's start pose (it faces +z); `front` is how
    much seat is in front of the pelvis."""
    px, _, pz = start["pelvis"]
    seat = seat_height(start)
    back, half = front - 0.42, 0.22
    corners = [(px + sx * half, seat, pz + z) for z in (front, back) for sx in (1, -1)]
    bars = [
        (corners[0], corners[1]),
        (corners[2], corners[3]),
        (corners[0], corners[2]),
        (corners[1], corners[3]),
    ]
    bars += [(c, (c[0], 0.0, c[2])) for c in corners]
    top, rail = seat + 0.45, seat + 0.3
    for sx in (1, -1):  # backrest
        bars.append(((px + sx * half, seat, pz + back), (px + sx * half, top, pz + back - 0.04)))
    bars.append(((px + half, top, pz + back - 0.04), (px - half, top, pz + back - 0.04)))
    bars.append(((px + half, rail, pz + back - 0.03), (px - half, rail, pz + back - 0.03)))
    return bars


def seat_height(start: Posed) -> float:
    """The chair seat's top: under the sitting start pose's thighs."""
    return min(start["hip_l"][1], start["hip_r"][1]) - THIGH_WIDTH / 2


def build_scene(
    choreography: Choreography,
    view: View,
    phase: str = "ready",
    progress: float = 0.0,
    rep: int = 0,
    band_position: str | None = None,
    beat: float = 0.0,
) -> Scene:
    """One frame: `phase` and `progress` within it, rep `rep` (0-based) of the set, and
    the hold countdown's `beat` (see motion.hold_beat)."""
    animation = choreography.animation
    keyframe = choreography.keyframe(phase, progress)
    posed = choreography.posed(phase, progress, rep)
    start = choreography.start
    view = View(view.camera, vec.add(view.target, choreography.camera_shift(posed)))

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
        rest = band_length(start, band_position)
        (pa, da), (pb, db) = proj(left), proj(right)
        stretch = vec.distance(left, right) / rest if rest > 0 else 1.0
        items.append(Stroke(pa, pb, 0.045, min(da, db) - 0.02, "band", stretch=stretch))

    if "chair" in animation.props:
        for bar_a, bar_b in chair_bars(start, animation.chair_front):
            (pa, da), (pb, db) = proj(bar_a), proj(bar_b)
            items.append(Stroke(pa, pb, 0.035, (da + db) / 2 + 0.05, "chair"))

    items.sort(key=lambda item: -item.depth)

    lo_x, hi_x, lo_z, hi_z = choreography.footprint
    cx, cz = (lo_x + hi_x) / 2, (lo_z + hi_z) / 2
    half_x, half_z = max(1.3, (hi_x - lo_x) / 2 + 0.6), max(1.3, (hi_z - lo_z) / 2 + 0.6)
    floor = _quad(
        view,
        [(cx - half_x, 0.0, cz - half_z), (cx + half_x, 0.0, cz - half_z),
         (cx + half_x, 0.0, cz + half_z), (cx - half_x, 0.0, cz + half_z)],
    )  # fmt: skip
    mat = None
    if "mat" in animation.props:
        lo_x, hi_x, lo_z, hi_z = lo_x - 0.2, hi_x + 0.2, lo_z - 0.25, hi_z + 0.25
        mat = _quad(
            view, [(lo_x, 0.0, lo_z), (hi_x, 0.0, lo_z), (hi_x, 0.0, hi_z), (lo_x, 0.0, hi_z)]
        )

    markers: list[Disc] = []
    if keyframe.tension > 0.02:
        for marker in animation.markers:
            spots = marker_points(posed, marker, keyframe.tension)
            size = (0.06 if len(spots) == 1 else 0.045) + 0.03 * keyframe.tension + 0.015 * beat
            for point, outward in spots:
                if _faces_viewer(view, outward):
                    centre, depth = proj(point)
                    markers.append(Disc(centre, size, depth, "tension"))
    return Scene(tuple(items), floor, mat, tuple(markers), keyframe.tension, beat, posed)


def view_centre(choreography: Choreography) -> Vec3:
    """The middle of the figure over its keyframes and reps, as the camera sees it (a
    walk's camera pans along): the camera looks there."""
    points = [
        vec.sub(point, choreography.camera_shift(posed))
        for posed in choreography.key_poses
        for point in posed.positions.values()
    ]
    xs, ys, zs = zip(*points, strict=True)
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, (min(zs) + max(zs)) / 2)


def bounds(choreography: Choreography, view: View) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) over every keyframe of the first and last rep, in
    screen metres."""
    xs: list[float] = []
    ys: list[float] = []
    for posed in choreography.key_poses:
        panned = View(view.camera, vec.add(view.target, choreography.camera_shift(posed)))
        for name, point in posed.positions.items():
            p = panned.project(point)
            reach = 0.12 if name == "head_centre" else 0.08
            xs += [p.x - reach, p.x + reach]
            ys += [p.y - reach, p.y + reach]
    if "chair" in choreography.animation.props:
        for a, b in chair_bars(choreography.start, choreography.animation.chair_front):
            for point in (a, b):
                p = view.project(point)
                xs.append(p.x)
                ys.append(p.y)
    return min(xs), min(ys), max(xs), max(ys)
