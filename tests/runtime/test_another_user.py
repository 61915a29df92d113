"""A real second user (uid 65534, `nobody`) beside the victim's running app: it cannot read
the history or the log, cannot reach the app, and cannot squat its command socket. The
victim's home is open to others (0755, a common default) and both share a sticky temp
folder, as /tmp is; the app runs under umask 022. Needs root to switch users."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitbreak.paths import AppPaths
from tests.support.app_process import sitbreak_command
from tests.support.tmpfs import needs_root
from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="setpriv, uids")
NOBODY = 65534
AS_NOBODY = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
SQUATTER = textwrap.dedent("""
    import os, socket, sys
    path = sys.argv[1]
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    os.chmod(path, 0o777)
    server.listen()
    print("listening", flush=True)
    while True:
        client, _ = server.accept()
        client.recv(65536)
        client.sendall(b'{"protocol": 1, "ok": true, "result": {"message": "SQUATTED"}}\\n')
        client.close()
""")
CLIENT = textwrap.dedent("""
    import socket, sys
    client = socket.socket(socket.AF_UNIX)
    client.settimeout(10)
    try:
        client.connect(sys.argv[1])
        client.sendall(b'{"protocol": 1, "command": "status", "args": {}}\\n')
        print("reply:", client.recv(65536).decode())
    except OSError as error:
        print("refused:", error)
""")


class Home:
    """The victim's folders under a home others may enter, and a shared sticky temp."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.config, self.data = base / "victim" / "config", base / "victim" / "data"
        self.shared_tmp = base / "tmp"
        self.public = base / "public"
        for folder in (base, base / "victim", self.shared_tmp, self.public):
            folder.mkdir(exist_ok=True)
        for folder in (base, base / "victim"):
            folder.chmod(0o755)
        for folder in (self.shared_tmp, self.public):
            folder.chmod(0o1777)

    def env(self) -> dict[str, str]:
        drop = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")
        return {k: v for k, v in os.environ.items() if k not in drop} | {
            "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": str(self.shared_tmp),
            "SITBREAK_CONFIG_DIR": str(self.config),
            "SITBREAK_DATA_DIR": str(self.data),
        }

    def socket_path(self) -> Path:
        key = AppPaths(self.config, self.data).instance_key
        return self.shared_tmp / f"sitbreak-{os.getuid()}" / f"{key}.sock"


@pytest.fixture
def home() -> Iterator[Home]:
    needs_root()
    can_run = as_nobody(dict(os.environ), *sitbreak_command(), "--version")
    assert can_run.returncode == 0, f"another user cannot run this environment: {can_run}"
    base = Path(tempfile.mkdtemp(prefix="sitbreak-users-", dir="/tmp"))
    try:
        yield Home(base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def victim(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*sitbreak_command(), *args], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip


def as_nobody(env: dict[str, str], *command: str) -> subprocess.CompletedProcess[str]:
    nobody_env = env | {"HOME": "/nonexistent", "USER": "nobody", "LOGNAME": "nobody"}
    return subprocess.run(
        [*AS_NOBODY, *command], env=nobody_env, capture_output=True, text=True, timeout=60,
        check=False, cwd="/",
    )  # fmt: skip


def start_app(env: dict[str, str], log: Path) -> subprocess.Popen[str]:
    with log.open("w") as out:
        return subprocess.Popen(
            sitbreak_command(), env=env, stdout=out, stderr=subprocess.STDOUT, text=True,
            preexec_fn=lambda: os.umask(0o022),  # noqa: PLW1509
        )  # fmt: skip


def answering(env: dict[str, str], app: subprocess.Popen[str]) -> dict:
    def answered() -> dict | None:
        assert app.poll() is None, "the app ended"
        done = victim(env, "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else None

    return wait_until(answered, 30, interval=0.25, what="the victim's `sitbreak status`")


def test_another_user_cannot_read_the_history_or_reach_the_app(home: Home) -> None:
    env = home.env()
    app = start_app(env, home.base / "app.log")
    try:
        answering(env, app)
        files = [home.data / "sitbreak.sqlite3", home.data / "logs" / "sitbreak.log"]
        wait_until(lambda: all(f.exists() for f in files), 10, what="the database and log")
        # The history: not with the command line, not by reading the files.
        stats = as_nobody(env, *sitbreak_command(), "stats")
        assert stats.returncode != 0, stats.stdout
        assert "Traceback" not in stats.stderr
        for command in (["ls", str(home.data)], ["cat", *map(str, files)]):
            done = as_nobody(env, *command)
            assert done.returncode != 0, command
            assert "Permission denied" in done.stderr, done.stderr
        # The running app: `sitbreak status` of the other user finds nothing of the victim's.
        theirs = as_nobody(env, *sitbreak_command(), "status", "--json")
        assert theirs.returncode != 0, theirs.stdout
        assert "bout" not in theirs.stdout
        # The socket itself: its folder is closed to others ...
        direct = as_nobody(env, sys.executable, "-c", CLIENT, str(home.socket_path()))
        assert direct.stdout.startswith("refused:"), direct.stdout + direct.stderr
        assert "Permission denied" in direct.stdout
        # ... and were it reachable and writable, the peer check refuses another uid.
        exposed = home.public / "exposed.sock"
        os.link(home.socket_path(), exposed)  # the same socket, by a path others can use
        exposed.chmod(0o777)
        reached = as_nobody(env, sys.executable, "-c", CLIENT, str(exposed))
        # Connected, then dropped without a word (the log below says why).
        answer = reached.stdout.strip()
        assert answer == "reply:" or "Broken pipe" in answer or "reset by peer" in answer, answer
        exposed.unlink()
        assert answering(env, app)["state"] == "sitting"  # the victim's app goes on
    finally:
        victim(env, "quit")
        app.wait(30)
    assert app.returncode == 0
    log = (home.data / "logs" / "sitbreak.log").read_text()
    assert "refused a command connection from another user" in log


def test_another_user_cannot_squat_the_command_socket(home: Home) -> None:
    env = home.env()
    # The other user creates the victim's runtime folder first and listens where the
    # victim's socket would be.
    squatter = subprocess.Popen(
        [*AS_NOBODY, sys.executable, "-c", SQUATTER, str(home.socket_path())], env=env,
        stdout=subprocess.PIPE, text=True, cwd="/",
    )  # fmt: skip
    try:
        assert squatter.stdout is not None
        assert squatter.stdout.readline().strip() == "listening"
        status = victim(env, "status")
        assert status.returncode == 1
        assert "SQUATTED" not in status.stdout + status.stderr
        assert "belongs to another user" in status.stderr
        started = victim(env)  # the app refuses to start there, and says why
        assert started.returncode == 1
        assert "belongs to another user" in started.stderr
        assert "Traceback" not in started.stderr
    finally:
        squatter.kill()
        squatter.communicate(timeout=10)


def test_a_socket_of_another_user_in_the_victims_folder_is_not_believed(home: Home) -> None:
    """Were another user's socket in the victim's own folder, the client's peer check
    refuses it: the victim's `sitbreak status` never prints what that user says."""
    env = home.env()
    their_socket = home.public / "theirs" / "squat.sock"
    (home.public / "theirs").mkdir()
    (home.public / "theirs").chmod(0o777)
    squatter = subprocess.Popen(
        [*AS_NOBODY, sys.executable, "-c", SQUATTER, str(their_socket)], env=env,
        stdout=subprocess.PIPE, text=True, cwd="/",
    )  # fmt: skip
    try:
        assert squatter.stdout is not None
        assert squatter.stdout.readline().strip() == "listening"
        home.socket_path().parent.mkdir(mode=0o700)
        os.link(their_socket, home.socket_path())
        status = victim(env, "status")
        assert "SQUATTED" not in status.stdout + status.stderr
        assert status.returncode == 1, status.stdout
        assert "Traceback" not in status.stderr
    finally:
        squatter.kill()
        squatter.communicate(timeout=10)
