"""Prompts as desktop notifications, with the prompt window's signals.

The notifier reports what the server says; this adds what the window does by itself:
the prompt's timeout (a prompt nobody answers is missed and taken away, also where the
server keeps notifications forever, as GNOME does), and the window's knowledge of which
second buttons (routine, guide) exist.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from sitbreak.core.prompt_notice import prompt_notice
from sitbreak.core.prompt_text import PromptText
from sitbreak.core.records import Outcome
from sitbreak.platform.notify.base import Notifier

log = logging.getLogger(__name__)


class NotificationPrompts(QObject):
    answered = Signal(str)  # an Outcome value
    routine_requested = Signal()
    guide_requested = Signal()
    open_requested = Signal()  # the notification was clicked: show Sitbreak

    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self._routine = False
        self._guide = False
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._timed_out)
        notifier.answered.connect(self._answered)
        notifier.routine_requested.connect(self._ended)
        notifier.routine_requested.connect(self.routine_requested)
        notifier.guide_requested.connect(self._ended)
        notifier.guide_requested.connect(self.guide_requested)
        notifier.open_requested.connect(self.open_requested)

    def set_available(self, *, routine: bool, guide: bool) -> None:
        self._routine, self._guide = routine, guide

    @property
    def showing(self) -> bool:
        return self.notifier.showing is not None

    def show_prompt(self, text: PromptText, timeout_seconds: int) -> None:
        """Raises NotifierError when the server refuses it (the caller falls back)."""
        notice = prompt_notice(
            text,
            timeout_seconds,
            with_buttons=self.notifier.has_buttons,
            routine_available=self._routine,
            guide_available=self._guide,
        )
        self.notifier.show_prompt(notice)
        self._timeout.start(timeout_seconds * 1000)

    def withdraw(self) -> None:
        self._timeout.stop()
        self.notifier.withdraw()

    def close(self) -> None:
        self.withdraw()
        self.notifier.close()

    def _answered(self, outcome: str) -> None:
        self._ended()
        self.answered.emit(outcome)

    def _ended(self) -> None:
        self._timeout.stop()

    def _timed_out(self) -> None:
        if self.notifier.showing is None:
            return
        log.info("prompt notification not answered in time")
        self.notifier.withdraw()
        self.answered.emit(Outcome.MISSED.value)
