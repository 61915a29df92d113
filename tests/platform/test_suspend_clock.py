"""The app's monotonic clock stands still in suspend on every platform: on Windows it is
QueryUnbiasedInterruptTime (faked here: this machine runs Linux), elsewhere
time.monotonic."""

from __future__ import annotations

import ctypes
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from sitbreak.core.clock import SystemClock
from sitbreak.core.sitting import EndReason, SittingTracker
from sitbreak.platform.suspend_clock import (
    UNITS_PER_SECOND,
    UnbiasedInterruptClock,
    monotonic_without_suspend,
)


class FakeQuery:
    """QueryUnbiasedInterruptTime: fills the ULONGLONG it is given, in 100 ns units."""

    def __init__(self, units: int, works: bool = True) -> None:
        self.units = units
        self.works = works
        self.argtypes: list[Any] = []
        self.restype: Any = None

    def __call__(self, pointer: Any) -> int:
        if not self.works:
            return 0
        pointer._obj.value = self.units  # what the real call writes through the pointer
        return 1


class FakeKernel32:
    def __init__(self, query: FakeQuery) -> None:
        self.QueryUnbiasedInterruptTime = query


class FakeWindowsMachine:
    """Wall time, the biased counter (time.monotonic on Windows) and the unbiased one."""

    def __init__(self) -> None:
        self.wall = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self.query = FakeQuery(units=5 * UNITS_PER_SECOND)
        self.biased = 5.0

    def work(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.query.units += round(seconds * UNITS_PER_SECOND)
        self.biased += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.biased += seconds  # Windows' performance counter runs on through a suspend


class MachineClock(SystemClock):
    def __init__(self, machine: FakeWindowsMachine, monotonic: Any) -> None:
        super().__init__(monotonic)
        self._machine = machine

    def now(self) -> datetime:
        return self._machine.wall


def test_outside_windows_it_is_time_monotonic() -> None:
    assert monotonic_without_suspend("linux") is time.monotonic
    assert monotonic_without_suspend("darwin") is time.monotonic


def test_on_windows_it_reads_the_unbiased_interrupt_time_in_seconds() -> None:
    query = FakeQuery(units=12_345 * UNITS_PER_SECOND // 10)
    seconds = monotonic_without_suspend("win32", FakeKernel32(query))
    assert seconds() == pytest.approx(1234.5)
    query.units += 3 * UNITS_PER_SECOND
    assert seconds() == pytest.approx(1237.5)
    assert query.argtypes == [ctypes.POINTER(ctypes.c_ulonglong)]


def test_a_failing_call_is_an_error_at_start() -> None:
    with pytest.raises(OSError, match="QueryUnbiasedInterruptTime"):
        UnbiasedInterruptClock(FakeKernel32(FakeQuery(units=0, works=False)))


@pytest.mark.parametrize(("source", "ends_by_sleep"), [("unbiased", True), ("biased", False)])
def test_a_windows_suspend_ends_the_bout_only_with_the_unbiased_clock(
    source: str, ends_by_sleep: bool
) -> None:
    machine = FakeWindowsMachine()
    unbiased = UnbiasedInterruptClock(FakeKernel32(machine.query)).seconds
    clock = MachineClock(machine, unbiased if source == "unbiased" else lambda: machine.biased)
    tracker = SittingTracker(clock, away_after_seconds=300, sample_seconds=600)
    closed: list[EndReason | None] = []
    tracker.on_bout_closed(lambda bout: closed.append(bout.end_reason))
    for _ in range(10):  # ten minutes at the desk, the idle source pushing (rare ticks)
        machine.work(60)
        tracker.observe_idle(0.0)
    machine.sleep(15 * 60)  # the lid closed for a quarter of an hour
    machine.work(1)
    tracker.observe_idle(0.0)
    assert (EndReason.SLEEP in closed) is ends_by_sleep
