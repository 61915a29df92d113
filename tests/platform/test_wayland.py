"""The Wayland idle source against a small fake compositor speaking the wire protocol.

No real compositor with ext_idle_notify_v1 is available on the test machine, so this
checks our side of the protocol: the handshake, the requests' bytes, and the events.
"""

from __future__ import annotations

import socket
import struct
import threading

import pytest

from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.detect import idle_candidates
from sitbreak.platform.wayland import WaylandIdleSource, decode, encode, read_string, read_uint


class FakeCompositor:
    """Serves one client: a registry with a seat and (optionally) the idle notifier."""

    def __init__(self, path: str, notifier_version: int | None = 2, error: str = "") -> None:
        self.notifier_version = notifier_version
        self.error = error
        self.requests: list[tuple[int, int]] = []
        self.notification: dict[str, int] = {}
        self._ids: dict[str, int] = {}
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(path)
        self._listener.listen(1)
        self._listener.settimeout(10)  # every test connects; never hang if one does not
        self._client: socket.socket | None = None
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _event(self, object_id: int, opcode: int, *args: int | str) -> None:
        assert self._client is not None
        self._client.sendall(encode(object_id, opcode, *args))

    def _serve(self) -> None:
        self._client, _ = self._listener.accept()
        buffer = bytearray()
        try:
            while data := self._client.recv(4096):
                buffer += data
                for message in decode(buffer):
                    self._request(message.object_id, message.opcode, message.payload)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client hung up, as after a protocol error

    def _request(self, object_id: int, opcode: int, payload: bytes) -> None:
        self.requests.append((object_id, opcode))
        if (object_id, opcode) == (1, 1):  # wl_display.get_registry
            registry, _ = read_uint(payload, 0)
            self._ids["registry"] = registry
            self._event(registry, 0, 1, "wl_compositor", 5)
            self._event(registry, 0, 2, "wl_seat", 8)
            if self.notifier_version:
                self._event(registry, 0, 3, "ext_idle_notifier_v1", self.notifier_version)
        elif (object_id, opcode) == (1, 0):  # wl_display.sync
            callback, _ = read_uint(payload, 0)
            self._event(callback, 0, 77)  # wl_callback.done
            self._event(1, 1, callback)  # wl_display.delete_id
        elif object_id == self._ids.get("registry") and opcode == 0:  # bind
            _name, offset = read_uint(payload, 0)
            interface, offset = read_string(payload, offset)
            version, offset = read_uint(payload, offset)
            new_id, _ = read_uint(payload, offset)
            self._ids[interface] = new_id
            self.notification[f"{interface} version"] = version
            if interface == "wl_seat":
                self._event(new_id, 0, 3)  # capabilities: pointer and keyboard
        elif object_id == self._ids.get("ext_idle_notifier_v1"):
            new_id, offset = read_uint(payload, 0)
            timeout, offset = read_uint(payload, offset)
            seat, _ = read_uint(payload, offset)
            self.notification.update(id=new_id, timeout=timeout, seat=seat, opcode=opcode)
            if self.error:
                self._event(1, 0, object_id, 1, self.error)  # wl_display.error

    def idled(self) -> None:
        self._event(self.notification["id"], 0)

    def resumed(self) -> None:
        self._event(self.notification["id"], 1)

    def close(self) -> None:
        """Hang up (the serving thread then ends); safe to call twice."""
        if self._client is not None:
            self._client.shutdown(socket.SHUT_RDWR)
            self._thread.join(timeout=5)
            self._client.close()
            self._client = None
        self._listener.close()


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def runtime_dir(tmp_path):
    path = tmp_path / "run"
    path.mkdir()
    return path


@pytest.fixture
def compositor(runtime_dir):
    made: list[FakeCompositor] = []

    def make(**options) -> FakeCompositor:
        made.append(FakeCompositor(str(runtime_dir / "wayland-7"), **options))
        return made[-1]

    yield make
    for fake in made:
        fake.close()


def _environ(runtime_dir):
    return {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(runtime_dir)}


def test_idle_time_follows_idled_and_resumed(compositor, runtime_dir):
    fake = compositor()
    clock = Clock()
    source = WaylandIdleSource(_environ(runtime_dir), threshold_seconds=5, monotonic=clock)
    # v2's input-idle notification (opcode 2) for our seat, threshold in milliseconds.
    assert fake.notification["opcode"] == 2
    assert fake.notification["timeout"] == 5000
    assert fake.notification["seat"] == fake._ids["wl_seat"]
    assert fake.notification["wl_seat version"] == 1
    assert source.idle_seconds() == 0.0
    fake.idled()
    assert source.idle_seconds() == pytest.approx(5.0)  # idled means: last input 5 s ago
    clock.now += 30
    assert source.idle_seconds() == pytest.approx(35.0)
    fake.resumed()
    assert source.idle_seconds() == 0.0
    source.close()


def test_version_one_compositor_gets_the_version_one_request(compositor, runtime_dir):
    fake = compositor(notifier_version=1)
    source = WaylandIdleSource(_environ(runtime_dir))
    assert fake.notification["opcode"] == 1
    assert fake.notification["ext_idle_notifier_v1 version"] == 1
    source.close()


def test_compositor_without_the_protocol_is_a_clear_error(compositor, runtime_dir):
    compositor(notifier_version=None)
    with pytest.raises(
        IdleSourceError, match="offers neither ext_idle_notifier_v1 nor org_kde_kwin_idle"
    ):
        WaylandIdleSource(_environ(runtime_dir))


def test_protocol_error_is_reported(compositor, runtime_dir):
    compositor(error="invalid seat")
    with pytest.raises(IdleSourceError, match=r"protocol error 1 .*invalid seat"):
        WaylandIdleSource(_environ(runtime_dir))


def test_compositor_gone_is_an_error(compositor, runtime_dir):
    fake = compositor()
    source = WaylandIdleSource(_environ(runtime_dir))
    fake.close()
    with pytest.raises(IdleSourceError, match="closed the connection"):
        source.idle_seconds()
    source.close()


def test_no_compositor_socket(runtime_dir):
    with pytest.raises(IdleSourceError, match="cannot talk to the Wayland compositor"):
        WaylandIdleSource(_environ(runtime_dir))


def test_request_encoding_pads_strings():
    data = encode(2, 0, 3, "wl_seat", 1, 5)
    assert struct.unpack_from("<II", data) == (2, (len(data) << 16) | 0)
    assert len(data) == 8 + 4 + (4 + 8) + 4 + 4  # "wl_seat\0" is 8 bytes, no padding
    assert len(encode(2, 0, "abc")) == 8 + 4 + 4
    assert len(encode(2, 0, "abcd")) == 8 + 4 + 8


def test_wayland_is_tried_first_outside_gnome():
    names, _ = idle_candidates(
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}, "linux"
    )
    assert names[0] == "wayland"
