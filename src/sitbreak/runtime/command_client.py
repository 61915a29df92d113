"""The command line's end of the command channel: one JSON line to the running Sitbreak,
one back. Needs no Qt on Linux and macOS (runtime/unix_channel.py), so a command such as
`sitbreak status` starts fast.

The request is `{"protocol": 1, "command": "status", "args": {}}`; the reply
`{"protocol": 1, "ok": true, "result": {...}}` or `{"protocol": 1, "ok": false, "error":
"..."}`. A reply in another protocol is refused with a message that says which side to
update. The primary's end is runtime/command_channel.py.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from sitbreak.core.i18n import translate
from sitbreak.runtime.local_channel import (
    Backend,
    ChannelError,
    CommandFailedError,
    NotRunningError,
)

__all__ = ["PROTOCOL_VERSION", "ChannelError", "CommandFailedError", "NotRunningError"]

PROTOCOL_VERSION = 1


def send_command(
    name: str,
    command: str,
    args: dict[str, Any] | None = None,
    *,
    timeout_ms: int = 3000,
    connect_retry_ms: int = 0,
    backend: Backend | None = None,
) -> dict[str, Any]:
    """Send one command to the primary on `name` and return its result.

    Blocking; needs no event loop, so the CLI can call it right away. `connect_retry_ms`
    keeps trying to connect for that long (a primary that is still starting up).
    Raises NotRunningError, or CommandFailedError (refused, failed, or ChannelError).
    """
    request = {"protocol": PROTOCOL_VERSION, "command": command, "args": args or {}}
    line = json.dumps(request).encode() + b"\n"
    channel = backend or platform_backend()
    return _parse_reply(channel.exchange(name, command, line, timeout_ms, connect_retry_ms))


def platform_backend() -> Backend:
    """The local socket of this platform (runtime/local_channel.py)."""
    if sys.platform == "win32":
        from sitbreak.runtime.named_pipe_channel import NamedPipeChannel

        return NamedPipeChannel()
    from sitbreak.runtime.unix_channel import UnixChannel

    return UnixChannel()


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
