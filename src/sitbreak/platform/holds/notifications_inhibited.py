"""Desktop do not disturb from the `Inhibited` property of org.freedesktop.Notifications
(KDE Plasma, and other notification daemons of the spec's 1.3 drafts).

A change is pushed by PropertiesChanged. No daemon, or one without the property, means
no do not disturb here (GNOME's switch is read by gnome_banners.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusVariant

from sitbreak.core.holds import HoldReason
from sitbreak.platform.dbus_call import DBusCallError, call
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError, listen

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
PROPERTIES = "org.freedesktop.DBus.Properties"
CHANGED_SLOT = "on_properties_changed(QString,QVariantMap,QStringList)"


class NotificationsInhibitedDetector(HoldDetector):
    reason = HoldReason.DESKTOP_DND
    name = "notifications-inhibited"
    pushes = True

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        listen(session_bus, (SERVICE, PATH, PROPERTIES), "PropertiesChanged", self, CHANGED_SLOT)
        self._linked = True

    def active(self) -> bool:
        try:
            (value,) = call(self._bus, SERVICE, PATH, PROPERTIES, "Get", INTERFACE, "Inhibited")
        except DBusCallError as error:
            # No daemon running, or one without the property: nothing is inhibited.
            log.debug("Inhibited not readable: %s", error)
            return False
        except ValueError as error:
            raise HoldSourceError(f"odd reply for Inhibited: {error}") from error
        return bool(_plain(value))

    @Slot(str, "QVariantMap", "QStringList")
    def on_properties_changed(self, interface: str, changed: dict[str, Any], _: list[str]) -> None:
        if interface == INTERFACE and "Inhibited" in changed:
            self.changed.emit()

    def close(self) -> None:
        if self._linked:
            self._bus.disconnect(  # type: ignore[call-overload]
                SERVICE, PATH, PROPERTIES, "PropertiesChanged", self, SLOT(CHANGED_SLOT)
            )
            self._linked = False


def _plain(value: Any) -> Any:
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value
