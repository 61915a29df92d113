"""The command channel's socket on Linux and macOS: a Unix stream socket in the private
runtime folder, with the standard library.

The primary serves it on the Qt event loop: socket notifiers wake it when a client
connects, writes or can take more of a reply; nothing polls, no thread waits. The client
(the command line, a second start) blocks under a deadline and needs no Qt at all. Both
ends check the peer: the primary drops a client of another user, the client does not
believe a socket of another user.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sitbreak.core.i18n import translate
from sitbreak.platform.peer import is_same_user
from sitbreak.runtime.local_channel import (
    ChannelError,
    InstanceError,
    Link,
    NotRunningError,
    Peer,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

BACKLOG = 64  # clients waiting for the event loop; Qt's server takes 50
READ_SIZE = 64 * 1024
RETRY_CONNECT_S = 0.05
ACCEPT_PAUSE_MS = 1000  # out of descriptors, say: try again later rather than spin
# A client that does not read its replies: no more requests from it while this much waits
# to leave, and once it is closed, this long for the rest before it is dropped.
MAX_OUTGOING_BYTES = 1024 * 1024
LAST_SEND_MS = 3000
# A socket address holds at most this many bytes, its final NUL included.
SUN_PATH_BYTES = 108 if sys.platform.startswith("linux") else 104


class UnixChannel:
    def listen(self, name: str) -> UnixListener:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        bound = False
        try:
            with _short_address(name) as address:
                server.bind(address)
            bound = True
            os.chmod(name, 0o600)  # the folder is private already; the socket is too
            server.listen(BACKLOG)
            inode = os.stat(name).st_ino
        except OSError as error:
            server.close()
            if bound:
                _unlink(name)
            text = translate("Instance", "cannot listen on {name}: {problem}")
            raise InstanceError(text.format(name=name, problem=error.strerror or error)) from error
        server.setblocking(False)
        return UnixListener(server, name, inode)

    def remove_stale(self, name: str) -> bool:
        return _unlink(name)

    def answers(self, name: str, timeout_ms: int) -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(timeout_ms / 1000)
            try:
                with _short_address(name) as address:
                    probe.connect(address)
            except BlockingIOError:
                return True  # its backlog is full (Linux): alive, and busy
            except OSError:
                return False
            return True

    def exchange(
        self, name: str, command: str, line: bytes, timeout_ms: int, connect_retry_ms: int
    ) -> bytes:
        started = time.monotonic()
        retry_until = started + connect_retry_ms / 1000
        busy_until = started + max(timeout_ms, connect_retry_ms) / 1000
        with _connect(name, timeout_ms / 1000, retry_until, busy_until) as client:
            deadline = time.monotonic() + timeout_ms / 1000  # the answer, once connected
            try:
                client.settimeout(max(0.001, deadline - time.monotonic()))
                client.sendall(line)
            except TimeoutError as error:
                raise ChannelError(
                    translate("CommandChannel", "Sitbreak did not answer in time")
                ) from error
            except OSError as error:
                text = translate("CommandChannel", "could not send {command}: {problem}")
                problem = error.strerror or error
                raise ChannelError(text.format(command=repr(command), problem=problem)) from error
            return _read_line(client, deadline)


def _connect(name: str, timeout: float, retry_until: float, deadline: float) -> socket.socket:
    """Connect, trying again until `retry_until` while nothing listens (a primary still
    starting) and until `deadline` while its backlog is full (a busy primary)."""
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(timeout)
        try:
            with _short_address(name) as address:
                client.connect(address)
        except (FileNotFoundError, ConnectionRefusedError):
            client.close()
            if time.monotonic() >= retry_until:
                text = translate(
                    "CommandChannel", "Sitbreak is not running (nothing answers on {name})"
                )
                raise NotRunningError(text.format(name=name)) from None
            time.sleep(RETRY_CONNECT_S)  # a primary still starting up
            continue
        except BlockingIOError:  # Linux: its backlog is full, it has not taken us yet
            client.close()
            if time.monotonic() >= deadline:
                raise ChannelError(
                    translate("CommandChannel", "Sitbreak did not answer in time")
                ) from None
            time.sleep(RETRY_CONNECT_S)
            continue
        except OSError as error:
            client.close()
            text = translate("CommandChannel", "cannot reach Sitbreak on {name}: {problem}")
            raise ChannelError(text.format(name=name, problem=error.strerror or error)) from error
        if not is_same_user(client.fileno()):
            client.close()
            text = translate(
                "CommandChannel", "the socket {name} belongs to another user; not trusted"
            )
            raise ChannelError(text.format(name=name))
        return client


@contextmanager
def _short_address(name: str) -> Iterator[str]:
    """`name`, or where it is too long for a socket address (a long XDG_RUNTIME_DIR or
    TMPDIR), the same file reached through its open folder on Linux: /proc/self/fd/N/file."""
    if len(os.fsencode(name)) < SUN_PATH_BYTES or not sys.platform.startswith("linux"):
        yield name  # too long elsewhere: bind and connect say so
        return
    folder, file = os.path.split(name)
    descriptor = os.open(folder or ".", os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        yield f"/proc/self/fd/{descriptor}/{file}"
    finally:
        os.close(descriptor)


def _read_line(client: socket.socket, deadline: float) -> bytes:
    buffer = bytearray()
    while (end := buffer.find(b"\n")) < 0:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ChannelError(translate("CommandChannel", "Sitbreak did not answer in time"))
        client.settimeout(remaining)
        try:
            chunk = client.recv(READ_SIZE)
        except TimeoutError:
            continue  # the deadline above says so
        except OSError:
            chunk = b""  # reset: as good as closed
        if not chunk:
            raise ChannelError(
                translate("CommandChannel", "Sitbreak closed the connection without answering")
            )
        buffer += chunk
    return bytes(buffer[:end])


def _unlink(name: str) -> bool:
    try:
        os.unlink(name)
    except FileNotFoundError:
        return False
    return True


def _notifier(fd: int, writing: bool, parent: QObject, slot: Callable[[], None]) -> QSocketNotifier:
    """A notifier owned by `parent` (a Qt object, so it is never deleted by Python in the
    middle of its own signal; links retire theirs with deleteLater)."""
    from PySide6.QtCore import QSocketNotifier

    kind = QSocketNotifier.Type.Write if writing else QSocketNotifier.Type.Read
    notifier = QSocketNotifier(fd, kind, parent)
    notifier.activated.connect(slot)
    return notifier


class UnixListener:
    """Listens on the socket file; accepts while the Qt event loop runs."""

    def __init__(self, server: socket.socket, path: str, inode: int) -> None:
        from PySide6.QtCore import QObject

        self._server = server
        self._path = path
        self._inode = inode
        self._owner = QObject()  # parent of every notifier of this listener and its links
        self._accept: Callable[[Link], Peer] | None = None
        self._notifier: QSocketNotifier | None = None
        self._links: set[UnixLink] = set()

    @property
    def address(self) -> str:
        return self._path

    def serve(self, accept: Callable[[Link], Peer]) -> None:
        self._accept = accept
        # Level-triggered: clients already waiting in the backlog wake it at once.
        self._notifier = _notifier(self._server.fileno(), False, self._owner, self._next)

    def _next(self) -> None:
        while self._accept is not None:
            try:
                client, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:
                continue
            except OSError as error:
                self._pause(error)
                return
            if not is_same_user(client.fileno()):
                log.warning("refused a command connection from another user")
                client.close()
                continue
            client.setblocking(False)
            link = UnixLink(client, self._owner, self._links.discard)
            self._links.add(link)
            link.start(self._accept(link))

    def _pause(self, error: OSError) -> None:
        from PySide6.QtCore import QTimer

        log.warning("cannot accept a command connection: %s", error)
        if self._notifier is not None:  # the client still waits: it would wake us at once
            self._notifier.setEnabled(False)
            QTimer.singleShot(ACCEPT_PAUSE_MS, self._owner, self._resume)

    def _resume(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)

    def close(self) -> None:
        self._accept = None
        for link in list(self._links):
            link.drop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        self._server.close()
        self._owner.deleteLater()
        try:  # only our own socket: a successor may have replaced it
            if os.stat(self._path).st_ino == self._inode:
                _unlink(self._path)
        except OSError:
            pass


class UnixLink:
    """One accepted client: reads as it arrives, sends what the socket takes and the rest
    when it can take more. What it read goes to the peer a line at a time, and only while
    less than MAX_OUTGOING_BYTES of replies wait to leave: a client that does not read
    its replies is not answered further (nor read), however many requests it sent."""

    def __init__(
        self, client: socket.socket, owner: QObject, forget: Callable[[UnixLink], None]
    ) -> None:
        self._socket = client
        self._owner = owner
        self._forget = forget
        self._peer: Peer | None = None
        self._outgoing = bytearray()
        self._incoming = bytearray()  # read, not yet handed to the peer
        self._delivering = False
        self._closing = False
        self._open = True
        self._reader: QSocketNotifier | None = None
        self._writer: QSocketNotifier | None = None
        self._last_send: QTimer | None = None

    def start(self, peer: Peer) -> None:
        self._peer = peer
        if self._open:
            self._reader = _notifier(self._socket.fileno(), False, self._owner, self._read)

    def _read(self) -> None:
        try:
            data = self._socket.recv(READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self.drop()
            return
        self._incoming += data
        self._deliver()

    def _deliver(self) -> None:
        if self._delivering:  # a reply sent from inside received(): the outer call goes on
            return
        self._delivering = True
        try:
            while self._open and not self._closing and self._incoming and not self._full():
                end = self._incoming.find(b"\n")
                cut = end + 1 if end >= 0 else len(self._incoming)
                piece = bytes(self._incoming[:cut])
                del self._incoming[:cut]
                if self._peer is not None:
                    self._peer.received(piece)
        finally:
            self._delivering = False
        if self._reader is not None:  # more only once this is handed on and answered
            self._reader.setEnabled(not self._closing and not self._incoming and not self._full())

    def _full(self) -> bool:
        return len(self._outgoing) >= MAX_OUTGOING_BYTES

    def send(self, data: bytes) -> bool:
        if not self._open:
            return False
        self._outgoing += data
        self._flush()
        return self._open

    def _flush(self) -> None:
        try:
            sent = self._socket.send(self._outgoing)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            self.drop()  # the client left
            return
        del self._outgoing[:sent]
        if self._outgoing and self._writer is None:
            self._writer = _notifier(self._socket.fileno(), True, self._owner, self._flush)
        if self._writer is not None:
            self._writer.setEnabled(bool(self._outgoing))
        if self._closing and not self._outgoing:
            self.drop()
        else:
            self._deliver()

    def close(self) -> None:
        if self._outgoing and self._open:
            self._closing = True  # after the rest of the reply, if it leaves in time
            if self._reader is not None:
                self._reader.setEnabled(False)
            if self._last_send is None:
                from PySide6.QtCore import QTimer

                self._last_send = QTimer(self._owner)
                self._last_send.setSingleShot(True)
                self._last_send.timeout.connect(self._unsent)
                self._last_send.start(LAST_SEND_MS)
        else:
            self.drop()

    def _unsent(self) -> None:
        log.warning(
            "dropping a client that did not read its replies (%d bytes unsent)", len(self._outgoing)
        )
        self.drop()

    def drop(self) -> None:
        """Close now, whatever is still unsent."""
        if not self._open:
            return
        self._open = False
        self._incoming.clear()
        for notifier in (self._reader, self._writer):
            if notifier is not None:
                notifier.setEnabled(False)
                notifier.deleteLater()  # perhaps inside its own signal now
        self._reader = self._writer = None
        if self._last_send is not None:
            self._last_send.stop()
            self._last_send.deleteLater()
            self._last_send = None
        self._socket.close()
        self._forget(self)
        if self._peer is not None:
            self._peer.closed()
