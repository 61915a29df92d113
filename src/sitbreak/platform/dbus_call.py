"""A blocking D-Bus method call with a short timeout, for polled values.

Idle time is read on the GUI thread every few seconds; Qt's default 25 s timeout would
freeze the app if a service hung, so calls here give up after a second (a healthy
gnome-shell or logind answers in milliseconds).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SLOT, QObject
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
    autostart: bool = False,
) -> list[Any]:
    """Call `method` and return its output arguments; raise DBusCallError on any error.

    `autostart` lets the bus start an activatable service (a notification daemon is
    started on demand); a probe of an idle source must not start a screensaver.
    """
    if not bus.isConnected():
        raise DBusCallError(f"not connected to the D-Bus bus ({bus.lastError().message()})")
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    message.setAutoStartService(autostart)
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        raise DBusCallError(f"{service} {method}: {reply.errorName()}: {reply.errorMessage()}")
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusCallError(f"{service} {method}: no reply")
    return list(reply.arguments())


def listen(
    bus: QDBusConnection, service: str, path: str, interface: str, signal: str,
    receiver: QObject, slot: str,
) -> bool:  # fmt: skip
    """Deliver `signal` to `receiver`'s Qt slot `slot` ("name(uint,QString)")."""
    # QtDBus delivers only to a Qt slot named by SLOT(); the stubs wrongly want bytes.
    return bool(bus.connect(service, path, interface, signal, receiver, SLOT(slot)))  # type: ignore[call-overload]


def stop_listening(
    bus: QDBusConnection, service: str, path: str, interface: str, signal: str,
    receiver: QObject, slot: str,
) -> bool:  # fmt: skip
    return bool(bus.disconnect(service, path, interface, signal, receiver, SLOT(slot)))  # type: ignore[call-overload]
