"""One running Sitbreak per data dir, and the command channel to it.

The primary holds a lock file next to the data (a crashed holder's lock is stale: its
PID is gone) and listens on a local socket. A second start, or the CLI, sends one JSON
line, `{"command": "status", "args": {}}`, and reads one JSON line back:
`{"ok": true, "result": {...}}` or `{"ok": false, "error": "..."}`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

COMMANDS = frozenset({"status", "show", "pause", "resume", "break", "routine", "quit"})
MAX_REQUEST_BYTES = 64 * 1024  # a request is a short line; more is a confused client
PROBE_TIMEOUT_MS = 500
WAIT_SLICE_MS = 20

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class InstanceError(Exception):
    """Something went wrong between two Sitbreak processes."""


class NotRunningError(InstanceError):
    """No Sitbreak answers for this data dir."""


class CommandFailedError(InstanceError):
    """The command was not carried out; the text says why (the primary's words if it refused)."""


class ChannelError(CommandFailedError):
    """Connected, but no usable answer came back (timeout, closed, garbled)."""


class SingleInstance(QObject):
    """Decides whether this process is the primary Sitbreak for `name`.

    The lock file settles a race between two starts; the socket then tells whether a
    primary is really alive. A stale lock or socket left by a crash is cleared.
    """

    def __init__(self, name: str, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock_path = lock_file
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return self._name

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    @property
    def server(self) -> QLocalServer:
        """The listening server; only the primary has one."""
        if self._server is None:
            raise InstanceError("not the primary instance")
        return self._server

    def try_become_primary(self) -> bool:
        """True if we are now the primary; False if another live instance is."""
        if self._server is not None:
            return True
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                log.info("another Sitbreak holds %s", self._lock_path)
                return False
            raise InstanceError(f"cannot create the lock file {self._lock_path}: {lock.error()}")
        if answers(self._name):
            # Its lock file was removed by hand; the live one stays in charge.
            lock.unlock()
            log.warning("a Sitbreak answers on %s without holding the lock", self._name)
            return False
        if QLocalServer.removeServer(self._name):
            log.debug("cleared a stale socket for %s", self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            message = server.errorString()
            lock.unlock()
            raise InstanceError(f"cannot listen on {self._name}: {message}")
        self._lock, self._server = lock, server
        log.info("primary instance on %s", server.fullServerName())
        return True

    def release(self) -> None:
        """Stop listening and drop the lock (on quit; a crash leaves them stale)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def answers(name: str, timeout_ms: int = PROBE_TIMEOUT_MS) -> bool:
    """Whether a server accepts connections on `name`."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(timeout_ms)
    socket.abort()
    return bool(connected)


class CommandServer(QObject):
    """Answers command lines on the primary's server through `handler(command, args)`.

    The handler runs on the GUI thread and returns a JSON-able dict. It raises one of
    `refusals` to refuse (the text goes back to the client); anything else it raises is
    logged with its traceback and reported as a failure. Requests are validated first.
    """

    def __init__(
        self,
        server: QLocalServer,
        handler: Handler,
        *,
        refusals: tuple[type[Exception], ...],
        commands: Collection[str] = COMMANDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._handler = handler
        self._refusals = refusals
        self._commands = frozenset(commands)
        self._connections: set[_Connection] = set()
        server.newConnection.connect(self._accept)

    @property
    def client_count(self) -> int:
        return len(self._connections)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._connections.add(_Connection(socket, self._reply_to, self._connections.discard))

    def _reply_to(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both
            log.warning("bad command request %r: %s", line[:80], exc)
            return _error(f"bad request: not JSON ({exc})")
        if not isinstance(request, dict):
            return _error("bad request: expected a JSON object")
        command = request.get("command")
        args = request.get("args", {})
        if command not in self._commands:
            known = ", ".join(sorted(self._commands))
            return _error(f"unknown command: {command!r} (known: {known})")
        if args is None:
            args = {}
        if not isinstance(args, dict):
            return _error("bad request: args must be a JSON object")
        try:
            result = self._handler(command, args)
        except self._refusals as exc:
            log.info("command %s refused: %s", command, exc)
            return _error(str(exc))
        except Exception:
            log.exception("command %s failed", command)
            return _error(f"{command} failed inside Sitbreak; details are in its log")
        return {"ok": True, "result": result}


class _Connection:
    """One client: gathers bytes into lines and writes one reply line per request."""

    def __init__(
        self,
        socket: QLocalSocket,
        reply_to: Callable[[bytes], dict[str, Any]],
        forget: Callable[[_Connection], None],
    ) -> None:
        self._socket = socket
        self._reply_to = reply_to
        self._forget = forget
        self._buffer = bytearray()
        self._busy = False
        socket.readyRead.connect(self._read)
        # C++ to C++: also safe while the server (the socket's parent) is being destroyed.
        socket.disconnected.connect(socket.deleteLater)
        socket.disconnected.connect(self._close)
        if socket.bytesAvailable():
            self._read()

    def _read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        if self._busy:
            return  # a handler spun the event loop; the outer loop answers in order
        self._busy = True
        try:
            while (end := self._buffer.find(b"\n")) >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                self._write(self._reply_to(line))
            if len(self._buffer) > MAX_REQUEST_BYTES:
                log.warning(
                    "dropping a client that sent %d bytes without a newline", len(self._buffer)
                )
                self._buffer.clear()
                self._write(_error("bad request: too long"))
                self._socket.disconnectFromServer()
        finally:
            self._busy = False

    def _write(self, reply: dict[str, Any]) -> None:
        try:
            data = json.dumps(reply).encode() + b"\n"
        except (TypeError, ValueError):
            log.exception("a command result is not JSON: %r", reply)
            data = json.dumps(_error("the result could not be encoded")).encode() + b"\n"
        if self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            log.info("client left before its reply")
            return
        self._socket.write(data)
        self._socket.flush()  # so a reply to `quit` leaves before the app does

    def _close(self) -> None:
        self._forget(self)


def _error(message: str) -> dict[str, Any]:
    return {"ok": False, "error": message}


def send_command(
    name: str,
    command: str,
    args: dict[str, Any] | None = None,
    *,
    timeout_ms: int = 3000,
    connect_retry_ms: int = 0,
) -> dict[str, Any]:
    """Send one command to the primary on `name` and return its result.

    Blocking; needs no event loop, so the CLI can call it right away. `connect_retry_ms`
    keeps trying to connect for that long (a primary that is still starting up).
    Raises NotRunningError, or CommandFailedError (refused, failed, or ChannelError).
    """
    request = json.dumps({"command": command, "args": args or {}}).encode() + b"\n"
    deadline = time.monotonic() + max(timeout_ms, connect_retry_ms) / 1000
    socket = QLocalSocket()
    try:
        _connect(socket, name, timeout_ms, time.monotonic() + connect_retry_ms / 1000)
        socket.write(request)
        while socket.bytesToWrite() and _remaining_ms(deadline) > 0:
            if not socket.waitForBytesWritten(min(_remaining_ms(deadline), WAIT_SLICE_MS)) and (
                socket.state() != QLocalSocket.LocalSocketState.ConnectedState
            ):
                raise ChannelError(f"could not send {command!r}: {socket.errorString()}")
        line = _read_line(socket, deadline)
    finally:
        socket.abort()
    return _parse_reply(line)


def _connect(socket: QLocalSocket, name: str, timeout_ms: int, retry_until: float) -> None:
    gone = (
        QLocalSocket.LocalSocketError.ServerNotFoundError,
        QLocalSocket.LocalSocketError.ConnectionRefusedError,
    )
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(timeout_ms):
            return
        error = socket.error()
        if error not in gone:
            raise ChannelError(f"cannot reach Sitbreak on {name}: {socket.errorString()}")
        if time.monotonic() >= retry_until:
            raise NotRunningError(f"Sitbreak is not running (nothing answers on {name})")
        socket.abort()
        time.sleep(0.05)


def _read_line(socket: QLocalSocket, deadline: float) -> bytes:
    buffer = bytearray()
    while True:
        buffer += bytes(socket.readAll().data())
        if (end := buffer.find(b"\n")) >= 0:
            return bytes(buffer[:end])
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            raise ChannelError("Sitbreak closed the connection without answering")
        remaining = _remaining_ms(deadline)
        if remaining <= 0:
            raise ChannelError("Sitbreak did not answer in time")
        # PySide holds the GIL inside waitFor*: short slices let other Python threads run.
        socket.waitForReadyRead(min(remaining, WAIT_SLICE_MS))


def _remaining_ms(deadline: float) -> int:
    return max(0, int((deadline - time.monotonic()) * 1000))


def _parse_reply(line: bytes) -> dict[str, Any]:
    try:
        reply = json.loads(line)
    except ValueError as exc:
        raise ChannelError(f"garbled answer from Sitbreak: {exc}") from exc
    if not isinstance(reply, dict) or "ok" not in reply:
        raise ChannelError(f"unexpected answer from Sitbreak: {reply!r}")
    if not reply["ok"]:
        raise CommandFailedError(str(reply.get("error", "refused")))
    result = reply.get("result", {})
    if not isinstance(result, dict):
        raise ChannelError(f"unexpected result from Sitbreak: {result!r}")
    return result
