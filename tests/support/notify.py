"""A notifier that records what would reach the notification server."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sitbreak.core.prompt_notice import PromptNotice
from sitbreak.platform.notify.base import Notifier


class FakeNotifier(Notifier):
    """Records what would reach the server; `press` is the user's click."""

    def __init__(self, buttons: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self.posted: list[PromptNotice] = []
        self.removed = 0

    @property
    def has_buttons(self) -> bool:
        return self._buttons

    def _post_prompt(self, notice: PromptNotice) -> None:
        self.posted.append(notice)

    def _remove_prompt(self) -> None:
        self.removed += 1

    def press(self, key: str) -> None:
        self._action(key)
