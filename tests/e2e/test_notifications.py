"""The real app on a desktop without a tray (stock GNOME's situation): prompts arrive as
notifications with buttons at python-dbusmock's notification server on a private bus,
a button answers into the database, and a prompt ended from the command line is
withdrawn from the screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import dbus
import pytest

from sitbreak.core.records import Outcome, PromptKind
from sitbreak.storage.database import Database
from tests.support.app_process import app_env, cli, running_app, status
from tests.support.notification_server import NOTIFICATIONS
from tests.support.notification_server import notification_server as running_notification_server
from tests.support.waiting import wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def notification_server() -> Iterator[tuple[str, Any]]:
    with running_notification_server() as server:
        yield server


def test_prompts_as_notifications_answer_and_withdraw(notification_server, tmp_path):
    address, mock = notification_server
    # No display at all and no tray: prompts go to notifications.
    env = app_env(
        tmp_path, "[prompts]\ntimeout_seconds = 600\n", {"DBUS_SESSION_BUS_ADDRESS": address}
    )

    def notified() -> list[list[Any]]:
        return [list(args) for _, args in mock.GetMethodCalls("Notify")]

    def prompt_ids() -> list[int]:
        """Ids the mock gave our prompt notifications (it counts every new one from 1)."""
        fresh = [args for args in notified() if int(args[1]) == 0]
        return [i + 1 for i, args in enumerate(fresh) if "done" in list(args[5])]

    with running_app(env, tmp_path / "app.log") as app:
        first = wait_until(lambda: status(env), 30, interval=0.25, what="`status`")
        assert first["idle_source"] == "manual"  # no display here at all

        assert cli(env, "break").returncode == 0
        wait_until(lambda: len(prompt_ids()) == 1, 15, what="the stand prompt's Notify")
        (shown,) = [args for args in notified() if "done" in list(args[5])]
        assert shown[3] == "Time to stand up"
        labels = dict(zip(list(shown[5])[::2], list(shown[5])[1::2], strict=True))
        assert labels["done"] == "I stood up"
        assert labels["skip"] == "Skip"
        assert shown[6]["desktop-entry"] == "io.github.sitbreak.Sitbreak"

        # Ended from the command line: the notification is taken away.
        assert cli(env, "pause", "1h").returncode == 0
        wait_until(
            lambda: (
                [list(a) for _, a in mock.GetMethodCalls("CloseNotification")]
                == [[prompt_ids()[0]]]
            ),
            15,
            what="the withdrawal",
        )
        assert cli(env, "resume").returncode == 0

        # A button pressed on the notification answers the prompt.
        assert cli(env, "break").returncode == 0
        wait_until(lambda: len(prompt_ids()) == 2, 15, what="the second prompt's Notify")
        mock.EmitSignal(
            NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(prompt_ids()[1]), "done"]
        )
        wait_until(lambda: status(env)["state"] != "sitting", 15, what="the answer to count")
        assert cli(env, "quit").returncode == 0
        app.wait(20)
    assert app.returncode == 0, (tmp_path / "app.log").read_text()
    data = tmp_path / "data"
    db = Database.open_readonly(data / "sitbreak.sqlite3")
    begin, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    prompts = [(p.kind, p.outcome) for p in db.prompts_between(begin, end)]
    assert prompts == [
        (PromptKind.STAND, Outcome.DISMISSED),  # withdrawn by the pause
        (PromptKind.STAND, Outcome.ACCEPTED),  # "I stood up" on the notification
    ]
