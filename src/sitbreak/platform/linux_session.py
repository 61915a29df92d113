"""Lock and suspend on Linux, from logind (system bus) and the screensaver (session bus).

Sources, all optional (whatever is missing is logged, and the core's clock-gap check
still notices a sleep):
- logind Manager `PrepareForSleep(bool)`: suspending / resumed;
- the current logind session's `Lock` / `Unlock` signals and its `LockedHint` property;
- `ActiveChanged(bool)` of org.freedesktop.ScreenSaver (KDE, GNOME, Xfce, ...) and
  org.gnome.ScreenSaver (GNOME).
One lock usually arrives from several of them; SessionEvents emits it once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath, QDBusVariant

from sitbreak.platform.base import SessionEvents
from sitbreak.platform.dbus_call import DBusCallError, call

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


@dataclass(frozen=True)
class _Link:
    bus: QDBusConnection
    service: str
    path: str
    interface: str
    signal: str
    slot: str


class LinuxSessionEvents(SessionEvents):
    """Call `start()` after connecting to the signals: it reports a lock already in place."""

    def __init__(
        self,
        system_bus: QDBusConnection,
        session_bus: QDBusConnection,
        environ: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = system_bus
        self._session = session_bus
        self._environ = environ
        self._links: list[_Link] = []
        self._session_path: str | None = None

    def sources(self) -> list[str]:
        return sorted({f"{link.service} {link.signal}" for link in self._links})

    @property
    def session_path(self) -> str | None:
        return self._session_path

    def start(self) -> None:
        if self._system.isConnected():
            self._link(
                self._system,
                LOGIN1,
                LOGIN1_PATH,
                MANAGER,
                "PrepareForSleep",
                "on_prepare_for_sleep(bool)",
            )
            self._session_path = self._find_session()
            if self._session_path:
                self._link_session(self._session_path)
        else:
            log.warning(
                "no system bus (%s): suspend and lock from logind are not seen",
                self._system.lastError().message(),
            )
        if self._session.isConnected():
            for service, path, interface in SCREENSAVERS:
                self._link(
                    self._session,
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    "on_screensaver_active(bool)",
                )
        else:
            log.warning(
                "no session bus (%s): screensaver lock is not seen",
                self._session.lastError().message(),
            )

    def close(self) -> None:
        for link in self._links:
            ok = link.bus.disconnect(  # type: ignore[call-overload]  # stubs want bytes
                link.service, link.path, link.interface, link.signal, self, SLOT(link.slot)
            )
            if not ok:
                log.warning("could not stop listening to %s %s", link.service, link.signal)
        self._links.clear()

    # -- D-Bus signal handlers (must be Qt slots for QtDBus) ---------------------------
    @Slot(bool)
    def on_prepare_for_sleep(self, sleeping: bool) -> None:
        self.report_suspended(bool(sleeping), "logind PrepareForSleep")

    @Slot()
    def on_session_lock(self) -> None:
        self.report_locked(True, "logind Lock")

    @Slot()
    def on_session_unlock(self) -> None:
        self.report_locked(False, "logind Unlock")

    @Slot(str, "QVariantMap", "QStringList")
    def on_session_properties(self, interface: str, changed: dict[str, Any], _: list[str]) -> None:
        if interface == SESSION and "LockedHint" in changed:
            self.report_locked(bool(_plain(changed["LockedHint"])), "logind LockedHint")

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        self.report_locked(bool(active), "screensaver ActiveChanged")

    # -- helpers -------------------------------------------------------------------------
    def _link(
        self, bus: QDBusConnection, service: str, path: str, interface: str, signal: str, slot: str
    ) -> None:
        # QtDBus delivers only to a Qt slot named by SLOT(); the stubs wrongly want bytes.
        if bus.connect(service, path, interface, signal, self, SLOT(slot)):  # type: ignore[call-overload]
            self._links.append(_Link(bus, service, path, interface, signal, slot))
        else:
            log.warning(
                "cannot listen to %s %s on %s: %s", service, signal, path, bus.lastError().message()
            )

    def _find_session(self) -> str | None:
        """The logind session this app runs in: XDG_SESSION_ID, else 'auto'.

        logind resolves 'auto' from the caller's PID (falling back to the user's display
        session), which is what GetSessionByPID(own pid) would do; that call needs a
        uint32 argument, which PySide6's QtDBus cannot marshal from a Python int.
        """
        names = [self._environ.get("XDG_SESSION_ID", ""), "auto"]
        for name in filter(None, names):
            try:
                (path,) = call(self._system, LOGIN1, LOGIN1_PATH, MANAGER, "GetSession", name)
            except (DBusCallError, ValueError) as exc:
                log.info("logind GetSession(%r) failed: %s", name, exc)
                continue
            return _object_path(path)
        log.warning("no logind session found: locks are seen only from the screensaver")
        return None

    def _link_session(self, path: str) -> None:
        self._link(self._system, LOGIN1, path, SESSION, "Lock", "on_session_lock()")
        self._link(self._system, LOGIN1, path, SESSION, "Unlock", "on_session_unlock()")
        self._link(
            self._system,
            LOGIN1,
            path,
            PROPERTIES,
            "PropertiesChanged",
            "on_session_properties(QString,QVariantMap,QStringList)",
        )
        try:
            (hint,) = call(self._system, LOGIN1, path, PROPERTIES, "Get", SESSION, "LockedHint")
        except (DBusCallError, ValueError) as exc:
            log.info("cannot read LockedHint of %s: %s", path, exc)
            return
        if _plain(hint):
            self.report_locked(True, "logind LockedHint at start")


def _plain(value: Any) -> Any:
    return value.variant() if isinstance(value, QDBusVariant) else value


def _object_path(value: Any) -> str:
    return value.path() if isinstance(value, QDBusObjectPath) else str(value)
