"""The real app on a desktop without a tray (stock GNOME's situation): prompts arrive as
notifications with buttons at python-dbusmock's notification server on a private bus,
a button answers into the database, and a prompt ended from the command line is
withdrawn from the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dbus
import pytest
from dbusmock.testcase import BusType, PrivateDBus

from sitbreak.core.records import Outcome, PromptKind
from sitbreak.storage.database import Database
from tests.support.waiting import wait_until

pytestmark = pytest.mark.e2e
NOTIFICATIONS = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CAPABILITIES = '{"capabilities": "actions body body-markup icon-static persistence"}'


def sitbreak_command() -> list[str]:
    script = Path(sys.executable).with_name("sitbreak")
    assert script.exists(), "sitbreak is not installed in this environment (pip install -e .)"
    return [str(script)]


@pytest.fixture
def notification_server() -> Iterator[tuple[str, Any]]:
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


def test_prompts_as_notifications_answer_and_withdraw(notification_server, tmp_path):
    address, mock = notification_server
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    (config / "settings.toml").write_text("[prompts]\ntimeout_seconds = 600\n")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP")
    }
    env |= {
        "QT_QPA_PLATFORM": "offscreen",  # no tray: prompts go to notifications
        "DBUS_SESSION_BUS_ADDRESS": address,
        "SITBREAK_CONFIG_DIR": str(config),
        "SITBREAK_DATA_DIR": str(data),
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*sitbreak_command(), *args], env=env, capture_output=True, text=True, timeout=20,
            check=False,
        )  # fmt: skip

    def notified() -> list[list[Any]]:
        return [list(args) for _, args in mock.GetMethodCalls("Notify")]

    def prompt_ids() -> list[int]:
        """Ids the mock gave our prompt notifications (it counts every new one from 1)."""
        fresh = [args for args in notified() if int(args[1]) == 0]
        return [i + 1 for i, args in enumerate(fresh) if "done" in list(args[5])]

    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(sitbreak_command(), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:

        def status() -> dict | None:
            done = cli("status", "--json")
            return json.loads(done.stdout) if done.returncode == 0 else None

        first = wait_until(status, 30, interval=0.25, what="the app to answer `status`")
        assert first["idle_source"] == "manual"  # no display here at all

        assert cli("break").returncode == 0
        wait_until(lambda: len(prompt_ids()) == 1, 15, what="the stand prompt's Notify")
        (shown,) = [args for args in notified() if "done" in list(args[5])]
        assert shown[3] == "Time to stand up"
        labels = dict(zip(list(shown[5])[::2], list(shown[5])[1::2], strict=True))
        assert labels["done"] == "I stood up"
        assert labels["skip"] == "Skip"
        assert shown[6]["desktop-entry"] == "io.github.sitbreak.Sitbreak"

        # Ended from the command line: the notification is taken away.
        assert cli("pause", "1h").returncode == 0
        wait_until(
            lambda: (
                [list(a) for _, a in mock.GetMethodCalls("CloseNotification")]
                == [[prompt_ids()[0]]]
            ),
            15,
            what="the withdrawal",
        )
        assert cli("resume").returncode == 0

        # A button pressed on the notification answers the prompt.
        assert cli("break").returncode == 0
        wait_until(lambda: len(prompt_ids()) == 2, 15, what="the second prompt's Notify")
        mock.EmitSignal(
            NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(prompt_ids()[1]), "done"]
        )
        wait_until(lambda: status()["state"] != "sitting", 15, what="the answer to count")
        assert cli("quit").returncode == 0
        app.wait(20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        log.close()
    assert app.returncode == 0, (tmp_path / "app.log").read_text()
    db = Database.open_readonly(data / "sitbreak.sqlite3")
    begin, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    prompts = [(p.kind, p.outcome) for p in db.prompts_between(begin, end)]
    assert prompts == [
        (PromptKind.STAND, Outcome.DISMISSED),  # withdrawn by the pause
        (PromptKind.STAND, Outcome.ACCEPTED),  # "I stood up" on the notification
    ]
