"""The interface every hold detector implements, and the monitor that asks them all.

A detector answers one question when asked ("is a full-screen window focused?", "is
the microphone in use?"). Where its platform pushes changes (X11 PropertyNotify, D-Bus
signals, PulseAudio subscriptions) it also emits `changed`, so the desk re-checks at
once instead of polling. The desk asks only when a prompt is due, while one is held
(every few seconds until clear), on a push, and when `status` asks: never on an idle
timer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal

from sitbreak.core.holds import HOLD_ORDER, HoldReason
from sitbreak.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class HoldSourceError(OSError):
    """A detector cannot answer (library missing, service gone, connection lost).

    The message is written for the user: the status window lists it."""


def listen(
    bus: QDBusConnection, where: tuple[str, str, str], signal: str, receiver: QObject, slot: str
) -> None:
    """Deliver the D-Bus `signal` of (service, path, interface) to `receiver`'s Qt slot with
    the signature `slot`, or raise HoldSourceError (no session bus, or it refused)."""
    if not bus.isConnected():
        raise HoldSourceError(f"no session bus ({bus.lastError().message()})")
    service, path, interface = where
    # QtDBus delivers only to a Qt slot named by SLOT(); the stubs wrongly want bytes.
    if not bus.connect(service, path, interface, signal, receiver, SLOT(slot)):  # type: ignore[call-overload]
        raise HoldSourceError(f"cannot listen to {service}: {bus.lastError().message()}")


class HoldDetector(QObject):
    """One source of one hold reason. Subclasses set `reason`, `name` and `pushes`."""

    changed = Signal()  # something this source watches changed: ask `active()` again

    reason: HoldReason
    name: str
    pushes = False  # True when `changed` is emitted on the platform's own events

    def active(self) -> bool:
        """Does the reason hold right now? Raises HoldSourceError when it cannot tell."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop listening and release handles. Safe to call twice."""


class HoldMonitor(QObject):
    """All the detectors of this desktop behind one question: which reasons hold now?

    A detector that fails is counted as not holding (a prompt too many beats a prompt
    held forever) and its failure is logged once until it answers again.
    """

    changed = Signal()  # a pushing detector saw a change: call `check()`

    def __init__(
        self,
        detectors: Iterable[HoldDetector] = (),
        notes: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._detectors = list(detectors)
        self._notes = list(notes)  # what this desktop cannot tell (for the status window)
        self._failing: set[str] = set()
        for detector in self._detectors:
            detector.changed.connect(self.changed)

    @property
    def detectors(self) -> list[HoldDetector]:
        return list(self._detectors)

    @property
    def notes(self) -> list[str]:
        """In the user's language where marked (a backend's own error stays as it is)."""
        return [translate("Holds", note) for note in self._notes]

    def sources(self) -> list[str]:
        """ "fullscreen: x11-ewmh" and so on, for the status window and the log."""
        return [f"{d.reason.value}: {d.name}" for d in self._detectors]

    def needs_recheck(self, reasons: Iterable[HoldReason]) -> bool:
        """Must a hold for these reasons be re-checked on a timer (no push ends it)?"""
        wanted = set(reasons)
        return any(d.reason in wanted and not d.pushes for d in self._detectors)

    def check(self, wanted: Iterable[HoldReason] | None = None) -> frozenset[HoldReason]:
        """The reasons that hold now; only the `wanted` ones are asked (None: all)."""
        asked = set(HOLD_ORDER if wanted is None else wanted)
        found: set[HoldReason] = set()
        for detector in self._detectors:
            if detector.reason not in asked or detector.reason in found:
                continue
            try:
                active = detector.active()
            except HoldSourceError as error:
                if detector.name not in self._failing:
                    self._failing.add(detector.name)
                    log.warning("hold source %s cannot tell: %s", detector.name, error)
                continue
            if detector.name in self._failing:
                self._failing.discard(detector.name)
                log.info("hold source %s answers again", detector.name)
            if active:
                found.add(detector.reason)
        return frozenset(found)

    def close(self) -> None:
        for detector in self._detectors:
            detector.close()
