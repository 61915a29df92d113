"""Choosing the idle source from the session's environment, with fake backends."""

from __future__ import annotations

import pytest

from sitbreak.platform.base import IdleSourceError, SessionEvents
from sitbreak.platform.detect import (
    create_session_events,
    detect_idle_source,
    idle_candidates,
    session_kind,
)
from sitbreak.platform.linux_session import LinuxSessionEvents


class FakeSource:
    def __init__(self, name: str, error: str | None, log: list[str]) -> None:
        self.name = name
        self._error = error
        self._log = log
        self._log.append(f"built {name}")

    def idle_seconds(self) -> float:
        self._log.append(f"probed {self.name}")
        if self._error:
            raise IdleSourceError(self._error)
        return 3.0

    def close(self) -> None:
        self._log.append(f"closed {self.name}")


def _builders(log: list[str], **errors: str | None):
    names = ["x11-sync", "x11", "wayland", "gnome", "freedesktop-screensaver", "windows", "macos"]
    return {
        name: (lambda name=name: FakeSource(name, errors.get(name.replace("-", "_")), log))
        for name in names
    }


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        (
            {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"},
            "linux",
            ["x11-sync", "x11", "gnome", "freedesktop-screensaver"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "DISPLAY": ":0"},
            "linux",
            ["gnome", "wayland", "freedesktop-screensaver"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE", "DISPLAY": ":1"},
            "linux",
            ["wayland", "freedesktop-screensaver", "gnome"],
        ),
        # sway started from a console: XDG_SESSION_TYPE=tty, XWayland's DISPLAY is set too.
        (
            {
                "XDG_SESSION_TYPE": "tty",
                "WAYLAND_DISPLAY": "wayland-1",
                "DISPLAY": ":0",
                "XDG_CURRENT_DESKTOP": "sway",
            },
            "linux",
            ["wayland", "freedesktop-screensaver", "gnome"],
        ),
        # startx from a console.
        (
            {"XDG_SESSION_TYPE": "tty", "DISPLAY": ":0"},
            "linux",
            ["x11-sync", "x11", "gnome", "freedesktop-screensaver"],
        ),
        ({"DISPLAY": ":0"}, "freebsd14", ["x11-sync", "x11", "gnome", "freedesktop-screensaver"]),
        ({"XDG_SESSION_TYPE": "x11"}, "win32", ["windows"]),
        ({}, "darwin", ["macos"]),
    ],
)
def test_candidates_follow_the_session_not_qt(environ, platform, expected):
    assert idle_candidates(environ, platform) == (expected, None)


def test_x11_is_never_tried_on_wayland_even_with_xwayland():
    names, _ = idle_candidates({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux")
    assert "x11" not in names
    assert "x11-sync" not in names


def test_a_console_session_has_no_candidates_and_says_why():
    names, reason = idle_candidates({"XDG_SESSION_TYPE": "tty"}, "linux")
    assert names == []
    assert reason is not None
    assert "XDG_SESSION_TYPE=tty" in str(reason)
    assert session_kind({}) is None


def test_first_working_candidate_wins_and_each_is_probed_once():
    log: list[str] = []
    detection = detect_idle_source(
        {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"},
        "linux",
        builders=_builders(
            log, x11_sync="no IDLETIME counter", x11="no MIT-SCREEN-SAVER extension"
        ),
    )
    assert detection.source is not None
    assert detection.source.name == "gnome"
    assert detection.note is None
    assert log == [
        "built x11-sync",
        "probed x11-sync",
        "closed x11-sync",
        "built x11",
        "probed x11",
        "closed x11",
        "built gnome",
        "probed gnome",
    ]


def test_a_builder_that_fails_is_skipped():
    log: list[str] = []
    builders = _builders(log)

    def no_library():
        raise IdleSourceError("libXss.so.1 is not installed")

    builders["x11-sync"] = no_library
    builders["x11"] = no_library
    detection = detect_idle_source({"DISPLAY": ":0"}, "linux", builders=builders)
    assert detection.source is not None
    assert detection.source.name == "gnome"


def test_when_nothing_works_the_note_gives_every_reason():
    log: list[str] = []
    detection = detect_idle_source(
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"},
        "linux",
        builders=_builders(
            log,
            wayland="the compositor does not offer ext_idle_notifier_v1",
            gnome="ServiceUnknown",
            freedesktop_screensaver="NotSupported",
        ),
    )
    assert detection.source is None
    assert detection.note is not None
    note = str(detection.note)
    assert note.startswith("Idle detection is off: ")
    assert "freedesktop-screensaver: NotSupported" in note
    assert "gnome: ServiceUnknown" in note
    assert "wayland: the compositor does not offer ext_idle_notifier_v1" in note
    assert log.count("closed gnome") == 1
    assert detection.tried == ("wayland", "freedesktop-screensaver", "gnome")


def test_console_session_builds_nothing():
    log: list[str] = []
    detection = detect_idle_source({"XDG_SESSION_TYPE": "tty"}, "linux", builders=_builders(log))
    assert detection.source is None
    assert detection.note is not None
    assert "no graphical session" in str(detection.note)
    assert log == []


def test_session_events_for_linux_use_the_given_buses(qtbot, qt_bus, qapp):
    events = create_session_events(
        {}, qapp, "linux", system_bus=qt_bus("system"), session_bus=qt_bus("session")
    )
    assert isinstance(events, LinuxSessionEvents)
    events.close()


def test_session_events_on_a_mac_without_frameworks_never_fire(qapp):
    events = create_session_events({}, qapp, "darwin")
    assert type(events) is SessionEvents
