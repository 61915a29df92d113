"""Which idle source to use: chosen from the session's environment, then probed.

The session type comes from XDG_SESSION_TYPE / WAYLAND_DISPLAY / DISPLAY and the desktop
from XDG_CURRENT_DESKTOP, never from Qt's platform name (the app may run offscreen or
under XWayland). Candidates are tried in order and each is probed once; the first that
answers wins. When none does, the app runs in manual mode and shows `note`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.i18n import Message, Text
from sitbreak.platform.base import IdleSource, IdleSourceError, SessionEvents

log = logging.getLogger(__name__)

IdleBuilder = Callable[[], IdleSource]
DEFAULT_AWAY_AFTER_SECONDS = 300.0


@dataclass(frozen=True)
class IdleDetection:
    source: IdleSource | None
    note: Text | None  # why detection is off (English in status --json); None when one works
    tried: tuple[str, ...] = ()


def session_kind(environ: Mapping[str, str]) -> str | None:
    """'wayland', 'x11' or None (no graphical session we can use)."""
    declared = environ.get("XDG_SESSION_TYPE", "").strip().lower()
    if declared in ("x11", "wayland"):
        return declared
    # sway or startx from a console leave XDG_SESSION_TYPE=tty; the display variables tell.
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if environ.get("DISPLAY"):
        return "x11"
    return None


def desktops(environ: Mapping[str, str]) -> list[str]:
    return [d.strip().lower() for d in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d]


def idle_candidates(environ: Mapping[str, str], platform: str) -> tuple[list[str], Text | None]:
    """Backend names to try, best first, or no names and the reason."""
    if platform == "win32":
        return ["windows"], None
    if platform == "darwin":
        return ["macos"], None
    kind = session_kind(environ)
    if kind == "x11":
        # XSync alarms push leaving and returning; XScreenSaver is polled where SYNC lacks IDLETIME.
        return ["x11-sync", "x11", "gnome", "freedesktop-screensaver"], None
    if kind == "wayland":
        # XWayland's XScreenSaver only sees input to X clients: never use it on Wayland.
        if "gnome" in desktops(environ):  # Mutter offers its IdleMonitor, not the protocol
            return ["gnome", "wayland", "freedesktop-screensaver"], None
        return ["wayland", "freedesktop-screensaver", "gnome"], None
    declared = environ.get("XDG_SESSION_TYPE") or "unset"
    text = Message.translate("IdleDetection", "no graphical session found ({details})")
    return [], text.format(details=f"XDG_SESSION_TYPE={declared}, no DISPLAY")


def default_builders(
    environ: Mapping[str, str],
    session_bus: QDBusConnection | None = None,
    away_after_seconds: float = DEFAULT_AWAY_AFTER_SECONDS,
) -> dict[str, IdleBuilder]:
    """Constructors of the real backends; imported lazily so each platform loads only its own.

    `away_after_seconds` arms the push sources' "left" alarm (changed later with
    `set_away_after`)."""

    def bus() -> QDBusConnection:
        return session_bus if session_bus is not None else QDBusConnection.sessionBus()

    def x11_sync() -> IdleSource:
        from sitbreak.platform.x11_sync import X11IdleWatch

        return X11IdleWatch(environ, away_after_seconds)

    def x11() -> IdleSource:
        from sitbreak.platform.x11 import X11IdleSource

        return X11IdleSource(environ)

    def gnome() -> IdleSource:
        from sitbreak.platform.gnome import GnomeIdleSource

        return GnomeIdleSource(bus())

    def freedesktop() -> IdleSource:
        from sitbreak.platform.freedesktop_screensaver import FreedesktopIdleSource

        return FreedesktopIdleSource(bus())

    def wayland() -> IdleSource:
        from sitbreak.platform.wayland import WaylandIdleSource

        return WaylandIdleSource(environ)

    def windows() -> IdleSource:
        from sitbreak.platform.windows import WindowsIdleSource

        return WindowsIdleSource()

    def macos() -> IdleSource:
        from sitbreak.platform.macos import MacIdleSource

        return MacIdleSource()

    return {
        "x11-sync": x11_sync,
        "x11": x11,
        "wayland": wayland,
        "gnome": gnome,
        "freedesktop-screensaver": freedesktop,
        "windows": windows,
        "macos": macos,
    }


def detect_idle_source(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    *,
    session_bus: QDBusConnection | None = None,
    builders: Mapping[str, IdleBuilder] | None = None,
    away_after_seconds: float = DEFAULT_AWAY_AFTER_SECONDS,
) -> IdleDetection:
    names, reason = idle_candidates(environ, platform)
    if not names:
        log.warning("idle detection off: %s", reason)
        return IdleDetection(None, _detection_off(reason if reason is not None else ""))
    available = (
        builders
        if builders is not None
        else default_builders(environ, session_bus, away_after_seconds)
    )
    failures: list[str] = []
    for name in names:
        source: IdleSource | None = None
        try:
            source = available[name]()
            idle = source.idle_seconds()
        except IdleSourceError as exc:
            log.info("idle source %s does not work here: %s", name, exc)
            failures.append(f"{name}: {exc}")
            if source is not None:
                source.close()
            continue
        log.info("idle source: %s (idle %.1f s at start)", name, idle)
        return IdleDetection(source, None, tuple(names))
    note = _detection_off("; ".join(failures))
    if session_kind(environ) == "wayland" and "gnome" not in desktops(environ):
        note = Message.translate(
            "IdleDetection",
            "Idle detection is off: {reasons}. This Wayland compositor offers neither"
            " ext_idle_notify_v1 nor org_kde_kwin_idle to Sitbreak, and no idle service"
            " answered on D-Bus.",
        ).format(reasons="; ".join(failures))
    log.warning("%s", note)
    return IdleDetection(None, note, tuple(names))


def _detection_off(reasons: Text) -> Message:
    """Why the app runs in manual mode, for the status window and `sitbreak status`."""
    text = Message.translate("IdleDetection", "Idle detection is off: {reasons}.")
    return text.format(reasons=reasons)


def create_session_events(
    environ: Mapping[str, str],
    app: QCoreApplication,
    platform: str = sys.platform,
    *,
    system_bus: QDBusConnection | None = None,
    session_bus: QDBusConnection | None = None,
) -> SessionEvents:
    """The lock/suspend listener for this platform; call `start()` after connecting to it.

    Where nothing is available the plain SessionEvents never fires, and the core's
    clock-gap check still notices a sleep.
    """
    if platform == "win32":
        from sitbreak.platform.windows import WindowsSessionEvents

        return WindowsSessionEvents(app)
    if platform == "darwin":
        from sitbreak.platform.macos import MacSessionEvents

        try:
            return MacSessionEvents()
        except IdleSourceError as exc:
            log.warning("screen lock is not seen: %s", exc)
            return SessionEvents()
    from sitbreak.platform.linux_session import LinuxSessionEvents

    return LinuxSessionEvents(
        system_bus if system_bus is not None else QDBusConnection.systemBus(),
        session_bus if session_bus is not None else QDBusConnection.sessionBus(),
        environ,
    )
