"""Idle time on GNOME (Wayland or X11) from Mutter's IdleMonitor over D-Bus."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.dbus_call import DBusCallError, call

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"


class GnomeIdleSource:
    name = "gnome"

    def __init__(self, session_bus: QDBusConnection) -> None:
        self._bus = session_bus

    def idle_seconds(self) -> float:
        try:
            (idle_ms,) = call(self._bus, SERVICE, PATH, INTERFACE, "GetIdletime")
        except (DBusCallError, ValueError) as exc:
            raise IdleSourceError(f"GNOME idle monitor did not answer: {exc}") from exc
        return int(idle_ms) / 1000.0

    def close(self) -> None:
        """Nothing to release: the session bus connection belongs to the app."""
