"""Prompts through org.freedesktop.Notifications (GNOME Shell, KDE Plasma, dunst, mako, ...).

The server's `ActionInvoked` answers the prompt; `NotificationClosed` with reason 1
(expired) counts as missed, 2 (closed by the user) as dismissed, 3 (our own
CloseNotification) as nothing. Where the server lacks the `actions` capability the body
says how to answer and only the click (the default action) is offered.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.prompt_notice import NoticeAction, PromptNotice
from sitbreak.core.records import Outcome
from sitbreak.platform.dbus_call import listen, stop_listening
from sitbreak.platform.dbus_types import DBusTypeError, byte, uint32
from sitbreak.platform.notify.base import Notifier, NotifierError, service_call

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_ID = "io.github.sitbreak.Sitbreak"
REASON_EXPIRED, REASON_DISMISSED, REASON_CLOSED_BY_CALL = 1, 2, 3
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2
ACTION_SLOT = "_on_action_invoked(uint,QString)"
CLOSED_SLOT = "_on_closed(uint,uint)"


class FreedesktopNotifier(Notifier):
    name = "freedesktop-notifications"

    def __init__(
        self, bus: QDBusConnection, icon: str = APP_ID, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._icon = icon  # an icon name from the theme, or an absolute file path
        self._prompt_id = 0
        self._message_id = 0
        try:
            (capabilities,) = self._call("GetCapabilities")
            name, vendor, version, spec = self._call("GetServerInformation")
        except (NotifierError, ValueError) as exc:
            raise NotifierError(f"no notification service answers: {exc}") from exc
        self.capabilities = frozenset(str(c) for c in capabilities)
        self.server = f"{name} {version} ({vendor}, spec {spec})"
        log.info("notifications: %s, capabilities %s", self.server, sorted(self.capabilities))
        self._connected = [
            listen(self._bus, SERVICE, PATH, INTERFACE, "ActionInvoked", self, ACTION_SLOT),
            listen(self._bus, SERVICE, PATH, INTERFACE, "NotificationClosed", self, CLOSED_SLOT),
        ]
        if not all(self._connected):
            raise NotifierError(f"cannot listen to {SERVICE}: {self._bus.lastError().message()}")

    @property
    def has_buttons(self) -> bool:
        return "actions" in self.capabilities

    def _call(self, method: str, *args: Any) -> list[Any]:
        return service_call(self._bus, SERVICE, PATH, INTERFACE, method, *args)

    def _notify(
        self, replaces: int, title: str, body: str, actions: list[str], critical: bool,
        timeout_ms: int,
    ) -> int:  # fmt: skip
        try:
            hints = {
                "desktop-entry": APP_ID,
                "urgency": byte(URGENCY_CRITICAL if critical else URGENCY_NORMAL),
            }
            (notification_id,) = self._call(
                "Notify", "Sitbreak", uint32(replaces), self._icon, title, body, actions,
                hints, timeout_ms,
            )  # fmt: skip
        except (DBusTypeError, ValueError) as exc:
            raise NotifierError(f"the notification could not be sent: {exc}") from exc
        return int(notification_id)

    def _post_prompt(self, notice: PromptNotice) -> None:
        actions = [NoticeAction.OPEN.value, ""]  # a click on the notification itself
        for action, label in notice.buttons:
            actions += [action.value, label]
        self._prompt_id = self._notify(
            self._prompt_id, notice.title, self._body(notice.body), actions, notice.critical,
            notice.timeout_ms,
        )  # fmt: skip
        log.info("prompt notification %d: %s", self._prompt_id, notice.title)

    def _body(self, text: str) -> str:
        """Servers with body markup read "&" and "<" as markup: say them as text."""
        if "body-markup" in self.capabilities:
            # html.escape(text, quote=False), without html's entity tables (0.5 MB)
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return text

    def _remove_prompt(self) -> None:
        notification_id, self._prompt_id = self._prompt_id, 0
        if notification_id:
            try:
                self._call("CloseNotification", uint32(notification_id))
            except DBusTypeError as exc:
                raise NotifierError(str(exc)) from exc

    def show_message(self, title: str, body: str, timeout_ms: int = 10_000) -> None:
        self._message_id = self._notify(
            self._message_id, title, self._body(body), [], False, timeout_ms
        )

    def close(self) -> None:
        super().close()
        if any(self._connected):
            stop_listening(self._bus, SERVICE, PATH, INTERFACE, "ActionInvoked", self, ACTION_SLOT)
            stop_listening(
                self._bus, SERVICE, PATH, INTERFACE, "NotificationClosed", self, CLOSED_SLOT
            )
            self._connected = [False, False]

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action: str) -> None:
        if notification_id == self._prompt_id and self._prompt_id:
            self._action(action)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, reason: int) -> None:
        if notification_id == self._message_id:
            self._message_id = 0
        if notification_id != self._prompt_id or not self._prompt_id:
            return
        self._prompt_id = 0
        if reason == REASON_EXPIRED:
            self._closed_by_server(Outcome.MISSED.value)
        elif reason == REASON_DISMISSED:
            self._closed_by_server(Outcome.DISMISSED.value)
        elif reason != REASON_CLOSED_BY_CALL:
            log.info("prompt notification closed for reason %d; it stays up in Sitbreak", reason)
