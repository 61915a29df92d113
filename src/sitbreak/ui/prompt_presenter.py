"""Shows the desk's prompts: in the prompt window, or as a tray notification.

Every answer, from the window's buttons, its timeout or a click on the notification,
goes out as the one `prompt_answered(outcome, follow_up)` intent; the desk decides what
an answer means.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from sitbreak.core.desk import FollowUp, ShownPrompt
from sitbreak.core.prompt_text import PromptText, prompt_text
from sitbreak.core.records import Outcome
from sitbreak.core.settings import PromptSettings
from sitbreak.ui.intents import Intents
from sitbreak.ui.prompt_window import PromptWindow
from sitbreak.ui.sound import SoundPlayer
from sitbreak.ui.tray import TrayController

log = logging.getLogger(__name__)


class PromptPresenter(QObject):
    def __init__(
        self,
        intents: Intents,
        tray: TrayController,
        settings: PromptSettings,
        sound: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._settings = settings
        self._sound = sound
        answer = self._answer = intents.prompt_answered.emit
        self.window = PromptWindow()
        self.window.accepted.connect(lambda: answer(Outcome.ACCEPTED, None))
        self.window.snoozed.connect(lambda _minutes: answer(Outcome.SNOOZED, None))
        self.window.skipped.connect(lambda: answer(Outcome.SKIPPED, None))
        self.window.dismissed.connect(lambda: answer(Outcome.DISMISSED, None))
        self.window.timed_out.connect(lambda: answer(Outcome.MISSED, None))
        self.window.routine_requested.connect(
            lambda: answer(Outcome.ACCEPTED, FollowUp.DESK_ROUTINE)
        )
        self.window.guide_requested.connect(lambda: answer(Outcome.ACCEPTED, FollowUp.GUIDE))
        # Notifications have no buttons: a click accepts, silence until the timeout misses.
        self._notification_timeout = QTimer(self)
        self._notification_timeout.setSingleShot(True)
        self._notification_timeout.timeout.connect(lambda: answer(Outcome.MISSED, None))
        tray.message_clicked.connect(self._notification_clicked)
        self._notified = False

    def set_settings(self, settings: PromptSettings) -> None:
        self._settings = settings

    def set_available(self, *, routine: bool, guide: bool) -> None:
        self.window.set_available(routine=routine, guide=guide)

    @staticmethod
    def text_for(prompt: ShownPrompt) -> PromptText:
        return prompt_text(
            prompt.kind,
            snooze_minutes=prompt.snooze_minutes,
            urgent=prompt.urgent,
            snooze_count=prompt.snooze_count,
            sitting_seconds=prompt.sitting_seconds,
        )

    def show_prompt(self, prompt: ShownPrompt) -> None:
        text = self.text_for(prompt)
        if self._settings.chime and self._sound is not None:
            self._sound.play_chime()
        if self._settings.notifications_only and self._tray.has_tray:
            self._notified = True
            self._tray.show_message(
                text.title, text.notification_text, prompt.timeout_seconds * 1000
            )
            self._notification_timeout.start(prompt.timeout_seconds * 1000)
            return
        self.window.setWindowTitle(f"Sitbreak · {text.title}")  # taskbars, screen readers
        self.window.show_prompt(text, prompt.timeout_seconds, self._tray.icon_geometry())

    def close_prompt(self) -> None:
        self._notification_timeout.stop()
        self._notified = False
        if self.window.prompt is not None:
            self.window.withdraw()

    def _notification_clicked(self) -> None:
        if self._notified:
            self._notification_timeout.stop()
            self._notified = False
            self._answer(Outcome.ACCEPTED, None)

    def close(self) -> None:
        self.close_prompt()
        self.window.close()
