"""Idle time on X11 from the XScreenSaver extension (libX11 + libXss, through ctypes).

The display is opened once and reused for every sample. Only for X11 sessions: under
XWayland the extension sees input to X clients only, so Wayland sessions use D-Bus.
Xlib exits the process when the X connection breaks; the app's own Qt xcb connection
would die with it anyway, so no global Xlib error handler is installed here.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Mapping

from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.libraries import load_library

log = logging.getLogger(__name__)


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    )


def _load(short: str, soname: str) -> ctypes.CDLL:
    try:
        return load_library(short, soname)
    except OSError as exc:
        raise IdleSourceError(f"{soname} is not installed ({exc})") from exc


class X11IdleSource:
    name = "x11-screensaver"

    def __init__(self, environ: Mapping[str, str]) -> None:
        display_name = environ.get("DISPLAY", "")
        if not display_name:
            raise IdleSourceError("no X display (DISPLAY is not set)")
        self._xlib = _load("X11", "libX11.so.6")
        self._xss = _load("Xss", "libXss.so.1")
        self._declare()
        self._display = self._xlib.XOpenDisplay(display_name.encode())
        if not self._display:
            raise IdleSourceError(f"cannot open X display {display_name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.close()
            raise IdleSourceError(
                f"the X server on {display_name} lacks the MIT-SCREEN-SAVER extension"
            )
        self._root = self._xlib.XDefaultRootWindow(self._display)
        self._info = self._xss.XScreenSaverAllocInfo()
        if not self._info:
            self.close()
            raise IdleSourceError("XScreenSaverAllocInfo failed (out of memory)")

    def _declare(self) -> None:
        xlib, xss = self._xlib, self._xss
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverAllocInfo.argtypes = []
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int

    def idle_seconds(self) -> float:
        if not self._display:
            raise IdleSourceError("the X11 idle source is closed")
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise IdleSourceError("XScreenSaverQueryInfo failed")
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        info = getattr(self, "_info", None)
        if info:
            self._xlib.XFree(info)
        self._info = None
        display = getattr(self, "_display", None)
        if display:
            self._xlib.XCloseDisplay(display)
        self._display = None
