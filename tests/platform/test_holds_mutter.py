"""Screen sharing seen from a real headless GNOME compositor (Mutter 43): a screen-cast
session made over D-Bus, as the portal makes one for a meeting app, holds prompts."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator

import dbus
import pytest
from dbusmock.testcase import BusType, PrivateDBus
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldMonitor
from sitbreak.platform.holds.gnome_screencast import GnomeScreenCastDetector
from tests.support.waiting import wait_until

SCREENCAST = "org.gnome.Mutter.ScreenCast"


@pytest.fixture
def mutter(qapp) -> Iterator[str]:
    """A private session bus with headless Mutter on it; yields the bus address."""
    assert shutil.which("mutter"), "mutter is needed: run the README's test command"
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    bus = PrivateDBus(BusType.SESSION)
    bus.start()
    if saved is None:
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    else:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
    with tempfile.TemporaryDirectory(prefix="sitbreak-mutter-") as runtime:
        os.chmod(runtime, 0o700)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(XDG_RUNTIME_DIR=runtime, DBUS_SESSION_BUS_ADDRESS=bus.address)
        process = subprocess.Popen(
            ["mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor", "1280x800",
             "--wayland-display", "sitbreak-holds"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        connection = dbus.bus.BusConnection(bus.address)
        try:
            wait_until(
                lambda: connection.name_has_owner(SCREENCAST), timeout=30, what="Mutter to start"
            )
            yield bus.address
        finally:
            connection.close()
            process.terminate()
            process.wait(timeout=10)
            bus.stop()


def test_a_screen_cast_session_of_real_mutter_holds_until_it_stops(mutter):
    qt = QDBusConnection.connectToBus(mutter, "sitbreak-test-mutter")
    monitor = HoldMonitor([GnomeScreenCastDetector(qt)])
    sharer = dbus.bus.BusConnection(mutter)  # the meeting app's connection
    try:
        assert monitor.check() == frozenset()
        screencast = dbus.Interface(
            sharer.get_object(SCREENCAST, "/org/gnome/Mutter/ScreenCast"), SCREENCAST
        )
        path = screencast.CreateSession(dbus.Dictionary({}, signature="sv"))
        assert monitor.check() == {HoldReason.SCREEN_SHARE}
        session = dbus.Interface(
            sharer.get_object(SCREENCAST, path), "org.gnome.Mutter.ScreenCast.Session"
        )
        session.Stop()
        wait_until(lambda: monitor.check() == frozenset(), timeout=10, what="the session to end")
    finally:
        sharer.close()
        monitor.close()
        QDBusConnection.disconnectFromBus("sitbreak-test-mutter")
