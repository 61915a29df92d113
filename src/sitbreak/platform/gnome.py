"""Idle time on GNOME (Wayland or X11) from Mutter's IdleMonitor over D-Bus.

Mutter pushes: an idle watch (`AddIdleWatch`) fires `WatchFired` once input has stopped
for its interval, a user-active watch (`AddUserActiveWatch`, one-shot) at the next
input. So while the user works nothing is asked. `GetIdletime` answers the probe and
is the fallback where a watch cannot be set. If gnome-shell restarts (X11: Alt+F2 r)
its watches are gone: the service watcher sets them again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

from sitbreak.platform.base import IdleEvents, IdleSourceError
from sitbreak.platform.dbus_call import DBusCallError, call, listen, stop_listening
from sitbreak.platform.dbus_types import DBusTypeError, uint64
from sitbreak.platform.dbus_types import uint32 as _uint32

log = logging.getLogger(__name__)

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"
FIRED_SLOT = "_on_watch_fired(uint)"


class GnomeIdleSource(QObject):
    name = "gnome-mutter"

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._events = IdleEvents(self)
        self._threshold: float | None = None
        self._idle_watch = 0
        self._active_watch = 0
        self._listening = False
        self._restarts = QDBusServiceWatcher(
            SERVICE, session_bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._restarts.serviceRegistered.connect(self._service_back)

    @property
    def events(self) -> IdleEvents:
        return self._events

    @property
    def watching(self) -> bool:
        return self._idle_watch != 0

    def idle_seconds(self) -> float:
        try:
            (idle_ms,) = call(self._bus, SERVICE, PATH, INTERFACE, "GetIdletime")
        except (DBusCallError, ValueError) as exc:
            raise IdleSourceError(f"GNOME idle monitor did not answer: {exc}") from exc
        return int(idle_ms) / 1000.0

    def watch(self, threshold_seconds: float) -> bool:
        self._remove_watches()
        self._threshold = threshold_seconds
        if not self._listening:
            self._listening = listen(
                self._bus, SERVICE, PATH, INTERFACE, "WatchFired", self, FIRED_SLOT
            )
        try:
            if not self._listening:
                raise DBusCallError(self._bus.lastError().message() or "cannot listen")
            interval_ms = max(1, round(threshold_seconds * 1000))
            (watch_id,) = call(self._bus, SERVICE, PATH, INTERFACE, "AddIdleWatch",
                               uint64(interval_ms))  # fmt: skip
            self._idle_watch = int(watch_id)
            idle = self.idle_seconds()
        except (DBusCallError, DBusTypeError, IdleSourceError, ValueError) as exc:
            log.warning("GNOME idle watches do not work (%s); idle time will be polled", exc)
            self._remove_watches()
            return False
        log.info("GNOME idle watch %d at %.0f s", self._idle_watch, threshold_seconds)
        if idle >= threshold_seconds:  # already idle: the watch fires only on the next crossing
            self._went_idle(idle)
        return True

    def _went_idle(self, idle_seconds: float) -> None:
        try:
            (watch_id,) = call(self._bus, SERVICE, PATH, INTERFACE, "AddUserActiveWatch")
        except (DBusCallError, ValueError) as exc:
            log.warning("GNOME user-active watch failed: %s", exc)
        else:
            self._active_watch = int(watch_id)
        self._events.report_idle(idle_seconds, self.name)

    @Slot("uint")
    def _on_watch_fired(self, watch_id: int) -> None:
        if watch_id == self._idle_watch and self._idle_watch:
            assert self._threshold is not None
            self._went_idle(self._threshold)
        elif watch_id == self._active_watch and self._active_watch:
            self._active_watch = 0  # one-shot: Mutter has removed it
            self._events.report_active(self.name)

    def _service_back(self, _service: str) -> None:
        if self._threshold is not None:
            log.info("GNOME idle monitor restarted: setting the watch again")
            self._idle_watch = self._active_watch = 0
            self._events.report_active(self.name)
            self.watch(self._threshold)

    def _remove_watches(self) -> None:
        for watch_id in (self._idle_watch, self._active_watch):
            if watch_id:
                try:
                    call(self._bus, SERVICE, PATH, INTERFACE, "RemoveWatch", _uint32(watch_id))
                except (DBusCallError, DBusTypeError) as exc:
                    log.debug("removing GNOME idle watch %d: %s", watch_id, exc)
        self._idle_watch = self._active_watch = 0

    def close(self) -> None:
        """Remove the watches; the session bus connection belongs to the app."""
        self._remove_watches()
        self._threshold = None
        if self._listening:
            stop_listening(self._bus, SERVICE, PATH, INTERFACE, "WatchFired", self, FIRED_SLOT)
            self._listening = False
