"""A monotonic clock that stands still while the machine sleeps, on every platform.

The desk tells a suspend from wall time that passed while monotonic time did not
(core/sitting.py, and the scheduler's clock-jump check). Python's `time.monotonic` is
such a clock on Linux (CLOCK_MONOTONIC) and macOS (mach_absolute_time), but on Windows
it counts the time asleep, so a suspend would look like an hour at the desk. There
`QueryUnbiasedInterruptTime` is the clock that excludes suspend and hibernation
(Windows 7 and later, 100 ns units).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

UNITS_PER_SECOND = 10_000_000  # QueryUnbiasedInterruptTime counts 100 ns units


class UnbiasedInterruptClock:
    """Seconds of QueryUnbiasedInterruptTime (`kernel32` is ctypes' WinDLL, or a fake)."""

    def __init__(self, kernel32: Any) -> None:
        import ctypes  # here: the tray start elsewhere shows its icon without it

        self._query = kernel32.QueryUnbiasedInterruptTime
        self._query.argtypes = [ctypes.POINTER(ctypes.c_ulonglong)]
        self._query.restype = ctypes.c_int
        self._units = ctypes.c_ulonglong()
        self._byref = ctypes.byref
        self.seconds()  # fails here, at start, if the call is missing or refused

    def seconds(self) -> float:
        if not self._query(self._byref(self._units)):
            raise OSError("QueryUnbiasedInterruptTime failed")
        return self._units.value / UNITS_PER_SECOND


def monotonic_without_suspend(
    platform: str = sys.platform, kernel32: Any = None
) -> Callable[[], float]:
    """The monotonic source for the app's clock: one that does not advance in suspend."""
    if platform != "win32":
        return time.monotonic
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    return UnbiasedInterruptClock(kernel32).seconds
