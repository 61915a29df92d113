"""Do not disturb with the real app on a real desktop: Xvfb with openbox (EWMH full
screen) and trayer, a private PulseAudio server, 1-minute squeeze prompts.

A full-screen xterm holds the prompt (`held_by` says `fullscreen`, no prompt window),
leaving full screen brings one prompt within a minute; a `parecord` capture holds it
as a call, stopping the capture brings it.
"""

from __future__ import annotations

import json
import os
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
from tests.support.pulse import pulse_server, recording
from tests.support.waiting import wait_until
from tests.support.x_desktop import wmctrl, x_desktop, xterm

pytestmark = [pytest.mark.e2e]
SHOTS = Path(os.environ.get("SITBREAK_SHOTS", "/tmp/sitbreak-e2e-shots"))
PROMPT_TITLE = "^Squeeze your glutes - Sitbreak$"
GRACE = 10


def sitbreak_command() -> list[str]:
    script = Path(sys.executable).with_name("sitbreak")
    assert script.exists(), "sitbreak is not installed in this environment (pip install -e .)"
    return [str(script)]


@pytest.fixture
def desktop() -> Iterator[dict[str, str]]:
    with x_desktop() as x_env, pulse_server() as pulse_env:
        env = {**x_env, **pulse_env, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
        env.pop("SESSION_MANAGER", None)
        env.pop("WAYLAND_DISPLAY", None)
        tray = start_trayer(env)
        try:
            yield env
        finally:
            tray.terminate()
            tray.wait(10)


def test_full_screen_and_a_call_hold_the_prompt_until_they_end(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    (config / "settings.toml").write_text(
        "[tracking]\naway_after_seconds = 900\nsample_seconds = 1\n"
        "[prompts]\nsqueeze_every_minutes = 1\nstand_after_minutes = 30\ntimeout_seconds = 600\n"
        f"[respect]\ngrace_seconds = {GRACE}\n"
    )
    env = {**desktop, "SITBREAK_CONFIG_DIR": str(config), "SITBREAK_DATA_DIR": str(data)}
    SHOTS.mkdir(parents=True, exist_ok=True)
    log = (tmp_path / "app.log").open("w")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*args], env=env, capture_output=True, text=True, timeout=20, check=False
        )

    def status() -> dict | None:
        done = run(*sitbreak_command(), "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else None

    def prompt_window() -> str:
        return run("xdotool", "search", "--onlyvisible", "--name", PROMPT_TITLE).stdout.strip()

    def held_for(seconds: float, reason: str) -> None:
        """For `seconds`: held by `reason`, and no prompt window, checked every second."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            assert not prompt_window(), "a prompt came up during the hold"
            assert status()["held_by"] == [reason]
            step = min(end, time.monotonic() + 1)
            wait_until(lambda step=step: time.monotonic() >= step, 3, interval=0.1)

    def answer(window: str) -> None:
        wid = window.splitlines()[0]
        run("xdotool", "windowactivate", "--sync", wid)
        run("xdotool", "key", "Return")
        wait_until(lambda: not prompt_window(), 15, what="the prompt to close on Return")

    app = subprocess.Popen(sitbreak_command(), env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        first = wait_until(status, 30, interval=0.25, what="the app to answer `status`")
        assert first["held_by"] == []
        started = time.monotonic()

        # A talk in full screen, from before the first prompt is due.
        with xterm(env, "sitbreak-talk") as talk:
            wmctrl(env, "-i", "-a", hex(talk))
            wmctrl(env, "-i", "-r", hex(talk), "-b", "add,fullscreen")
            wait_until(lambda: status()["held_by"] == ["fullscreen"], 15, what="held_by fullscreen")
            held_for(75 - (time.monotonic() - started), "fullscreen")  # due at 60 s: held
            assert status()["state"] == "sitting"  # tracking goes on
            run("import", "-window", "root", str(SHOTS / "holds-fullscreen.png"))
            wmctrl(env, "-i", "-r", hex(talk), "-b", "remove,fullscreen")
            left = time.monotonic()
            window = wait_until(prompt_window, 60, interval=0.5, what="the prompt after it")
            waited = time.monotonic() - left
            assert GRACE - 1 <= waited <= GRACE + 15, waited
            assert status()["held_by"] == []
            run("import", "-window", "root", str(SHOTS / "holds-after-fullscreen.png"))
            answer(window)

        # A call: a capture from the microphone.
        with recording(env):
            wait_until(lambda: status()["held_by"] == ["call"], 15, what="held_by call")
            held_for(75, "call")  # the next squeeze fell due 60 s after the answer
            assert len(prompt_window()) == 0
        ended = time.monotonic()
        window = wait_until(prompt_window, 60, interval=0.5, what="the prompt after the call")
        assert time.monotonic() - ended <= GRACE + 15
        answer(window)
    finally:
        done = run(*sitbreak_command(), "quit")
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
        log.close()
    assert app.returncode == 0, (tmp_path / "app.log").read_text()
    assert done.returncode == 0

    db = Database.open_readonly(data / "sitbreak.sqlite3")
    prompts = db.prompts_between(*_all_time())
    # One prompt per hold, never a burst of the prompts that fell due meanwhile.
    assert [(p.kind, p.outcome) for p in prompts] == [
        (PromptKind.SQUEEZE, Outcome.ACCEPTED),
        (PromptKind.SQUEEZE, Outcome.ACCEPTED),
    ]


def _all_time() -> tuple[datetime, datetime]:
    return datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
