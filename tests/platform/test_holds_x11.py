"""Full screen on a real X desktop: Xvfb, openbox and an xterm made full screen by wmctrl."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.x11_fullscreen import (
    PROPERTY_NOTIFY,
    X11FullscreenDetector,
    _load_xlib,
)
from tests.support.waiting import wait_until
from tests.support.x_desktop import wmctrl, x_desktop, xterm


@pytest.fixture
def desktop():
    with x_desktop() as env:
        yield env


def test_full_screen_is_read_back_and_cleared_and_pushed(qapp, desktop):
    detector = X11FullscreenDetector(desktop)
    monitor = HoldMonitor([detector])
    pushes: list[int] = []
    monitor.changed.connect(lambda: pushes.append(1))
    try:
        with xterm(desktop, "sitbreak-talk") as window:
            wmctrl(desktop, "-i", "-a", hex(window))
            wait_until(lambda: detector.active_window() == window, timeout=10)
            assert monitor.check() == frozenset()
            wmctrl(desktop, "-i", "-r", hex(window), "-b", "add,fullscreen")
            # Going full screen in place is seen when asked (a prompt is due)...
            wait_until(lambda: monitor.check() == {HoldReason.FULLSCREEN}, timeout=10)
            pushes.clear()
            wmctrl(desktop, "-i", "-r", hex(window), "-b", "remove,fullscreen")
            # ...leaving it is pushed: the PropertyNotify arrives through Qt's loop.
            wait_until(lambda: pushes, timeout=10, what="a push for full screen off")
            assert monitor.check() == frozenset()
            wmctrl(desktop, "-i", "-r", hex(window), "-b", "add,fullscreen")
            wait_until(detector.active, timeout=10)
        # The full-screen window closed: nothing is active any more, and no X error
        # (BadWindow from the vanished window) ends the process.
        wait_until(lambda: not detector.active(), timeout=10, what="full screen to end")
    finally:
        monitor.close()


def test_a_full_screen_window_that_is_not_focused_does_not_hold(qapp, desktop):
    detector = X11FullscreenDetector(desktop)
    try:
        with xterm(desktop, "sitbreak-film") as film, xterm(desktop, "sitbreak-editor") as editor:
            wmctrl(desktop, "-i", "-r", hex(film), "-b", "add,fullscreen")
            wmctrl(desktop, "-i", "-a", hex(film))
            wait_until(detector.active, timeout=10)
            wmctrl(desktop, "-i", "-a", hex(editor))
            wait_until(lambda: not detector.active(), timeout=10, what="focus to move on")
    finally:
        detector.close()


def test_focus_moving_onto_a_full_screen_window_and_off_it_is_pushed(qapp, desktop):
    detector = X11FullscreenDetector(desktop)
    pushes: list[int] = []
    detector.changed.connect(lambda: pushes.append(1))
    try:
        with xterm(desktop, "sitbreak-film") as film, xterm(desktop, "sitbreak-editor") as editor:
            wmctrl(desktop, "-i", "-a", hex(editor))
            wait_until(lambda: detector.active_window() == editor, timeout=10)
            wmctrl(desktop, "-i", "-r", hex(film), "-b", "add,fullscreen")
            wmctrl(desktop, "-i", "-a", hex(film))
            wait_until(lambda: pushes, timeout=10, what="a push for focus on full screen")
            pushes.clear()
            wmctrl(desktop, "-i", "-a", hex(editor))
            wait_until(lambda: pushes, timeout=10, what="a push for focus moving on")
    finally:
        detector.close()


class _EventLog:
    """The detector's Xlib with every event it reads noted: (window, atom) of each
    PropertyNotify."""

    def __init__(self, xlib: Any) -> None:
        self._xlib = xlib
        self.seen: list[tuple[int, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._xlib, name)

    def XNextEvent(self, display: int, event: Any) -> int:
        result = self._xlib.XNextEvent(display, event)
        if event._obj.type == PROPERTY_NOTIFY:
            self.seen.append((event._obj.xproperty.window, event._obj.xproperty.atom))
        return int(result)


@contextmanager
def _x_client(env: dict[str, str]) -> Iterator[tuple[Any, int]]:
    """Another X client (an editor's stand-in) that writes properties."""
    xlib = _load_xlib()
    xlib.XChangeProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int,
        ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
    ]  # fmt: skip
    display = xlib.XOpenDisplay(env["DISPLAY"].encode())
    assert display
    try:
        yield xlib, display
    finally:
        xlib.XCloseDisplay(display)


def test_typing_in_a_focused_window_does_not_wake_the_detector(qapp, desktop):
    # Editors and browsers rewrite a property of their window on every key press
    # (_NET_WM_USER_TIME): a detector listening to the focused window would wake each time.
    presses = 60
    detector = X11FullscreenDetector(desktop)
    events = _EventLog(detector._xlib)
    detector._xlib = events
    try:
        with xterm(desktop, "sitbreak-editor") as editor, _x_client(desktop) as (xlib, display):
            wmctrl(desktop, "-i", "-a", hex(editor))
            wait_until(lambda: detector.active_window() == editor, timeout=10)
            assert not detector.active()
            user_time = xlib.XInternAtom(display, b"_NET_WM_USER_TIME", 0)
            marker = xlib.XInternAtom(display, b"_SITBREAK_TEST_MARKER", 0)
            cardinal = xlib.XInternAtom(display, b"CARDINAL", 0)
            for press in range(presses):
                value = ctypes.c_ulong(press + 1)
                xlib.XChangeProperty(display, editor, user_time, cardinal, 32, 0,
                                     ctypes.byref(value), 1)  # fmt: skip
            # Then a mark on the root window, which the detector listens to: once it has
            # read that, it has read whatever the key presses sent it before.
            root = xlib.XDefaultRootWindow(display)
            xlib.XChangeProperty(display, root, marker, cardinal, 32, 0,
                                 ctypes.byref(ctypes.c_ulong(1)), 1)  # fmt: skip
            xlib.XSync(display, 0)
            wait_until(lambda: (root, marker) in events.seen, timeout=10, what="the mark")
            from_editor = [atom for window, atom in events.seen if window == editor]
            assert from_editor == []
    finally:
        detector.close()


def test_no_display_is_a_clear_error(qapp):
    with pytest.raises(HoldSourceError, match="DISPLAY is not set"):
        X11FullscreenDetector({})
    with pytest.raises(HoldSourceError, match="cannot open X display ':9398'"):
        X11FullscreenDetector({"DISPLAY": ":9398"})
