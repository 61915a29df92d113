"""Which hold detectors each desktop gets, and what it is told it cannot see."""

from __future__ import annotations

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError
from sitbreak.platform.holds.detect import (
    NOT_SEEN_SCREEN_SHARE,
    NOT_SEEN_WAYLAND_FULLSCREEN,
    create_hold_monitor,
    hold_candidates,
)
from tests.support.x_desktop import x_desktop

LINUX_CALLS = ["pulseaudio-capture", "linux-camera"]


@pytest.mark.parametrize(
    ("environ", "platform", "names", "notes"),
    [
        (
            {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "XFCE"},
            "linux",
            ["x11-ewmh", *LINUX_CALLS, "notifications-inhibited"],
            [NOT_SEEN_SCREEN_SHARE],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"},
            "linux",
            [
                *LINUX_CALLS,
                "gnome-mutter-screencast",
                "gnome-show-banners",
                "notifications-inhibited",
            ],
            [NOT_SEEN_WAYLAND_FULLSCREEN],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"},
            "linux",
            ["kwin-script", *LINUX_CALLS, "notifications-inhibited"],
            [NOT_SEEN_SCREEN_SHARE],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway"},
            "linux",
            [*LINUX_CALLS, "notifications-inhibited"],
            [NOT_SEEN_WAYLAND_FULLSCREEN, NOT_SEEN_SCREEN_SHARE],
        ),
        (
            {},
            "win32",
            ["windows-fullscreen", "windows-quiet-time", "windows-consent-store"],
            [NOT_SEEN_SCREEN_SHARE],
        ),
    ],
)
def test_candidates_per_desktop(environ, platform, names, notes):
    assert hold_candidates(environ, platform) == (names, notes)


class Stub(HoldDetector):
    def __init__(self, reason: HoldReason, name: str, answer: bool) -> None:
        super().__init__()
        self.reason, self.name, self.answer = reason, name, answer

    def active(self) -> bool:
        return self.answer


def _broken() -> HoldDetector:
    raise HoldSourceError("libpulse is not installed")


def test_a_detector_that_cannot_work_is_left_out_with_a_note(qapp):
    environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}
    builders = {
        "x11-ewmh": lambda: Stub(HoldReason.FULLSCREEN, "x11-ewmh", True),
        "pulseaudio-capture": _broken,
        "linux-camera": lambda: Stub(HoldReason.CALL, "linux-camera", False),
        "notifications-inhibited": lambda: Stub(HoldReason.DESKTOP_DND, "n", False),
    }
    monitor = create_hold_monitor(environ, "linux", builders=builders)
    assert monitor.sources() == [
        "fullscreen: x11-ewmh",
        "call: linux-camera",
        "desktop-dnd: n",
    ]
    assert "pulseaudio-capture: libpulse is not installed" in monitor.notes
    assert monitor.check() == {HoldReason.FULLSCREEN}
    assert monitor.check([HoldReason.CALL]) == frozenset()  # only what is asked is asked


def test_the_real_detectors_of_an_x11_desktop(qapp, qt_bus):
    with x_desktop() as env:
        environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": env["DISPLAY"]}
        monitor = create_hold_monitor(environ, "linux", session_bus=qt_bus("session"))
        try:
            names = [source.split(": ")[1] for source in monitor.sources()]
            assert names[0] == "x11-ewmh"
            assert "notifications-inhibited" in names
            assert monitor.check() == frozenset()
        finally:
            monitor.close()
