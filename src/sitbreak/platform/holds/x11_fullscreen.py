"""Full screen on X11: the EWMH `_NET_WM_STATE_FULLSCREEN` of `_NET_ACTIVE_WINDOW`.

An Xlib connection of our own (through ctypes, like the idle source) listens for
PropertyNotify on the root window (the active window changed); Qt's QSocketNotifier on the
connection's fd wakes us, so nothing is polled. The active window's own properties are
listened to only while it is known to be full screen (to push the release at once): X sends
every property change of a window to whoever listens, and editors and browsers rewrite
theirs (_NET_WM_USER_TIME, the title) on every key press. A window that goes full screen
while it has the focus is seen when the desk asks (a prompt is due, `status`).

A window that vanishes between two requests raises an asynchronous BadWindow: an Xlib
error handler that logs instead of exiting the process is installed.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError
from sitbreak.platform.libraries import load_library

log = logging.getLogger(__name__)

PROPERTY_CHANGE_MASK = 1 << 22
NO_EVENT_MASK = 0
PROPERTY_NOTIFY = 28
ANY_PROPERTY_TYPE = 0
SUCCESS = 0


class _XPropertyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("atom", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("state", ctypes.c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("xproperty", _XPropertyEvent), ("pad", ctypes.c_long * 24))


class _XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def _log_x_error(_display: int, error: Any) -> int:
    # Usually BadWindow: the active window closed between two requests. Xlib's default
    # handler would exit the process.
    log.debug("X error %d ignored (request %d)", error.contents.error_code,
              error.contents.request_code)  # fmt: skip
    return 0


# One C callback for the process, alive as long as the module: Xlib keeps its address.
_IGNORE_X_ERRORS = _ERROR_HANDLER(_log_x_error)


def _load_xlib() -> Any:
    try:
        xlib = load_library("X11", "libX11.so.6")
    except OSError as exc:
        raise HoldSourceError(f"libX11 is not installed ({exc})") from exc
    ulong, ptr = ctypes.c_ulong, ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XOpenDisplay.restype = ptr
    xlib.XCloseDisplay.argtypes = [ptr]
    xlib.XDefaultRootWindow.argtypes = [ptr]
    xlib.XDefaultRootWindow.restype = ulong
    xlib.XInternAtom.argtypes = [ptr, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = ulong
    xlib.XSelectInput.argtypes = [ptr, ulong, ctypes.c_long]
    xlib.XConnectionNumber.argtypes = [ptr]
    xlib.XPending.argtypes = [ptr]
    xlib.XNextEvent.argtypes = [ptr, ctypes.POINTER(_XEvent)]
    xlib.XFlush.argtypes = [ptr]
    xlib.XSync.argtypes = [ptr, ctypes.c_int]
    xlib.XFree.argtypes = [ptr]
    xlib.XSetErrorHandler.argtypes = [ptr]
    xlib.XSetErrorHandler.restype = ptr
    xlib.XGetWindowProperty.argtypes = [
        ptr, ulong, ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ulong,
        ctypes.POINTER(ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ulong),
        ctypes.POINTER(ulong), ctypes.POINTER(ctypes.c_void_p),
    ]  # fmt: skip
    return xlib


class X11FullscreenDetector(HoldDetector):
    reason = HoldReason.FULLSCREEN
    name = "x11-ewmh"
    pushes = True

    def __init__(self, environ: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        display_name = environ.get("DISPLAY", "")
        if not display_name:
            raise HoldSourceError("no X display (DISPLAY is not set)")
        self._xlib = _load_xlib()
        self._display = self._xlib.XOpenDisplay(display_name.encode())
        if not self._display:
            raise HoldSourceError(f"cannot open X display {display_name!r}")
        self._xlib.XSetErrorHandler(ctypes.cast(_IGNORE_X_ERRORS, ctypes.c_void_p))
        intern = self._xlib.XInternAtom
        self._active_atom = intern(self._display, b"_NET_ACTIVE_WINDOW", 0)
        self._state_atom = intern(self._display, b"_NET_WM_STATE", 0)
        self._fullscreen_atom = intern(self._display, b"_NET_WM_STATE_FULLSCREEN", 0)
        self._root = self._xlib.XDefaultRootWindow(self._display)
        self._watched = 0  # the full-screen active window whose properties we listen to
        self._last: bool | None = None
        self._xlib.XSelectInput(self._display, self._root, PROPERTY_CHANGE_MASK)
        self._read()
        self._notifier: QSocketNotifier | None = QSocketNotifier(
            self._xlib.XConnectionNumber(self._display), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_readable)
        self._xlib.XFlush(self._display)

    # -- the question ------------------------------------------------------------------
    def active(self) -> bool:
        if not self._display:
            raise HoldSourceError("the X11 full-screen detector is closed")
        full = self._read()
        self._drain()  # replies may have queued events the fd will not announce again
        return full

    def active_window(self) -> int:
        return self._active()

    # -- events ----------------------------------------------------------------------
    def _on_readable(self) -> None:
        self._drain()

    def _drain(self) -> None:
        if not self._display:
            return
        event = _XEvent()
        relevant = False
        while self._xlib.XPending(self._display):
            self._xlib.XNextEvent(self._display, ctypes.byref(event))
            if event.type != PROPERTY_NOTIFY:
                continue
            atom, window = event.xproperty.atom, event.xproperty.window
            if (window == self._root and atom == self._active_atom) or (
                window == self._watched and atom == self._state_atom
            ):
                relevant = True
        if not relevant:
            return
        last = self._last
        full = self._read()
        if full != last:
            log.debug("full screen %s (window 0x%x)", "on" if full else "off", self._watched)
            self.changed.emit()

    def _read(self) -> bool:
        """Is the active window full screen? Listen to it while it is, and only then."""
        window = self._active()
        full = bool(window) and self._fullscreen_atom in self._atoms(window, self._state_atom)
        self._last = full
        self._watch(window if full else 0)
        return full

    def _active(self) -> int:
        ids = self._atoms(self._root, self._active_atom)
        return ids[0] if ids else 0

    def _watch(self, window: int) -> None:
        """Listen to `window`'s properties (0: to no window's)."""
        if window == self._watched:
            return
        if self._watched:
            self._xlib.XSelectInput(self._display, self._watched, NO_EVENT_MASK)
        if window:
            self._xlib.XSelectInput(self._display, window, PROPERTY_CHANGE_MASK)
        self._watched = window
        self._xlib.XFlush(self._display)

    def _atoms(self, window: int, prop: int) -> list[int]:
        """A 32-bit list property (window ids or atoms); empty when absent or gone."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._xlib.XGetWindowProperty(
            self._display, window, prop, 0, 1024, 0, ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != SUCCESS or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            # Xlib hands format-32 data back as C longs, whatever their size.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            self._xlib.XFree(data)

    def close(self) -> None:
        notifier = getattr(self, "_notifier", None)
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
            self._notifier = None
        if getattr(self, "_display", None):
            self._xlib.XCloseDisplay(self._display)
            self._display = None
