"""The tray start's steps after the icon: in order, a turn of the event loop apart, and a
bug in one ends the start instead of leaving an icon for an app that never started."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.runtime.tray_start import _step_by_step
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
