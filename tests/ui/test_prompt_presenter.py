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
from sitbreak.platform.notify.base import NotifierError
from sitbreak.ui.intents import Intents
from sitbreak.ui.notification_prompts import NotificationPrompts
from sitbreak.ui.prompt_presenter import PromptPresenter
from sitbreak.ui.tray import TrayController
from tests.support.notify import FakeNotifier
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SQUEEZE = ShownPrompt(PromptKind.SQUEEZE, NOW, NOW, 0, False, 5, 1, 1200.0)


class Presenting:
    def __init__(
        self,
        settings: PromptSettings,
        has_tray: bool,
        notifier: FakeNotifier | None = None,
        platform: str = "linux",
        session: str | None = "wayland",
    ) -> None:
        self.intents = Intents()
        self.tray = TrayController(
            self.intents, FakeClock(NOW), tray_available=lambda: False, tray_retries=0
        )
        if has_tray:
            self.tray.tray.isVisible = lambda: True  # type: ignore[method-assign]
            self.tray.tray.showMessage = lambda *args: None  # type: ignore[method-assign]
        self.notifier = notifier
        self.presenter = PromptPresenter(
            self.intents,
            self.tray,
            settings,
            notifications=None if notifier is None else NotificationPrompts(notifier),
            session=session,
            platform=platform,
        )
        self.presenter.choose_channel()
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


def test_a_balloon_is_accepted_by_a_click_and_missed_by_silence(qtbot: QtBot) -> None:
    """Windows and macOS with style = "notification": the tray's balloon message."""
    p = Presenting(PromptSettings(style="notification"), has_tray=True, platform="win32")
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is None  # no window when prompts are notifications
    p.tray.message_clicked.emit()
    p.tray.message_clicked.emit()  # a second click answers nothing
    assert p.answers == [(Outcome.ACCEPTED, None)]
    p.presenter.show_prompt(SQUEEZE)  # timeout_seconds=1
    wait_until(lambda: len(p.answers) == 2, timeout=3)
    assert p.answers[-1] == (Outcome.MISSED, None)
    p.close()


def test_without_a_tray_prompts_are_notifications_whose_buttons_answer(qtbot: QtBot) -> None:
    p = Presenting(PromptSettings(), has_tray=False, notifier=FakeNotifier())
    assert p.presenter.channel.value == "notification"
    p.presenter.set_available(routine=True, guide=True)
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is None
    (notice,) = p.notifier.posted
    assert [a.value for a, _ in notice.buttons] == ["done", "guide", "snooze", "skip"]
    p.notifier.press("guide")
    p.presenter.show_prompt(SQUEEZE)
    p.notifier.press("snooze")
    assert p.answers == [(Outcome.ACCEPTED, FollowUp.GUIDE), (Outcome.SNOOZED, None)]
    p.presenter.show_prompt(SQUEEZE)
    p.presenter.close_prompt()  # ended another way: withdrawn
    assert p.notifier.removed == 3
    p.close()


def test_the_window_is_the_fallback_when_the_notification_fails(qtbot: QtBot) -> None:
    notifier = FakeNotifier()

    def refuse(_notice: object) -> None:
        raise NotifierError("org.freedesktop.Notifications Notify: no reply")

    notifier._post_prompt = refuse  # type: ignore[method-assign]
    p = Presenting(PromptSettings(), has_tray=False, notifier=notifier)
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is not None
    p.close()


def test_a_click_on_a_buttonless_notification_opens_the_prompt_window(qtbot: QtBot) -> None:
    p = Presenting(PromptSettings(), has_tray=False, notifier=FakeNotifier(buttons=False))
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is None
    p.notifier.press("default")
    assert p.presenter.window.prompt is not None
    p.presenter.window.accepted.emit()
    assert p.answers == [(Outcome.ACCEPTED, None)]
    p.close()


def test_style_window_keeps_the_window_even_without_a_tray(qtbot: QtBot) -> None:
    p = Presenting(PromptSettings(style="window"), has_tray=False, notifier=FakeNotifier())
    p.presenter.show_prompt(SQUEEZE)
    assert p.presenter.window.prompt is not None
    assert p.notifier.posted == []
    p.close()
