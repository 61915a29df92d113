"""The GNOME idle source against a real Mutter, run headless on a private session bus.

Input comes through Mutter's RemoteDesktop D-Bus API (one connection creates, starts and
drives the session, as Mutter requires). Needs the `mutter` package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dbus
import pytest

from sitbreak.platform import gnome
from sitbreak.platform.detect import detect_idle_source
from sitbreak.platform.gnome import GnomeIdleSource
from tests.support.app_process import app_env, away_and_back, running_app, status
from tests.support.waiting import wait_until

REMOTE_DESKTOP = "org.gnome.Mutter.RemoteDesktop"


@pytest.fixture
def mutter(private_buses) -> Iterator[dbus.bus.BusConnection]:
    assert shutil.which("mutter"), "install mutter (apt) to run the GNOME test"
    runtime = Path(tempfile.mkdtemp(prefix="sitbreak-mutter-"))
    runtime.chmod(0o700)
    address = private_buses["session"].address
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": address,
    }
    log = (runtime / "mutter.log").open("w")
    process = subprocess.Popen(
        ["mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor", "1280x800",
         "--wayland-display", "sitbreak-test"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    bus = dbus.bus.BusConnection(address)
    try:
        wait_until(
            lambda: (
                (bus.name_has_owner(gnome.SERVICE) and bus.name_has_owner(REMOTE_DESKTOP))
                or process.poll() is not None
            ),
            20,
            interval=0.1,
            what="Mutter on the bus",
        )
        assert process.poll() is None, (runtime / "mutter.log").read_text()
        yield bus
    finally:
        bus.close()
        process.terminate()
        process.wait(timeout=15)
        log.close()
        shutil.rmtree(runtime, ignore_errors=True)


class RemoteInput:
    """A RemoteDesktop session: pointer motion as a user's hand on the mouse."""

    def __init__(self, bus: dbus.bus.BusConnection) -> None:
        desktop = dbus.Interface(
            bus.get_object(REMOTE_DESKTOP, "/org/gnome/Mutter/RemoteDesktop"), REMOTE_DESKTOP
        )
        path = desktop.CreateSession()
        self.session = dbus.Interface(
            bus.get_object(REMOTE_DESKTOP, path), f"{REMOTE_DESKTOP}.Session"
        )
        self.session.Start()

    def move(self) -> None:
        self.session.NotifyPointerMotionRelative(dbus.Double(5.0), dbus.Double(3.0))

    def close(self) -> None:
        self.session.Stop()


def test_real_mutter_is_picked_on_gnome_wayland(qt_bus, mutter):
    environ = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}
    detection = detect_idle_source(environ, "linux", session_bus=qt_bus("session"))
    assert detection.source is not None, detection.note
    assert detection.source.name == "gnome-mutter"
    detection.source.close()


def test_real_mutter_watch_goes_idle_without_input_and_back_with_input(qt_bus, mutter):
    source = GnomeIdleSource(qt_bus("session"))
    hand = RemoteInput(mutter)
    events: list[str] = []
    source.events.idled.connect(lambda seconds: events.append(f"idle {seconds:.0f}"))
    source.events.resumed.connect(lambda: events.append("active"))
    try:
        hand.move()
        wait_until(lambda: source.idle_seconds() < 1.0, 5, what="Mutter to see the motion")
        assert source.watch(2.0), "Mutter refused the idle watch"
        assert source.watching
        wait_until(lambda: events, 10, what="Mutter's idle watch to fire")
        assert events == ["idle 2"]
        assert source.idle_seconds() >= 2.0
        hand.move()
        wait_until(lambda: len(events) == 2, 5, what="Mutter's user-active watch to fire")
        assert events == ["idle 2", "active"]
        # The idle watch stays: a second pause is reported again.
        wait_until(lambda: len(events) == 3, 10, what="the second idle")
        assert events[2] == "idle 2"
    finally:
        hand.close()
        source.close()


def test_the_app_on_real_mutter_goes_away_and_comes_back(mutter, private_buses, tmp_path):
    """The whole app on a headless GNOME session: it picks Mutter, is fed by its watches,
    goes away after `away_after_seconds` without input and sits again on input."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    desktop = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": private_buses["session"].address,
    }
    env = app_env(tmp_path, "[tracking]\naway_after_seconds = 30\n", desktop)
    hand = RemoteInput(mutter)
    try:
        with running_app(env, tmp_path / "app.log"):
            first = wait_until(lambda: status(env), 30, interval=0.25, what="`status`")
            assert first["idle_source"] == "gnome-mutter"
            away_and_back(env, hand.move)
    finally:
        hand.close()
    log = (tmp_path / "data" / "logs" / "sitbreak.log").read_text()
    assert "GNOME idle watch" in log  # pushed, not polled
