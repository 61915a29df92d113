"""Windows: idle time from GetLastInputInfo, lock and suspend from window messages.

Imports on any platform; the Win32 DLLs are loaded only when a backend is built on
Windows. The pure parts (tick arithmetic, message decoding) are tested everywhere.
"""

from __future__ import annotations

import ctypes
import ctypes.wintypes
import enum
import logging
import sys
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QWindow

from sitbreak.platform.base import IdleSourceError, SessionEvents

log = logging.getLogger(__name__)

WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007  # resume after user input; not always sent
PBT_APMRESUMEAUTOMATIC = 0x0012  # always sent on resume
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0
TICK_MASK = 0xFFFFFFFF


class SessionChange(enum.Enum):
    LOCK = "lock"
    UNLOCK = "unlock"
    SUSPEND = "suspend"
    RESUME = "resume"


def idle_milliseconds(now_tick: int, last_input_tick: int) -> int:
    """Milliseconds between two 32-bit tick counts; right across the 49.7-day wrap."""
    return (now_tick - last_input_tick) & TICK_MASK


def decode_message(message: int, wparam: int) -> SessionChange | None:
    """The session change a window message announces, if any."""
    if message == WM_WTSSESSION_CHANGE:
        return {WTS_SESSION_LOCK: SessionChange.LOCK, WTS_SESSION_UNLOCK: SessionChange.UNLOCK}.get(
            wparam
        )
    if message == WM_POWERBROADCAST:
        if wparam == PBT_APMSUSPEND:
            return SessionChange.SUSPEND
        if wparam in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND):
            return SessionChange.RESUME
    return None


class InputTicks(Protocol):
    def now(self) -> int: ...

    def last_input(self) -> int: ...


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def _windll() -> Any:
    """ctypes.windll, which exists only on Windows."""
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        raise IdleSourceError(f"the Win32 API is not available on {sys.platform}")
    return windll


class Win32InputTicks:
    """GetTickCount and GetLastInputInfo, both 32-bit millisecond tick counts."""

    def __init__(self) -> None:
        windll = _windll()
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint32
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))

    def now(self) -> int:
        return int(self._kernel32.GetTickCount())

    def last_input(self) -> int:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            raise IdleSourceError("GetLastInputInfo failed")
        return int(self._info.dwTime)


class WindowsIdleSource:
    name = "windows"

    def __init__(self, ticks: InputTicks | None = None) -> None:
        self._ticks = ticks if ticks is not None else Win32InputTicks()

    def idle_seconds(self) -> float:
        last = self._ticks.last_input()
        return idle_milliseconds(self._ticks.now(), last) / 1000.0

    def close(self) -> None:
        """Nothing to release."""


class WindowsMessageFilter(QAbstractNativeEventFilter):
    """Passes lock and power messages addressed to one window on to SessionEvents."""

    def __init__(self, events: SessionEvents, hwnd: int) -> None:
        super().__init__()
        self._events = events
        self._hwnd = hwnd

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind != b"windows_generic_MSG":
            return False, 0
        msg = ctypes.wintypes.MSG.from_address(int(message))
        # Broadcasts reach every top-level Qt window; count each once, at ours.
        if int(msg.hWnd or 0) != self._hwnd:
            return False, 0
        change = decode_message(int(msg.message), int(msg.wParam))
        if change is SessionChange.LOCK:
            self._events.report_locked(True, "WTS session lock")
        elif change is SessionChange.UNLOCK:
            self._events.report_locked(False, "WTS session unlock")
        elif change is SessionChange.SUSPEND:
            self._events.report_suspended(True, "WM_POWERBROADCAST")
        elif change is SessionChange.RESUME:
            self._events.report_suspended(False, "WM_POWERBROADCAST")
        return False, 0  # let Qt and Windows handle the message as usual


class WindowsSessionEvents(SessionEvents):
    """A hidden native window registered for session notifications, read by a native filter."""

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._window: QWindow | None = None
        self._filter: WindowsMessageFilter | None = None
        self._hwnd = 0

    def sources(self) -> list[str]:
        return ["WTS session notifications", "WM_POWERBROADCAST"] if self._filter else []

    def start(self) -> None:
        wtsapi32 = _windll().wtsapi32
        self._window = QWindow()
        self._hwnd = int(self._window.winId())  # creates the native window without showing it
        self._filter = WindowsMessageFilter(self, self._hwnd)
        self._app.installNativeEventFilter(self._filter)
        wtsapi32.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        if not wtsapi32.WTSRegisterSessionNotification(self._hwnd, NOTIFY_FOR_THIS_SESSION):
            log.warning("WTSRegisterSessionNotification failed: screen lock is not seen")

    def close(self) -> None:
        if self._filter is not None:
            self._app.removeNativeEventFilter(self._filter)
            self._filter = None
        if self._window is not None:
            _windll().wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(self._hwnd))
            self._window.destroy()
            self._window = None
