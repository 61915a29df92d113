"""A blocking D-Bus method call with a short timeout, for polled values.

Idle time is read on the GUI thread every few seconds; Qt's default 25 s timeout would
freeze the app if a service hung, so calls here give up after a second (a healthy
gnome-shell or logind answers in milliseconds).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

CALL_TIMEOUT_MS = 1000


class DBusCallError(RuntimeError):
    pass


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: Any,
    timeout_ms: int = CALL_TIMEOUT_MS,
) -> list[Any]:
    """Call `method` and return its output arguments; raise DBusCallError on any error."""
    if not bus.isConnected():
        raise DBusCallError(f"not connected to the D-Bus bus ({bus.lastError().message()})")
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    # A probe must not start a screensaver daemon that the desktop did not start.
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        raise DBusCallError(f"{service} {method}: {reply.errorName()}: {reply.errorMessage()}")
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusCallError(f"{service} {method}: no reply")
    return list(reply.arguments())
