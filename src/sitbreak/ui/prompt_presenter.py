"""Shows the desk's prompts through the channel chosen at start: the prompt window,
desktop notifications with buttons, or (Windows, macOS) the tray's balloon message.

Every answer, from the window's buttons, a notification's buttons, a timeout or a click
on the balloon, goes out as the one `prompt_answered(outcome, follow_up)` intent; the
desk decides what an answer means.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from sitbreak.core.desk import FollowUp, ShownPrompt
from sitbreak.core.prompt_channel import PromptChannel, PromptStyle, choose_channel
from sitbreak.core.prompt_text import PromptText, prompt_text
from sitbreak.core.records import Outcome
from sitbreak.core.settings import PromptSettings
from sitbreak.platform.notify.base import NotifierError
from sitbreak.ui.intents import Intents
from sitbreak.ui.notification_prompts import NotificationPrompts
from sitbreak.ui.sound import SoundPlayer
from sitbreak.ui.tray import TrayController

if TYPE_CHECKING:
    from sitbreak.ui.prompt_window import PromptWindow

log = logging.getLogger(__name__)


class PromptPresenter(QObject):
    def __init__(
        self,
        intents: Intents,
        tray: TrayController,
        settings: PromptSettings,
        sound: SoundPlayer | None = None,
        parent: QObject | None = None,
        *,
        notifications: NotificationPrompts | None = None,
        session: str | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._settings = settings
        self._sound = sound
        self._notifications = notifications
        self._session = session
        self._platform = platform
        self.channel = PromptChannel.WINDOW
        self._shown: tuple[PromptText, int] | None = None  # on the notification channel
        answer = self._answer = intents.prompt_answered.emit
        self._window: PromptWindow | None = None  # made when a prompt first needs it
        self._available = {"routine": True, "guide": True}
        if notifications is not None:
            notifications.answered.connect(lambda outcome: answer(Outcome(outcome), None))
            notifications.routine_requested.connect(
                lambda: answer(Outcome.ACCEPTED, FollowUp.DESK_ROUTINE)
            )
            notifications.guide_requested.connect(lambda: answer(Outcome.ACCEPTED, FollowUp.GUIDE))
            notifications.open_requested.connect(self._open_in_window)
        # The tray's balloon has no buttons: a click accepts, silence until the timeout misses.
        self._balloon_timeout = QTimer(self)
        self._balloon_timeout.setSingleShot(True)
        self._balloon_timeout.timeout.connect(lambda: answer(Outcome.MISSED, None))
        tray.message_clicked.connect(self._balloon_clicked)
        self._ballooned = False

    @property
    def window(self) -> PromptWindow:
        """The prompt window, built on first use: a tray that prompts through notifications
        never needs it (about 2 MB of widgets)."""
        if self._window is None:
            from sitbreak.ui.prompt_window import PromptWindow

            answer = self._answer
            window = self._window = PromptWindow()
            window.accepted.connect(lambda: answer(Outcome.ACCEPTED, None))
            window.snoozed.connect(lambda _minutes: answer(Outcome.SNOOZED, None))
            window.skipped.connect(lambda: answer(Outcome.SKIPPED, None))
            window.dismissed.connect(lambda: answer(Outcome.DISMISSED, None))
            window.timed_out.connect(lambda: answer(Outcome.MISSED, None))
            window.routine_requested.connect(
                lambda: answer(Outcome.ACCEPTED, FollowUp.DESK_ROUTINE)
            )
            window.guide_requested.connect(lambda: answer(Outcome.ACCEPTED, FollowUp.GUIDE))
            window.set_available(**self._available)
        return self._window

    def choose_channel(self) -> PromptChannel:
        """Pick the channel for this session; call once the tray has started."""
        try:
            style = PromptStyle(self._settings.style)
        except ValueError:
            style = PromptStyle.AUTO
        self.channel = choose_channel(
            style,
            platform=self._platform,
            session=self._session,
            has_tray=self._tray.has_tray,
            notifications_available=self._notifications is not None,
        )
        log.info("prompts appear as: %s (style %s)", self.channel.value, style.value)
        return self.channel

    def set_settings(self, settings: PromptSettings) -> None:
        changed = settings.style != self._settings.style
        self._settings = settings
        if changed:
            self.choose_channel()

    def set_available(self, *, routine: bool, guide: bool) -> None:
        self._available = {"routine": routine, "guide": guide}
        if self._window is not None:
            self._window.set_available(routine=routine, guide=guide)
        if self._notifications is not None:
            self._notifications.set_available(routine=routine, guide=guide)

    @staticmethod
    def text_for(prompt: ShownPrompt) -> PromptText:
        return prompt_text(
            prompt.kind,
            snooze_minutes=prompt.snooze_minutes,
            urgent=prompt.urgent,
            snooze_count=prompt.snooze_count,
            sitting_seconds=prompt.sitting_seconds,
            held_seconds=prompt.held_seconds,
        )

    def show_prompt(self, prompt: ShownPrompt) -> None:
        text = self.text_for(prompt)
        if self._settings.chime and self._sound is not None:
            self._sound.play_chime()
        if self.channel is PromptChannel.NOTIFICATION:
            if self._notifications is not None:
                try:
                    self._notifications.show_prompt(text, prompt.timeout_seconds)
                except NotifierError as error:
                    log.warning("prompt notification failed, using the window: %s", error)
                else:
                    self._shown = (text, prompt.timeout_seconds)
                    return
            elif self._tray.has_tray:
                self._ballooned = True
                self._tray.show_message(
                    text.title, text.notification_text, prompt.timeout_seconds * 1000
                )
                self._balloon_timeout.start(prompt.timeout_seconds * 1000)
                return
        self._show_window(text, prompt.timeout_seconds)

    def _show_window(self, text: PromptText, timeout_seconds: int) -> None:
        self.window.setWindowTitle(f"{text.title} - Sitbreak")  # taskbars, screen readers
        self.window.show_prompt(text, timeout_seconds, self._tray.icon_geometry())

    def _open_in_window(self) -> None:
        """The notification was clicked (a server without buttons): answer in the window."""
        if self._shown is not None and (self._window is None or self._window.prompt is None):
            self._show_window(*self._shown)

    def close_prompt(self) -> None:
        self._balloon_timeout.stop()
        self._ballooned = False
        self._shown = None
        if self._notifications is not None:
            self._notifications.withdraw()
        if self._window is not None and self._window.prompt is not None:
            self._window.withdraw()

    def _balloon_clicked(self) -> None:
        if self._ballooned:
            self._balloon_timeout.stop()
            self._ballooned = False
            self._answer(Outcome.ACCEPTED, None)

    def close(self) -> None:
        self.close_prompt()
        if self._window is not None:
            self._window.close()
        if self._notifications is not None:
            self._notifications.close()
