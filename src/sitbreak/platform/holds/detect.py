"""Which hold detectors this desktop gets: chosen from the platform and the session's
environment (never from Qt's platform name), each built once; one that cannot work
here is left out with a note the status window shows.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping

from PySide6.QtDBus import QDBusConnection

from sitbreak.core.holds import HoldReason
from sitbreak.core.i18n import QT_TRANSLATE_NOOP
from sitbreak.platform.detect import desktops, session_kind
from sitbreak.platform.holds.base import HoldDetector, HoldMonitor, HoldSourceError

log = logging.getLogger(__name__)

DetectorBuilder = Callable[[], HoldDetector]
GNOME_LIKE = ("gnome", "unity", "budgie")

# What a desktop cannot tell, for the user (translated where shown: HoldMonitor.notes).
NOT_SEEN_WAYLAND_FULLSCREEN = QT_TRANSLATE_NOOP(
    "Holds",
    "Full screen is not seen on this Wayland desktop: it does not tell other apps which "
    "window is full screen (KDE's KWin does).",
)
NOT_SEEN_SCREEN_SHARE = QT_TRANSLATE_NOOP("Holds", "Screen sharing is seen on GNOME only.")
NOT_SEEN_MACOS_CAMERA = QT_TRANSLATE_NOOP(
    "Holds", "On macOS the camera alone is not seen; the microphone is."
)


def hold_candidates(environ: Mapping[str, str], platform: str) -> tuple[list[str], list[str]]:
    """Detector names to build, and what this desktop cannot tell (notes)."""
    if platform == "win32":
        return ["windows-fullscreen", "windows-quiet-time", "windows-consent-store"], [
            NOT_SEEN_SCREEN_SHARE
        ]
    if platform == "darwin":
        return ["macos-window-list", "macos-coreaudio", "macos-focus"], [
            NOT_SEEN_SCREEN_SHARE,
            NOT_SEEN_MACOS_CAMERA,
        ]
    names: list[str] = []
    notes: list[str] = []
    kind = session_kind(environ)
    gnome = any(d in GNOME_LIKE for d in desktops(environ))
    if kind == "x11":
        names.append("x11-ewmh")
    elif kind == "wayland" and "kde" in desktops(environ):
        names.append("kwin-script")
    elif kind == "wayland":
        notes.append(NOT_SEEN_WAYLAND_FULLSCREEN)
    names += ["pulseaudio-capture", "linux-camera"]
    if gnome:
        names += ["gnome-mutter-screencast", "gnome-show-banners"]
    else:
        notes.append(NOT_SEEN_SCREEN_SHARE)
    names.append("notifications-inhibited")
    return names, notes


def default_builders(
    environ: Mapping[str, str], session_bus: QDBusConnection | None = None
) -> dict[str, DetectorBuilder]:
    """Constructors of the real detectors; imported lazily, each platform loads its own."""

    def bus() -> QDBusConnection:
        return session_bus if session_bus is not None else QDBusConnection.sessionBus()

    def x11() -> HoldDetector:
        from sitbreak.platform.holds.x11_fullscreen import X11FullscreenDetector

        return X11FullscreenDetector(environ)

    def kwin() -> HoldDetector:
        from sitbreak.platform.holds.kwin_fullscreen import KWinFullscreenDetector

        return KWinFullscreenDetector(bus())

    def pulse() -> HoldDetector:
        from sitbreak.platform.holds.pulse_capture import PulseCaptureDetector

        return PulseCaptureDetector(environ=environ)

    def camera() -> HoldDetector:
        from sitbreak.platform.holds.linux_camera import CameraDetector

        return CameraDetector()

    def screencast() -> HoldDetector:
        from sitbreak.platform.holds.gnome_screencast import GnomeScreenCastDetector

        return GnomeScreenCastDetector(bus())

    def banners() -> HoldDetector:
        from sitbreak.platform.holds.gnome_banners import GnomeBannersDetector

        return GnomeBannersDetector(bus())

    def inhibited() -> HoldDetector:
        from sitbreak.platform.holds.notifications_inhibited import (
            NotificationsInhibitedDetector,
        )

        return NotificationsInhibitedDetector(bus())

    def windows_state(reason: HoldReason) -> DetectorBuilder:
        def build() -> HoldDetector:
            from sitbreak.platform.holds.windows_notification_state import (
                WindowsNotificationStateDetector,
            )

            return WindowsNotificationStateDetector(reason)

        return build

    def consent() -> HoldDetector:
        from sitbreak.platform.holds.windows_consent import WindowsConsentDetector

        return WindowsConsentDetector()

    def mac_windows() -> HoldDetector:
        from sitbreak.platform.holds.macos_fullscreen import MacFullscreenDetector

        return MacFullscreenDetector()

    def mac_microphone() -> HoldDetector:
        from sitbreak.platform.holds.macos_microphone import MacMicrophoneDetector

        return MacMicrophoneDetector()

    def mac_focus() -> HoldDetector:
        from sitbreak.platform.holds.macos_focus import MacFocusDetector

        return MacFocusDetector()

    return {
        "x11-ewmh": x11,
        "kwin-script": kwin,
        "pulseaudio-capture": pulse,
        "linux-camera": camera,
        "gnome-mutter-screencast": screencast,
        "gnome-show-banners": banners,
        "notifications-inhibited": inhibited,
        "windows-fullscreen": windows_state(HoldReason.FULLSCREEN),
        "windows-quiet-time": windows_state(HoldReason.DESKTOP_DND),
        "windows-consent-store": consent,
        "macos-window-list": mac_windows,
        "macos-coreaudio": mac_microphone,
        "macos-focus": mac_focus,
    }


def create_hold_monitor(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    *,
    session_bus: QDBusConnection | None = None,
    builders: Mapping[str, DetectorBuilder] | None = None,
) -> HoldMonitor:
    names, notes = hold_candidates(environ, platform)
    available = builders if builders is not None else default_builders(environ, session_bus)
    detectors: list[HoldDetector] = []
    for name in names:
        try:
            detectors.append(available[name]())
        except HoldSourceError as error:
            log.info("hold source %s does not work here: %s", name, error)
            notes.append(f"{name}: {error}")
    monitor = HoldMonitor(detectors, notes)
    log.info("hold sources: %s", ", ".join(monitor.sources()) or "none")
    return monitor
