"""FigureView: paints the exercise figure. The pose math lives in core/figure; this
widget maps the scene to pixels with the palette's colours and runs a frame timer only
while it is visible and animating."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QElapsedTimer, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from sitbreak.core.exercise import Exercise
from sitbreak.core.figure.camera import View
from sitbreak.core.figure.choreography import Choreography
from sitbreak.core.figure.motion import PHASES, for_side, hold_beat, preview_motion, preview_rep
from sitbreak.core.figure.scene import (
    Disc,
    Scene,
    Shape,
    Stroke,
    bounds,
    build_scene,
    view_centre,
)

log = logging.getLogger(__name__)

FRAME_MS = 16
_BAND_RGB = (226, 112, 58)  # an orange loop band, the same on any theme
_MARGIN = 0.12  # metres around the figure's motion


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._exercise: Exercise | None = None
        self._choreography: Choreography | None = None  # fixed per exercise and side
        self._view: View | None = None
        self._bounds = (-1.0, 0.0, 1.0, 2.0)
        self._phase, self._progress, self._rep = "ready", 0.0, 0
        self._preview = False
        self._elapsed = QElapsedTimer()
        self._preview_offset = 0.0  # seconds of preview shown before the last pause
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._next_frame)
        self.frames_painted = 0  # for tests and the benchmark

    # -- the API the routine window uses ---------------------------------------------

    def set_exercise(self, exercise: Exercise, side: str = "both") -> None:
        """`exercise` as the routine plays it (its reps: a walk spans the whole set)."""
        self._exercise = exercise
        animation = for_side(exercise.animation, side)
        choreography = Choreography(animation, exercise.reps)
        self._choreography = choreography
        self._view = View(animation.camera, view_centre(choreography))
        self._bounds = bounds(choreography, self._view)
        self._preview_offset = 0.0
        self._elapsed.restart()
        self._update_timer()
        self.update()

    def set_motion(self, phase: str, progress: float, rep: int = 0) -> None:
        """`rep` is 0-based within the set (a walking move moves on with each one)."""
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}")
        self._phase, self._progress = phase, min(1.0, max(0.0, progress))
        self._rep = rep
        self.update()

    def set_preview(self, on: bool) -> None:
        """Loop the exercise by itself at its tempo (the player stops driving it)."""
        self._preview = on
        self._update_timer()

    def is_animating(self) -> bool:
        return self._timer.isActive()

    # -- timer only while visible and previewing -----------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def _update_timer(self) -> None:
        wanted = self._preview and self.isVisible() and self._choreography is not None
        # Preview time only runs while frames are shown, so it resumes where it paused.
        if wanted and not self._timer.isActive():
            self._elapsed.restart()
            self._timer.start()
        elif not wanted and self._timer.isActive():
            self._preview_offset += self._elapsed.elapsed() / 1000.0
            self._timer.stop()

    def _next_frame(self) -> None:
        if self._exercise is None:
            return
        seconds = self._preview_offset + self._elapsed.elapsed() / 1000.0
        tempo = self._exercise.rep_tempo
        self._phase, self._progress = preview_motion(tempo, seconds)
        self._rep = preview_rep(tempo, seconds, self._exercise.reps)
        self.update()

    # -- painting -------------------------------------------------------------------

    def current_scene(self) -> Scene | None:
        if self._choreography is None or self._view is None or self._exercise is None:
            return None
        return build_scene(
            self._choreography,
            self._view,
            self._phase,
            self._progress,
            self._rep,
            self._exercise.band_position,
            hold_beat(self._phase, self._progress, self._exercise.hold_seconds),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene = self.current_scene()
            if scene is not None:
                self._paint_scene(painter, scene)
        finally:
            painter.end()
        self.frames_painted += 1
        log.debug("figure frame painted in %.1f ms", (time.perf_counter() - started) * 1000)

    def pixels_per_metre(self) -> float:
        """The drawing scale: the figure's whole motion fits the widget."""
        left, bottom, right, top = self._bounds
        width, height = right - left + 2 * _MARGIN, top - bottom + 2 * _MARGIN
        return min(self.width() / width, self.height() / height)

    def _paint_scene(self, painter: QPainter, scene: Scene) -> None:
        palette = self.palette()
        left, bottom, right, top = self._bounds
        unit = self.pixels_per_metre()
        cx, cy = (left + right) / 2, (bottom + top) / 2

        def to_px(point: tuple[float, float]) -> QPointF:
            return QPointF(
                self.width() / 2 + (point[0] - cx) * unit,
                self.height() / 2 - (point[1] - cy) * unit,
            )

        base = palette.color(QPalette.ColorRole.Window)
        dark_theme = base.lightness() < 128
        body = palette.color(QPalette.ColorRole.Highlight)
        far = body.darker(150) if not dark_theme else body.darker(170)
        outline = base
        band = QColor(*_BAND_RGB)
        floor_colour = palette.color(QPalette.ColorRole.Mid)
        floor_colour.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(floor_colour)
        painter.drawPolygon(QPolygonF([to_px(p) for p in scene.floor]))
        if scene.mat is not None:
            mat = palette.color(QPalette.ColorRole.Mid)
            mat.setAlpha(150)
            painter.setBrush(mat)
            painter.drawPolygon(QPolygonF([to_px(p) for p in scene.mat]))
        painter.setBrush(Qt.BrushStyle.NoBrush)

        def stroke(a: QPointF, b: QPointF, w: float, colour: QColor, edge: bool) -> None:
            if edge:
                pen = QPen(outline, w * unit + max(2.0, unit * 0.02))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(a, b)
            pen = QPen(colour, w * unit)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(a, b)

        for item in scene.drawables:
            if isinstance(item, Stroke):
                a, b = to_px(item.a), to_px(item.b)
                if item.kind == "band":
                    thin = item.width / max(1.0, item.stretch) ** 1.5
                    stroke(a, b, max(0.012, thin), band, edge=False)
                    for end in (a, b):  # the loop around each leg
                        painter.setPen(QPen(band, max(1.0, 0.02 * unit)))
                        painter.drawEllipse(end, 0.07 * unit, 0.03 * unit)
                elif item.kind == "chair":
                    stroke(a, b, item.width, palette.color(QPalette.ColorRole.Dark), edge=False)
                else:
                    stroke(a, b, item.width, far if item.far else body, edge=True)
            elif isinstance(item, Shape):
                pen = QPen(body, 0.12 * unit)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(body)
                painter.drawPolygon(QPolygonF([to_px(p) for p in item.points]))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif isinstance(item, Disc):
                painter.setPen(QPen(outline, max(2.0, unit * 0.02)))
                painter.setBrush(body)
                painter.drawEllipse(to_px(item.centre), item.radius * unit, item.radius * unit)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        glow = QColor(*_BAND_RGB)
        glow.setAlphaF(min(1.0, 0.25 + 0.45 * scene.tension + 0.2 * scene.beat))
        ring = QColor(*_BAND_RGB)
        ring.setAlphaF(scene.beat)
        for marker in scene.markers:
            centre, r = to_px(marker.centre), marker.radius * unit
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(centre, r, r)
            if scene.beat > 0.02:  # the hold countdown's tick: a ring going out
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(ring, max(1.5, 0.012 * unit)))
                grown = r * (1.0 + 0.6 * (1.0 - scene.beat))
                painter.drawEllipse(centre, grown, grown)
