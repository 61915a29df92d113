"""The one way tests wait: for a condition, under a deadline, never a fixed sleep.

Where a Qt application exists, Qt's event loop turns while waiting (timers fire, sockets
and D-Bus messages arrive); elsewhere the condition is polled every `interval` seconds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class WaitTimeoutError(AssertionError):
    """The condition did not hold in time (an AssertionError, so pytest shows it as a failure)."""


def wait_until(
    predicate: Callable[[], T],
    timeout: float = 5.0,
    interval: float = 0.05,
    what: str | None = None,
) -> T:
    """Call `predicate` until it returns something truthy and return that; after
    `timeout` seconds raise WaitTimeoutError naming `what` it waited for."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            name = what or getattr(predicate, "__name__", "a condition")
            raise WaitTimeoutError(f"timed out after {timeout:g} s waiting for {name}")
        _pause(min(interval, remaining))


def _pause(seconds: float) -> None:
    if _qt_app_exists():
        from PySide6.QtTest import QTest

        QTest.qWait(max(1, round(seconds * 1000)))
    else:
        time.sleep(seconds)


def _qt_app_exists() -> bool:
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None
