"""The interfaces every platform backend implements.

An IdleSource answers "how long since the last keyboard or mouse input?" when asked;
the app polls it every `sample_seconds` while the user is at the desk. SessionEvents
reports screen lock and suspend as Qt signals. Several sources may report the same
lock (logind and the screensaver both do): SessionEvents emits only on a change.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class IdleSourceError(OSError):
    """The idle source cannot answer (library missing, service gone, extension absent).

    An OSError, like the failures it stands for, so a caller catching OSError around a
    sample handles it. The message is written for the user: the tray shows it as the
    reason detection is off.
    """


class IdleSource(Protocol):
    @property
    def name(self) -> str:
        """The backend's name for logs and `status --json`: one of IDLE_SOURCE_NAMES."""
        ...

    def idle_seconds(self) -> float:
        """Seconds since the last user input. Raises IdleSourceError if it stops working."""
        ...

    def close(self) -> None:
        """Release the display connection or library handle. Safe to call twice."""
        ...


class IdleEvents(QObject):
    """What a pushing idle source reports, so nothing polls while the user works.

    `idled(seconds)`: input stopped `seconds` ago (the watch's threshold, or more if the
    event was read late); `resumed`: input again. Emitted only on a change. `failed`:
    the events stopped for good (the compositor went away), with the reason.
    """

    idled = Signal(float)
    resumed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = False

    @property
    def is_idle(self) -> bool:
        return self._idle

    def report_idle(self, idle_seconds: float, source: str) -> None:
        if self._idle:
            return
        self._idle = True
        log.debug("%s: idle for %.1f s", source, idle_seconds)
        self.idled.emit(idle_seconds)

    def report_active(self, source: str) -> None:
        if not self._idle:
            return
        self._idle = False
        log.debug("%s: input again", source)
        self.resumed.emit()


class PushIdleSource(IdleSource, Protocol):
    """An idle source that can also tell when input stops and starts (GNOME, Wayland)."""

    @property
    def events(self) -> IdleEvents: ...

    def watch(self, threshold_seconds: float) -> bool:
        """Report `idled` once input has stopped for `threshold_seconds`, then `resumed`.

        Replaces an earlier watch. False when the platform refuses the watch: poll
        `idle_seconds` instead.
        """
        ...


IDLE_SOURCE_NAMES = (
    "x11-sync",
    "x11-screensaver",
    "gnome-mutter",
    "wayland-ext-idle",
    "wayland-kde-idle",
    "freedesktop-screensaver",
    "windows",
    "macos",
    "manual",
)


def idle_source_name(source: IdleSource | None) -> str:
    """The name `status --json` reports as `idle_source`: the backend, or "manual"."""
    return "manual" if source is None else source.name


class SessionEvents(QObject):
    """Lock and suspend, from whatever the platform offers.

    Subclasses call `report_locked` / `report_suspended` from every source they listen
    to; a signal is emitted only when the state changes, so one lock reported by two
    sources is one `locked`. The last report wins: a source that never reports the end
    of a lock cannot keep the app locked forever once another source says unlocked.
    """

    locked = Signal()
    unlocked = Signal()
    suspending = Signal()
    resumed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locked = False
        self._suspended = False

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def is_suspended(self) -> bool:
        return self._suspended

    def report_locked(self, locked: bool, source: str) -> None:
        if locked == self._locked:
            log.debug("%s repeats %s", source, "lock" if locked else "unlock")
            return
        self._locked = locked
        log.info("screen %s (%s)", "locked" if locked else "unlocked", source)
        if locked:
            self.locked.emit()
        else:
            self.unlocked.emit()

    def report_suspended(self, suspended: bool, source: str) -> None:
        if suspended == self._suspended:
            log.debug("%s repeats %s", source, "suspend" if suspended else "resume")
            return
        self._suspended = suspended
        log.info("%s (%s)", "suspending" if suspended else "resumed", source)
        if suspended:
            self.suspending.emit()
        else:
            self.resumed.emit()

    def sources(self) -> list[str]:
        """Names of the sources that are connected, for the status window and logs."""
        return []

    def start(self) -> None:
        """Begin listening; call after connecting the signals (a lock in place is reported)."""

    def close(self) -> None:
        """Stop listening. Subclasses disconnect their sources."""
