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
        """Short backend name for logs and the status window, e.g. 'x11'."""
        ...

    def idle_seconds(self) -> float:
        """Seconds since the last user input. Raises IdleSourceError if it stops working."""
        ...

    def close(self) -> None:
        """Release the display connection or library handle. Safe to call twice."""
        ...


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
