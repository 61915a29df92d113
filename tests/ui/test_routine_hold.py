"""An open routine window tells the app to hold prompts, and its closing ends that."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.settings import Settings
from sitbreak.storage.database import Database
from sitbreak.ui.windows import WindowOpener

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_routine_window_holds_prompts_while_open(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    opener = WindowOpener(clock, Database.open_in_memory(), Settings)
    running: list[bool] = []
    opener.routine_running.connect(running.append)
    assert opener.has_routine("daily")
    assert opener.open_routine("daily", "tray")
    assert running == [True]
    with qtbot.waitSignal(opener.routine_running, timeout=5000) as closed:
        opener.close_all()
    assert closed.args == [False]
    assert running == [True, False]
