"""The stats window: one day (summary cards and a timeline) and a history of 7 or 30 days.

It only shows what the StatsReader computes. No polling: the app calls `refresh()` when
a bout closes or a prompt is answered. Import this module only when the window opens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from sitbreak.core.records import StorageError
from sitbreak.core.stats import Card, day_cards, history_summary
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.ui.charts import ChartColours, HistoryChart, HourChart, TimelineChart

HISTORY_RANGES = (7, 30)
log = logging.getLogger(__name__)


class MutedLabel(QLabel):
    """A secondary line of text in the palette's placeholder (muted) colour."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class CardValue(QLabel):
    """A card's big value: in the text colour, or over a limit in the warning colour of
    the palette in use. Drawn here, so a switch to a dark palette needs no handler of
    its own (a Python `changeEvent` converts every change event; a style sheet per
    label is a style of its own)."""

    def __init__(self) -> None:
        super().__init__("–")
        self.warn = False

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = ChartColours.for_palette(self.palette())
        painter = QPainter(self)
        painter.setPen(colours.over if self.warn else colours.text)
        painter.drawText(self.contentsRect(), self.alignment(), self.text())


class SummaryCard(QFrame):
    """A title, a big value and a line of detail."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card-{title.lower().replace(' ', '-')}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._title = MutedLabel(translate("StatsWindow", title))
        self._value = CardValue()
        self._detail = MutedLabel("")
        self._detail.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, big.pointSizeF() * 1.7))
        big.setBold(True)
        self._value.setFont(big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._value)
        layout.addWidget(self._detail)
        layout.addStretch(1)

    def show_card(self, card: Card) -> None:
        self._value.setText(card.value)
        self._detail.setText(card.detail)
        self.setAccessibleName(f"{card.title}: {card.value}, {card.detail}")
        self._value.warn = card.warn
        self._value.update()

    def value_text(self) -> str:
        return self._value.text()

    def detail_text(self) -> str:
        return self._detail.text()


@dataclass(frozen=True)
class StatsView:
    """What a closed stats window hands on to the next one: its place and size, its tab
    and its range of days (the day shown follows today again)."""

    geometry: QByteArray
    tab: int
    days: int


def _embolden(button: QPushButton, on: bool) -> None:
    """The chosen range reads bold too: some themes hardly show a checked button."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)


def day_title(day: date, today: date) -> str:
    words = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    if day == today:
        return fill(translate("StatsWindow", "Today · %1"), words)
    if day == today - timedelta(days=1):
        return fill(translate("StatsWindow", "Yesterday · %1"), words)
    return words


class StatsWindow(QWidget):
    # The cards in day_cards' order; translated where shown.
    CARD_TITLES = (
        QT_TRANSLATE_NOOP("StatsWindow", "Sitting"),
        QT_TRANSLATE_NOOP("StatsWindow", "Longest bout"),
        QT_TRANSLATE_NOOP("StatsWindow", "Breaks"),
        QT_TRANSLATE_NOOP("StatsWindow", "Squeezes"),
        QT_TRANSLATE_NOOP("StatsWindow", "Routine"),
    )

    closed = Signal(object)  # its StatsView, as it closes

    def __init__(
        self, reader: StatsReader, view: StatsView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._day: date | None = None  # None: follow today, across midnight
        self._range = (
            view.days if view is not None and view.days in HISTORY_RANGES else HISTORY_RANGES[0]
        )
        self.setWindowTitle(translate("StatsWindow", "Sitting stats - Sitbreak"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_day_page(), translate("StatsWindow", "Day"))
        self.tabs.addTab(self._build_history_page(), translate("StatsWindow", "History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs)
        self.setMinimumWidth(720)
        self.resize(820, 500)
        if view is not None:
            self.tabs.setCurrentIndex(view.tab)
            self.restoreGeometry(view.geometry)
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build_day_page(self) -> QWidget:
        page = QWidget()
        self.previous_button = QToolButton()
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(translate("StatsWindow", "Previous day"))
        self.previous_button.setAccessibleName(translate("StatsWindow", "Previous day"))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(translate("StatsWindow", "Next day"))
        self.next_button.setAccessibleName(translate("StatsWindow", "Next day"))
        self.today_button = QPushButton(translate("StatsWindow", "Today"))
        self.day_label = QLabel()
        heading = QFont(self.day_label.font())
        heading.setBold(True)
        heading.setPointSizeF(max(10.0, heading.pointSizeF() * 1.2))
        self.day_label.setFont(heading)
        self.previous_button.clicked.connect(lambda: self._step_day(-1))
        self.next_button.clicked.connect(lambda: self._step_day(1))
        self.today_button.clicked.connect(self._go_today)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.day_label, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)

        self.cards = {title: SummaryCard(title) for title in self.CARD_TITLES}
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.timeline_chart = TimelineChart()
        self.hour_chart = HourChart()
        layout = QVBoxLayout(page)
        layout.addLayout(nav)
        layout.addLayout(cards)
        layout.addSpacing(6)
        layout.addWidget(self.timeline_chart)
        layout.addWidget(self.hour_chart)
        layout.addStretch(1)
        return page

    def _build_history_page(self) -> QWidget:
        page = QWidget()
        self.range_buttons: dict[int, QPushButton] = {}
        group = QButtonGroup(page)
        row = QHBoxLayout()
        for days in HISTORY_RANGES:
            button = QPushButton(translate("StatsWindow", "%n days", None, days))
            button.setCheckable(True)
            button.setChecked(days == self._range)
            button.clicked.connect(lambda _checked=False, n=days: self._set_range(n))
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            _embolden(button, days == self._range)
            group.addButton(button)
            row.addWidget(button)
            self.range_buttons[days] = button
        row.addStretch(1)
        hint = MutedLabel(translate("StatsWindow", "Click a day to see it"))
        row.addWidget(hint)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.history_chart = HistoryChart()
        self.history_chart.day_clicked.connect(self.show_day)
        legend = MutedLabel(
            translate(
                "StatsWindow",
                "Bars: sitting per day (orange: over the goal) · line across a bar: longest bout",
            )
        )
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.history_chart, 1)
        layout.addWidget(legend)
        return page

    # -- showing -------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read again and redraw both views; the app calls this when something was recorded.

        A database that cannot be read is logged and said in the window; the last figures
        stay on screen.
        """
        try:
            self._show()
        except StorageError as error:
            log.error("stats window: %s", error)
            self.problem_label.setText(
                fill(translate("StatsWindow", "Cannot show the stats: %1"), error)
            )
            self.problem_label.show()
            return
        self.problem_label.hide()

    def _show(self) -> None:
        today = self._reader.today()
        day = today if self._day is None else self._day
        stats, timeline = self._reader.day_with_timeline(day)
        # By position: the core may give the titles in the user's language.
        cards = day_cards(stats, self._goal(), self._limit(), today)
        for widget, card in zip(self.cards.values(), cards, strict=True):
            widget.show_card(card)
        self.timeline_chart.set_timeline(timeline, self._reader.now() if day == today else None)
        self.hour_chart.set_hours(stats.sitting_by_hour, self.timeline_chart.span)
        self.day_label.setText(day_title(day, today))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)

        history, overview = self._reader.history_and_overview(today, self._range)
        period = overview.week if self._range == 7 else overview.month
        self.summary_label.setText(
            history_summary(history.days, overview.streaks, period, history.limit_seconds)
        )
        self.history_chart.set_days(history.days, history.goal_seconds, day)

    @Slot(object)
    def show_day(self, day: date) -> None:
        """Show one day on the Day tab (from a click on the history chart)."""
        today = self._reader.today()
        self._day = None if day >= today else day
        self.tabs.setCurrentIndex(0)
        self.refresh()

    def shown_day(self) -> date:
        return self._reader.today() if self._day is None else self._day

    def _step_day(self, step: int) -> None:
        self.show_day(self.shown_day() + timedelta(days=step))

    def _go_today(self) -> None:
        self.show_day(self._reader.today())

    def _set_range(self, days: int) -> None:
        self._range = days
        self.refresh()

    def _goal(self) -> float:
        return self._reader.goal_seconds()

    def _limit(self) -> float:
        return self._reader.limit_seconds()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(StatsView(self.saveGeometry(), self.tabs.currentIndex(), self._range))
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # as in a dialog
            self.close()
            return
        super().keyPressEvent(event)
