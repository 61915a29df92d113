"""The tray start's steps after the icon: in order, a turn of the event loop apart, and a
bug in one ends the start instead of leaving an icon for an app that never started."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from sitbreak.paths import AppPaths
from sitbreak.runtime import command_client
from sitbreak.runtime.logs import setup_logging
from sitbreak.runtime.tray_start import _show_the_running_one, _step_by_step
from sitbreak.ui.tray import TrayController
from tests.support.waiting import wait_until


class App:
    def __init__(self) -> None:
        self.exits: list[int] = []

    def exit(self, code: int) -> None:
        self.exits.append(code)


def test_the_steps_run_in_order(qtbot: QtBot) -> None:
    app, ran = App(), []
    steps = [lambda n=n: ran.append(n) for n in range(4)]
    _step_by_step(app, TrayController(tray_available=lambda: True), steps)  # type: ignore[arg-type]
    assert ran == []  # not before the event loop turns: the icon comes first
    wait_until(lambda: len(ran) == 4, what="all steps")
    assert ran == [0, 1, 2, 3]
    assert app.exits == []


@pytest.fixture
def start_logging(tmp_path: Path) -> Iterator[Path]:
    """The log as a tray start sets it up: a file, and warnings on stderr."""
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    try:
        log_file = setup_logging(tmp_path / "logs")
        assert log_file is not None
        yield log_file
    finally:
        for handler in list(root.handlers):
            handler.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


@pytest.mark.allow_error_log("Sitbreak could not start")
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray to watch
def test_a_failing_step_ends_the_start_and_hides_the_icon(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], start_logging: Path
) -> None:
    app, ran = App(), []
    tray = TrayController(tray_available=lambda: True)
    tray.start()

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    _step_by_step(app, tray, [lambda: ran.append("a"), broken, lambda: ran.append("c")])  # type: ignore[arg-type]
    wait_until(lambda: app.exits, what="the start to end")
    assert app.exits == [1]
    assert ran == ["a"]  # nothing after the failure
    assert not tray.tray.isVisible()
    assert capsys.readouterr().err.count("ZeroDivisionError: a bug") == 1  # said once
    assert "ZeroDivisionError: a bug" in start_logging.read_text()


def test_quit_from_the_menu_while_starting_ends_the_start_there(qtbot: QtBot) -> None:
    """A Quit before the app is built exits at once, and builds nothing more."""
    app, ran = App(), []
    tray = TrayController(tray_available=lambda: False, tray_retries=0)
    qtbot.addWidget(tray.status_window)  # no tray here: the status window, its Menu too

    def clicks_quit() -> None:
        ran.append(0)
        tray.menu.action("Quit").trigger()

    _step_by_step(app, tray, [clicks_quit, lambda: ran.append(1), lambda: ran.append(2)])  # type: ignore[arg-type]
    tray.start()
    wait_until(lambda: app.exits, what="the quit")
    turned: list[bool] = []  # queued after any next step: once it ran, that step would have
    QTimer.singleShot(0, lambda: turned.append(True))
    wait_until(lambda: turned, what="the event loop to turn")
    assert app.exits == [0]
    assert ran == [0]


def test_quit_after_the_start_exits(qtbot: QtBot) -> None:
    app, ran = App(), []
    tray = TrayController(tray_available=lambda: True)
    quit_now = _step_by_step(app, tray, [lambda n=n: ran.append(n) for n in range(2)])  # type: ignore[arg-type]
    wait_until(lambda: len(ran) == 2, what="all steps")
    tray.menu.action("Quit").trigger()
    assert app.exits == [0]
    quit_now()  # a signal (SIGTERM) quits the same way
    assert app.exits == [0, 0]


def test_a_second_start_waits_for_a_slow_first_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first start listens at once but answers only once it is built (seconds on a
    # slow machine): the second start's SHOW waits longer than a command line's 3 s.
    asked: list[dict[str, Any]] = []

    def send_command(name: str, command: str, args: dict[str, Any], **times: int) -> Any:
        asked.append({"command": command, **times})
        return {"message": "shown"}

    monkeypatch.setattr(command_client, "send_command", send_command)
    assert _show_the_running_one(AppPaths(tmp_path / "config", tmp_path / "data")) == 0
    assert capsys.readouterr().out.strip() == "shown"
    [call] = asked
    assert call["command"] == "show"
    assert call["timeout_ms"] >= 15_000
