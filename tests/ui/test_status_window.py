"""The status window: one stable layout, each state in words, today so far."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import PromptKind, StorageError
from sitbreak.core.stats import BreakKind, DayStats
from sitbreak.core.status import State, Status
from sitbreak.ui.status_window import STANDING_ON, StatusWindow
from sitbreak.ui.today_so_far import TodaySoFar
from sitbreak.ui.tray import TrayController
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SITTING = Status(State.SITTING, 38 * 60 + 10, 45 * 60, PromptKind.STAND, 6 * 60 + 50)
OVERDUE = Status(State.SITTING, 50 * 60, 45 * 60, PromptKind.SQUEEZE, 60)
AWAY = Status(State.AWAY, 0, 2700, None, None, away_seconds=12 * 60 + 30)
STANDING = Status(State.STANDING, 0, 2700, None, None, standing_seconds=300)
PAUSED = Status(State.PAUSED, 600, 2700, None, None, paused_until=None)


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[TrayController]:
    ctl = TrayController(clock=FakeClock(NOW), tray_available=lambda: False, tray_retries=0)
    qtbot.addWidget(ctl.status_window)
    yield ctl
    ctl.hide()


@pytest.fixture
def window(controller: TrayController, qtbot: QtBot) -> StatusWindow:
    controller.set_status(SITTING)
    controller.show_status()
    qtbot.waitExposed(controller.status_window)
    return controller.status_window


def geometry(window: StatusWindow) -> dict[str, QRect]:
    window.layout().activate()
    return {
        name: widget.geometry()
        for name, widget in vars(window).items()
        if isinstance(widget, QWidget) and widget.isVisible()
    } | {"window": QRect(0, 0, window.width(), window.height())}


def test_every_state_keeps_the_same_layout(
    controller: TrayController, window: StatusWindow
) -> None:
    before = geometry(window)
    for status in (AWAY, STANDING, PAUSED, OVERDUE, SITTING):
        controller.set_status(status)
        assert geometry(window) == before, status.state
    controller.show_message("Squeeze your glutes", "Hold 5 s, 10 times")
    assert "Hold 5 s, 10 times" in window.message.text()
    assert geometry(window) == before  # a prompt's message does not grow the window


@pytest.mark.parametrize(
    ("status", "headline", "prompts", "caption"),
    [
        (
            SITTING,
            "Sitting 38 min",
            "Next: stand-up prompt in 7 min",
            "38 min of 45 min before standing up",
        ),
        (OVERDUE, "Sitting 50 min", "Time to stand up · squeeze in 1 min", "50 min of 45 min"),
        (
            AWAY,
            "Away for 12 min",
            "On a break: no prompts until you are back",
            "Sitting time starts again from zero when you are back",
        ),
        (
            STANDING,
            "Standing 5 min",
            "Standing: no stand-up prompts until you sit again",
            "Standing is not counted as sitting",
        ),
        (
            PAUSED,
            "Prompts paused until you resume",
            "No prompts until then; your sitting time is still counted",
            "10 min of 45 min",
        ),
    ],
)
def test_each_state_is_said_in_words(
    controller: TrayController,
    window: StatusWindow,
    status: Status,
    headline: str,
    prompts: str,
    caption: str,
) -> None:
    controller.set_status(status)
    assert window.summary.text() == headline
    assert window.prompt_line.text() == prompts
    assert window.caption.text().startswith(caption)
    assert window.progress.isEnabled() == (status.state in (State.SITTING, State.PAUSED))
    assert window.accessibleDescription().startswith(headline.split(" ", maxsplit=1)[0])


def test_away_before_any_bout_says_away_without_a_length(
    controller: TrayController, window: StatusWindow
) -> None:
    controller.set_status(Status(State.AWAY, 0, 2700, None, None))
    assert window.summary.text() == "Away from the desk"


def test_standing_toggle_is_clearly_on_or_off(
    controller: TrayController, window: StatusWindow, qtbot: QtBot
) -> None:
    button = window.standing_button
    assert not button.isChecked()
    assert not button.font().bold()
    off_text = button.text()
    controller.set_status(STANDING)
    assert button.isChecked()
    assert button.text() == STANDING_ON != off_text
    assert button.font().bold()
    assert "sit down again" in button.toolTip()
    with qtbot.waitSignal(controller.intents.standing_toggled) as blocker:
        button.click()
    assert blocker.args == [False]  # clicking it says "I sat down"


def today(sitting_minutes: float, breaks: int, squeezes: int) -> DayStats:
    return DayStats(
        date(2026, 3, 2),
        sitting_seconds=sitting_minutes * 60,
        breaks_by_kind={BreakKind.NATURAL: breaks, BreakKind.PROMPTED: 0},
        squeezes=squeezes,
    )


def test_today_so_far_is_read_when_shown_and_kept_current_only_while_shown(
    qtbot: QtBot, controller: TrayController
) -> None:
    window = controller.status_window
    reads: list[DayStats] = []
    figures = [today(227, 3, 4), today(228, 3, 5), today(240, 4, 5)]

    def read() -> DayStats:
        reads.append(figures[min(len(reads), len(figures) - 1)])
        return reads[-1]

    line = TodaySoFar(window, read, every_ms=50)
    assert reads == []  # hidden: nothing read
    controller.show_status()
    qtbot.waitExposed(window)
    assert window.today.text().startswith("Today so far: 3 h 47 min sitting · 3 breaks")
    wait_until(lambda: "5 squeezes" in window.today.text(), what="the minute refresh")
    window.hide()
    count = len(reads)
    periods: list[int] = []  # four of the line's periods pass: a hidden window reads nothing
    marker = QTimer(interval=50)
    marker.timeout.connect(lambda: periods.append(1))
    marker.start()
    wait_until(lambda: len(periods) >= 4, what="four periods of the line's timer")
    marker.stop()
    assert len(reads) == count
    line.refresh_if_shown()
    assert len(reads) == count


@pytest.mark.allow_error_log("today so far")
def test_today_so_far_says_when_the_figures_cannot_be_read(
    qtbot: QtBot, controller: TrayController
) -> None:
    def broken() -> DayStats:
        raise StorageError("Cannot read the database: database is locked.")

    line = TodaySoFar(controller.status_window, broken)
    controller.show_status()
    qtbot.waitExposed(controller.status_window)
    assert controller.status_window.today.text() == "Today so far: not available (see the log)"
    line.refresh()  # and again: still said, still no traceback
    assert "not available" in controller.status_window.today.text()


def test_one_break_and_one_squeeze_are_singular() -> None:
    from sitbreak.core.status_text import today_line

    assert today_line(today(5, 1, 1)) == "Today so far: 5 min sitting · 1 break · 1 squeeze"


def test_away_time_reaches_the_tray_menu_and_tooltip(controller: TrayController) -> None:
    controller.set_status(AWAY)
    assert controller.menu.action_texts()[0] == "Away for 12 min · on a break"
    assert "Away for 12 min" in controller.tray.toolTip()
    assert timedelta(seconds=AWAY.away_seconds or 0) == timedelta(minutes=12, seconds=30)
