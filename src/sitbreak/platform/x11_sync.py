"""Idle time on X11 pushed by the server: the XSync extension's IDLETIME counter and two alarms.

One alarm fires when idle time rises past the away threshold (the user left; the break
began exactly that long ago), the other when it drops back below it (the user returned).
The events arrive on our own Xlib connection (libX11 + libXext through ctypes, like the
XScreenSaver source) and are read when its socket turns readable, so nothing polls while
the user types and nothing runs while they are away. `idle_seconds()` reads the counter
for the moments that need a value (start, lock, a status query).

Only for X11 sessions: under XWayland the counter sees input to X clients only.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from sitbreak.platform.base import IdleEvents, IdleSourceError
from sitbreak.platform.libraries import load_library

log = logging.getLogger(__name__)

# From <X11/extensions/syncconst.h>.
_ALARM_NOTIFY = 1  # event base + this
_CA_COUNTER, _CA_VALUE_TYPE, _CA_VALUE, _CA_TEST_TYPE, _CA_DELTA, _CA_EVENTS = (
    1 << 0,
    1 << 1,
    1 << 2,
    1 << 3,
    1 << 4,
    1 << 5,
)
_ABSOLUTE = 0
_POSITIVE_TRANSITION, _NEGATIVE_TRANSITION = 0, 1
_QUEUED_ALREADY = 0  # XEventsQueued mode: look only at what Xlib already read


class _SyncValue(ctypes.Structure):
    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))

    @classmethod
    def of_ms(cls, ms: int) -> _SyncValue:
        ms = max(0, min(ms, 2**63 - 1))
        return cls(ms >> 32, ms & 0xFFFFFFFF)

    def ms(self) -> int:
        return int((self.hi << 32) | self.lo)


class _SystemCounter(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("counter", ctypes.c_ulong),
        ("resolution", _SyncValue),
    )


class _Trigger(ctypes.Structure):
    _fields_ = (
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", _SyncValue),
        ("test_type", ctypes.c_int),
    )


class _AlarmAttributes(ctypes.Structure):
    _fields_ = (
        ("trigger", _Trigger),
        ("delta", _SyncValue),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    )


class _AlarmNotifyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("alarm", ctypes.c_ulong),
        ("counter_value", _SyncValue),
        ("alarm_value", _SyncValue),
        ("time", ctypes.c_ulong),
        ("state", ctypes.c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("alarm", _AlarmNotifyEvent), ("pad", ctypes.c_long * 24))


def _load(short: str, soname: str) -> ctypes.CDLL:
    try:
        return load_library(short, soname)
    except OSError as exc:
        raise IdleSourceError(f"{soname} is not installed ({exc})") from exc


_Signature = tuple[str, list[Any], Any]  # name, argument types, result type


def _declare(xlib: ctypes.CDLL, xext: ctypes.CDLL) -> None:
    display, ulong, int_p = ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_int)
    xlib_functions: tuple[_Signature, ...] = (
        ("XOpenDisplay", [ctypes.c_char_p], display),
        ("XCloseDisplay", [display], ctypes.c_int),
        ("XConnectionNumber", [display], ctypes.c_int),
        ("XPending", [display], ctypes.c_int),
        ("XEventsQueued", [display, ctypes.c_int], ctypes.c_int),
        ("XNextEvent", [display, ctypes.POINTER(_XEvent)], ctypes.c_int),
        ("XFlush", [display], ctypes.c_int),
        ("XSync", [display, ctypes.c_int], ctypes.c_int),
    )
    xext_functions: tuple[_Signature, ...] = (
        ("XSyncQueryExtension", [display, int_p, int_p], ctypes.c_int),
        ("XSyncInitialize", [display, int_p, int_p], ctypes.c_int),
        ("XSyncListSystemCounters", [display, int_p], ctypes.POINTER(_SystemCounter)),
        ("XSyncFreeSystemCounterList", [ctypes.POINTER(_SystemCounter)], None),
        ("XSyncQueryCounter", [display, ulong, ctypes.POINTER(_SyncValue)], ctypes.c_int),
        ("XSyncCreateAlarm", [display, ulong, ctypes.POINTER(_AlarmAttributes)], ulong),
        (
            "XSyncChangeAlarm",
            [display, ulong, ulong, ctypes.POINTER(_AlarmAttributes)],
            ctypes.c_int,
        ),
        ("XSyncDestroyAlarm", [display, ulong], ctypes.c_int),
    )
    for library, functions in ((xlib, xlib_functions), (xext, xext_functions)):
        for name, args, result in functions:
            function = getattr(library, name)
            function.argtypes, function.restype = args, result


class X11IdleWatch(QObject):
    """Pushes "the user left" and "the user is back" from the X server; no polling.

    A PushIdleSource: `events.idled(idle)` when idle time rose past the watch's threshold
    (`idle` is the counter's value then, so the last input was `idle` seconds before);
    `events.resumed()` at the first input after that. Needs a running Qt event loop (the
    socket notifier) in the thread that built it.
    """

    name = "x11-sync"

    def __init__(
        self,
        environ: Mapping[str, str],
        away_after_seconds: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = IdleEvents(self)
        self._display: int | None = None
        self._alarms: list[int] = []
        self._notifier: QSocketNotifier | None = None
        display_name = environ.get("DISPLAY", "")
        if not display_name:
            raise IdleSourceError("no X display (DISPLAY is not set)")
        self._xlib = _load("X11", "libX11.so.6")
        self._xext = _load("Xext", "libXext.so.6")
        _declare(self._xlib, self._xext)
        self._display = self._xlib.XOpenDisplay(display_name.encode())
        if not self._display:
            self._display = None
            raise IdleSourceError(f"cannot open X display {display_name!r}")
        try:
            self._event_base = self._initialize(display_name)
            self._counter = self._idle_counter(display_name)
            self._threshold_ms = _ms(away_after_seconds)
            self._away = self._query_ms() >= self._threshold_ms
            # Rising through the threshold: the user left. Falling back below it: returned.
            self._left_alarm = self._create_alarm(_POSITIVE_TRANSITION)
            self._back_alarm = self._create_alarm(_NEGATIVE_TRANSITION)
        except IdleSourceError:
            self.close()
            raise
        self._notifier = QSocketNotifier(
            self._xlib.XConnectionNumber(self._display), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read_events)
        self._xlib.XFlush(self._display)

    # -- what the app asks -----------------------------------------------------------
    @property
    def away(self) -> bool:
        """Whether idle time was past the threshold at the last event or query."""
        return self._away

    @property
    def away_after_seconds(self) -> float:
        return self._threshold_ms / 1000.0

    def idle_seconds(self) -> float:
        return self._query_ms() / 1000.0

    def watch(self, threshold_seconds: float) -> bool:
        """Move both alarms to this threshold (PushIdleSource); the server always accepts."""
        self.set_away_after(threshold_seconds)
        return True

    def set_away_after(self, seconds: float) -> None:
        """Move both alarms to a new threshold; a user already past it is reported away."""
        display = self._open_display()
        self._threshold_ms = _ms(seconds)
        for alarm in self._alarms:
            attributes = _AlarmAttributes()
            attributes.trigger.wait_value = _SyncValue.of_ms(self._threshold_ms)
            self._xext.XSyncChangeAlarm(display, alarm, _CA_VALUE, ctypes.byref(attributes))
        idle_ms = self._query_ms()  # a round trip: the changes are applied after it
        if (idle_ms >= self._threshold_ms) != self._away:
            self._away = not self._away
            self._report(idle_ms / 1000.0)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._display is not None:
            for alarm in self._alarms:
                self._xext.XSyncDestroyAlarm(self._display, alarm)
            self._alarms = []
            self._xlib.XCloseDisplay(self._display)
            self._display = None

    # -- internals -------------------------------------------------------------------
    def _open_display(self) -> int:
        if self._display is None:
            raise IdleSourceError("the X11 idle watch is closed")
        return self._display

    def _initialize(self, display_name: str) -> int:
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        display = self._open_display()
        if not self._xext.XSyncQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            raise IdleSourceError(f"the X server on {display_name} lacks the SYNC extension")
        major, minor = ctypes.c_int(), ctypes.c_int()
        if not self._xext.XSyncInitialize(display, ctypes.byref(major), ctypes.byref(minor)):
            raise IdleSourceError(f"the SYNC extension on {display_name} cannot be initialised")
        return int(event_base.value)

    def _idle_counter(self, display_name: str) -> int:
        count = ctypes.c_int()
        counters = self._xext.XSyncListSystemCounters(self._open_display(), ctypes.byref(count))
        if not counters:
            raise IdleSourceError(f"the X server on {display_name} lists no SYNC counters")
        try:
            for index in range(count.value):
                if counters[index].name == b"IDLETIME":
                    return int(counters[index].counter)
        finally:
            self._xext.XSyncFreeSystemCounterList(counters)
        raise IdleSourceError(f"the X server on {display_name} has no IDLETIME counter")

    def _create_alarm(self, test_type: int) -> int:
        attributes = _AlarmAttributes()
        attributes.trigger.counter = self._counter
        attributes.trigger.value_type = _ABSOLUTE
        attributes.trigger.wait_value = _SyncValue.of_ms(self._threshold_ms)
        attributes.trigger.test_type = test_type
        attributes.delta = _SyncValue.of_ms(0)  # a transition alarm with no delta stays armed
        attributes.events = 1
        mask = _CA_COUNTER | _CA_VALUE_TYPE | _CA_VALUE | _CA_TEST_TYPE | _CA_DELTA | _CA_EVENTS
        alarm = self._xext.XSyncCreateAlarm(self._open_display(), mask, ctypes.byref(attributes))
        if not alarm:
            raise IdleSourceError("XSyncCreateAlarm failed")
        self._alarms.append(int(alarm))
        return int(alarm)

    def _query_ms(self) -> int:
        value = _SyncValue()
        display = self._open_display()
        if not self._xext.XSyncQueryCounter(display, self._counter, ctypes.byref(value)):
            raise IdleSourceError("XSyncQueryCounter failed")
        # The round trip may have read alarm events into Xlib's queue, where the socket
        # notifier cannot see them: handle them from the event loop, not inside this call.
        if self._xlib.XEventsQueued(display, _QUEUED_ALREADY):
            QTimer.singleShot(0, self, self._read_events)
        return value.ms()

    def _read_events(self) -> None:
        if self._display is None:
            return
        event = _XEvent()
        while self._display is not None and self._xlib.XPending(self._display):
            self._xlib.XNextEvent(self._display, ctypes.byref(event))
            if event.type == self._event_base + _ALARM_NOTIFY:
                self._alarm_fired(event.alarm)

    def _alarm_fired(self, notify: _AlarmNotifyEvent) -> None:
        idle = notify.counter_value.ms() / 1000.0
        if notify.alarm == self._left_alarm and not self._away:
            self._away = True
            self._report(idle)
        elif notify.alarm == self._back_alarm and self._away:
            self._away = False
            self._report(idle)

    def _report(self, idle: float) -> None:
        if self._away:
            self.events.report_idle(idle, self.name)
        else:
            self.events.report_active(self.name)


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))
