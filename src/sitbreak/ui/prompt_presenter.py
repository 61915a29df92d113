"""Shows the coordinator's prompts: in the prompt window, or as a desktop notification.

It turns the window's buttons into one `answered(outcome)` signal for the coordinator;
the coordinator decides what an answer means.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from sitbreak.core.desk import ShownPrompt
from sitbreak.core.prompt_text import PromptText, prompt_text
from sitbreak.core.records import Outcome
from sitbreak.core.settings import PromptSettings
from sitbreak.ui.prompt_window import PromptWindow
from sitbreak.ui.sound import SoundPlayer
from sitbreak.ui.tray import TrayController

log = logging.getLogger(__name__)


class PromptPresenter(QObject):
    answered = Signal(str)  # an Outcome value
    routine_requested = Signal()  # "Do the 2-minute routine" on a stand prompt
    guide_requested = Signal()  # "Guide me" on a squeeze prompt

    def __init__(
        self,
        tray: TrayController,
        settings: PromptSettings,
        sound: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._settings = settings
        self._sound = sound
        self.window = PromptWindow()
        self.window.accepted.connect(lambda: self.answered.emit(Outcome.ACCEPTED.value))
        self.window.snoozed.connect(lambda _minutes: self.answered.emit(Outcome.SNOOZED.value))
        self.window.skipped.connect(lambda: self.answered.emit(Outcome.SKIPPED.value))
        self.window.dismissed.connect(lambda: self.answered.emit(Outcome.DISMISSED.value))
        self.window.timed_out.connect(lambda: self.answered.emit(Outcome.MISSED.value))
        self.window.routine_requested.connect(self.routine_requested)
        self.window.guide_requested.connect(self.guide_requested)
        # Notifications have no buttons: a click accepts, silence until the timeout misses.
        self._notification_timeout = QTimer(self)
        self._notification_timeout.setSingleShot(True)
        self._notification_timeout.timeout.connect(lambda: self.answered.emit(Outcome.MISSED.value))
        self._tray.tray.messageClicked.connect(self._notification_clicked)
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
            self.answered.emit(Outcome.ACCEPTED.value)

    def close(self) -> None:
        self.close_prompt()
        self.window.close()
