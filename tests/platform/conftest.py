"""Private D-Bus buses and mock services for the platform tests.

The buses are started once per test session and never become the process's default
buses: os.environ is restored, so other tests cannot reach them by accident. Each test
gets its own Qt connection to them and its own mock processes.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import dbus
import pytest
from dbusmock.testcase import BusType, PrivateDBus
from PySide6.QtDBus import QDBusConnection

from tests.support.waiting import wait_until

_names = itertools.count()


@dataclass
class PrivateBus:
    address: str
    env_name: str
    flag: str  # --session or --system for `python -m dbusmock`


def _start(bustype: BusType) -> tuple[PrivateDBus, PrivateBus]:
    env_name = bustype.environ[0]
    saved = os.environ.get(env_name)
    bus = PrivateDBus(bustype)
    bus.start()
    if saved is None:
        os.environ.pop(env_name, None)
    else:
        os.environ[env_name] = saved
    return bus, PrivateBus(bus.address, env_name, f"--{bustype.value}")


@pytest.fixture(scope="session")
def private_buses() -> Iterator[dict[str, PrivateBus]]:
    session_daemon, session = _start(BusType.SESSION)
    system_daemon, system = _start(BusType.SYSTEM)
    yield {"session": session, "system": system}
    session_daemon.stop()
    system_daemon.stop()


@pytest.fixture
def qt_bus(
    qapp: Any, private_buses: dict[str, PrivateBus]
) -> Iterator[Callable[[str], QDBusConnection]]:
    """qt_bus('session') / qt_bus('system'): a fresh QtDBus connection to a private bus."""
    opened: list[str] = []

    def connect(kind: str) -> QDBusConnection:
        name = f"sitbreak-test-{kind}-{next(_names)}"
        connection = QDBusConnection.connectToBus(private_buses[kind].address, name)
        assert connection.isConnected(), connection.lastError().message()
        opened.append(name)
        return connection

    yield connect
    for name in opened:
        QDBusConnection.disconnectFromBus(name)


@dataclass
class Mock:
    process: subprocess.Popen[bytes]
    connection: Any  # dbus-python connection to the private bus
    name: str
    obj: Any  # dbus-python proxy of the mocked object

    @property
    def control(self) -> Any:
        return dbus.Interface(self.obj, "org.freedesktop.DBus.Mock")

    def interface(self, path: str, interface: str) -> Any:
        """Another object of the mock (e.g. a logind session) by path."""
        return dbus.Interface(self.connection.get_object(self.name, path), interface)


@pytest.fixture
def spawn_mock(private_buses: dict[str, PrivateBus]) -> Iterator[Callable[..., Mock]]:
    """spawn_mock(kind, name, path, interface) or spawn_mock(kind, template='logind'),
    with `parameters` for the template (e.g. the notification server's capabilities)."""
    started: list[subprocess.Popen[bytes]] = []
    connections: list[Any] = []

    def spawn(
        kind: str,
        name: str = "",
        path: str = "",
        interface: str = "",
        template: str = "",
        parameters: dict[str, Any] | None = None,
    ) -> Mock:
        bus = private_buses[kind]
        if template:
            module = __import__(f"dbusmock.templates.{template}", fromlist=["x"])
            name, path = module.BUS_NAME, module.MAIN_OBJ
            args = ["--template", template]
            if parameters:
                args += ["--parameters", json.dumps(parameters)]
        else:
            args = [name, path, interface]
        env = dict(os.environ)
        env[bus.env_name] = bus.address
        process = subprocess.Popen(
            [sys.executable, "-m", "dbusmock", bus.flag, *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append(process)
        connection = dbus.bus.BusConnection(bus.address)
        connections.append(connection)
        _wait_for_name(connection, name, process)
        return Mock(process, connection, name, connection.get_object(name, path))

    yield spawn
    for process in started:
        process.terminate()
        process.wait(timeout=5)
        if process.stderr is not None:
            process.stderr.close()
    for connection in connections:
        connection.close()


def _owned_by(connection: Any, name: str, pid: int) -> bool:
    """True once `name` belongs to process `pid` (not to a mock of an earlier test)."""
    try:
        if not connection.name_has_owner(name):
            return False
        owner = connection.get_name_owner(name)
        daemon = connection.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus")
        owner_pid = daemon.GetConnectionUnixProcessID(owner, dbus_interface="org.freedesktop.DBus")
    except dbus.exceptions.DBusException:
        return False  # the previous owner left between the two questions: ask again
    return int(owner_pid) == pid


def _wait_for_name(connection: Any, name: str, process: subprocess.Popen[bytes]) -> None:
    """Wait, bounded, until the mock owns its name (it takes about half a second)."""

    def owned() -> bool:
        if process.poll() is not None:
            stderr = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"dbusmock for {name} exited: {stderr}")
        return _owned_by(connection, name, process.pid)

    wait_until(owned, timeout=10, what=f"dbusmock to own {name}")
