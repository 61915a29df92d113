"""GNOME's do not disturb: the setting `org.gnome.desktop.notifications show-banners`
is false. Read through the Settings portal (xdg-desktop-portal, present on every GNOME
and inside Flatpak), whose SettingChanged signal pushes each change.
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

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SETTINGS = "org.freedesktop.portal.Settings"
NAMESPACE = "org.gnome.desktop.notifications"
KEY = "show-banners"
CHANGED_SLOT = "on_setting_changed(QString,QString,QDBusVariant)"


class GnomeBannersDetector(HoldDetector):
    reason = HoldReason.DESKTOP_DND
    name = "gnome-show-banners"
    pushes = True

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        where = (PORTAL, PORTAL_PATH, SETTINGS)
        listen(session_bus, where, "SettingChanged", self, CHANGED_SLOT)
        self._linked = True

    def active(self) -> bool:
        try:
            (value,) = call(self._bus, PORTAL, PORTAL_PATH, SETTINGS, "Read", NAMESPACE, KEY)
        except DBusCallError as error:
            raise HoldSourceError(f"the Settings portal did not answer: {error}") from error
        except ValueError as error:
            raise HoldSourceError(f"odd reply for {KEY}: {error}") from error
        return _plain(value) is False  # banners off: do not disturb

    @Slot(str, str, QDBusVariant)
    def on_setting_changed(self, namespace: str, key: str, _value: Any) -> None:
        if namespace == NAMESPACE and key == KEY:
            self.changed.emit()

    def close(self) -> None:
        if self._linked:
            self._bus.disconnect(  # type: ignore[call-overload]
                PORTAL, PORTAL_PATH, SETTINGS, "SettingChanged", self, SLOT(CHANGED_SLOT)
            )
            self._linked = False


def _plain(value: Any) -> Any:
    # Read() wraps the value in a variant of its own: unwrap every layer.
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value
