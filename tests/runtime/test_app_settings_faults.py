"""The real app as a process with settings files that cannot be used: it starts with the
defaults and says so once; a bad edit while it runs is one log line and keeps what runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process")

DEEP = "x = " + "[" * 600 + "]" * 600 + "\n"


def app_env(tmp_path: Path) -> dict[str, str]:
    """No display (pytest-xvfb's would give an idle time from before the app started):
    manual mode, where a bout starts when the app does."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "SITBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
    }


def start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitbreak"], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def status(env: dict[str, str]) -> dict | None:
    done = subprocess.run(
        [sys.executable, "-m", "sitbreak", "status", "--json"], env=env, capture_output=True,
        text=True, timeout=30, check=False,
    )  # fmt: skip
    return json.loads(done.stdout) if done.returncode == 0 else None


def stop(app: subprocess.Popen[str]) -> str:
    app.terminate()
    output, _ = app.communicate(timeout=30)
    return output


@pytest.mark.parametrize(
    "content",
    [DEEP.encode(), b"\xff\xfe not utf-8", b"[prompts\n"],
    ids=["deep", "binary", "broken"],
)
def test_an_unusable_settings_file_at_start_gives_defaults_and_one_message(
    tmp_path: Path, content: bytes
) -> None:
    settings = tmp_path / "config" / "settings.toml"
    settings.parent.mkdir()
    settings.write_bytes(content)
    env = app_env(tmp_path)
    app = start(env)
    try:
        wait_until(lambda: app.poll() is not None or status(env), timeout=30, what="status")
    finally:
        output = stop(app)
    assert app.returncode == 0, output
    log = (tmp_path / "data" / "logs" / "sitbreak.log").read_text()
    assert "Traceback" not in log + output
    assert log.count("told the user: Sitbreak: check your settings") == 1
    assert settings.read_bytes() == content  # left as it was


def test_a_bad_edit_while_running_is_one_line_and_not_called_reloaded(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    app = start(env)
    log_file = tmp_path / "data" / "logs" / "sitbreak.log"
    settings = tmp_path / "config" / "settings.toml"
    try:
        wait_until(lambda: status(env), timeout=30, what="status")
        settings.write_text(DEEP)
        wait_until(lambda: "nests too deeply" in log_file.read_text(), timeout=30)
        settings.write_text("version = 1\n[prompts]\nsnooze_minutes = 7\n")
        wait_until(lambda: "Settings reloaded" in log_file.read_text(), timeout=30)
    finally:
        output = stop(app)
    log = log_file.read_text()
    assert "Traceback" not in log + output
    bad_edit = log[log.index("nests too deeply") : log.index("Settings reloaded")]
    assert "Settings reloaded" not in log[: log.index("nests too deeply")]
    assert len(log) < 20_000  # it wrote a 195 KB traceback per save
    assert "The settings in use stay as they were" in bad_edit
