"""The local socket under the command channel: one small interface, one module per backend.

Linux and macOS: a Unix stream socket in the private runtime folder, served on the Qt
event loop by socket notifiers and reached by the command line without Qt at all
(runtime/unix_channel.py). Windows: a named pipe open to this user only, through
QtNetwork's QLocalServer (runtime/named_pipe_channel.py), imported only there.
The wire protocol on top (one JSON line each way) is the command channel's; which backend
runs is chosen in runtime/command_client.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class InstanceError(Exception):
    """Something went wrong between two Sitbreak processes."""


class NotRunningError(InstanceError):
    """No Sitbreak answers for this data dir."""


class CommandFailedError(InstanceError):
    """The command was not carried out; the text says why (the primary's words if it refused)."""


class ChannelError(CommandFailedError):
    """Connected, but no usable answer came back (timeout, closed, garbled)."""


class Peer(Protocol):
    """What the command server keeps for one client: it is told what arrives."""

    def received(self, data: bytes) -> None: ...

    def closed(self) -> None:
        """The client left, or the link was closed; nothing more arrives."""


class Link(Protocol):
    """One accepted client, as the command server writes to it."""

    def send(self, data: bytes) -> bool:
        """Send at once as far as the socket takes it, the rest as soon as it can.
        False if the client is gone."""

    def close(self) -> None:
        """Close once what was sent has left."""


class Listener(Protocol):
    """The primary's listening socket (only this user can connect)."""

    @property
    def address(self) -> str: ...

    def serve(self, accept: Callable[[Link], Peer]) -> None:
        """From now on, hand every client that connects to `accept` (clients that came
        before wait until then)."""

    def close(self) -> None:
        """Stop listening and drop every client (on quit)."""


class Backend(Protocol):
    def listen(self, name: str) -> Listener:
        """Listen on `name`; raises InstanceError with the reason if it cannot."""

    def remove_stale(self, name: str) -> bool:
        """Remove what a crashed primary left at `name`; True if something was there."""

    def answers(self, name: str, timeout_ms: int) -> bool:
        """Whether something accepts connections on `name`."""

    def exchange(
        self, name: str, command: str, line: bytes, timeout_ms: int, connect_retry_ms: int
    ) -> bytes:
        """Send `line` (the request for `command`) to the primary on `name` and return
        its answer line (without the newline). Blocking: keeps trying to connect for
        `connect_retry_ms` (a primary still starting), then waits `timeout_ms` from the
        connection for the answer. Raises NotRunningError
        or ChannelError (the other end is another user's, no answer in time, closed)."""
