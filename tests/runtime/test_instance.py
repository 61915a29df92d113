"""Single instance and the command channel: a second start, a crash, the CLI's commands.

The channel runs on each backend that can run here: the Unix socket of Linux and macOS,
and the named-pipe backend of Windows (Qt's local sockets, Unix sockets here)."""

from __future__ import annotations

import functools
import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

import sitbreak
from sitbreak.cli.registry import REMOTE_NAMES
from sitbreak.runtime.command_channel import CommandServer
from sitbreak.runtime.command_client import (
    PROTOCOL_VERSION,
    CommandFailedError,
    NotRunningError,
    send_command,
)
from sitbreak.runtime.instance import SingleInstance
from sitbreak.runtime.local_channel import Backend
from sitbreak.runtime.named_pipe_channel import NamedPipeChannel
from sitbreak.runtime.unix_channel import ACCEPT_PAUSE_MS, UnixChannel
from tests.support.waiting import wait_until

SRC = str(Path(sitbreak.__file__).resolve().parents[1])


BACKENDS = {
    "unix-socket": pytest.param(
        UnixChannel,
        marks=pytest.mark.skipif(sys.platform == "win32", reason="Linux and macOS"),
    ),
    "named-pipe": pytest.param(NamedPipeChannel),
}


@pytest.fixture(params=BACKENDS.values(), ids=BACKENDS.keys())
def backend(request: pytest.FixtureRequest) -> Backend:
    channel: Backend = request.param()
    return channel


@pytest.fixture
def name() -> Iterator[str]:
    unique = f"sitbreak-test-{uuid.uuid4().hex[:12]}"
    if sys.platform == "win32":  # a pipe name
        yield unique
        return
    path = Path(tempfile.gettempdir(), f"{unique}.sock")  # a socket path has at most 104 bytes
    yield str(path)
    path.unlink(missing_ok=True)


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sitbreak.lock"


class Refused(Exception):
    """The handler's own refusal type, as the composition root's handler has one."""


class FakeApp:
    """The composition root's handler: records commands, answers status, refuses a pause."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, command: str, args: dict[str, Any]) -> dict[str, Any]:
        self.received.append((command, args))
        if command == "status":
            return {"state": "sitting", "bout_seconds": 1234}
        if command == "pause" and args.get("minutes", 0) <= 0:
            raise Refused("pause needs a positive number of minutes")
        if command == "break":
            raise RuntimeError("the routine window could not open")
        if command == "show" and "size" in args:  # an answer larger than a socket buffer
            return {"text": "x" * args["size"]}
        return {}


@pytest.fixture
def primary(
    qtbot: QtBot, name: str, lock_file: Path, backend: Backend
) -> Iterator[tuple[SingleInstance, FakeApp]]:
    instance = SingleInstance(name, lock_file, backend=backend)
    assert instance.try_become_primary()
    app = FakeApp()
    server = CommandServer(instance.server, app, refusals=(Refused,), commands=REMOTE_NAMES)
    yield instance, app
    instance.release()
    server.deleteLater()


@pytest.fixture
def send(backend: Backend) -> Callable[..., dict[str, Any]]:
    """send_command through the backend under test."""
    return functools.partial(send_command, backend=backend)


@pytest.fixture
def in_thread() -> Iterator[Callable[..., Future[Any]]]:
    # send_command blocks; the primary needs this thread's event loop meanwhile.
    with ThreadPoolExecutor(max_workers=4) as pool:
        yield pool.submit


def finished(qtbot: QtBot, future: Future[Any]) -> Any:
    wait_until(future.done, timeout=5)
    return future.result()


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(qtbot: QtBot, proc: subprocess.Popen[str], timeout: int = 15000) -> str:
    wait_until(lambda: proc.poll() is not None, timeout=timeout)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out


class RawClient:
    """A client socket driven by the test's event loop, for what send_command never sends."""

    def __init__(self, qtbot: QtBot, name: str) -> None:
        self.qtbot = qtbot
        self.socket = QLocalSocket()
        self.socket.connectToServer(name)
        self.received = bytearray()
        self.socket.readyRead.connect(self._read)

    def _read(self) -> None:
        self.received += bytes(self.socket.readAll().data())

    def send(self, data: bytes) -> None:
        self.socket.write(data)
        self.socket.flush()

    def replies(self, count: int) -> list[dict[str, Any]]:
        wait_until(lambda: self.received.count(b"\n") >= count, timeout=3)
        return [json.loads(line) for line in bytes(self.received).splitlines()]


def test_a_second_instance_is_secondary_while_the_first_lives(
    name: str, lock_file: Path, backend: Backend, qtbot: QtBot
) -> None:
    first = SingleInstance(name, lock_file, backend=backend)
    second = SingleInstance(name, lock_file, backend=backend)

    assert first.try_become_primary()
    assert not second.try_become_primary()
    assert not second.is_primary

    first.release()
    assert second.try_become_primary()
    second.release()


def test_an_instance_left_by_a_crash_is_taken_over(
    name: str, lock_file: Path, qtbot: QtBot
) -> None:
    crashed = run_python(
        "import os, sys, pathlib\n"
        "from sitbreak.runtime.instance import SingleInstance\n"
        "instance = SingleInstance(sys.argv[1], pathlib.Path(sys.argv[2]))\n"
        "print(instance.try_become_primary(), flush=True)\n"
        "os._exit(0)  # no clean-up, as in a crash\n",
        name,
        str(lock_file),
    )
    assert wait_for(qtbot, crashed).strip() == "True"
    assert lock_file.exists()
    assert Path(name).exists()  # the stale socket

    instance = SingleInstance(name, lock_file)
    assert instance.try_become_primary()
    app = FakeApp()
    CommandServer(instance.server, app, refusals=(Refused,), commands=REMOTE_NAMES, parent=instance)
    client = RawClient(qtbot, name)
    client.send(b'{"command": "status"}\n')
    assert client.replies(1)[0]["ok"] is True
    instance.release()


def test_a_lock_with_a_dead_pid_is_stale(name: str, lock_file: Path, qtbot: QtBot) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_file.parent.mkdir(parents=True)
    lock_file.write_text(f"{gone.stdout.strip()}\npython3\n{socket.gethostname()}\n")
    # A socket file nobody listens on, as a crash leaves it.
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)
    stale.close()

    instance = SingleInstance(name, lock_file)
    assert instance.try_become_primary()
    instance.release()
    assert not lock_file.exists()


def test_a_live_lock_holder_is_respected_even_before_it_listens(
    name: str, lock_file: Path, qtbot: QtBot
) -> None:
    # A primary still starting up: it holds the lock but does not listen yet.
    lock_file.parent.mkdir(parents=True)
    starting = QLockFile(str(lock_file))
    assert starting.tryLock(0)

    assert not SingleInstance(name, lock_file).try_become_primary()
    starting.unlock()


def test_a_live_primary_is_not_stolen_when_its_lock_file_is_gone(
    primary: tuple[SingleInstance, FakeApp],
    lock_file: Path,
    backend: Backend,
    in_thread: Any,
    send: Any,
    qtbot: QtBot,
) -> None:
    instance, _ = primary
    lock_file.unlink()  # removed by hand, or by a clean-up of the runtime folder

    assert not SingleInstance(instance.name, lock_file, backend=backend).try_become_primary()
    assert finished(qtbot, in_thread(send, instance.name, "status"))["state"] == "sitting"


def test_two_starts_at_once_make_one_primary(name: str, lock_file: Path, qtbot: QtBot) -> None:
    code = (
        "import sys, pathlib\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from sitbreak.runtime.instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(sys.argv[1], pathlib.Path(sys.argv[2]))\n"
        "print(instance.try_become_primary(), flush=True)\n"
        "sys.stdin.read()\n"  # hold the claim until the test has every verdict
        "instance.release()\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", code, name, str(lock_file)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    try:
        verdicts = sorted(p.stdout.readline().strip() for p in starts if p.stdout)
    finally:
        for p in starts:
            p.communicate(timeout=10)

    assert verdicts == ["False", "False", "True"]
    assert [p.returncode for p in starts] == [0, 0, 0]


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no file mode")
def test_only_this_user_may_connect(primary: tuple[SingleInstance, FakeApp], qtbot: QtBot) -> None:
    instance, _ = primary
    mode = Path(instance.server.address).stat().st_mode

    assert mode & 0o077 == 0


def test_status_round_trips(
    primary: tuple[SingleInstance, FakeApp], in_thread: Any, qtbot: QtBot, send: Any
) -> None:
    instance, app = primary
    result = finished(qtbot, in_thread(send, instance.name, "status"))

    assert result == {"state": "sitting", "bout_seconds": 1234}
    assert app.received == [("status", {})]


def test_args_reach_the_handler_and_refusals_come_back(
    primary: tuple[SingleInstance, FakeApp], in_thread: Any, qtbot: QtBot, send: Any
) -> None:
    instance, app = primary
    ok = in_thread(send, instance.name, "pause", {"minutes": 30})
    assert finished(qtbot, ok) == {}
    refused = in_thread(send, instance.name, "pause", {"minutes": 0})
    wait_until(refused.done, timeout=5)

    with pytest.raises(CommandFailedError, match="positive number of minutes"):
        refused.result()
    assert app.received == [("pause", {"minutes": 30}), ("pause", {"minutes": 0})]


def test_unknown_command_is_an_error(
    primary: tuple[SingleInstance, FakeApp], in_thread: Any, qtbot: QtBot, send: Any
) -> None:
    instance, app = primary
    future = in_thread(send, instance.name, "explode")
    wait_until(future.done, timeout=5)

    with pytest.raises(CommandFailedError, match="unknown command: 'explode'"):
        future.result()
    assert app.received == []


@pytest.mark.allow_error_log("command break failed")
def test_a_failing_handler_is_logged_and_reported(
    primary: tuple[SingleInstance, FakeApp],
    in_thread: Any,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    send: Any,
) -> None:
    instance, _ = primary
    with caplog.at_level(logging.ERROR):
        future = in_thread(send, instance.name, "break")
        wait_until(future.done, timeout=5)

    with pytest.raises(CommandFailedError, match="break failed"):
        future.result()
    assert "the routine window could not open" in caplog.text


def test_bad_json_gets_an_error_and_the_server_goes_on(
    primary: tuple[SingleInstance, FakeApp], qtbot: QtBot
) -> None:
    instance, app = primary
    client = RawClient(qtbot, instance.name)
    client.send(b"{not json\n")
    client.send(b'["status"]\n')
    client.send(b'{"command": "status", "args": 5}\n')
    client.send(b'{"command": "status"}\n')

    replies = client.replies(4)

    assert [r["ok"] for r in replies] == [False, False, False, True]
    assert "not JSON" in replies[0]["error"]
    assert replies[3]["result"]["state"] == "sitting"
    assert app.received == [("status", {})]


def test_the_line_carries_the_protocol_and_another_one_is_refused(
    primary: tuple[SingleInstance, FakeApp], qtbot: QtBot
) -> None:
    instance, app = primary
    client = RawClient(qtbot, instance.name)
    client.send(b'{"protocol": 1, "command": "status"}\n')
    client.send(b'{"protocol": 99, "command": "quit"}\n')

    current, future = client.replies(2)

    assert current["protocol"] == PROTOCOL_VERSION == 1
    assert current["ok"] is True
    assert future == {"protocol": 1, "ok": False, "error": future["error"]}
    assert "protocol 1" in future["error"]
    assert app.received == [("status", {})]  # the quit in protocol 99 was not carried out


def test_a_reply_in_another_protocol_is_not_trusted(name: str, qtbot: QtBot, send: Any) -> None:
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    assert server.listen(name)
    replies: list[bytes] = []

    def answer() -> None:
        socket = server.nextPendingConnection()
        replies.append(b"sent")
        socket.readyRead.connect(
            lambda: socket.write(b'{"protocol": 2, "ok": true, "result": {"state": "x"}}\n')
        )

    server.newConnection.connect(answer)
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(send, name, "status")
        wait_until(future.done, timeout=5)
    with pytest.raises(CommandFailedError, match="speaks command protocol 2"):
        future.result()
    server.close()


def test_a_request_in_pieces_is_answered_once_complete(
    primary: tuple[SingleInstance, FakeApp], qtbot: QtBot
) -> None:
    instance, _ = primary
    client = RawClient(qtbot, instance.name)
    client.send(b'{"command": "sta')
    other = RawClient(qtbot, instance.name)  # served meanwhile: the half was read by then
    other.send(b'{"command": "status", "args": {}}\n')
    assert [r["ok"] for r in other.replies(1)] == [True]
    assert client.received == b""
    client.send(b'tus", "args": {}}\n{"command": "show"}\n')

    assert [r["ok"] for r in client.replies(2)] == [True, True]


def test_clients_that_leave_early_do_not_hurt(
    primary: tuple[SingleInstance, FakeApp], in_thread: Any, qtbot: QtBot, send: Any
) -> None:
    instance, _ = primary
    for _ in range(5):
        quitter = RawClient(qtbot, instance.name)
        quitter.send(b'{"command": "sta')
        quitter.socket.abort()

    assert finished(qtbot, in_thread(send, instance.name, "status"))["state"] == "sitting"


def test_a_client_that_sends_no_whole_request_is_dropped(
    name: str, lock_file: Path, backend: Backend, qtbot: QtBot
) -> None:
    instance = SingleInstance(name, lock_file, backend=backend)
    assert instance.try_become_primary()
    server = CommandServer(
        instance.server, FakeApp(), refusals=(Refused,), commands=REMOTE_NAMES, idle_client_ms=500
    )
    lingering = RawClient(qtbot, name)
    lingering.send(b'{"command": "sta')
    wait_until(lambda: server.client_count == 1, timeout=3)

    wait_until(lambda: server.client_count == 0, timeout=3)
    wait_until(
        lambda: lingering.socket.state() == QLocalSocket.LocalSocketState.UnconnectedState,
        timeout=3,
    )
    assert lingering.received == b""
    instance.release()
    server.deleteLater()


def test_an_answer_larger_than_the_socket_buffer_arrives_whole(
    primary: tuple[SingleInstance, FakeApp], in_thread: Any, send: Any, qtbot: QtBot
) -> None:
    instance, _ = primary
    size = 4 * 1024 * 1024
    future = in_thread(send, instance.name, "show", {"size": size})

    assert finished(qtbot, future) == {"text": "x" * size}


OUT_OF_DESCRIPTORS = """
import logging, os, resource, subprocess, sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest  # what wait_until turns the loop with, loaded while it can be
from sitbreak.runtime.command_channel import CommandServer
from sitbreak.runtime.unix_channel import ACCEPT_PAUSE_MS, UnixChannel
from tests.support.waiting import wait_until

warnings = []
logging.basicConfig(level=logging.WARNING)
logging.getLogger().addHandler(logging.Handler())
logging.getLogger().handlers[-1].emit = lambda record: warnings.append(record.getMessage())
app = QCoreApplication([])
name = sys.argv[1]
listener = UnixChannel().listen(name)
CommandServer(listener, lambda command, args: {"fine": True}, refusals=(), commands={"status"})
client = subprocess.Popen(
    [sys.executable, "-c", sys.argv[2], name], stdout=subprocess.PIPE, text=True
)
assert client.stdout.readline().strip() == "connected"  # waiting in the backlog
resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
spent = []
while True:
    try:
        spent.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        break
def refusals():
    return sum("cannot accept" in w for w in warnings)
wait_until(lambda: refusals() >= 1, timeout=5)
started = time.monotonic()
wait_until(lambda: refusals() >= 2, timeout=10)  # it paused, tried again, and paused again
for fd in spent:
    os.close(fd)
wait_until(lambda: client.poll() is not None, timeout=10)
print(client.stdout.read().strip(), refusals(), time.monotonic() - started)
"""
PATIENT_CLIENT = """
import json, socket, sys
client = socket.socket(socket.AF_UNIX)
client.settimeout(10)
client.connect(sys.argv[1])
print("connected", flush=True)
client.sendall(b'{"command": "status"}\\n')
print(json.loads(client.makefile().readline())["result"]["fine"])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket backend")
def test_out_of_descriptors_the_primary_waits_and_then_answers(name: str, qtbot: QtBot) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, str(Path(SRC).parent)])}
    done = subprocess.run(
        [sys.executable, "-c", OUT_OF_DESCRIPTORS, name, PATIENT_CLIENT],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer, warnings, seconds = done.stdout.split()
    assert answer == "True"  # answered once descriptors were free again
    # Paused between tries, not spinning on a client it cannot take: one refusal a pause.
    assert int(warnings) <= 2 + float(seconds) * 1000 / ACCEPT_PAUSE_MS


def test_many_clients_each_get_their_own_answer(
    primary: tuple[SingleInstance, FakeApp], qtbot: QtBot
) -> None:
    instance, app = primary
    clients = [RawClient(qtbot, instance.name) for _ in range(20)]
    for i, client in enumerate(clients):
        client.send(json.dumps({"command": "resume", "args": {"n": i}}).encode() + b"\n")

    for client in clients:
        assert client.replies(1) == [{"protocol": PROTOCOL_VERSION, "ok": True, "result": {}}]
    assert sorted(args["n"] for _, args in app.received) == list(range(20))


def test_nobody_running_is_reported_quickly(name: str, send: Any) -> None:
    started = time.monotonic()
    with pytest.raises(NotRunningError, match="not running"):
        send(name, "status", timeout_ms=2000)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("core_app", [True, False], ids=["core-app", "no-app"])
def test_the_cli_needs_no_event_loop(
    primary: tuple[SingleInstance, FakeApp], qtbot: QtBot, core_app: bool
) -> None:
    instance, _ = primary
    cli = run_python(
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from sitbreak.runtime.command_client import send_command\n"
        + ("app = QCoreApplication([])\n" if core_app else "")
        + "print(json.dumps(send_command(sys.argv[1], 'status')))\n",
        instance.name,
    )
    assert json.loads(wait_for(qtbot, cli)) == {"state": "sitting", "bout_seconds": 1234}


def test_a_second_start_asks_the_first_to_show(
    primary: tuple[SingleInstance, FakeApp], lock_file: Path, qtbot: QtBot
) -> None:
    instance, app = primary
    second = run_python(
        "import sys, pathlib\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from sitbreak.runtime.command_client import send_command\n"
        "from sitbreak.runtime.instance import SingleInstance\n"
        "app = QApplication([])\n"
        "me = SingleInstance(sys.argv[1], pathlib.Path(sys.argv[2]))\n"
        "assert not me.try_become_primary()\n"
        "send_command(me.name, 'show', connect_retry_ms=2000)\n",
        instance.name,
        str(lock_file),
    )
    wait_for(qtbot, second)
    assert app.received == [("show", {})]


def listening_with_a_client(
    qtbot: QtBot, name: str, lock_file: Path, backend: Backend
) -> tuple[SingleInstance, RawClient]:
    """A primary that listens but does not serve yet (the tray start builds the app), and
    a client connected to it."""
    instance = SingleInstance(name, lock_file, backend=backend)
    assert instance.try_become_primary()
    client = RawClient(qtbot, name)
    wait_until(
        lambda: client.socket.state() == QLocalSocket.LocalSocketState.ConnectedState,
        timeout=3,
        what="the connection",
    )
    return instance, client


def test_a_command_sent_while_the_app_starts_is_answered_once_it_serves(
    qtbot: QtBot, name: str, lock_file: Path, backend: Backend
) -> None:
    # The tray start listens (the lock) before the app that answers exists: a command
    # that came meanwhile waits for it, then gets its answer.
    instance, client = listening_with_a_client(qtbot, name, lock_file, backend)
    request = {"protocol": PROTOCOL_VERSION, "command": "status", "args": {}}
    client.send(json.dumps(request).encode() + b"\n")
    app = FakeApp()
    server = CommandServer(instance.server, app, refusals=(Refused,), commands=REMOTE_NAMES)
    assert client.replies(1)[0]["result"] == {"state": "sitting", "bout_seconds": 1234}
    assert app.received == [("status", {})]
    del server
    instance.release()


def test_a_client_that_left_before_the_app_served_is_released(
    qtbot: QtBot, name: str, lock_file: Path, backend: Backend
) -> None:
    instance, client = listening_with_a_client(qtbot, name, lock_file, backend)
    client.socket.abort()
    if isinstance(backend, NamedPipeChannel):  # Qt's server has seen it leave already
        pending = instance.server._server  # type: ignore[attr-defined]
        wait_until(
            lambda: (
                [s.state() for s in pending.findChildren(QLocalSocket)]
                == [QLocalSocket.LocalSocketState.UnconnectedState]
            ),
            timeout=3,
            what="the pending socket's disconnection",
        )
    server = CommandServer(instance.server, FakeApp(), refusals=(Refused,), commands=REMOTE_NAMES)

    wait_until(lambda: server.client_count == 0, timeout=3, what="the client let go")
    instance.release()
    server.deleteLater()


@pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket backend")
def test_a_client_that_never_reads_its_replies_is_dropped(
    name: str, lock_file: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    instance = SingleInstance(name, lock_file, backend=UnixChannel())
    assert instance.try_become_primary()
    app = FakeApp()
    server = CommandServer(
        instance.server, app, refusals=(Refused,), commands=REMOTE_NAMES, idle_client_ms=300
    )
    request = json.dumps({"command": "show", "args": {"size": 200_000}}).encode() + b"\n"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as greedy:
        greedy.connect(name)
        for _ in range(20):
            greedy.sendall(request)
            wait_until(lambda: app.received, timeout=3, what="the first request")
        wait_until(lambda: server.client_count == 0, timeout=10, what="the client dropped")
    assert "did not read its replies" in caplog.text
    assert len(app.received) < 20  # it stopped answering while its replies piled up
    instance.release()
    server.deleteLater()


def _fill_the_backlog(name: str) -> list[socket.socket]:
    """Clients the primary has not taken yet, until its backlog is full (Linux says so
    at once; elsewhere a connect just waits, so stop at a few hundred)."""
    waiting: list[socket.socket] = []
    for _ in range(300):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        try:
            client.connect(name)
        except BlockingIOError:
            client.close()
            break
        waiting.append(client)
    return waiting


@pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket backend")
def test_a_primary_with_a_full_backlog_is_busy_not_gone(
    name: str, lock_file: Path, qtbot: QtBot, in_thread: Any
) -> None:
    channel = UnixChannel()
    instance = SingleInstance(name, lock_file, backend=channel)
    assert instance.try_become_primary()  # listening, not serving yet: a slow start
    waiting = _fill_the_backlog(name)
    assert channel.answers(name, 500)
    with pytest.raises(CommandFailedError, match="did not answer in time"):  # it kept trying
        send_command(name, "status", backend=channel, timeout_ms=300)
    future = in_thread(send_command, name, "status", backend=channel, connect_retry_ms=3000)
    app = FakeApp()
    server = CommandServer(instance.server, app, refusals=(Refused,), commands=REMOTE_NAMES)

    assert finished(qtbot, future)["state"] == "sitting"
    for client in waiting:
        client.close()
    instance.release()
    server.deleteLater()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reached through /proc")
def test_a_socket_path_too_long_for_an_address_still_serves_and_answers(
    tmp_path: Path, lock_file: Path, qtbot: QtBot, in_thread: Any
) -> None:
    """A long XDG_RUNTIME_DIR (a build or test folder): the socket is reached through its
    open folder instead of failing the start with "AF_UNIX path too long"."""
    folder = tmp_path / ("deep-runtime-folder-" * 6)
    folder.mkdir(mode=0o700)
    name = str(folder / "3f672b7942fa.sock")
    assert len(name) > 108
    instance = SingleInstance(name, lock_file, backend=UnixChannel())
    assert instance.try_become_primary()
    server = CommandServer(instance.server, FakeApp(), refusals=(Refused,), commands=REMOTE_NAMES)
    send = functools.partial(send_command, backend=UnixChannel())
    assert finished(qtbot, in_thread(send, name, "status"))["state"] == "sitting"
    assert Path(name).is_socket()
    second = SingleInstance(name, lock_file, backend=UnixChannel())
    assert not second.try_become_primary()  # it sees the first one answering
    instance.release()
    assert not Path(name).exists()
    server.deleteLater()
