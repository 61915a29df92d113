"""Idle time from org.freedesktop.ScreenSaver.GetSessionIdleTime (KDE Plasma on X11, others).

KDE answers in milliseconds (its KIdleTime value), which is what the implementations
in use return, although the draft spec says seconds. On Wayland, KDE's screen locker
replies NotSupported, so the probe fails there; Wayland sessions outside GNOME use
the ext_idle_notify_v1 protocol first (wayland.py) and this only as a fallback.
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.dbus_call import DBusCallError, call

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


class FreedesktopIdleSource:
    name = "freedesktop-screensaver"

    def __init__(self, session_bus: QDBusConnection) -> None:
        self._bus = session_bus

    def idle_seconds(self) -> float:
        try:
            (idle_ms,) = call(self._bus, SERVICE, PATH, INTERFACE, "GetSessionIdleTime")
        except (DBusCallError, ValueError) as exc:
            raise IdleSourceError(f"the screensaver service did not give idle time: {exc}") from exc
        return int(idle_ms) / 1000.0

    def close(self) -> None:
        """Nothing to release: the session bus connection belongs to the app."""
