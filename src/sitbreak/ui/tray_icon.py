"""The tray icon, drawn from the state: a ring that fills towards the stand-up prompt.

A dark disc with a light rim reads on light and dark panels alike; the away icon is
hollow and grey with a dark outline. Icons are cached per (state, ring step), so a
status update redraws only when the ring moves by a step (1/24 of the bout).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from sitbreak.core.status import State, Status

RING_STEPS = 24
ICON_SIZES = (16, 22, 24, 32, 48, 64)

_DISC = QColor(28, 38, 46, 235)
_DISC_PAUSED = QColor(62, 70, 76, 225)
_RIM = QColor(255, 255, 255, 215)
_TRACK = QColor(255, 255, 255, 55)
_GLYPH = QColor(255, 255, 255)
_GLYPH_PAUSED = QColor(205, 214, 219)
_CHAIR = QColor(255, 255, 255, 120)
_STANDING = QColor(102, 187, 106)
_AWAY = QColor(150, 156, 160)
_OUTLINE = QColor(0, 0, 0, 190)
_MUTED_ARC = QColor(150, 164, 172)
# The sitting ring warms as the bout nears the stand-up prompt: calm blue, then amber
# warming to red. Blue switches straight to amber: a blend in between reads as green,
# the standing colour.
_CALM_BLUE = QColor(41, 182, 246)
_AMBER_FROM = 0.6
_SITTING_STOPS = (
    (_AMBER_FROM, QColor(255, 179, 0)),
    (0.85, QColor(255, 138, 0)),
    (1.0, QColor(244, 67, 30)),
)


class IconStyle(StrEnum):
    """`[app] tray_icon`: the coloured disc, or one colour for panels of symbolic icons."""

    COLOUR = "colour"
    MONO = "mono"


@dataclass(frozen=True)
class IconLook:
    state: State
    step: int  # 0..RING_STEPS: how much of the ring is filled
    style: IconStyle = IconStyle.COLOUR
    ink: int = 0xFFFFFFFF  # the mono style's one colour (ARGB), from the panel's palette

    @property
    def fraction(self) -> float:
        return self.step / RING_STEPS


def look_for(
    status: Status, style: IconStyle = IconStyle.COLOUR, ink: int = 0xFFFFFFFF
) -> IconLook:
    if status.state is State.AWAY:
        step = 0
    elif status.state is State.STANDING:
        step = RING_STEPS
    else:
        step = round(status.bout_fraction * RING_STEPS)
    return IconLook(status.state, step, style, ink if style is IconStyle.MONO else 0xFFFFFFFF)


def panel_ink() -> int:
    """The mono icon's colour: the palette's text colour, which follows a dark or
    high-contrast desktop theme."""
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).rgba()


def sitting_colour(fraction: float) -> QColor:
    if fraction < _AMBER_FROM:
        return QColor(_CALM_BLUE)
    for (f0, c0), (f1, c1) in itertools.pairwise(_SITTING_STOPS):
        if fraction <= f1:
            t = (fraction - f0) / (f1 - f0)
            return QColor(
                round(c0.red() + (c1.red() - c0.red()) * t),
                round(c0.green() + (c1.green() - c0.green()) * t),
                round(c0.blue() + (c1.blue() - c0.blue()) * t),
            )
    return QColor(_SITTING_STOPS[-1][1])


@dataclass(frozen=True)
class _Geometry:
    size: float

    @property
    def centre(self) -> QPointF:
        return QPointF(self.size / 2, self.size / 2)

    @property
    def rim(self) -> float:
        return max(1.0, self.size / 28)

    @property
    def ring(self) -> float:
        return max(1.9, self.size * 0.12)

    @property
    def ring_radius(self) -> float:
        return self.size / 2 - self.rim - self.ring / 2

    @property
    def inner(self) -> float:
        """Radius of the space for the glyph, inside the ring."""
        return self.size / 2 - self.rim - self.ring

    def stroke(self) -> float:
        return max(1.25, self.inner * 0.24)


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _circle(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


def _at(g: _Geometry, x: float, y: float) -> QPointF:
    """A point of the glyph, in units of the glyph's radius from the icon's centre."""
    return QPointF(g.centre.x() + x * g.inner, g.centre.y() + y * g.inner)


def _polyline(g: _Geometry, *points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(_at(g, *points[0]))
    for point in points[1:]:
        path.lineTo(_at(g, *point))
    return path


# The seated figure, side view facing right: upright back, thigh level on the seat,
# shin down to the floor. The chair behind and under it (backrest, seat, one post on a
# foot, an office chair) is drawn fainter, so the person reads first and the chair
# says what the person is doing; the "4" shape of a bare body never shows.
_HEAD_SEATED = (-0.14, -0.68)
_HEAD_STANDING = (0.0, -0.66)
_SEATED_BODY = ((-0.2, -0.26), (-0.24, 0.12), (0.34, 0.12), (0.38, 0.66))
_SEATED_ARM = ((-0.2, -0.22), (0.0, 0.0), (0.3, -0.06))
_CHAIR_BACK = ((-0.56, -0.38), (-0.56, 0.24))
_CHAIR_SEAT = ((-0.58, 0.38), (0.24, 0.38))
_CHAIR_POST = ((-0.16, 0.38), (-0.16, 0.68))
_CHAIR_FOOT = ((-0.46, 0.7), (0.14, 0.7))


def _seated(g: _Geometry) -> QPainterPath:
    path = _polyline(g, *_SEATED_BODY)
    if g.size >= 32:  # an arm only where there is room for it
        path.addPath(_polyline(g, *_SEATED_ARM))
    return path


def _chair(g: _Geometry) -> QPainterPath:
    path = _polyline(g, *_CHAIR_BACK)
    for part in (_CHAIR_SEAT, _CHAIR_POST, _CHAIR_FOOT):
        path.addPath(_polyline(g, *part))
    return path


def _standing(g: _Geometry) -> QPainterPath:
    path = _polyline(g, (0.0, -0.24), (0.0, 0.2))
    path.addPath(_polyline(g, (-0.26, 0.74), (0.0, 0.2), (0.26, 0.74)))
    if g.size >= 32:  # arms only where there is room for them
        path.addPath(_polyline(g, (-0.36, 0.08), (0.0, -0.22), (0.36, 0.08)))
    return path


def _draw_figure(
    p: QPainter, g: _Geometry, ink: QColor, body: QPainterPath, head: tuple[float, float]
) -> None:
    p.setPen(_pen(ink, g.stroke()))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(body)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawEllipse(_circle(_at(g, *head), max(1.2, g.inner * 0.22)))


def _draw_chair(p: QPainter, g: _Geometry, ink: QColor) -> None:
    p.setPen(_pen(ink, g.stroke() * 0.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(_chair(g))


def _draw_disc(p: QPainter, g: _Geometry, fill: QColor) -> None:
    p.setPen(_pen(_RIM, g.rim))
    p.setBrush(fill)
    p.drawEllipse(_circle(g.centre, g.size / 2 - g.rim / 2))


def _draw_ring(p: QPainter, g: _Geometry, track: QColor, colour: QColor, fraction: float) -> None:
    rect = _circle(g.centre, g.ring_radius)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(track, g.ring))
    p.drawEllipse(rect)
    if fraction <= 0:
        return
    pen = _pen(colour, g.ring)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    if fraction >= 1:
        p.drawEllipse(rect)
    else:  # clockwise from 12 o'clock; Qt angles are 1/16 degree, counter-clockwise
        p.drawArc(rect, 90 * 16, -round(fraction * 360 * 16))


def _draw_away(p: QPainter, g: _Geometry) -> None:
    """Hollow and grey, an empty chair: nobody is sitting. A dark outline keeps it
    visible on light panels."""
    rect = _circle(g.centre, g.ring_radius)
    outline = max(1.0, g.size / 32)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(_OUTLINE, g.ring * 0.7 + 2 * outline))
    p.drawEllipse(rect)
    chair = _chair(g)
    p.setPen(_pen(_OUTLINE, g.stroke() + 2 * outline))
    p.drawPath(chair)
    p.setPen(_pen(_AWAY, g.ring * 0.7))
    p.drawEllipse(rect)
    p.setPen(_pen(_AWAY, g.stroke()))
    p.drawPath(chair)


def _draw_pause_bars(p: QPainter, g: _Geometry, ink: QColor) -> None:
    c, u = g.centre, g.inner
    # Fixed minimums keep a visible gap between the bars at 16 px.
    width, gap, height = max(1.6, 0.3 * u), max(1.4, 0.26 * u), 1.0 * u
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    for x in (c.x() - gap / 2 - width, c.x() + gap / 2):
        p.drawRoundedRect(QRectF(x, c.y() - height / 2, width, height), width / 3, width / 3)


def _faded(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(colour.alphaF() * alpha)
    return faded


def _paint_colour(p: QPainter, g: _Geometry, look: IconLook) -> None:
    if look.state is State.AWAY:
        _draw_away(p, g)
        return
    if look.state is State.PAUSED:
        _draw_disc(p, g, _DISC_PAUSED)
        _draw_ring(p, g, _TRACK, _MUTED_ARC, look.fraction)
        _draw_pause_bars(p, g, _GLYPH_PAUSED)
        return
    _draw_disc(p, g, _DISC)
    if look.state is State.STANDING:
        _draw_ring(p, g, _TRACK, _STANDING, 1.0)
        _draw_figure(p, g, _GLYPH, _standing(g), _HEAD_STANDING)
        return
    _draw_ring(p, g, _TRACK, sitting_colour(look.fraction), look.fraction)
    _draw_chair(p, g, _CHAIR)
    _draw_figure(p, g, _GLYPH, _seated(g), _HEAD_SEATED)


def _paint_mono(p: QPainter, g: _Geometry, look: IconLook, ink: QColor) -> None:
    """One colour, the panel's text colour: shape and fill say the state, not hue."""
    track = _faded(ink, 0.3)
    if look.state is State.AWAY:
        _draw_ring(p, g, track, ink, 0.0)
        _draw_chair(p, g, _faded(ink, 0.75))
        return
    if look.state is State.PAUSED:
        _draw_ring(p, g, track, _faded(ink, 0.6), look.fraction)
        _draw_pause_bars(p, g, ink)
        return
    if look.state is State.STANDING:
        _draw_ring(p, g, track, ink, 1.0)
        _draw_figure(p, g, ink, _standing(g), _HEAD_STANDING)
        return
    _draw_ring(p, g, track, ink, look.fraction)
    _draw_chair(p, g, _faded(ink, 0.5))
    _draw_figure(p, g, ink, _seated(g), _HEAD_SEATED)


def paint_icon(p: QPainter, look: IconLook, size: float) -> None:
    """Paint the icon in a size x size square at the painter's origin."""
    g = _Geometry(size)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if look.style is IconStyle.MONO:
        _paint_mono(p, g, look, QColor(look.ink))
    else:
        _paint_colour(p, g, look)


def render_image(look: IconLook, size: int, ratio: float = 1.0) -> QImage:
    pixels = math.ceil(size * ratio)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(ratio, ratio)
    paint_icon(painter, look, size)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class _LookEngine(QIconEngine):
    """Paints a look at the size asked for, when asked.

    Painting every tray size up front wakes Qt's raster thread pool for each size, every
    time the ring moves a step; a tray asks for one size, so only that one is painted.
    """

    def __init__(self, look: IconLook) -> None:
        super().__init__()
        self._look = look
        self._pixmaps: dict[tuple[int, int, float], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        painter.save()
        painter.translate(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2
        )
        paint_icon(painter, self._look, side)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, side, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(render_image(self._look, side, scale))
            self._pixmaps[key] = pixmap
        return pixmap

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _LookEngine(self._look)


class TrayIconCache:
    """One QIcon per look; each paints the size the tray asks for (at 1x or 2x)."""

    def __init__(self) -> None:
        self._icons: dict[IconLook, QIcon] = {}

    def icon(self, look: IconLook) -> QIcon:
        icon = self._icons.get(look)
        if icon is None:
            icon = QIcon(_LookEngine(look))
            self._icons[look] = icon
        return icon

    def __len__(self) -> int:
        return len(self._icons)
