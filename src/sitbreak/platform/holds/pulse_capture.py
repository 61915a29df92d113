"""Calls on Linux: a capture stream on PulseAudio, or PipeWire through pipewire-pulse.

libpulse through ctypes, on its threaded main loop: the server pushes every change of a
source output or source (subscription), the loop thread re-reads the lists and keeps
the answer, and `changed` reaches the Qt thread queued. `active()` only reads that
answer, so it never blocks the GUI on the audio server.

Not a call: a monitor source (recording what the speakers play), a peak meter (volume
controls read levels through a "peaks" stream), a stream a module made for itself
(remap, loopback, echo cancelling: no client behind it), a stream with role "filter",
a corked (paused) stream, and our own process.

libpulse is loaded only where a server may answer (`server_may_answer`): it brings
libsndfile and its codecs along, 1.6 MB of a tray app's memory, for a connection that
cannot be made on a machine with no audio server.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError
from sitbreak.platform.libraries import load_library

log = logging.getLogger(__name__)

INVALID_INDEX = 0xFFFFFFFF
CONTEXT_NOAUTOSPAWN = 1
CONTEXT_READY, CONTEXT_FAILED, CONTEXT_TERMINATED = 4, 5, 6
SUBSCRIPTION_MASK_SOURCE = 0x0002
SUBSCRIPTION_MASK_SOURCE_OUTPUT = 0x0008
MAX_CHANNELS = 32


class _SampleSpec(ctypes.Structure):
    _fields_ = (("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8))


class _ChannelMap(ctypes.Structure):
    _fields_ = (("channels", ctypes.c_uint8), ("map", ctypes.c_int * MAX_CHANNELS))


class _CVolume(ctypes.Structure):
    _fields_ = (("channels", ctypes.c_uint8), ("values", ctypes.c_uint32 * MAX_CHANNELS))


class _SourceOutputInfo(ctypes.Structure):
    """pa_source_output_info up to the fields read here (the library owns the memory)."""

    _fields_ = (
        ("index", ctypes.c_uint32),
        ("name", ctypes.c_char_p),
        ("owner_module", ctypes.c_uint32),
        ("client", ctypes.c_uint32),
        ("source", ctypes.c_uint32),
        ("sample_spec", _SampleSpec),
        ("channel_map", _ChannelMap),
        ("buffer_usec", ctypes.c_uint64),
        ("source_usec", ctypes.c_uint64),
        ("resample_method", ctypes.c_char_p),
        ("driver", ctypes.c_char_p),
        ("proplist", ctypes.c_void_p),
        ("corked", ctypes.c_int),
    )


class _SourceInfo(ctypes.Structure):
    """pa_source_info up to its proplist."""

    _fields_ = (
        ("name", ctypes.c_char_p),
        ("index", ctypes.c_uint32),
        ("description", ctypes.c_char_p),
        ("sample_spec", _SampleSpec),
        ("channel_map", _ChannelMap),
        ("owner_module", ctypes.c_uint32),
        ("volume", _CVolume),
        ("mute", ctypes.c_int),
        ("monitor_of_sink", ctypes.c_uint32),
        ("monitor_of_sink_name", ctypes.c_char_p),
        ("latency", ctypes.c_uint64),
        ("driver", ctypes.c_char_p),
        ("flags", ctypes.c_int),
        ("proplist", ctypes.c_void_p),
    )


_STATE_CB = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_SUBSCRIBE_CB = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32, ctypes.c_void_p
)
_SOURCE_OUTPUT_CB = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(_SourceOutputInfo), ctypes.c_int, ctypes.c_void_p
)
_SOURCE_CB = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.POINTER(_SourceInfo), ctypes.c_int, ctypes.c_void_p
)


@dataclass(frozen=True)
class CaptureStream:
    """One source output, as far as deciding "is this a call?" needs."""

    name: str
    application: str
    process_id: int | None
    client: int  # INVALID_INDEX for a stream a module made (no application behind it)
    resample_method: str
    role: str
    corked: bool
    source_is_monitor: bool


def is_call(stream: CaptureStream, own_pid: int) -> bool:
    if stream.source_is_monitor or stream.corked:
        return False
    if stream.client == INVALID_INDEX or stream.role in ("filter", "abstract"):
        return False
    if stream.resample_method == "peaks":
        return False
    return stream.process_id != own_pid


def server_may_answer(environ: Mapping[str, str]) -> bool:
    """False only when libpulse would find no server to try: no server named in the
    environment, in a client.conf or on the X display (module-x11-publish), and no
    socket where it looks by default (the user's runtime dir, the system-wide one)."""
    if any(environ.get(name) for name in ("PULSE_SERVER", "PULSE_CLIENTCONFIG")):
        return True
    home = Path(environ.get("HOME") or Path.home())
    config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config") / "pulse"
    runtime = [environ.get("PULSE_RUNTIME_PATH"), environ.get("XDG_RUNTIME_DIR") and
               f"{environ['XDG_RUNTIME_DIR']}/pulse", f"/run/user/{os.getuid()}/pulse",
               "/var/run/pulse", "/run/pulse"]  # fmt: skip
    sockets = [Path(folder, "native") for folder in runtime if folder]
    sockets += [*config.glob("*-runtime/native"), *home.glob(".pulse/*-runtime/native")]
    if any(socket.exists() for socket in sockets):
        return True
    configs = [Path("/etc/pulse/client.conf"), config / "client.conf", home / ".pulse/client.conf"]
    configs += [*Path("/etc/pulse/client.conf.d").glob("*.conf"), *config.glob("client.conf.d/*")]
    if any(_names_a_server(path) for path in configs):
        return True
    display = environ.get("DISPLAY")
    return _published_on_x11(display) if display else False


def _names_a_server(path: Path) -> bool:
    """A client.conf that sets a server or lets libpulse look beyond the sockets."""
    keys = ("default-server", "auto-connect-localhost", "auto-connect-display")
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return False
    return any(line.strip().split("=")[0].strip() in keys for line in lines)


def _published_on_x11(display: str) -> bool:
    """Whether the X display may carry a PULSE_SERVER property: its atom exists (asked
    without creating it); when the display cannot be asked, libpulse could not either."""
    try:
        xlib = load_library("X11", "libX11.so.6")
    except OSError:
        return False
    xlib.XOpenDisplay.argtypes, xlib.XOpenDisplay.restype = [ctypes.c_char_p], ctypes.c_void_p
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes, xlib.XCloseDisplay.restype = [ctypes.c_void_p], ctypes.c_int
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        return bool(xlib.XInternAtom(connection, b"PULSE_SERVER", 1))  # only if it exists
    finally:
        xlib.XCloseDisplay(connection)


def _load() -> Any:
    try:
        lib = load_library("pulse", "libpulse.so.0")
    except OSError as exc:
        raise HoldSourceError(f"libpulse is not installed ({exc})") from exc
    ptr, i, u32 = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32
    signatures: dict[str, tuple[list[Any], Any]] = {
        "pa_threaded_mainloop_new": ([], ptr),
        "pa_threaded_mainloop_get_api": ([ptr], ptr),
        "pa_threaded_mainloop_start": ([ptr], i),
        "pa_threaded_mainloop_stop": ([ptr], None),
        "pa_threaded_mainloop_free": ([ptr], None),
        "pa_threaded_mainloop_lock": ([ptr], None),
        "pa_threaded_mainloop_unlock": ([ptr], None),
        "pa_threaded_mainloop_wait": ([ptr], None),
        "pa_threaded_mainloop_signal": ([ptr, i], None),
        "pa_context_new": ([ptr, ctypes.c_char_p], ptr),
        "pa_context_set_state_callback": ([ptr, _STATE_CB, ptr], None),
        "pa_context_set_subscribe_callback": ([ptr, _SUBSCRIBE_CB, ptr], None),
        "pa_context_connect": ([ptr, ctypes.c_char_p, i, ptr], i),
        "pa_context_disconnect": ([ptr], None),
        "pa_context_unref": ([ptr], None),
        "pa_context_get_state": ([ptr], i),
        "pa_context_errno": ([ptr], i),
        "pa_strerror": ([i], ctypes.c_char_p),
        "pa_context_subscribe": ([ptr, u32, ptr, ptr], ptr),
        "pa_context_get_source_output_info_list": ([ptr, _SOURCE_OUTPUT_CB, ptr], ptr),
        "pa_context_get_source_info_list": ([ptr, _SOURCE_CB, ptr], ptr),
        "pa_operation_unref": ([ptr], None),
        "pa_proplist_gets": ([ptr, ctypes.c_char_p], ctypes.c_char_p),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = restype
    return lib


class PulseCaptureDetector(HoldDetector):
    reason = HoldReason.CALL
    name = "pulseaudio-capture"
    pushes = True

    def __init__(
        self,
        own_pid: int | None = None,
        parent: QObject | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._own_pid = os.getpid() if own_pid is None else own_pid
        if not server_may_answer(os.environ if environ is None else environ):
            raise HoldSourceError(
                "no PulseAudio or PipeWire server: none is named and no socket is there"
            )
        self._pa = _load()
        # The callbacks must live as long as the context that calls them.
        self._on_state_cb = _STATE_CB(self._on_state)
        self._on_event_cb = _SUBSCRIBE_CB(self._on_event)
        self._on_source_cb = _SOURCE_CB(self._on_source)
        self._on_output_cb = _SOURCE_OUTPUT_CB(self._on_output)
        self._loop = self._pa.pa_threaded_mainloop_new()
        if not self._loop:
            raise HoldSourceError("pa_threaded_mainloop_new failed")
        self._context: int | None = None
        self._monitors: set[int] = set()
        self._streams: list[CaptureStream] = []
        self._calls: tuple[CaptureStream, ...] = ()
        self._ready = False  # the first full reading arrived
        self._reading = False  # a reading of the lists is under way
        self._stale = False  # something changed while it was
        self._error = ""
        if self._pa.pa_threaded_mainloop_start(self._loop) < 0:
            self._pa.pa_threaded_mainloop_free(self._loop)
            self._loop = None
            raise HoldSourceError("the PulseAudio client thread did not start")
        self._connect()
        if not self._ready:
            error = self._error
            self.close()
            raise HoldSourceError(f"no PulseAudio or PipeWire server: {error}")

    # -- the question --------------------------------------------------------------------
    def active(self) -> bool:
        if self._loop is None:
            raise HoldSourceError("the PulseAudio capture detector is closed")
        if self._error:
            self._connect()  # the server went away (restart, log-out): try once more
            if self._error:
                raise HoldSourceError(f"PulseAudio connection lost: {self._error}")
        return bool(self._calls)

    @property
    def calls(self) -> tuple[CaptureStream, ...]:
        """The capture streams that count as a call now."""
        return self._calls

    # -- connection (Qt thread) ----------------------------------------------------------
    def _connect(self) -> None:
        pa = self._pa
        pa.pa_threaded_mainloop_lock(self._loop)
        try:
            self._drop_context()
            self._error, self._ready, self._reading = "", False, False
            api = pa.pa_threaded_mainloop_get_api(self._loop)
            self._context = pa.pa_context_new(api, b"Sitbreak")
            if not self._context:
                self._error = "pa_context_new failed"
                return
            pa.pa_context_set_state_callback(self._context, self._on_state_cb, None)
            pa.pa_context_set_subscribe_callback(self._context, self._on_event_cb, None)
            if pa.pa_context_connect(self._context, None, CONTEXT_NOAUTOSPAWN, None) < 0:
                self._error = self._last_error()
                return
            # Woken by the state callback and by the end of the first reading.
            while not self._ready and not self._error:
                pa.pa_threaded_mainloop_wait(self._loop)
        finally:
            pa.pa_threaded_mainloop_unlock(self._loop)

    def _drop_context(self) -> None:
        if self._context:
            # Silence the callbacks first: disconnecting reports a state change at once.
            self._pa.pa_context_set_state_callback(self._context, _STATE_CB(), None)
            self._pa.pa_context_set_subscribe_callback(self._context, _SUBSCRIBE_CB(), None)
            self._pa.pa_context_disconnect(self._context)
            self._pa.pa_context_unref(self._context)
        self._context = None

    def _last_error(self) -> str:
        if not self._context:
            return "no context"
        message = self._pa.pa_strerror(self._pa.pa_context_errno(self._context))
        return message.decode(errors="replace") if message else "unknown error"

    def close(self) -> None:
        loop = getattr(self, "_loop", None)
        if loop is None:
            return
        self._pa.pa_threaded_mainloop_lock(loop)
        self._drop_context()
        self._pa.pa_threaded_mainloop_unlock(loop)
        self._pa.pa_threaded_mainloop_stop(loop)
        self._pa.pa_threaded_mainloop_free(loop)
        self._loop = None

    # -- callbacks (the PulseAudio thread, its loop locked) ------------------------------
    def _on_state(self, context: int, _userdata: int) -> None:
        state = self._pa.pa_context_get_state(context)
        if state == CONTEXT_READY:
            mask = SUBSCRIPTION_MASK_SOURCE | SUBSCRIPTION_MASK_SOURCE_OUTPUT
            self._release(self._pa.pa_context_subscribe(context, mask, None, None))
            self._refresh()
        elif state in (CONTEXT_FAILED, CONTEXT_TERMINATED):
            self._error = self._last_error() if state == CONTEXT_FAILED else "disconnected"
            if self._calls:
                self._calls = ()
                self.changed.emit()  # queued to the Qt thread
            self._pa.pa_threaded_mainloop_signal(self._loop, 0)

    def _on_event(self, _context: int, _event: int, _index: int, _userdata: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Read the sources (which are monitors), then the source outputs; a change that
        arrives while a reading runs starts one more reading after it."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        self._monitors = set()
        self._release(
            self._pa.pa_context_get_source_info_list(self._context, self._on_source_cb, None)
        )

    def _on_source(self, _context: int, info: Any, eol: int, _userdata: int) -> None:
        if eol:
            self._streams = []
            self._release(
                self._pa.pa_context_get_source_output_info_list(
                    self._context, self._on_output_cb, None
                )
            )
            return
        source = info.contents
        device_class = self._prop(source.proplist, b"device.class")
        if source.monitor_of_sink != INVALID_INDEX or device_class == "monitor":
            self._monitors.add(int(source.index))

    def _on_output(self, _context: int, info: Any, eol: int, _userdata: int) -> None:
        if eol:
            self._finish()
            return
        out = info.contents
        pid = self._prop(out.proplist, b"application.process.id")
        self._streams.append(
            CaptureStream(
                name=(out.name or b"").decode(errors="replace"),
                application=self._prop(out.proplist, b"application.name"),
                process_id=int(pid) if pid.isdigit() else None,
                client=int(out.client),
                resample_method=(out.resample_method or b"").decode(errors="replace"),
                role=self._prop(out.proplist, b"media.role"),
                corked=bool(out.corked),
                source_is_monitor=int(out.source) in self._monitors,
            )
        )

    def _finish(self) -> None:
        self._reading = False
        if self._stale:
            self._refresh()
            return
        calls = tuple(s for s in self._streams if is_call(s, self._own_pid))
        changed = bool(calls) != bool(self._calls)
        self._calls = calls
        if changed:
            log.info("capture streams that count as a call: %s",
                     ", ".join(s.application or s.name for s in calls) or "none")  # fmt: skip
        if not self._ready:
            self._ready = True
            self._pa.pa_threaded_mainloop_signal(self._loop, 0)
        elif changed:
            self.changed.emit()  # queued to the Qt thread

    def _prop(self, proplist: int | None, key: bytes) -> str:
        if not proplist:
            return ""
        value = self._pa.pa_proplist_gets(proplist, key)
        return value.decode(errors="replace") if value else ""

    def _release(self, operation: int | None) -> None:
        if operation:
            self._pa.pa_operation_unref(operation)
