"""The first-start welcome: what it says, its buttons, and that it shows only once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.settings import Settings
from sitbreak.storage.once import OnceFlag
from sitbreak.ui.welcome import WelcomeWindow, key_settings
from tests.support.fakes import window_opener_without_routines

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_three_key_settings_with_their_defaults() -> None:
    assert key_settings(Settings()) == [
        ("Squeeze reminder", "every 20 min of sitting (the default)"),
        ("Stand-up reminder", "after 45 min of sitting (the default)"),
        ("A break", "after 5 min without keyboard or mouse input (the default)"),
    ]
    custom = Settings()
    custom = replace(custom, prompts=replace(custom.prompts, stand_after_minutes=30))
    assert key_settings(custom)[1] == (
        "Stand-up reminder",
        "after 30 min of sitting (default 45 min)",
    )


def test_says_what_sitbreak_does_and_where_the_icon_lives(qtbot: QtBot) -> None:
    window = WelcomeWindow(Settings(), has_tray=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "counts how long you sit" in window.what.text()
    assert "system tray" in window.where.text()
    assert window.icon.isVisible()
    assert window.icon.pixmap().width() == 32
    texts = [line.text() for line in window.settings_lines]
    assert "Squeeze reminder" in texts[0]
    no_tray = WelcomeWindow(Settings(), has_tray=False)
    qtbot.addWidget(no_tray)
    assert "no system tray" in no_tray.where.text()
    assert no_tray.icon.isHidden()


def test_open_settings_asks_for_them_and_closes(qtbot: QtBot) -> None:
    window = WelcomeWindow(Settings(), has_tray=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.settings_requested, window.closed]):
        window.settings_button.click()
    assert not window.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_return_and_escape_close_it(qtbot: QtBot, key: Qt.Key) -> None:
    window = WelcomeWindow(Settings(), has_tray=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.focusWidget() is window.start_button
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, key)


def test_tab_reaches_open_settings_and_return_presses_it(qtbot: QtBot) -> None:
    window = WelcomeWindow(Settings(), has_tray=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.start_button, Qt.Key.Key_Tab)
    assert window.settings_button.hasFocus()
    with qtbot.waitSignal(window.settings_requested):
        qtbot.keyClick(window.settings_button, Qt.Key.Key_Return)


def test_shown_on_the_first_start_only(qtbot: QtBot, tmp_path: Path) -> None:
    marker = tmp_path / "data" / "welcome-shown"
    clock = FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    opener = window_opener_without_routines(clock)
    asked: list[bool] = []
    opener.settings_requested.connect(lambda: asked.append(True))
    assert opener.welcome_once(OnceFlag(marker).first_time(), True)
    window = opener._welcome
    assert window is not None
    qtbot.waitExposed(window)
    assert marker.exists()  # remembered as soon as it is on screen
    window.settings_button.click()
    assert asked == [True]
    qtbot.waitUntil(lambda: opener._welcome is None)  # deleted on close
    again = window_opener_without_routines(clock)  # the next start
    assert not again.welcome_once(OnceFlag(marker).first_time(), True)
    assert again._welcome is None
