"""The app as a process: SIGTERM quits cleanly, a crash's leftovers do not block a restart."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sitbreak.paths import AppPaths
from sitbreak.runtime.command_client import NotRunningError, send_command
from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def start(tmp_path: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SITBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
    }
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(variable, None)  # no idle source: manual mode, sitting from the start
    app = subprocess.Popen(
        [sys.executable, "-m", "sitbreak"], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    return app, env


def status(env: dict[str, str]) -> dict | None:
    done = subprocess.run(
        [sys.executable, "-m", "sitbreak", "status", "--json"], env=env, capture_output=True,
        text=True, timeout=20, check=False,
    )  # fmt: skip
    return json.loads(done.stdout) if done.returncode == 0 else None


def wait_for_status(env: dict[str, str], app: subprocess.Popen[str]) -> dict:
    def answered() -> dict | None:
        assert app.poll() is None, app.communicate()[0]
        return status(env)

    return wait_until(answered, timeout=30, interval=0.2, what="`sitbreak status` to answer")


def test_sigterm_quits_cleanly_and_releases_the_instance(tmp_path: Path) -> None:
    app, env = start(tmp_path)
    wait_for_status(env, app)
    app.send_signal(signal.SIGTERM)
    output, _ = app.communicate(timeout=30)
    assert app.returncode == 0, output
    log = (tmp_path / "data" / "logs" / "sitbreak.log").read_text()
    assert "signal SIGTERM: quitting" in log
    assert "Sitbreak stopped" in log
    assert status(env) is None  # nobody answers any more


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads read from /proc")
def test_painting_starts_no_thread_pool(tmp_path: Path) -> None:
    # Qt's parallel painting starts pool threads that wake for every repaint and again
    # to expire; the app paints on its one GUI thread.
    app, env = start(tmp_path)
    try:
        wait_for_status(env, app)  # by now the status window (no tray here) was painted
        threads = Path(f"/proc/{app.pid}/task")
        names = {(task / "comm").read_text().strip() for task in threads.iterdir()}
        assert "Thread (pooled)" not in names, names
    finally:
        app.terminate()
        app.communicate(timeout=30)


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="libraries read from /proc")
def test_the_running_app_loads_no_openssl(tmp_path: Path) -> None:
    # No network, no TLS: OpenSSL's 3.5 MB came in only to name the instance (hashlib).
    app, env = start(tmp_path)
    try:
        wait_for_status(env, app)
        maps = Path(f"/proc/{app.pid}/maps").read_text()
        assert "libcrypto" not in maps
        assert "libssl" not in maps
    finally:
        app.terminate()
        app.communicate(timeout=30)


def test_a_crashed_instance_does_not_block_the_next_start(tmp_path: Path) -> None:
    app, env = start(tmp_path)
    wait_for_status(env, app)
    app.kill()  # no clean-up at all: the lock file and the socket stay behind
    app.communicate(timeout=30)
    again, env = start(tmp_path)
    try:
        assert wait_for_status(env, again)["state"] in ("sitting", "away")
    finally:
        again.terminate()
        again.communicate(timeout=30)
    assert again.returncode == 0


def test_the_welcome_shows_on_the_first_start_only(tmp_path: Path) -> None:
    log_file = tmp_path / "data" / "logs" / "sitbreak.log"
    marker = tmp_path / "data" / "welcome-shown"
    for start_number in (1, 2):
        app, env = start(tmp_path)
        try:
            wait_for_status(env, app)
            if start_number == 1:
                wait_until(marker.exists, timeout=10, what="the welcome to be remembered")
        finally:
            app.terminate()
            app.communicate(timeout=30)
        assert app.returncode == 0
        shown = log_file.read_text().count("first start: showing the welcome")
        assert shown == 1, f"after start {start_number}"
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600


def test_the_running_app_picks_up_sitbreak_config_set(tmp_path: Path) -> None:
    app, env = start(tmp_path)
    try:
        first = wait_for_status(env, app)
        assert first["state"] == "sitting", first
        assert first["next_prompt"]["kind"] == "squeeze"
        assert first["next_prompt"]["due_in_seconds"] > 15 * 60
        done = subprocess.run(
            [sys.executable, "-m", "sitbreak", "config", "set", "prompts.squeeze_every_minutes",
             "1"], env=env, capture_output=True, text=True, timeout=20, check=False,
        )  # fmt: skip
        assert (done.returncode, done.stdout, done.stderr) == (0, "1\n", "")

        def replanned() -> bool:
            nxt = (status(env) or {}).get("next_prompt") or {}
            return nxt.get("kind") == "squeeze" and nxt.get("due_in_seconds", 3600) <= 3 * 60

        wait_until(replanned, timeout=20, interval=0.2, what="the app to use the new interval")
    finally:
        app.terminate()
        app.communicate(timeout=30)
    assert app.returncode == 0


def test_a_command_sent_right_at_start_is_answered_by_the_started_app(tmp_path: Path) -> None:
    # The icon shows before the rest of the app is built; a command that comes meanwhile
    # waits for the started app (manual mode here: sitting from the start, never "away").
    name = AppPaths.resolve(tmp_path / "config", tmp_path / "data").instance_name
    app, _env = start(tmp_path)
    try:

        def answered() -> dict | None:
            assert app.poll() is None, app.communicate()[0]
            try:
                return send_command(name, "status", timeout_ms=10000)
            except NotRunningError:
                return None  # nobody listens yet

        first = wait_until(answered, timeout=30, interval=0.01, what="the first answer")
    finally:
        app.terminate()
        output, _ = app.communicate(timeout=30)
    assert first["state"] == "sitting", first
    assert app.returncode == 0, output
