"""Full screen on a real X desktop: Xvfb, openbox and an xterm made full screen by wmctrl."""

from __future__ import annotations

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.x11_fullscreen import X11FullscreenDetector
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
            # Pushed: the PropertyNotify arrives through Qt's loop, no one asks.
            wait_until(lambda: pushes, timeout=10, what="a push for full screen on")
            assert monitor.check() == {HoldReason.FULLSCREEN}
            pushes.clear()
            wmctrl(desktop, "-i", "-r", hex(window), "-b", "remove,fullscreen")
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


def test_no_display_is_a_clear_error(qapp):
    with pytest.raises(HoldSourceError, match="DISPLAY is not set"):
        X11FullscreenDetector({})
    with pytest.raises(HoldSourceError, match="cannot open X display ':9398'"):
        X11FullscreenDetector({"DISPLAY": ":9398"})
