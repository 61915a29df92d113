"""What the tray tooltip and the status window say about holds and the backoff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.prompt_text import tooltip
from sitbreak.core.status import State, Status
from sitbreak.ui.tray import TrayController

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HELD = Status(State.SITTING, 50 * 60, 45 * 60, None, None, held_by=("call", "fullscreen"))
SPACED = Status(
    State.SITTING,
    20 * 60,
    45 * 60,
    None,
    None,
    missed_in_row=4,
    spaced_until=NOW + timedelta(minutes=20),
)


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[TrayController]:
    ctl = TrayController(clock=FakeClock(NOW), tray_available=lambda: False, tray_retries=0)
    qtbot.addWidget(ctl.status_window)
    yield ctl
    ctl.hide()


def test_the_tooltip_says_what_holds_prompts_and_that_they_are_spaced_out() -> None:
    clock = FakeClock(NOW)
    assert tooltip(HELD, clock).splitlines()[2] == ("Prompts held: in a call, a full-screen window")
    assert tooltip(SPACED, clock).splitlines()[2] == (
        "4 prompts in a row went unanswered: the next waits until 09:20. "
        "Answer one to go back to normal."
    )
    plain = Status(State.SITTING, 60, 45 * 60, None, None)
    assert len(tooltip(plain, clock).splitlines()) == 2


def test_the_status_window_says_it_too(controller: TrayController, qtbot: QtBot) -> None:
    window = controller.status_window
    controller.show_status()
    qtbot.waitExposed(window)
    controller.set_status(HELD)
    assert not window.holds.isHidden()
    assert window.holds.text() == "Prompts held: in a call, a full-screen window"
    controller.set_status(Status(State.SITTING, 60, 45 * 60, None, None))
    assert window.holds.isHidden()


def test_sitbreak_status_prints_what_holds(capsys: pytest.CaptureFixture[str]) -> None:
    from sitbreak.cli.remote import print_status

    status = Status(State.SITTING, 600, 2700, None, None, held_by=("call", "later")).to_json()
    print_status(status, as_json=False)
    assert capsys.readouterr().out.splitlines()[-1] == "Prompts held: in a call, later"
    print_status(status, as_json=True)
    assert '"held_by": [\n    "call",\n    "later"\n  ]' in capsys.readouterr().out
