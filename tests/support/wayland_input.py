"""Input into a Wayland compositor for tests: KWin's org_kde_kwin_fake_input.

A few requests on the Wayland wire (the encoder the idle source uses), no library.
KWin offers the protocol to any client when KWIN_WAYLAND_NO_PERMISSION_CHECKS=1.
"""

from __future__ import annotations

import socket
import struct
from pathlib import Path

from sitbreak.platform.wayland import DISPLAY_ID, decode, encode, read_string, read_uint

FAKE_INPUT = "org_kde_kwin_fake_input"


class FakeInput:
    def __init__(self, socket_path: Path) -> None:
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._socket.settimeout(5)
        self._socket.connect(str(socket_path))
        self._buffer = bytearray()
        self._last_id = 1  # the compositor wants new ids in order
        self._registry = self._new_id()
        self._socket.sendall(encode(DISPLAY_ID, 1, self._registry))
        name, version = self._sync()[FAKE_INPUT]
        self._input = self._new_id()
        self._socket.sendall(
            encode(self._registry, 0, name, FAKE_INPUT, min(version, 4), self._input)
        )
        self._socket.sendall(encode(self._input, 0, "Sitbreak tests", "simulated user input"))
        self._sync()

    def _new_id(self) -> int:
        self._last_id += 1
        return self._last_id

    def _sync(self) -> dict[str, tuple[int, int]]:
        """wl_display.sync, reading registry globals until the callback is done."""
        callback = self._new_id()
        self._socket.sendall(encode(DISPLAY_ID, 0, callback))
        found: dict[str, tuple[int, int]] = {}
        while True:
            self._buffer += self._socket.recv(4096)
            for message in decode(self._buffer):
                if message.object_id == self._registry and message.opcode == 0:
                    name, offset = read_uint(message.payload, 0)
                    interface, offset = read_string(message.payload, offset)
                    found[interface] = (name, read_uint(message.payload, offset)[0])
                elif message.object_id == DISPLAY_ID and message.opcode == 0:
                    raise AssertionError(f"Wayland protocol error: {message.payload!r}")
                elif message.object_id == callback:
                    return found

    def move_pointer(self, dx: float = 5.0, dy: float = 3.0) -> None:
        fixed = lambda value: struct.unpack("<I", struct.pack("<i", round(value * 256)))[0]  # noqa: E731
        self._socket.sendall(encode(self._input, 1, fixed(dx), fixed(dy)))
        self._sync()

    def close(self) -> None:
        self._socket.close()
