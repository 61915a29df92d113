"""The running Sitbreak's end of the command channel: one JSON line each way.

A second start, or the CLI (runtime/command_client.py), sends `{"protocol": 1, "command":
"status", "args": {}}` and reads back `{"protocol": 1, "ok": true, "result": {...}}` or
`{"protocol": 1, "ok": false, "error": "..."}`. A request without "protocol" is read as
protocol 1; a request in another protocol is refused with a message that says which side
to update. Which commands exist is the command line's registry (cli/registry.py), handed
in by the app. The socket underneath is the platform's (runtime/local_channel.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QObject, QTimer

from sitbreak.core.i18n import translate
from sitbreak.runtime.command_client import PROTOCOL_VERSION
from sitbreak.runtime.local_channel import Link, Listener

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024  # a request is a short line; more is a confused client
# A client that neither finishes a request nor leaves for this long is dropped: the
# command line sends its line at once and waits 3 s for the answer.
IDLE_CLIENT_MS = 10_000

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class CommandServer(QObject):
    """Answers command lines on the primary's server through `handler(command, args)`.

    The handler runs on the GUI thread and returns a JSON-able dict. It raises one of
    `refusals` to refuse (the text goes back to the client); anything else it raises is
    logged with its traceback and reported as a failure. Requests are validated first.
    """

    def __init__(
        self,
        listener: Listener,
        handler: Handler,
        *,
        refusals: tuple[type[Exception], ...],
        commands: Collection[str],
        idle_client_ms: int = IDLE_CLIENT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._refusals = refusals
        self._commands = frozenset(commands)
        self._idle_client_ms = idle_client_ms
        self._connections: set[_Connection] = set()
        listener.serve(self._accept)  # clients that came while the app was starting too

    @property
    def client_count(self) -> int:
        return len(self._connections)

    def _accept(self, link: Link) -> _Connection:
        timer = QTimer(self)  # Qt owns it: it may end its connection from its own signal
        timer.setSingleShot(True)
        timer.setInterval(self._idle_client_ms)
        connection = _Connection(link, timer, self._reply_to, self._connections.discard)
        self._connections.add(connection)
        return connection

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
        link: Link,
        idle: QTimer,
        reply_to: Callable[[bytes], dict[str, Any]],
        forget: Callable[[_Connection], None],
    ) -> None:
        self._link = link
        self._idle = idle
        self._reply_to = reply_to
        self._forget = forget
        self._buffer = bytearray()
        self._busy = False
        idle.timeout.connect(self._too_slow)
        idle.start()

    def received(self, data: bytes) -> None:
        self._buffer += data
        if self._busy:
            return  # a handler spun the event loop; the outer loop answers in order
        self._busy = True
        try:
            while (end := self._buffer.find(b"\n")) >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                self._write(self._reply_to(line))
                self._idle.start()
            if len(self._buffer) > MAX_REQUEST_BYTES:
                log.warning(
                    "dropping a client that sent %d bytes without a newline", len(self._buffer)
                )
                self._buffer.clear()
                self._write(_error("bad request: too long"))
                self._link.close()
        finally:
            self._busy = False

    def _write(self, reply: dict[str, Any]) -> None:
        try:
            data = json.dumps(reply).encode() + b"\n"
        except (TypeError, ValueError):
            log.exception("a command result is not JSON: %r", reply)
            data = json.dumps(_error("the result could not be encoded")).encode() + b"\n"
        if not self._link.send(data):
            log.info("client left before its reply")

    def _too_slow(self) -> None:
        if self._buffer:
            text = "dropping a client that sent no whole request in %d ms"
        else:
            text = "closing a client that sent nothing more in %d ms"
        log.warning(text, self._idle.interval())
        self._link.close()

    def closed(self) -> None:
        self._idle.stop()
        self._idle.deleteLater()
        self._forget(self)


def _error(message: str) -> dict[str, Any]:
    return {"protocol": PROTOCOL_VERSION, "ok": False, "error": message}
