"""The composed app in this process, on a fake clock: a prompt answer that cannot be
carried out records nothing and says why; the status window says what the CLI says."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sitbreak.app import Sitbreak
from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import PromptNow
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State
from sitbreak.paths import AppPaths
from sitbreak.runtime.tray_start import tray_for
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
EVER = (datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


@pytest.fixture
def running(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sitbreak]:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(name, raising=False)  # manual mode: present from the start
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    clock = FakeClock(datetime.now(UTC))
    paths = AppPaths(tmp_path / "config", tmp_path / "data")
    sitbreak = Sitbreak(app, paths, clock, tray_for(paths, clock))
    sitbreak.fake_clock = clock  # type: ignore[attr-defined]
    sitbreak.start()
    yield sitbreak
    sitbreak.shutdown()


@pytest.mark.parametrize(
    ("kind", "press"), [(PromptKind.STAND, "start_routine"), (PromptKind.SQUEEZE, "guide")]
)
def test_a_refused_follow_up_records_nothing_and_says_why(
    running: Sitbreak, caplog: pytest.LogCaptureFixture, kind: PromptKind, press: str
) -> None:
    caplog.set_level(logging.INFO)
    assert running._windows.open_routine("daily", "tray")
    running.desk.observe(PromptNow(kind))
    shown = running.desk.showing
    assert shown is not None
    getattr(running._presenter.window, press)()  # the user's click
    assert running.desk.showing == shown  # still up: not answered
    assert running._presenter.window.isVisible()
    assert running.desk.status().state is State.SITTING  # the bout did not end
    (prompt,) = running._database.prompts_between(*EVER)
    assert prompt.outcome is None
    told = [r.getMessage() for r in caplog.records if "told the user" in r.getMessage()]
    assert "Not now: the Daily glute activation routine is still open" in told[-1]
    assert "'" not in told[-1]  # no internal id


def test_the_status_window_shows_the_bout_as_the_command_line_does(
    running: Sitbreak, qtbot: QtBot
) -> None:
    window = running._tray.status_window
    window.show()  # manual mode here: the desk samples once a minute
    clock: FakeClock = running.fake_clock  # type: ignore[attr-defined]
    clock.advance(150)  # no sample since the start
    cli = running.commands("status", {})["bout_seconds"]
    assert cli == 150
    wait_until(lambda: window.summary.text().startswith("Sitting 2 min"), timeout=8)


def test_the_tray_menu_says_how_long_you_have_sat_when_it_opens(running: Sitbreak) -> None:
    """Nothing changes at the desk between samples (a minute in manual mode, longer with
    pushed idle events): the menu's line was as old as the last change."""
    menu = running._tray.menu
    clock: FakeClock = running.fake_clock  # type: ignore[attr-defined]
    menu.aboutToShow.emit()
    assert menu.action_texts()[0].startswith("Sitting 0 s"), menu.action_texts()[0]
    clock.advance(7 * 60)  # no sample, no change: only the clock moved
    menu.aboutToShow.emit()
    assert menu.action_texts()[0].startswith("Sitting 7 min"), menu.action_texts()[0]
