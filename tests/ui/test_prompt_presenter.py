"""The prompt presenter: every way of answering becomes one prompt_answered intent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import FollowUp, ShownPrompt
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.settings import PromptSettings
from sitbreak.ui.intents import Intents
from sitbreak.ui.prompt_presenter import PromptPresenter
from sitbreak.ui.tray import TrayController
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SQUEEZE = ShownPrompt(PromptKind.SQUEEZE, NOW, NOW, 0, False, 5, 1, 1200.0)


class Presenting:
    def __init__(self, settings: PromptSettings, has_tray: bool) -> None:
        self.intents = Intents()
        self.tray = TrayController(
            self.intents, FakeClock(NOW), tray_available=lambda: False, tray_retries=0
        )
        if has_tray:
            self.tray.tray.isVisible = lambda: True  # type: ignore[method-assign]
            self.tray.tray.showMessage = lambda *args: None  # type: ignore[method-assign]
        self.presenter = PromptPresenter(self.intents, self.tray, settings)
        self.answers: list[tuple[Outcome, FollowUp | None]] = []
        self.intents.prompt_answered.connect(lambda o, f: self.answers.append((o, f)))

    def close(self) -> None:
        self.presenter.close()
        self.tray.hide()


@pytest.fixture
def window_mode(qtbot: QtBot) -> Iterator[Presenting]:
    p = Presenting(PromptSettings(), has_tray=False)
    yield p
    p.close()


def test_the_windows_answers_become_intents(window_mode: Presenting) -> None:
    window = window_mode.presenter.window
    window_mode.presenter.show_prompt(SQUEEZE)
    window.accepted.emit()
    window.snoozed.emit(5)
    window.skipped.emit()
    window.dismissed.emit()
    window.timed_out.emit()
    window.routine_requested.emit()
    window.guide_requested.emit()
    assert window_mode.answers == [
        (Outcome.ACCEPTED, None),
        (Outcome.SNOOZED, None),
        (Outcome.SKIPPED, None),
        (Outcome.DISMISSED, None),
        (Outcome.MISSED, None),
        (Outcome.ACCEPTED, FollowUp.DESK_ROUTINE),
        (Outcome.ACCEPTED, FollowUp.GUIDE),
    ]


def test_a_notification_is_accepted_by_a_click_and_missed_by_silence(qtbot: QtBot) -> None:
    p = Presenting(PromptSettings(notifications_only=True), has_tray=True)
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is None  # no window in notifications-only mode
    p.tray.message_clicked.emit()
    p.tray.message_clicked.emit()  # a second click answers nothing
    assert p.answers == [(Outcome.ACCEPTED, None)]
    p.presenter.show_prompt(SQUEEZE)  # timeout_seconds=1
    wait_until(lambda: len(p.answers) == 2, timeout=3)
    assert p.answers[-1] == (Outcome.MISSED, None)
    p.close()
