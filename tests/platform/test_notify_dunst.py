"""A prompt notification under a real notification daemon: dunst on Xvfb, private bus.

dunst is a GDBus server, so it rejects a Notify whose argument types are wrong (the
mock does not). It draws buttons only in its context menu, which runs a dmenu-like
command: here a script that records the offered actions and picks one, as a user
choosing from that menu would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sitbreak.core.prompt_notice import prompt_notice
from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.paths import resources_dir
from sitbreak.platform.notify.freedesktop import FreedesktopNotifier
from tests.support.waiting import wait_until

pytestmark = pytest.mark.xvfb
SHOTS = Path(os.environ.get("SITBREAK_SHOTS", "/tmp/sitbreak-e2e-shots"))


@pytest.fixture
def dunst(tmp_path, private_buses):
    assert shutil.which("dunst"), "dunst is needed: run the README's test command"
    assert os.environ.get("DISPLAY"), "pytest-xvfb provides the X server"
    pick = tmp_path / "pick.sh"
    pick.write_text(f'#!/bin/sh\ntee "{tmp_path}/offered.txt" | grep -m1 -F "$PICK"\n')
    pick.chmod(0o700)
    config = tmp_path / "dunstrc"
    config.write_text(
        "[global]\n  font = DejaVu Sans 11\n  width = 420\n  origin = top-right\n"
        f"  offset = 10x40\n  show_indicators = yes\n  dmenu = {pick}\n"
    )
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": private_buses["session"].address,
        "PICK": "I stood up",
    }
    log = (tmp_path / "dunst.log").open("w")
    process = subprocess.Popen(["dunst", "-config", str(config)], env=env, stdout=log, stderr=log)
    yield env
    process.terminate()
    process.wait(10)
    log.close()


def _owner(env):
    done = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
         "string:org.freedesktop.Notifications"],
        env=env, capture_output=True, text=True, timeout=10, check=False,
    )  # fmt: skip
    return "boolean true" in done.stdout


def test_urgent_stand_prompt_under_dunst_is_critical_and_answers(dunst, qt_bus, tmp_path):
    wait_until(lambda: _owner(dunst), 15, interval=0.2, what="dunst on the bus")
    icon = str(resources_dir() / "icons" / "sitbreak.svg")
    notifier = FreedesktopNotifier(qt_bus("session"), icon)
    assert notifier.server.startswith("dunst")
    assert notifier.has_buttons
    answers: list[str] = []
    notifier.answered.connect(answers.append)
    text = prompt_text(
        PromptKind.STAND, snooze_minutes=5, urgent=True, snooze_count=2, sitting_seconds=3900
    )
    notifier.show_prompt(prompt_notice(text, 120, with_buttons=True, routine_available=True))
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "notification-dunst.png"

    def drawn() -> bool:  # dunst draws a moment after Notify returns
        subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=20)
        colours = subprocess.run(
            ["convert", str(shot), "-crop", "440x200+830+40", "-format", "%k", "info:"],
            capture_output=True, text=True, timeout=20, check=True,
        )  # fmt: skip
        return int(colours.stdout) > 20  # text and icon, not an empty black corner

    wait_until(drawn, 15, interval=0.3, what="the notification on screen")
    subprocess.run(["dunstctl", "context"], env=dunst, timeout=20, check=True)
    wait_until(lambda: answers, 15, what="the answer chosen in dunst's menu")
    assert answers == [Outcome.ACCEPTED.value]
    offered = (tmp_path / "offered.txt").read_text()
    for label in ("I stood up", "Do the 2-minute routine", "Snooze 5 min", "Skip"):
        assert f"#{label} (Please stand up now)" in offered
    notifier.close()
