"""Screen sharing on GNOME: Mutter's ScreenCast service lists one D-Bus object per
running screen cast (portal screen sharing in a browser or a meeting app, GNOME's own
screen recorder, remote desktop), under /org/gnome/Mutter/ScreenCast/Session.

Read when asked, by introspecting that path: Mutter announces no new session, so a hold
is re-checked every few seconds until it ends. Other desktops do not tell an app when
the screen is shared.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.holds import HoldReason
from sitbreak.platform.dbus_call import DBusCallError, call
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

log = logging.getLogger(__name__)

SERVICE = "org.gnome.Mutter.ScreenCast"
SESSIONS = "/org/gnome/Mutter/ScreenCast/Session"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"


def child_nodes(xml: str) -> list[str]:
    """The child object names in an Introspect() answer."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as error:
        raise HoldSourceError(f"odd introspection data from Mutter: {error}") from error
    return [node.get("name", "") for node in root.findall("node") if node.get("name")]


class GnomeScreenCastDetector(HoldDetector):
    reason = HoldReason.SCREEN_SHARE
    name = "gnome-mutter-screencast"

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not session_bus.isConnected():
            raise HoldSourceError(f"no session bus ({session_bus.lastError().message()})")
        self._bus = session_bus

    def sessions(self) -> list[str]:
        try:
            (xml,) = call(self._bus, SERVICE, SESSIONS, INTROSPECTABLE, "Introspect")
        except DBusCallError as error:
            if "UnknownObject" in str(error):
                return []  # no session was ever made: the parent path does not exist yet
            raise HoldSourceError(
                f"Mutter's screen cast service did not answer: {error}"
            ) from error
        except ValueError as error:
            raise HoldSourceError(f"odd reply from Mutter: {error}") from error
        return child_nodes(str(xml))

    def active(self) -> bool:
        return bool(self.sessions())
