"""The command channel to the running Sitbreak: one JSON line each way.

A second start, or the CLI, sends `{"protocol": 1, "command": "status", "args": {}}` and
reads back `{"protocol": 1, "ok": true, "result": {...}}` or `{"protocol": 1, "ok": false,
"error": "..."}`. A request without "protocol" is read as protocol 1; a request or reply
in another protocol is refused with a message that says which side to update. Which
commands exist is the command line's registry (cli/registry.py), handed in by the app.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from sitbreak.core.i18n import translate
from sitbreak.platform.peer import is_same_user
from sitbreak.runtime.instance import InstanceError

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
MAX_REQUEST_BYTES = 64 * 1024  # a request is a short line; more is a confused client
WAIT_SLICE_MS = 20

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class NotRunningError(InstanceError):
    """No Sitbreak answers for this data dir."""


class CommandFailedError(InstanceError):
    """The command was not carried out; the text says why (the primary's words if it refused)."""


class ChannelError(CommandFailedError):
    """Connected, but no usable answer came back (timeout, closed, garbled)."""


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
        commands: Collection[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._handler = handler
        self._refusals = refusals
        self._commands = frozenset(commands)
        self._connections: set[_Connection] = set()
        server.newConnection.connect(self._accept)
        self._accept()  # clients that came while the app was starting

    @property
    def client_count(self) -> int:
        return len(self._connections)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not is_same_user(int(socket.socketDescriptor())):
                log.warning("refused a command connection from another user")
                socket.abort()
                socket.deleteLater()
                continue
            self._connections.add(_Connection(socket, self._reply_to, self._connections.discard))

    def _reply_to(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both
            log.warning("bad command request %r: %s", line[:80], exc)
            return _error(f"bad request: not JSON ({exc})")
        if not isinstance(request, dict):
            return _error("bad request: expected a JSON object")
        protocol = request.get("protocol", PROTOCOL_VERSION)
        if protocol != PROTOCOL_VERSION:
            text = translate(
                "CommandChannel",
                "this Sitbreak speaks command protocol {ours}, the command line "
                "{theirs}: use the sitbreak command of the running installation",
            )
            return _error(text.format(ours=PROTOCOL_VERSION, theirs=repr(protocol)))
        command = request.get("command")
        args = request.get("args", {})
        if command not in self._commands:
            known = ", ".join(sorted(self._commands))
            text = translate("CommandChannel", "unknown command: {command} (known: {known})")
            return _error(text.format(command=repr(command), known=known))
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
            text = translate(
                "CommandChannel", "{command} failed inside Sitbreak; details are in its log"
            )
            return _error(text.format(command=command))
        return {"protocol": PROTOCOL_VERSION, "ok": True, "result": result}


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
    return {"protocol": PROTOCOL_VERSION, "ok": False, "error": message}


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
    request = {"protocol": PROTOCOL_VERSION, "command": command, "args": args or {}}
    line = json.dumps(request).encode() + b"\n"
    deadline = time.monotonic() + max(timeout_ms, connect_retry_ms) / 1000
    socket = QLocalSocket()
    try:
        _connect(socket, name, timeout_ms, time.monotonic() + connect_retry_ms / 1000)
        socket.write(line)
        while socket.bytesToWrite() and _remaining_ms(deadline) > 0:
            if not socket.waitForBytesWritten(min(_remaining_ms(deadline), WAIT_SLICE_MS)) and (
                socket.state() != QLocalSocket.LocalSocketState.ConnectedState
            ):
                text = translate("CommandChannel", "could not send {command}: {problem}")
                raise ChannelError(text.format(command=repr(command), problem=socket.errorString()))
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
            if not is_same_user(int(socket.socketDescriptor())):
                text = translate(
                    "CommandChannel", "the socket {name} belongs to another user; not trusted"
                )
                raise ChannelError(text.format(name=name))
            return
        error = socket.error()
        if error not in gone:
            text = translate("CommandChannel", "cannot reach Sitbreak on {name}: {problem}")
            raise ChannelError(text.format(name=name, problem=socket.errorString()))
        if time.monotonic() >= retry_until:
            text = translate(
                "CommandChannel", "Sitbreak is not running (nothing answers on {name})"
            )
            raise NotRunningError(text.format(name=name))
        socket.abort()
        time.sleep(0.05)


def _read_line(socket: QLocalSocket, deadline: float) -> bytes:
    buffer = bytearray()
    while True:
        buffer += bytes(socket.readAll().data())
        if (end := buffer.find(b"\n")) >= 0:
            return bytes(buffer[:end])
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            raise ChannelError(
                translate("CommandChannel", "Sitbreak closed the connection without answering")
            )
        remaining = _remaining_ms(deadline)
        if remaining <= 0:
            raise ChannelError(translate("CommandChannel", "Sitbreak did not answer in time"))
        # PySide holds the GIL inside waitFor*: short slices let other Python threads run.
        socket.waitForReadyRead(min(remaining, WAIT_SLICE_MS))


def _remaining_ms(deadline: float) -> int:
    return max(0, int((deadline - time.monotonic()) * 1000))


def _parse_reply(line: bytes) -> dict[str, Any]:
    try:
        reply = json.loads(line)
    except ValueError as exc:
        text = translate("CommandChannel", "garbled answer from Sitbreak: {problem}")
        raise ChannelError(text.format(problem=exc)) from exc
    if not isinstance(reply, dict) or "ok" not in reply:
        text = translate("CommandChannel", "unexpected answer from Sitbreak: {reply}")
        raise ChannelError(text.format(reply=repr(reply)))
    protocol = reply.get("protocol", PROTOCOL_VERSION)
    if protocol != PROTOCOL_VERSION:
        text = translate(
            "CommandChannel",
            "the running Sitbreak speaks command protocol {theirs}, this command line "
            "{ours}: restart Sitbreak after an update",
        )
        raise ChannelError(text.format(theirs=repr(protocol), ours=PROTOCOL_VERSION))
    if not reply["ok"]:
        raise CommandFailedError(str(reply.get("error", "refused")))
    result = reply.get("result", {})
    if not isinstance(result, dict):
        text = translate("CommandChannel", "unexpected result from Sitbreak: {result}")
        raise ChannelError(text.format(result=repr(result)))
    return result
