"""Prompts through the Notification portal, for Sitbreak inside a Flatpak sandbox.

The sandbox has no org.freedesktop.Notifications; xdg-desktop-portal forwards
`AddNotification` to the desktop's server and the buttons' `ActionInvoked` back. The
portal reports neither a close nor an expiry, so a prompt nobody answers ends by the
prompt's own timeout (missed), as in the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.prompt_notice import NoticeAction, PromptNotice
from sitbreak.platform.dbus_call import listen, stop_listening
from sitbreak.platform.dbus_types import DBusTypeError, dict_array
from sitbreak.platform.notify.base import Notifier, NotifierError, service_call

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Notification"
PROMPT_ID = "prompt"
MESSAGE_ID = "message"
ACTION_SLOT = "_on_action_invoked(QString,QString,QVariantList)"


class PortalNotifier(Notifier):
    name = "notification-portal"

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        try:
            (version,) = self._call(
                "Get", INTERFACE, "version", interface="org.freedesktop.DBus.Properties"
            )
        except NotifierError as exc:
            raise NotifierError(f"the Notification portal does not answer: {exc}") from exc
        version = getattr(version, "variant", lambda: version)()
        log.info("notifications: the Notification portal, version %s", version)
        if not listen(self._bus, SERVICE, PATH, INTERFACE, "ActionInvoked", self, ACTION_SLOT):
            raise NotifierError(f"cannot listen to the portal: {self._bus.lastError().message()}")
        self._listening = True

    def _call(self, method: str, *args: Any, interface: str = INTERFACE) -> list[Any]:
        return service_call(self._bus, SERVICE, PATH, interface, method, *args)

    def _add(self, notification_id: str, notification: dict[str, Any]) -> None:
        self._call("AddNotification", notification_id, notification)

    def _post_prompt(self, notice: PromptNotice) -> None:
        notification: dict[str, Any] = {
            "title": notice.title,
            "body": notice.body,
            "priority": "urgent" if notice.critical else "high",
            "default-action": NoticeAction.OPEN.value,
        }
        if notice.buttons:
            try:
                notification["buttons"] = dict_array(
                    {"label": label, "action": action.value} for action, label in notice.buttons
                )
            except DBusTypeError as exc:
                raise NotifierError(str(exc)) from exc
        self._add(PROMPT_ID, notification)
        log.info("prompt notification through the portal: %s", notice.title)

    def _remove_prompt(self) -> None:
        self._call("RemoveNotification", PROMPT_ID)

    def show_message(self, title: str, body: str, timeout_ms: int = 10_000) -> None:
        self._add(MESSAGE_ID, {"title": title, "body": body, "priority": "normal"})

    def close(self) -> None:
        super().close()
        if self._listening:
            stop_listening(self._bus, SERVICE, PATH, INTERFACE, "ActionInvoked", self, ACTION_SLOT)
            self._listening = False

    @Slot(str, str, "QVariantList")
    def _on_action_invoked(self, notification_id: str, action: str, _parameter: Any) -> None:
        if notification_id == PROMPT_ID:
            self._action(action)
