"""The command socket and the lock live in a private per-user folder; the peer is checked;
a lock whose PID now belongs to another program does not block the start; a read-only or
full data folder still starts the app (without saving, and it says so)."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sitbreak.paths import AppPaths
from sitbreak.platform.peer import is_same_user, peer_uid
from sitbreak.platform.runtime_dir import RuntimeDirError, private_runtime_dir
from tests.support.notification_server import notification_server
from tests.support.tmpfs import fill, mounted_tmpfs
from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders and sockets")


def test_xdg_runtime_dir_is_used_when_it_is_private(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    assert private_runtime_dir({"XDG_RUNTIME_DIR": str(runtime)}) == runtime / "sitbreak"
    assert stat.S_IMODE((runtime / "sitbreak").stat().st_mode) == 0o700


def test_without_xdg_runtime_dir_a_checked_folder_in_temp_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o777)
    os.chmod(loose, 0o777)  # others may enter: not a place for the socket
    made = private_runtime_dir({"XDG_RUNTIME_DIR": str(loose)})
    assert made == tmp_path / f"sitbreak-{os.getuid()}"
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_a_folder_planted_by_someone_else_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / f"sitbreak-{os.getuid()}").symlink_to(elsewhere)
    with pytest.raises(RuntimeDirError, match="another user or is not a folder"):
        private_runtime_dir({})
    (tmp_path / f"sitbreak-{os.getuid()}").unlink()
    (tmp_path / f"sitbreak-{os.getuid()}").mkdir()
    monkeypatch.setattr(os, "getuid", lambda: 4242)  # now it seems another user's
    (tmp_path / "sitbreak-4242").symlink_to(tmp_path / f"sitbreak-{os.geteuid()}")
    with pytest.raises(RuntimeDirError):
        private_runtime_dir({})


def test_the_peer_of_a_local_socket_is_known() -> None:
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        if sys.platform.startswith("linux") or sys.platform == "darwin":
            assert peer_uid(left.fileno()) == os.getuid()
        assert is_same_user(left.fileno())
        left.send(b"x")  # the descriptor is still open and usable
        assert right.recv(1) == b"x"


# -- the app as a process -------------------------------------------------------------


def app_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")
    }
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path / "tmp"),  # the fallback runtime folder, isolated
        "SITBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
    }


def sitbreak(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitbreak", *args], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


def start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitbreak"], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def running_status(env: dict[str, str], app: subprocess.Popen[str]) -> dict:
    def answered() -> dict | None:
        assert app.poll() is None, app.communicate()[0]
        done = sitbreak(env, "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else None

    return wait_until(answered, timeout=30, interval=0.2, what="`sitbreak status`")


def quit_app(env: dict[str, str], app: subprocess.Popen[str]) -> str:
    sitbreak(env, "quit")
    output, _ = app.communicate(timeout=30)
    assert app.returncode == 0, output
    return output


def test_socket_and_lock_are_in_a_private_folder_and_not_in_the_data_folder(
    tmp_path: Path,
) -> None:
    env = app_env(tmp_path)
    app = start(env)
    try:
        running_status(env, app)
        runtime = tmp_path / "tmp" / f"sitbreak-{os.getuid()}"
        key = AppPaths(tmp_path / "config", tmp_path / "data").instance_key
        assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
        assert stat.S_ISSOCK((runtime / f"{key}.sock").stat().st_mode)
        assert stat.S_IMODE((runtime / f"{key}.lock").stat().st_mode) == 0o600
        assert not (tmp_path / "data" / "sitbreak.lock").exists()
    finally:
        quit_app(env, app)


def test_a_planted_runtime_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (tmp_path / "tmp" / f"sitbreak-{os.getuid()}").symlink_to(elsewhere)
    started = sitbreak(env)
    assert started.returncode == 1
    assert "another user or is not a folder" in started.stderr
    assert "Traceback" not in started.stderr
    status = sitbreak(env, "status")
    assert status.returncode == 1
    assert "another user or is not a folder" in status.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_stale_lock_naming_another_python_process_does_not_block_the_start(
    tmp_path: Path,
) -> None:
    env = app_env(tmp_path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        runtime = tmp_path / "tmp" / f"sitbreak-{os.getuid()}"
        runtime.mkdir(mode=0o700)
        key = AppPaths(tmp_path / "config", tmp_path / "data").instance_key
        # QLockFile's format: PID, application name, host name (as a crash leaves it).
        (runtime / f"{key}.lock").write_text(
            f"{other.pid}\n{Path(sys.executable).name}\n{socket.gethostname()}\n"
        )
        app = start(env)
        try:
            assert running_status(env, app)["state"] in ("sitting", "away")
        finally:
            output = quit_app(env, app)
        assert "Traceback" not in output
    finally:
        other.kill()
        other.wait()


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_a_read_only_or_full_data_folder_starts_without_saving_and_says_so(
    tmp_path: Path, fault: str
) -> None:
    data = tmp_path / "data"
    options = "ro,size=1m" if fault == "read-only" else "size=64k,mode=0700"
    with notification_server() as (address, mock), mounted_tmpfs(data, options):
        if fault == "full":
            fill(data)
        env = app_env(tmp_path) | {"DBUS_SESSION_BUS_ADDRESS": address}
        app = start(env)
        try:
            now = running_status(env, app)
            text = sitbreak(env, "status").stdout
            wait_until(lambda: running_status(env, app)["bout_seconds"] >= 4, 15)
            assert sitbreak(env, "squeeze").returncode == 0  # writes a prompt: in memory only
            later = running_status(env, app)
            told = [str(args[4]) for _, args in mock.GetMethodCalls("Notify")]
        finally:
            output = quit_app(env, app)
    assert "Traceback" not in output
    assert "Running without saving" in output  # the log line on stderr
    # The status says why nothing is saved, and keeps saying it: writes into memory are
    # not saves (they made it say "can save again" before).
    assert now["saving_problem"] is not None
    assert str(data / "sitbreak.sqlite3") in now["saving_problem"]
    assert "nothing is saved" in now["saving_problem"]
    assert later["saving_problem"] == now["saving_problem"]
    assert f"Not saving now: {now['saving_problem']}" in text
    assert any("nothing is saved" in body for body in told), told
    assert not any("can save to its database again" in body for body in told), told


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/maps")
def test_neither_the_tray_nor_the_command_line_loads_qt_network(tmp_path: Path) -> None:
    """The command socket is the standard library's here: the running app maps no
    QtNetwork (2 MB), and `sitbreak status` loads no Qt at all."""
    env = app_env(tmp_path)
    app = start(env)
    try:
        running_status(env, app)
        maps = Path(f"/proc/{app.pid}/maps").read_text()
        cli = subprocess.run(
            [sys.executable, "-c", CLI_MODULES], env=env | {"LC_ALL": "C.UTF-8", "LANGUAGE": ""},
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
    finally:
        quit_app(env, app)
    assert "libQt6Widgets" in maps  # the app's Qt is in the map at all
    assert "libQt6Network" not in maps
    loaded = json.loads(cli.stdout.splitlines()[-1])
    assert loaded == {"code": 0, "qt": []}


CLI_MODULES = """
import json, sys
from sitbreak.cli.main import main
code = main(["status", "--json"])
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(json.dumps({"code": code, "qt": qt}))
"""
