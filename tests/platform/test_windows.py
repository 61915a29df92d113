"""The Windows backend's pure parts, run on any platform with fake ticks and messages."""

from __future__ import annotations

import ctypes
import ctypes.wintypes

import pytest

from sitbreak.platform import windows
from sitbreak.platform.base import IdleSourceError, SessionEvents
from sitbreak.platform.windows import (
    SessionChange,
    WindowsIdleSource,
    WindowsMessageFilter,
    decode_message,
    idle_milliseconds,
)


class FakeTicks:
    def __init__(self, now: int, last_input: int) -> None:
        self._now, self._last = now, last_input

    def now(self) -> int:
        return self._now

    def last_input(self) -> int:
        return self._last


def test_idle_time_is_the_tick_difference():
    assert WindowsIdleSource(FakeTicks(now=125_000, last_input=5_000)).idle_seconds() == 120.0


def test_idle_time_is_right_across_the_49_day_tick_wrap():
    # Last input 1 s before the 32-bit counter wrapped, read 2.5 s after it.
    assert idle_milliseconds(now_tick=2_500, last_input_tick=0xFFFFFFFF - 999) == 3_500
    assert WindowsIdleSource(FakeTicks(2_500, 0xFFFFFFFF - 999)).idle_seconds() == 3.5


def test_input_at_this_very_tick_is_zero_idle():
    assert idle_milliseconds(7, 7) == 0


def test_without_the_win32_api_the_real_source_explains_itself(monkeypatch):
    monkeypatch.delattr(ctypes, "windll", raising=False)
    with pytest.raises(IdleSourceError, match="Win32 API is not available"):
        WindowsIdleSource()


@pytest.mark.parametrize(
    ("message", "wparam", "change"),
    [
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK, SessionChange.LOCK),
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_UNLOCK, SessionChange.UNLOCK),
        (windows.WM_WTSSESSION_CHANGE, 0x5, None),  # WTS_SESSION_LOGON: not ours
        (windows.WM_POWERBROADCAST, windows.PBT_APMSUSPEND, SessionChange.SUSPEND),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMEAUTOMATIC, SessionChange.RESUME),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMESUSPEND, SessionChange.RESUME),
        (windows.WM_POWERBROADCAST, 0xA, None),  # PBT_APMPOWERSTATUSCHANGE
        (0x0200, windows.WTS_SESSION_LOCK, None),  # WM_MOUSEMOVE
    ],
)
def test_decode_message(message, wparam, change):
    assert decode_message(message, wparam) is change


def _send(event_filter, hwnd, message, wparam, kind=b"windows_generic_MSG"):
    msg = ctypes.wintypes.MSG()
    msg.hWnd = hwnd
    msg.message = message
    msg.wParam = wparam
    return event_filter.nativeEventFilter(kind, ctypes.addressof(msg))


def test_filter_turns_messages_into_session_signals(qtbot):
    events = SessionEvents()
    seen = []
    for name in ("locked", "unlocked", "suspending", "resumed"):
        getattr(events, name).connect(lambda name=name: seen.append(name))
    event_filter = WindowsMessageFilter(events, hwnd=0x1234)
    sent = [
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK),
        (windows.WM_POWERBROADCAST, windows.PBT_APMSUSPEND),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMEAUTOMATIC),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMESUSPEND),  # same resume, again
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_UNLOCK),
    ]
    for message, wparam in sent:
        assert _send(event_filter, 0x1234, message, wparam) == (False, 0)
    assert seen == ["locked", "suspending", "resumed", "unlocked"]


def test_filter_ignores_other_windows_and_event_types(qtbot):
    events = SessionEvents()
    event_filter = WindowsMessageFilter(events, hwnd=0x1234)
    _send(event_filter, 0x9999, windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK)
    _send(
        event_filter,
        0x1234,
        windows.WM_WTSSESSION_CHANGE,
        windows.WTS_SESSION_LOCK,
        kind=b"xcb_generic_event_t",
    )
    assert not events.is_locked
    _send(event_filter, 0x1234, windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK)
    assert events.is_locked
