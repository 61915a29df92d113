"""The command channel's socket on Windows: a named pipe open to this user only, through
QtNetwork's QLocalServer and QLocalSocket. Imported only there (and by its tests, which
run it on Unix sockets, where Qt's local sockets are Unix sockets)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from sitbreak.core.i18n import translate
from sitbreak.platform.peer import is_same_user
from sitbreak.runtime.local_channel import (
    ChannelError,
    InstanceError,
    Link,
    NotRunningError,
    Peer,
)

log = logging.getLogger(__name__)

WAIT_SLICE_MS = 20


class NamedPipeChannel:
    def listen(self, name: str) -> _PipeListener:
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            text = translate("Instance", "cannot listen on {name}: {problem}")
            raise InstanceError(text.format(name=name, problem=server.errorString()))
        return _PipeListener(server)

    def remove_stale(self, name: str) -> bool:
        return bool(QLocalServer.removeServer(name))

    def answers(self, name: str, timeout_ms: int) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(name)
        connected = socket.waitForConnected(timeout_ms)
        socket.abort()
        return bool(connected)

    def exchange(
        self, name: str, command: str, line: bytes, timeout_ms: int, connect_retry_ms: int
    ) -> bytes:
        socket = QLocalSocket()
        try:
            _connect(socket, name, timeout_ms, time.monotonic() + connect_retry_ms / 1000)
            deadline = time.monotonic() + timeout_ms / 1000  # the answer, once connected
            socket.write(line)
            while socket.bytesToWrite() and _remaining_ms(deadline) > 0:
                if not socket.waitForBytesWritten(min(_remaining_ms(deadline), WAIT_SLICE_MS)) and (
                    socket.state() != QLocalSocket.LocalSocketState.ConnectedState
                ):
                    text = translate("CommandChannel", "could not send {command}: {problem}")
                    raise ChannelError(
                        text.format(command=repr(command), problem=socket.errorString())
                    )
            return _read_line(socket, deadline)
        finally:
            socket.abort()


class _PipeListener:
    def __init__(self, server: QLocalServer) -> None:
        self._server = server
        self._accept: Callable[[Link], Peer] | None = None

    @property
    def address(self) -> str:
        return str(self._server.fullServerName())

    def serve(self, accept: Callable[[Link], Peer]) -> None:
        self._accept = accept
        self._server.newConnection.connect(self._next)
        self._next()

    def _next(self) -> None:
        while self._accept is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not is_same_user(int(socket.socketDescriptor())):
                log.warning("refused a command connection from another user")
                socket.abort()
                socket.deleteLater()
                continue
            _PipeLink(socket, self._accept)

    def close(self) -> None:
        self._accept = None
        self._server.close()
        self._server.deleteLater()  # with the clients, its children


class _PipeLink(QObject):
    """One client; a child of its socket, so it lives as long as the socket does."""

    def __init__(self, socket: QLocalSocket, accept: Callable[[Link], Peer]) -> None:
        super().__init__(socket)
        self._socket = socket
        self._peer = accept(self)
        socket.readyRead.connect(self._read)
        # C++ to C++: also safe while the server (the socket's parent) is being destroyed.
        socket.disconnected.connect(socket.deleteLater)
        socket.disconnected.connect(self._peer.closed)
        if socket.bytesAvailable():
            self._read()
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            # It left before we served: its `disconnected` has gone already.
            self._peer.closed()
            socket.deleteLater()

    def _read(self) -> None:
        self._peer.received(bytes(self._socket.readAll().data()))

    def send(self, data: bytes) -> bool:
        if self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return False
        self._socket.write(data)
        self._socket.flush()  # so a reply to `quit` leaves before the app does
        return True

    def close(self) -> None:
        self._socket.disconnectFromServer()


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
