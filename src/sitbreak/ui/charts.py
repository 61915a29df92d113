"""The stats window's two charts, painted with QPainter: the day timeline and the history bars.

Qt Charts and Qt Graphs live in PySide6-Addons (a 59 MB wheel, 161 MB unpacked) and
pyqtgraph needs numpy (17 MB wheel, 57 MB unpacked); two small charts do not justify
either in a tray app, so they are drawn here. Colours follow the widget's palette
(light or dark) and are looked up at paint time, so a theme change shows at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sitbreak.core.i18n import fill, translate
from sitbreak.core.prompt_text import format_duration
from sitbreak.core.records import Outcome, Posture
from sitbreak.core.stats import BreakKind, DayStats, Timeline
from sitbreak.core.timeline_view import (
    FULL_DAY,
    HourSpan,
    PromptCluster,
    active_span,
    bout_tooltip,
    break_tooltip,
    break_word,
    cluster_prompts,
    cluster_tooltip,
    describe_timeline,
    outcome_word,
    second_of_day,
)

_LEGEND_TOP = 110.0  # the timeline's legend starts under its hour axis


def _twelve_hour() -> bool:
    """Whether the user's locale writes times with AM/PM."""
    return "a" in QLocale().timeFormat(QLocale.FormatType.ShortFormat).lower()


def hour_label(hour: int) -> str:
    """An hour mark on an axis in the locale's clock: "09" or "9 AM"."""
    if _twelve_hour():
        return QLocale().toString(QTime(hour % 24, 0), "h AP")
    return f"{hour:02d}"


def clock_time(hour: int) -> str:
    """The start of an hour as the locale writes a time: "09:00" or "9:00 AM"."""
    if hour >= 24 and not _twelve_hour():
        return "24:00"
    return QLocale().toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat)


def _day(day: date, pattern: str) -> str:
    """A date in the locale's words, e.g. pattern "ddd d MMM" -> "Tue 1 Dec" / "Di. 1 Dez."."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    muted: QColor
    grid: QColor
    sitting: QColor
    over: QColor  # a bout over the stand-up limit, a day over the goal
    standing: QColor
    open_edge: QColor
    selected: QColor
    longest: QColor
    goal: QColor
    breaks: dict[BreakKind, QColor]
    outcomes: dict[Outcome | None, QColor]

    @classmethod
    def for_palette(cls, palette: QPalette) -> ChartColours:
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(40)
        if dark:
            return cls(
                text=text,
                muted=muted,
                grid=grid,
                sitting=QColor(79, 160, 230),
                over=QColor(255, 138, 76),
                standing=QColor(102, 200, 120),
                open_edge=QColor(230, 240, 250),
                selected=QColor(255, 255, 255),
                longest=QColor(20, 24, 28),
                goal=QColor(240, 200, 90),
                breaks={
                    BreakKind.PROMPTED: QColor(77, 208, 196),
                    BreakKind.NATURAL: QColor(150, 160, 170),
                    BreakKind.LOCK_SUSPEND: QColor(170, 140, 210),
                },
                outcomes={
                    Outcome.ACCEPTED: QColor(102, 200, 120),
                    Outcome.SNOOZED: QColor(240, 200, 90),
                    Outcome.SKIPPED: QColor(150, 160, 170),
                    Outcome.DISMISSED: QColor(110, 120, 130),
                    Outcome.MISSED: QColor(240, 96, 96),
                    None: QColor(230, 240, 250),
                },
            )
        return cls(
            text=text,
            muted=muted,
            grid=grid,
            sitting=QColor(33, 118, 196),
            over=QColor(226, 88, 34),
            standing=QColor(56, 152, 72),
            open_edge=QColor(20, 40, 60),
            selected=QColor(20, 24, 28),
            longest=QColor(255, 255, 255),
            goal=QColor(176, 120, 0),
            breaks={
                BreakKind.PROMPTED: QColor(0, 150, 136),
                BreakKind.NATURAL: QColor(140, 150, 160),
                BreakKind.LOCK_SUSPEND: QColor(126, 87, 194),
            },
            outcomes={
                Outcome.ACCEPTED: QColor(56, 152, 72),
                Outcome.SNOOZED: QColor(214, 150, 0),
                Outcome.SKIPPED: QColor(120, 130, 140),
                Outcome.DISMISSED: QColor(170, 176, 182),
                Outcome.MISSED: QColor(211, 47, 47),
                None: QColor(20, 40, 60),
            },
        )


def _small_font(widget: QWidget, delta: float = -1.0) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(7.0, size + delta))
    return font


def _paint_break(painter: QPainter, rect: QRectF, colour: QColor, continues: bool) -> None:
    if not continues:
        painter.fillRect(rect, colour)
        return
    fade = QLinearGradient(rect.topLeft(), rect.topRight())  # a long break fades out
    fade.setColorAt(0.0, colour)  # instead of painting the evening
    clear = QColor(colour)
    clear.setAlpha(0)
    fade.setColorAt(1.0, clear)
    painter.fillRect(rect, fade)


@dataclass(frozen=True)
class _Mark:
    """Something drawn on the timeline that answers a tooltip."""

    rect: QRectF
    tooltip: str


def follow_tooltip(widget: QWidget, text: str | None, event: QMouseEvent) -> None:
    """The widget's tooltip says what is under the pointer; Qt shows it when the pointer
    rests. (Set on mouse moves rather than answered in `event()`: a Python `event()` gets
    every event of the widget, and converting them made PySide build ten event types.)"""
    text = text or ""
    if text == widget.toolTip():
        return
    widget.setToolTip(text)
    if QToolTip.isVisible():  # one is up already: it follows at once, or goes
        QToolTip.showText(event.globalPosition().toPoint(), text, widget)


class TimelineChart(QWidget):
    """One day's active hours: prompts as dots on top (close ones merged into a counted
    mark), bouts as bars, breaks underneath. Hovering any of them says what it was."""

    PROMPTS_Y, BOUTS_TOP, BOUTS_H, BREAKS_TOP, AXIS_Y = 14.0, 28.0, 34.0, 66.0, 84.0
    MARK_RADIUS = 4.5
    MARK_SPACING = 16.0  # prompts closer than this many pixels merge into one mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._now: datetime | None = None
        self._span = FULL_DAY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(168)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("TimelineChart", "Timeline of the day"))

    def sizeHint(self) -> QSize:
        return QSize(640, 168)

    def set_timeline(self, timeline: Timeline, now: datetime | None = None) -> None:
        """`now` draws a "now" mark: pass it for today only."""
        self._timeline = timeline
        self._now = now
        self._span = active_span(timeline, now)
        self.setAccessibleDescription(
            "{hours}. {summary}".format(
                hours=f"{clock_time(self._span.first_hour)}–{clock_time(self._span.last_hour)}",
                summary=describe_timeline(timeline),
            )
        )
        self.update()

    @property
    def span(self) -> HourSpan:
        return self._span

    # -- geometry ------------------------------------------------------------------------
    def _left_right(self) -> tuple[float, float]:
        return 12.0, max(13.0, self.width() - 12.0)

    def x_of(self, moment: datetime) -> float:
        assert self._timeline is not None
        return self._x(second_of_day(moment, self._timeline))

    def _x(self, second: float) -> float:
        left, right = self._left_right()
        return left + self._span.fraction(second) * (right - left)

    def clusters(self) -> tuple[PromptCluster, ...]:
        if self._timeline is None:
            return ()
        left, right = self._left_right()
        seconds_per_pixel = self._span.hours * 3600 / (right - left)
        return cluster_prompts(
            self._timeline.prompts, self._timeline, self.MARK_SPACING * seconds_per_pixel
        )

    def _cluster_rect(self, cluster: PromptCluster, metrics: QFontMetricsF) -> QRectF:
        """A dot for one prompt; a capsule from the first to the last of a cluster,
        wide enough for its count."""
        r = self.MARK_RADIUS
        if cluster.count == 1:
            cx = self.x_of(cluster.first)
            return QRectF(cx - r, self.PROMPTS_Y - r, 2 * r, 2 * r)
        x0, x1 = self.x_of(cluster.first), self.x_of(cluster.last)
        width = max(x1 - x0 + 2 * r, metrics.horizontalAdvance(str(cluster.count)) + 10)
        cx = (x0 + x1) / 2
        return QRectF(cx - width / 2, self.PROMPTS_Y - 7, width, 14)

    def marks(self) -> list[_Mark]:
        """Everything that answers a tooltip, topmost first."""
        tl = self._timeline
        if tl is None:
            return []
        metrics = QFontMetricsF(_small_font(self, -2))
        marks = [_Mark(self._cluster_rect(c, metrics), cluster_tooltip(c)) for c in self.clusters()]
        for bout in tl.bouts:
            x0, x1 = self.x_of(bout.start), self.x_of(bout.end)
            rect = QRectF(x0, self.BOUTS_TOP, max(1.5, x1 - x0), self.BOUTS_H)
            marks.append(_Mark(rect, bout_tooltip(bout)))
        for brk in tl.breaks:
            x0, x1 = self.x_of(brk.start), self.x_of(brk.end)
            marks.append(
                _Mark(QRectF(x0, self.BREAKS_TOP, max(1.5, x1 - x0), 8), break_tooltip(brk))
            )
        return marks

    def tooltip_at(self, pos: QPointF) -> str | None:
        for mark in self.marks():
            # a little slack: a 2 px bar or a dot is hard to hit exactly
            if mark.rect.adjusted(-3, -3, 3, 3).contains(pos):
                return mark.tooltip
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        follow_tooltip(self, self.tooltip_at(event.position()), event)
        super().mouseMoveEvent(event)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        colours = ChartColours.for_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self._left_right()
        painter.setFont(_small_font(self))
        self._paint_axis(painter, colours, right - left)
        tl = self._timeline
        if tl is not None:
            self._paint_breaks(painter, colours, tl)
            self._paint_bouts(painter, colours, tl)
            self._paint_now(painter, colours, tl)
            self._paint_prompts(painter, colours)
        self._paint_legend(painter, colours, left, _LEGEND_TOP)
        painter.end()

    def _paint_axis(self, painter: QPainter, colours: ChartColours, width: float) -> None:
        span = self._span
        step = span.label_step(width / span.hours)
        for hour in range(span.first_hour, span.last_hour + 1):
            hx = self._x(hour * 3600)
            labelled = hour % step == 0
            painter.setPen(QPen(colours.grid, 1))
            bottom = self.AXIS_Y if labelled else self.BREAKS_TOP + 10
            painter.drawLine(QPointF(hx, self.BOUTS_TOP - 4), QPointF(hx, bottom))
            if labelled:
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(hx - 20, self.AXIS_Y + 2, 40, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    hour_label(hour),
                )

    def _paint_breaks(self, painter: QPainter, colours: ChartColours, tl: Timeline) -> None:
        for brk in tl.breaks:
            x0, x1 = self.x_of(brk.start), self.x_of(brk.end)
            rect = QRectF(x0, self.BREAKS_TOP, max(1.5, x1 - x0), 8)
            _paint_break(painter, rect, colours.breaks[brk.kind], brk.continues)

    def _paint_bouts(self, painter: QPainter, colours: ChartColours, tl: Timeline) -> None:
        for bout in tl.bouts:
            x0, x1 = self.x_of(bout.start), self.x_of(bout.end)
            rect = QRectF(x0, self.BOUTS_TOP, max(1.5, x1 - x0), self.BOUTS_H)
            if bout.posture is Posture.STANDING:
                colour = colours.standing
            else:
                colour = colours.over if bout.over_limit else colours.sitting
            painter.fillRect(rect, colour)
            if bout.open:
                painter.setPen(QPen(colours.open_edge, 1.5, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))

    def _paint_now(self, painter: QPainter, colours: ChartColours, tl: Timeline) -> None:
        if self._now is None or self._now.date() != tl.day:
            return
        nx = self.x_of(self._now)
        top = self.BOUTS_TOP
        painter.setPen(QPen(colours.text, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(nx, top - 2), QPointF(nx, self.BREAKS_TOP + 10))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.text)  # a small "now" pointer on top
        painter.drawPolygon(
            [QPointF(nx - 4, top - 7), QPointF(nx + 4, top - 7), QPointF(nx, top - 2)]
        )

    def _paint_prompts(self, painter: QPainter, colours: ChartColours) -> None:
        painter.save()
        font = _small_font(self, -2)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        for cluster in self.clusters():
            rect = self._cluster_rect(cluster, metrics)
            fill = colours.outcomes[cluster.outcome]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            if cluster.count == 1:
                painter.drawEllipse(rect)
                continue
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(QColor(0, 0, 0) if fill.lightness() > 150 else QColor(255, 255, 255))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cluster.count))
        painter.restore()

    def _legend_items(self, c: ChartColours) -> list[list[tuple[QColor, str, bool]]]:
        return [
            [
                (c.sitting, translate("TimelineChart", "sitting"), False),
                (c.over, translate("TimelineChart", "over the limit"), False),
                (c.standing, translate("TimelineChart", "standing"), False),
                *((c.breaks[k], break_word(k), False) for k in BreakKind),
            ],
            [
                (
                    c.outcomes[o],
                    fill(translate("TimelineChart", "prompt %1"), outcome_word(o)),
                    True,
                )
                for o in Outcome
            ],
        ]

    def _legend_layout(
        self, c: ChartColours, left: float, y: float
    ) -> list[tuple[float, float, QColor, str, bool]]:
        """Where each legend entry goes: two groups, each wrapped to the width."""
        metrics = QFontMetricsF(_small_font(self))
        right = self.width() - 12.0
        placed = []
        cy = y
        for entries in self._legend_items(c):
            cx = left
            for colour, label, dot in entries:
                width = 14 + metrics.horizontalAdvance(label) + 14
                if cx > left and cx + width - 14 > right:
                    cx, cy = left, cy + 18
                placed.append((cx, cy, colour, label, dot))
                cx += width
            cy += 18
        return placed

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The legend wraps on narrow windows: grow to hold it.
        placed = self._legend_layout(ChartColours.for_palette(self.palette()), 12.0, 0.0)
        rows_bottom = max((cy for _x, cy, *_rest in placed), default=0.0) + 18
        self.setMinimumHeight(int(_LEGEND_TOP + rows_bottom + 4))
        super().resizeEvent(event)

    def _paint_legend(self, painter: QPainter, c: ChartColours, left: float, y: float) -> None:
        for cx, cy, colour, label, dot in self._legend_layout(c, left, y):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if dot:
                painter.drawEllipse(QPointF(cx + 5, cy + 6), 4.5, 4.5)
            else:
                painter.drawRect(QRectF(cx, cy + 1, 10, 10))
            painter.setPen(c.muted)
            painter.drawText(QPointF(cx + 14, cy + 10), label)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 168)


def day_tooltip(day: DayStats) -> str:
    when = _day(day.day, "ddd d MMM")
    if not day.has_data:
        return fill(translate("HistoryChart", "%1: nothing recorded"), when)
    routine = (
        translate("HistoryChart", "routine done")
        if day.routines_completed
        else translate("HistoryChart", "routine not done")
    )
    breaks, squeezes = day.breaks, day.squeezes  # plain names: lupdate skips n = day.breaks
    return fill(
        translate("HistoryChart", "%1: %2 sitting, longest bout %3\n%4 · %5 · %6"),
        when,
        format_duration(day.sitting_seconds),
        format_duration(day.longest_bout_seconds),
        translate("HistoryChart", "%n break(s)", None, breaks),
        translate("HistoryChart", "%n squeeze(s)", None, squeezes),
        routine,
    )


def history_description(days: tuple[DayStats, ...], goal_seconds: float) -> str:
    """The bars in words, for screen readers: the busiest day and days over the goal."""
    tracked = [d for d in days if d.has_data]
    count = len(days)  # a plain name: lupdate skips n = len(days)
    if not tracked:
        return translate("HistoryChart", "%n day(s): nothing recorded.", None, count)
    most = max(tracked, key=lambda d: d.sitting_seconds)
    over = sum(1 for d in tracked if goal_seconds and d.sitting_seconds > goal_seconds)
    return fill(
        translate(
            "HistoryChart",
            "%1, %2 with sitting recorded. Most sitting on %3: %4. %5 over the goal of %6.",
        ),
        translate("HistoryChart", "%n day(s)", None, count),
        len(tracked),
        _day(most.day, "dddd d MMMM"),
        format_duration(most.sitting_seconds),
        over,
        format_duration(goal_seconds),
    )


class HistoryChart(QWidget):
    """Sitting per day as bars, the longest bout marked on each, a dashed goal line.

    Clicking a bar emits `day_clicked(date)`.
    """

    day_clicked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayStats, ...] = ()
        self._goal = 0.0
        self._selected: date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)  # the tooltip follows the bar under the pointer
        self.setAccessibleName(translate("HistoryChart", "Sitting per day"))

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_days(
        self, days: tuple[DayStats, ...], goal_seconds: float, selected: date | None
    ) -> None:
        self._days = days
        self._goal = goal_seconds
        self._selected = selected
        self.setAccessibleDescription(history_description(days, goal_seconds))
        self.update()

    def bar_rect(self, index: int) -> QRectF:
        """The clickable column of day `index` (full height of the plot)."""
        plot = self._plot()
        width = plot.width() / max(1, len(self._days))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def _plot(self) -> QRectF:
        return QRectF(44, 14, max(1.0, self.width() - 100.0), max(1.0, self.height() - 40.0))

    def _top_seconds(self) -> float:
        most = max((max(d.sitting_seconds, d.longest_bout_seconds) for d in self._days), default=0)
        top = max(most, self._goal * 1.15, 3600.0)
        return float(-(-top // 7200) * 7200)  # a whole number of 2-hour steps

    def tooltip_at(self, pos: QPointF) -> str | None:
        for i, day in enumerate(self._days):
            if self.bar_rect(i).contains(pos):
                return day_tooltip(day)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        follow_tooltip(self, self.tooltip_at(event.position()), event)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            for i, day in enumerate(self._days):
                if self.bar_rect(i).contains(pos):
                    self.day_clicked.emit(day.day)
                    return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = ChartColours.for_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        plot = self._plot()
        top = self._top_seconds()

        def y(seconds: float) -> float:
            return plot.bottom() - seconds / top * plot.height()

        step = 7200 if top <= 12 * 3600 else 4 * 3600
        for s in range(0, int(top) + 1, step):
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y(s)), QPointF(plot.right(), y(s)))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(0, y(s) - 8, plot.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fill(translate("HistoryChart", "%1 h"), s // 3600),
            )
        many = len(self._days) > 10
        for i, day in enumerate(self._days):
            column = self.bar_rect(i)
            if day.day == self._selected:
                highlight = QColor(colours.selected)
                highlight.setAlpha(28)
                painter.fillRect(column.adjusted(1, 0, -1, 20), highlight)
                painter.fillRect(
                    QRectF(column.left() + 1, plot.bottom() + 20, column.width() - 2, 2),
                    colours.selected,
                )
            pad = column.width() * (0.18 if many else 0.25)
            bar = QRectF(
                column.left() + pad,
                y(day.sitting_seconds),
                column.width() - 2 * pad,
                plot.bottom() - y(day.sitting_seconds),
            )
            colour = colours.over if self._goal and day.sitting_seconds > self._goal else None
            painter.fillRect(bar, colour or colours.sitting)
            if day.longest_bout_seconds > 0:
                ly = y(min(day.longest_bout_seconds, day.sitting_seconds or top))
                painter.setPen(QPen(colours.longest, 2.5))
                painter.drawLine(QPointF(bar.left() + 2, ly), QPointF(bar.right() - 2, ly))
            if not many or i % 5 == (len(self._days) - 1) % 5:
                d = day.day
                label = _day(d, "ddd d") if not many else _day(d, "d MMM")
                painter.setPen(colours.text if d == self._selected else colours.muted)
                painter.drawText(
                    QRectF(column.center().x() - 30, plot.bottom() + 3, 60, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
        if self._goal > 0:
            gy = y(self._goal)
            painter.setPen(QPen(colours.goal, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
            painter.setPen(colours.goal)
            painter.drawText(
                QRectF(plot.right() + 6, gy - 16, 90, 32),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fill(translate("HistoryChart", "goal\n%1"), format_duration(self._goal)),
            )
        painter.end()


class HourChart(QWidget):
    """Minutes of sitting in each hour of the day, over the hours the timeline shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours: tuple[float, ...] = (0.0,) * 24
        self._span = FULL_DAY
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.setAccessibleName(translate("HourChart", "Sitting per hour"))

    def sizeHint(self) -> QSize:
        return QSize(640, 96)

    def set_hours(self, hours: tuple[float, ...], span: HourSpan = FULL_DAY) -> None:
        self._hours = hours
        self._span = span
        busiest = max(range(len(hours)), key=lambda h: hours[h])
        if hours[busiest] > 0:
            self.setAccessibleDescription(
                fill(
                    translate("HourChart", "Most sitting in the hour from %1: %2."),
                    clock_time(busiest),
                    format_duration(hours[busiest]),
                )
            )
        else:
            self.setAccessibleDescription(translate("HourChart", "No sitting recorded."))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = ChartColours.for_palette(self.palette())
        painter = QPainter(self)
        painter.setFont(_small_font(self))
        left, right, top, bottom = 12.0, self.width() - 12.0, 18.0, self.height() - 20.0
        painter.setPen(colours.muted)
        painter.drawText(
            QPointF(left, 12), translate("HourChart", "Sitting per hour (a full bar is 60 min)")
        )
        span = self._span
        shown = range(span.first_hour, span.last_hour)
        scale = max(3600.0, *(self._hours[h] for h in shown))
        width = (right - left) / span.hours
        step = span.label_step(width)
        painter.setPen(QPen(colours.grid, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for index, hour in enumerate(shown):
            h = (bottom - top) * self._hours[hour] / scale
            x0 = left + index * width
            painter.fillRect(QRectF(x0 + 2, bottom - h, width - 4, h), colours.sitting)
            if hour % step == 0:
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(x0 - 20, bottom + 2, 40, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    hour_label(hour),
                )
        painter.end()
