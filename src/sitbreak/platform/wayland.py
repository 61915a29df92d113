"""Idle time on Wayland from ext_idle_notify_v1 (KDE Plasma, sway, Hyprland, ...).

Compositors that predate it (wlroots 0.15 / sway 1.7, KWin 5) offer org_kde_kwin_idle,
which works the same way and is used as the fallback.

There is no "how long idle?" request in Wayland: a client asks to be told when input
has stopped for a threshold (`idled`) and when it starts again (`resumed`). This module
speaks the Wayland wire protocol itself over the compositor's Unix socket (a few
messages, no file descriptors), so it needs no Wayland client library.

Idle time is then known to within the threshold: 0 until `idled`, afterwards the
threshold plus the time since `idled` was read. `watch(threshold)` sets a new threshold
and reads the socket as events arrive (a QSocketNotifier), reporting them on `events`:
nothing polls and nothing wakes while the user works.
Version 2's input-idle notification is used when offered: it ignores idle inhibitors,
so a video playing does not hide that nobody is at the keyboard.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSocketNotifier

from sitbreak.platform.base import IdleEvents, IdleSourceError

log = logging.getLogger(__name__)

DISPLAY_ID = 1
NOTIFIER = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"  # its forerunner: wlroots before 0.16 (sway 1.7), KWin 5
SEAT = "wl_seat"
HANDSHAKE_TIMEOUT_SECONDS = 1.0


@dataclass(frozen=True)
class Message:
    object_id: int
    opcode: int
    payload: bytes


def encode(object_id: int, opcode: int, *args: int | str) -> bytes:
    """A request: uint/new_id/object arguments are ints, strings are str."""
    body = b""
    for arg in args:
        if isinstance(arg, str):
            data = arg.encode() + b"\0"
            body += struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)
        else:
            body += struct.pack("<I", arg)
    return struct.pack("<II", object_id, (8 + len(body)) << 16 | opcode) + body


def decode(buffer: bytearray) -> list[Message]:
    """Take every complete message off the front of `buffer`."""
    messages = []
    while len(buffer) >= 8:
        object_id, word = struct.unpack_from("<II", buffer)
        size = word >> 16
        if size < 8:
            raise IdleSourceError(f"malformed Wayland message (size {size})")
        if len(buffer) < size:
            break
        messages.append(Message(object_id, word & 0xFFFF, bytes(buffer[8:size])))
        del buffer[:size]
    return messages


def read_uint(payload: bytes, offset: int) -> tuple[int, int]:
    return struct.unpack_from("<I", payload, offset)[0], offset + 4


def read_string(payload: bytes, offset: int) -> tuple[str, int]:
    length, offset = read_uint(payload, offset)
    text = payload[offset : offset + length].rstrip(b"\0").decode(errors="replace")
    return text, offset + length + (-length % 4)


def socket_path(environ: Mapping[str, str]) -> str:
    display = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    if os.path.isabs(display):
        return display
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        raise IdleSourceError("XDG_RUNTIME_DIR is not set, so the Wayland socket is unknown")
    return os.path.join(runtime, display)


class WaylandIdleSource:
    name = "wayland-ext-idle"  # "wayland-kde-idle" where only org_kde_kwin_idle is offered

    def __init__(
        self,
        environ: Mapping[str, str],
        threshold_seconds: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._threshold = threshold_seconds
        self._monotonic = monotonic
        self._buffer = bytearray()
        self._next_id = 2
        self._registry = 0
        self._globals: dict[str, tuple[int, int]] = {}  # interface -> (name, version)
        self._waiting: set[int] = set()  # wl_callback ids of unfinished round trips
        self._notification = 0
        self._manager = 0
        self._seat = 0
        self._version = 1
        self._idle_since: float | None = None
        self._events = IdleEvents()
        self._reader: QSocketNotifier | None = None
        self.protocol = ""
        path = socket_path(environ)
        self._socket: socket.socket | None = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._socket.settimeout(HANDSHAKE_TIMEOUT_SECONDS)
            self._socket.connect(path)
            self._handshake()
            self._socket.setblocking(False)
        except IdleSourceError:  # an OSError too, but already says what went wrong
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise IdleSourceError(
                f"cannot talk to the Wayland compositor at {path}: {exc}"
            ) from exc

    def _new_id(self) -> int:
        new = self._next_id
        self._next_id += 1
        return new

    def _send(self, data: bytes) -> None:
        assert self._socket is not None
        self._socket.sendall(data)

    def _roundtrip(self) -> None:
        """wl_display.sync, then read until its callback is done (the socket has a timeout)."""
        callback = self._new_id()
        self._waiting.add(callback)
        self._send(encode(DISPLAY_ID, 0, callback))
        while callback in self._waiting:
            self._receive()

    def _handshake(self) -> None:
        self._registry = self._new_id()
        self._send(encode(DISPLAY_ID, 1, self._registry))
        self._roundtrip()
        if SEAT not in self._globals:
            raise IdleSourceError("the compositor offers no seat")
        protocol = next((p for p in (NOTIFIER, KDE_IDLE) if p in self._globals), None)
        if protocol is None:
            raise IdleSourceError(f"the compositor offers neither {NOTIFIER} nor {KDE_IDLE}")
        global_name, offered = self._globals[protocol]
        version = min(offered, 2) if protocol == NOTIFIER else 1
        self._manager = self._new_id()
        self._send(encode(self._registry, 0, global_name, protocol, version, self._manager))
        self._seat = self._new_id()
        self._send(encode(self._registry, 0, self._globals[SEAT][0], SEAT, 1, self._seat))
        self._version = version
        self.protocol = f"{protocol} v{version}"
        self.name = "wayland-kde-idle" if protocol == KDE_IDLE else "wayland-ext-idle"
        self._request_notification()
        self._roundtrip()  # a protocol error in the requests above arrives before this
        log.info("Wayland idle time from %s, threshold %.1f s", self.protocol, self._threshold)

    def _request_notification(self) -> None:
        """Ask to be told when input stops for the threshold (and starts again)."""
        self._notification = self._new_id()
        threshold_ms = max(1, round(self._threshold * 1000))
        if self.name == "wayland-kde-idle":  # get_idle_timeout(id, seat, timeout)
            self._send(encode(self._manager, 0, self._notification, self._seat, threshold_ms))
        else:
            # v2 get_input_idle_notification ignores idle inhibitors; v1 has only the other.
            opcode = 2 if self._version >= 2 else 1
            self._send(encode(self._manager, opcode, self._notification, threshold_ms, self._seat))

    @property
    def events(self) -> IdleEvents:
        return self._events

    def watch(self, threshold_seconds: float) -> bool:
        """A new threshold, and events read as they arrive (reported on `events`)."""
        if self._socket is None:
            return False
        try:
            # Both protocols: request 0 of the notification object destroys it.
            self._send(encode(self._notification, 0))
            self._threshold = threshold_seconds
            self._idle_since = None
            self._events.report_active(self.name)
            self._request_notification()
        except OSError as exc:
            log.warning("Wayland idle watch failed: %s", exc)
            return False
        if self._reader is None:
            self._reader = QSocketNotifier(
                self._socket.fileno(), QSocketNotifier.Type.Read, self._events
            )
            self._reader.activated.connect(self._pump)
        log.info("Wayland idle watch at %.1f s on %s", threshold_seconds, self.protocol)
        return True

    def _pump(self) -> None:
        try:
            while self._receive():
                pass
        except OSError as exc:  # IdleSourceError too: the compositor went away
            log.warning("Wayland idle events stopped: %s", exc)
            if self._reader is not None:
                self._reader.setEnabled(False)
            self._events.failed.emit(f"lost the Wayland compositor: {exc}")

    def _receive(self) -> bool:
        """Read what has arrived and handle it; False when nothing was there."""
        assert self._socket is not None
        try:
            data = self._socket.recv(4096)
        except BlockingIOError:
            return False
        if not data:
            raise IdleSourceError("the Wayland compositor closed the connection")
        self._buffer += data
        for message in decode(self._buffer):
            self._handle(message)
        return True

    def _handle(self, message: Message) -> None:
        if message.object_id == DISPLAY_ID and message.opcode == 0:
            failed, offset = read_uint(message.payload, 0)
            code, offset = read_uint(message.payload, offset)
            text, _ = read_string(message.payload, offset)
            raise IdleSourceError(f"Wayland protocol error {code} on object {failed}: {text}")
        if message.object_id == self._registry and message.opcode == 0:
            name, offset = read_uint(message.payload, 0)
            interface, offset = read_string(message.payload, offset)
            version, _ = read_uint(message.payload, offset)
            self._globals.setdefault(interface, (name, version))
        elif message.object_id == self._notification and self._notification:
            # Both protocols: event 0 is idled (the last input was `threshold` ago), 1 resumed.
            if message.opcode == 0:
                self._idle_since = self._monotonic() - self._threshold
                self._events.report_idle(self._threshold, self.name)
            elif message.opcode == 1:  # resumed
                self._idle_since = None
                self._events.report_active(self.name)
        elif message.object_id in self._waiting:  # wl_callback.done
            self._waiting.discard(message.object_id)
        # Everything else (the seat's capabilities, delete_id) is of no interest.

    def idle_seconds(self) -> float:
        if self._socket is None:
            raise IdleSourceError("the Wayland idle source is closed")
        try:
            while self._receive():
                pass
        except IdleSourceError:
            raise
        except OSError as exc:
            raise IdleSourceError(f"lost the Wayland connection: {exc}") from exc
        if self._idle_since is None:
            return 0.0
        return max(0.0, self._monotonic() - self._idle_since)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader.deleteLater()
            self._reader = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
