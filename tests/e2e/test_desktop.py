"""The installed app on a real X server with a real tray host, driven by real input.

Xvfb comes from pytest-xvfb, the tray host is trayer, input is xdotool, screenshots are
ImageMagick's `import`. The app runs with 1-minute prompts and a 30-second away
threshold, so a whole bout, prompt and break fit in about two minutes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitbreak.core.records import Outcome, PromptKind
from sitbreak.storage.database import Database
from tests.support.desktop import start_trayer
from tests.support.waiting import wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.xvfb]
SHOTS = Path(os.environ.get("SITBREAK_SHOTS", "/tmp/sitbreak-e2e-shots"))


def sitbreak_command() -> list[str]:
    """The installed gui-script next to this interpreter."""
    script = Path(sys.executable).with_name("sitbreak")
    assert script.exists(), "sitbreak is not installed in this environment (pip install -e .)"
    return [str(script)]


def xdotool(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=15, check=False
    )
    return done.stdout.strip()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    assert os.environ.get("DISPLAY"), "pytest-xvfb provides the X server"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("SESSION_MANAGER", None)
    tray = start_trayer(env)
    panel = wait_until(
        lambda: xdotool("search", "--name", "^panel$"), 15, interval=0.25, what="trayer's panel"
    )
    yield {**env, "TRAY_PANEL": panel.splitlines()[0]}
    tray.terminate()
    tray.wait(10)


def sitbreak_icons(desktop: dict[str, str]) -> int:
    """How many Sitbreak icons trayer's panel holds."""
    tree = subprocess.run(
        ["xwininfo", "-tree", "-id", desktop["TRAY_PANEL"]],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
        env=desktop,
    ).stdout
    return tree.count('("sitbreak" "Sitbreak")')


def test_a_bout_a_squeeze_prompt_and_a_break_on_a_real_desktop(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    (config / "settings.toml").write_text(
        "[tracking]\naway_after_seconds = 30\nsample_seconds = 1\n"
        "[prompts]\nsqueeze_every_minutes = 1\nstand_after_minutes = 10\ntimeout_seconds = 120\n"
    )
    env = {**desktop, "SITBREAK_CONFIG_DIR": str(config), "SITBREAK_DATA_DIR": str(data)}
    SHOTS.mkdir(parents=True, exist_ok=True)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(sitbreak_command(), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:

        def status() -> dict | None:
            done = subprocess.run(
                [*sitbreak_command(), "status", "--json"],
                env=env,
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )
            return json.loads(done.stdout) if done.returncode == 0 else None

        first = wait_until(
            status, 30, interval=0.25, what="the running app to answer `sitbreak status`"
        )
        # Xvfb may have seen "input" (its start) less than 30 s ago: then the bout began then.
        bout_began = (
            time.monotonic() - first["bout_seconds"] if first["state"] == "sitting" else None
        )

        # The tray icon is embedded (XEmbed) in trayer's panel as a child window of ours.
        def tray_icon_embedded() -> bool:
            return sitbreak_icons(desktop) > 0

        wait_until(
            tray_icon_embedded, 20, interval=0.25, what="the tray icon inside trayer's panel"
        )

        # A minute of real input: the mouse moves every second.
        started = time.monotonic()
        if bout_began is None:
            bout_began = started
        x = 0

        def prompt_window() -> str:
            return xdotool("search", "--onlyvisible", "--name", "^Squeeze your glutes - Sitbreak$")

        def move_and_look() -> str:
            nonlocal x
            x = (x + 37) % 600
            xdotool("mousemove", str(100 + x), "400")
            return prompt_window()

        window = wait_until(move_and_look, 110, interval=1.0, what="the squeeze prompt window")
        assert 55 <= time.monotonic() - started <= 110
        subprocess.run(
            ["import", "-window", "root", str(SHOTS / "e2e-prompt.png")],
            env=env,
            timeout=30,
            check=False,
        )
        assert status()["state"] == "sitting"

        wid = window.splitlines()[0]
        xdotool("windowfocus", "--sync", wid)
        xdotool("key", "Return")
        wait_until(
            lambda: not prompt_window(),
            15,
            interval=0.25,
            what="the prompt window to close on Return",
        )
        last_input = time.monotonic()
        last_input_wall = datetime.now(UTC)

        # No input for 40 s: the app must say away, and store one bout ending at that input.
        wait_until(
            lambda: (status() or {}).get("state") == "away", 60, interval=0.25, what="state away"
        )
        assert time.monotonic() - last_input >= 29
        wait_until(
            lambda: time.monotonic() - last_input >= 40,
            15,
            interval=0.25,
            what="40 s without input",
        )
        assert status()["state"] == "away"
        subprocess.run(
            ["import", "-window", "root", str(SHOTS / "e2e-away.png")],
            env=env,
            timeout=30,
            check=False,
        )

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*sitbreak_command(), *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )

        # The command line steers the running app; a second start does not start another.
        assert cli("pause", "1h").returncode == 0
        assert status()["state"] == "paused"
        assert cli("resume").returncode == 0
        assert status()["state"] == "away"
        assert cli("pause", "soon").returncode == 2
        second = subprocess.run(
            sitbreak_command(), env=env, capture_output=True, text=True, timeout=30, check=False
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
    finally:
        done = subprocess.run(
            [*sitbreak_command(), "quit"], env=env, capture_output=True, timeout=20, check=False
        )
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
        log.close()
    assert app.returncode == 0, (tmp_path / "app.log").read_text()
    assert done.returncode == 0

    db = Database.open_readonly(data / "sitbreak.sqlite3")
    begin, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    bouts = [b for b in db.bouts_between(begin, end) if b.end_reason is not None]
    assert len(bouts) == 1, bouts
    assert bouts[0].end_reason.value == "away"
    # The bout ends at the last input (the Return), not when the absence was noticed.
    assert abs((bouts[0].end - last_input_wall).total_seconds()) < 3, (
        bouts[0].end,
        last_input_wall,
    )
    elapsed_sitting = last_input - bout_began
    assert abs(bouts[0].seconds - elapsed_sitting) < 4, (bouts[0].seconds, elapsed_sitting)
    prompts = db.prompts_between(begin, end)
    assert [(p.kind, p.outcome) for p in prompts] == [(PromptKind.SQUEEZE, Outcome.ACCEPTED)]


def test_tools_for_the_desktop_tests_are_installed() -> None:
    for tool in ("xdotool", "trayer", "import"):
        assert shutil.which(tool), f"{tool} missing: run the README's test command"


def test_a_second_start_shows_no_icon_and_brings_up_the_first(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **desktop,
        "SITBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
    }
    with (tmp_path / "app.log").open("w") as log:
        first = subprocess.Popen(sitbreak_command(), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: sitbreak_icons(desktop) == 1, 30, what="the first start's icon")
        second = subprocess.Popen(
            sitbreak_command(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        most = 0

        def second_ended() -> bool:  # the panel watched the whole time: not even a brief icon
            nonlocal most
            most = max(most, sitbreak_icons(desktop))
            return second.poll() is not None

        try:
            wait_until(second_ended, 30, interval=0, what="the second start to end")
        finally:
            if second.poll() is None:  # a hung second start is not left behind
                second.kill()
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert most == 1
        assert out.strip()  # it says the first one is running
        # The first one answered by showing its status window.
        shown = wait_until(
            lambda: xdotool("search", "--onlyvisible", "--pid", str(first.pid)),
            10,
            interval=0.1,
            what="the first start's status window",
        )
        assert shown
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(20)
