"""The prompt channel that desktop notifications offer, whatever server draws them.

A notifier shows one prompt at a time and reports the user's answer the way the prompt
window does: `answered(outcome)` for Done / Snooze / Skip, a close by the user
(dismissed) or by expiry (missed); `routine_requested` / `guide_requested` for the
window's second buttons; `open_requested` for a click on the notification itself. The
composition root connects these to the same intents as the window's signals.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.prompt_notice import ANSWERS, NoticeAction, PromptNotice
from sitbreak.platform.dbus_call import DBusCallError, call

log = logging.getLogger(__name__)


class NotifierError(OSError):
    """No notification service answers, or it refused a notification."""


CALL_TIMEOUT_MS = 3000  # a notification daemon started on demand may take a moment


def service_call(
    bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: Any
) -> list[Any]:
    """A call to a notification service, which the bus may start on demand."""
    try:
        return call(
            bus, service, path, interface, method, *args,
            timeout_ms=CALL_TIMEOUT_MS, autostart=True,
        )  # fmt: skip
    except DBusCallError as exc:
        raise NotifierError(str(exc)) from exc


class Notifier(QObject):
    answered = Signal(str)  # an Outcome value
    routine_requested = Signal()
    guide_requested = Signal()
    open_requested = Signal()  # the notification itself was clicked

    name = "notifier"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing: PromptNotice | None = None

    @property
    def has_buttons(self) -> bool:
        """Whether the server draws action buttons (else the body says how to answer)."""
        return True

    @property
    def showing(self) -> PromptNotice | None:
        return self._showing

    def show_prompt(self, notice: PromptNotice) -> None:
        """Show `notice`, replacing a prompt still shown. Raises NotifierError."""
        self._post_prompt(notice)
        self._showing = notice

    def withdraw(self) -> None:
        """Take the prompt away: it ended another way (answered elsewhere, lock, away)."""
        if self._showing is None:
            return
        self._showing = None
        try:
            self._remove_prompt()
        except NotifierError as exc:
            log.warning("could not withdraw the prompt notification: %s", exc)

    def show_message(self, title: str, body: str, timeout_ms: int = 10_000) -> None:
        """A plain message (settings problems, database warnings). Raises NotifierError."""
        raise NotImplementedError

    def close(self) -> None:
        """Withdraw what is shown and stop listening."""
        self.withdraw()

    # -- for subclasses ------------------------------------------------------------
    def _post_prompt(self, notice: PromptNotice) -> None:
        raise NotImplementedError

    def _remove_prompt(self) -> None:
        raise NotImplementedError

    def _action(self, key: str) -> None:
        """The user pressed a button (or the notification) of the prompt shown."""
        if self._showing is None:
            log.debug("notification action %r after its prompt ended", key)
            return
        try:
            action = NoticeAction(key)
        except ValueError:
            log.warning("unknown notification action %r", key)
            return
        log.info("prompt notification: %s", action.value)
        if action is NoticeAction.OPEN:
            self.open_requested.emit()
            return
        # The answer ends the prompt: later signals about this notification are not answers,
        # and a copy kept in the server's history must not offer stale buttons.
        self.withdraw()
        if action in ANSWERS:
            self.answered.emit(ANSWERS[action].value)
        elif action is NoticeAction.ROUTINE:
            self.routine_requested.emit()
        else:
            self.guide_requested.emit()

    def _closed_by_server(self, outcome: str) -> None:
        """The server closed the prompt (the user closed it, or it expired)."""
        if self._showing is None:
            return
        self._showing = None
        log.info("prompt notification closed: %s", outcome)
        self.answered.emit(outcome)
