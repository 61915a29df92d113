"""The installed app as a process on a desktop a test sets up, steered by `sitbreak`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.waiting import wait_until

# The test run's own desktop must not leak into the desktop a test builds.
DESKTOP_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP")


def sitbreak_command() -> list[str]:
    script = Path(sys.executable).with_name("sitbreak")
    assert script.exists(), "sitbreak is not installed in this environment (pip install -e .)"
    return [str(script)]


def app_env(tmp_path: Path, settings: str, desktop: Mapping[str, str]) -> dict[str, str]:
    """Environment for the app: its own config and data under `tmp_path`, `settings` as
    its settings file, Qt offscreen (no tray), and the `desktop` variables."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text(settings)
    env = {k: v for k, v in os.environ.items() if k not in DESKTOP_VARIABLES}
    return env | {
        "QT_QPA_PLATFORM": "offscreen",
        "SITBREAK_CONFIG_DIR": str(config),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
        **desktop,
    }


def cli(env: Mapping[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*sitbreak_command(), *args], env=dict(env), capture_output=True, text=True,
        timeout=20, check=False,
    )  # fmt: skip


def status(env: Mapping[str, str]) -> dict[str, Any] | None:
    """`sitbreak status --json`, or None while the app does not answer."""
    done = cli(env, "status", "--json")
    return json.loads(done.stdout) if done.returncode == 0 else None


@contextmanager
def running_app(env: Mapping[str, str], log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The app for the length of the block; terminated (the open bout saved) after it."""
    with log_path.open("w") as log:
        app = subprocess.Popen(
            sitbreak_command(), env=dict(env), stdout=log, stderr=subprocess.STDOUT
        )
        try:
            yield app
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(20)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait(10)


def away_and_back(env: Mapping[str, str], give_input: Callable[[], None]) -> None:
    """Input: sitting; none for the away threshold (30 s here): away; input: sitting again."""

    def state() -> str | None:
        now = status(env)
        return None if now is None else now["state"]

    give_input()
    wait_until(lambda: state() == "sitting", 15, what="sitting after input")
    wait_until(lambda: state() == "away", 60, interval=1, what="away without input")
    give_input()
    wait_until(lambda: state() == "sitting", 15, what="sitting again on input")
