"""macOS full screen: the front window (the first normal-layer window in CGWindowList's
front-to-back order) covers a whole display, as full-screen apps and presentations do.

CoreGraphics through ctypes; nothing is pushed, it is read when asked. Listing windows
with their bounds needs no permission (names would need Screen Recording).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
ON_SCREEN_ONLY = 1 << 0
EXCLUDE_DESKTOP_ELEMENTS = 1 << 4
NULL_WINDOW = 0
NUMBER_SINT64 = 4
NORMAL_LAYER = 0
MAX_DISPLAYS = 16


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class WindowInfo:
    layer: int
    owner_pid: int
    bounds: Rect


def front_window_is_fullscreen(windows: list[WindowInfo], displays: list[Rect]) -> bool:
    """Does the front normal window cover one display exactly (within a point)?"""
    front = next((w for w in windows if w.layer == NORMAL_LAYER), None)
    if front is None:
        return False
    b = front.bounds
    return any(
        abs(b.x - d.x) < 1 and abs(b.y - d.y) < 1
        and abs(b.width - d.width) < 1 and abs(b.height - d.height) < 1
        for d in displays
    )  # fmt: skip


class WindowServer(Protocol):
    def windows(self) -> list[WindowInfo]: ...
    def displays(self) -> list[Rect]: ...


class _CGPoint(ctypes.Structure):
    _fields_ = (("x", ctypes.c_double), ("y", ctypes.c_double))


class _CGSize(ctypes.Structure):
    _fields_ = (("width", ctypes.c_double), ("height", ctypes.c_double))


class _CGRect(ctypes.Structure):
    _fields_ = (("origin", _CGPoint), ("size", _CGSize))


def _rect(r: _CGRect) -> Rect:
    return Rect(r.origin.x, r.origin.y, r.size.width, r.size.height)


class CoreGraphicsWindowServer:
    def __init__(self) -> None:
        try:
            self._cg: Any = ctypes.CDLL(CORE_GRAPHICS)
            self._cf: Any = ctypes.CDLL(CORE_FOUNDATION)
        except OSError as exc:
            raise HoldSourceError(f"CoreGraphics is not available ({exc})") from exc
        cg, cf, ptr = self._cg, self._cf, ctypes.c_void_p
        cg.CGWindowListCopyWindowInfo.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
        cg.CGWindowListCopyWindowInfo.restype = ptr
        cg.CGGetActiveDisplayList.argtypes = [
            ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_uint32)
        ]  # fmt: skip
        cg.CGDisplayBounds.argtypes = [ctypes.c_uint32]
        cg.CGDisplayBounds.restype = _CGRect
        cg.CGRectMakeWithDictionaryRepresentation.argtypes = [ptr, ctypes.POINTER(_CGRect)]
        cg.CGRectMakeWithDictionaryRepresentation.restype = ctypes.c_bool
        cf.CFArrayGetCount.argtypes = [ptr]
        cf.CFArrayGetCount.restype = ctypes.c_long
        cf.CFArrayGetValueAtIndex.argtypes = [ptr, ctypes.c_long]
        cf.CFArrayGetValueAtIndex.restype = ptr
        cf.CFDictionaryGetValue.argtypes = [ptr, ptr]
        cf.CFDictionaryGetValue.restype = ptr
        cf.CFNumberGetValue.argtypes = [ptr, ctypes.c_int, ptr]
        cf.CFNumberGetValue.restype = ctypes.c_bool
        cf.CFRelease.argtypes = [ptr]
        self._keys = {
            name: ctypes.c_void_p.in_dll(cg, name).value
            for name in ("kCGWindowLayer", "kCGWindowOwnerPID", "kCGWindowBounds")
        }

    def windows(self) -> list[WindowInfo]:
        cg, cf = self._cg, self._cf
        listing = cg.CGWindowListCopyWindowInfo(
            ON_SCREEN_ONLY | EXCLUDE_DESKTOP_ELEMENTS, NULL_WINDOW
        )
        if not listing:
            raise HoldSourceError("CGWindowListCopyWindowInfo returned nothing")
        try:
            found = []
            for i in range(cf.CFArrayGetCount(listing)):
                entry = cf.CFArrayGetValueAtIndex(listing, i)
                rect = _CGRect()
                bounds = cf.CFDictionaryGetValue(entry, self._keys["kCGWindowBounds"])
                if not bounds or not cg.CGRectMakeWithDictionaryRepresentation(
                    bounds, ctypes.byref(rect)
                ):
                    continue
                found.append(
                    WindowInfo(
                        self._number(entry, "kCGWindowLayer"),
                        self._number(entry, "kCGWindowOwnerPID"),
                        _rect(rect),
                    )
                )
            return found
        finally:
            cf.CFRelease(listing)

    def _number(self, entry: int, key: str) -> int:
        value = ctypes.c_int64()
        number = self._cf.CFDictionaryGetValue(entry, self._keys[key])
        if number and self._cf.CFNumberGetValue(number, NUMBER_SINT64, ctypes.byref(value)):
            return int(value.value)
        return -1

    def displays(self) -> list[Rect]:
        ids = (ctypes.c_uint32 * MAX_DISPLAYS)()
        count = ctypes.c_uint32()
        if self._cg.CGGetActiveDisplayList(MAX_DISPLAYS, ids, ctypes.byref(count)) != 0:
            raise HoldSourceError("CGGetActiveDisplayList failed")
        return [_rect(self._cg.CGDisplayBounds(ids[i])) for i in range(count.value)]


class MacFullscreenDetector(HoldDetector):
    reason = HoldReason.FULLSCREEN
    name = "macos-window-list"

    def __init__(self, server: WindowServer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = server if server is not None else CoreGraphicsWindowServer()

    def active(self) -> bool:
        return front_window_is_fullscreen(self._server.windows(), self._server.displays())
