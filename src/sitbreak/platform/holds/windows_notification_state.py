"""Windows: SHQueryUserNotificationState, the shell's own "may I notify?" answer.

Busy (a full-screen app), full-screen Direct3D and presentation mode hold as
`fullscreen`; quiet time (Focus Assist's quiet hours, the first hour after setup) holds
as `desktop-dnd`. The shell pushes nothing: each is read when asked.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Protocol

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7

STATES_FOR = {
    HoldReason.FULLSCREEN: frozenset(
        {QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE}
    ),
    HoldReason.DESKTOP_DND: frozenset({QUNS_QUIET_TIME}),
}


class NotificationState(Protocol):
    def query(self) -> int:
        """One of the QUNS_* values; raises HoldSourceError on failure."""
        ...


class Shell32NotificationState:
    def __init__(self) -> None:
        windll: Any = getattr(ctypes, "windll", None)
        if windll is None:
            raise HoldSourceError(f"the Win32 API is not available on {sys.platform}")
        self._query = windll.shell32.SHQueryUserNotificationState
        self._query.argtypes = [ctypes.POINTER(ctypes.c_int)]
        self._query.restype = ctypes.c_long

    def query(self) -> int:
        state = ctypes.c_int()
        result = self._query(ctypes.byref(state))
        if result != 0:
            code = result & 0xFFFFFFFF
            raise HoldSourceError(f"SHQueryUserNotificationState failed (0x{code:08x})")
        return state.value


class WindowsNotificationStateDetector(HoldDetector):
    name = "windows-notification-state"

    def __init__(
        self,
        reason: HoldReason,
        state: NotificationState | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if reason not in STATES_FOR:
            raise ValueError(f"the notification state does not tell {reason}")
        self.reason = reason
        self._states = STATES_FOR[reason]
        self._state = state if state is not None else Shell32NotificationState()

    def active(self) -> bool:
        return self._state.query() in self._states
