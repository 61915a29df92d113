"""Desktop notifications as a prompt channel: the freedesktop service, or the portal.

`create_notifier` picks the Notification portal inside a Flatpak sandbox (where
/.flatpak-info exists) and org.freedesktop.Notifications elsewhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from sitbreak.platform.notify.base import Notifier, NotifierError

log = logging.getLogger(__name__)

FLATPAK_INFO = Path("/.flatpak-info")

__all__ = ["Notifier", "NotifierError", "create_notifier", "in_flatpak"]


def in_flatpak(flatpak_info: Path = FLATPAK_INFO) -> bool:
    return flatpak_info.exists()


def create_notifier(
    bus: QDBusConnection,
    icon: str,
    *,
    flatpak_info: Path = FLATPAK_INFO,
    parent: QObject | None = None,
) -> Notifier:
    """The notifier for this session. Raises NotifierError when no service answers."""
    if in_flatpak(flatpak_info):
        from sitbreak.platform.notify.portal import PortalNotifier

        return PortalNotifier(bus, parent)
    from sitbreak.platform.notify.freedesktop import FreedesktopNotifier

    return FreedesktopNotifier(bus, icon, parent)
