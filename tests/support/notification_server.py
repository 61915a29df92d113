"""python-dbusmock's notification server on a private session bus: what the app tells the
user arrives there as Notify calls, and a test presses buttons as the user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dbus
from dbusmock.testcase import BusType, PrivateDBus

from tests.support.waiting import wait_until

NOTIFICATIONS = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CAPABILITIES = '{"capabilities": "actions body body-markup icon-static persistence"}'


@contextmanager
def notification_server() -> Iterator[tuple[str, Any]]:
    """The bus address for the app's DBUS_SESSION_BUS_ADDRESS, and the server's mock
    interface (GetMethodCalls("Notify"), EmitSignal)."""
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    bus = PrivateDBus(BusType.SESSION)
    bus.start()
    if saved is None:  # the private bus must not become the default of other tests
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    else:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address}
    server = subprocess.Popen(
        [sys.executable, "-m", "dbusmock", "--session", "--template", "notification_daemon",
         "--parameters", CAPABILITIES],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    connection = dbus.bus.BusConnection(bus.address)
    try:
        wait_until(lambda: connection.name_has_owner(NOTIFICATIONS), 15, what="the mock server")
        mock = dbus.Interface(
            connection.get_object(NOTIFICATIONS, PATH), "org.freedesktop.DBus.Mock"
        )
        yield bus.address, mock
    finally:
        server.terminate()
        server.wait(10)
        connection.close()
        bus.stop()
