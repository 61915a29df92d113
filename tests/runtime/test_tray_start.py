"""The tray start's steps after the icon: in order, a turn of the event loop apart, and a
bug in one ends the start instead of leaving an icon for an app that never started."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.paths import AppPaths
from sitbreak.runtime import command_client
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


@pytest.mark.allow_error_log("Sitbreak could not start")
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray to watch
def test_a_failing_step_ends_the_start_and_hides_the_icon(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
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
    assert "ZeroDivisionError: a bug" in capsys.readouterr().err


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
