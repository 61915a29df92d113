"""macOS: idle time from CoreGraphics; screen lock pushed by the distributed
notification center (read once from the session dictionary at start, and polled only
where the notification center cannot be reached).

Imports on any platform; the frameworks are loaded only when a backend is built.
Sleep needs no listener: the core notices it as wall time the monotonic clock did not see.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from sitbreak.platform.base import IdleSourceError, SessionEvents

log = logging.getLogger(__name__)

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE = 0
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF  # ~0 as a CGEventType
K_CF_STRING_ENCODING_UTF8 = 0x08000100
LOCKED_KEY = b"CGSSessionScreenIsLocked"
SCREEN_LOCKED = b"com.apple.screenIsLocked"
SCREEN_UNLOCKED = b"com.apple.screenIsUnlocked"
K_CF_NOTIFICATION_DELIVER_IMMEDIATELY = 4
# void (*)(CFNotificationCenterRef, void *observer, CFStringRef name, const void *object,
# CFDictionaryRef userInfo)
NotificationCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)


def _framework(path: str) -> Any:
    try:
        return ctypes.CDLL(path)
    except OSError as exc:
        raise IdleSourceError(f"{path.rsplit('/', 1)[-1]} is not available ({exc})") from exc


def load_core_graphics() -> Any:
    lib = _framework(CORE_GRAPHICS)
    lib.CGEventSourceSecondsSinceLastEventType.argtypes = [ctypes.c_int32, ctypes.c_uint32]
    lib.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
    lib.CGSessionCopyCurrentDictionary.argtypes = []
    lib.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    return lib


def load_core_foundation() -> Any:
    lib = _framework(CORE_FOUNDATION)
    lib.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    lib.CFStringCreateWithCString.restype = ctypes.c_void_p
    lib.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.CFDictionaryGetValue.restype = ctypes.c_void_p
    lib.CFGetTypeID.argtypes = [ctypes.c_void_p]
    lib.CFGetTypeID.restype = ctypes.c_ulong
    lib.CFBooleanGetTypeID.argtypes = []
    lib.CFBooleanGetTypeID.restype = ctypes.c_ulong
    lib.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    lib.CFBooleanGetValue.restype = ctypes.c_ubyte
    lib.CFRelease.argtypes = [ctypes.c_void_p]
    lib.CFNotificationCenterGetDistributedCenter.argtypes = []
    lib.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
    lib.CFNotificationCenterAddObserver.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        NotificationCallback,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_long,
    ]
    lib.CFNotificationCenterAddObserver.restype = None
    lib.CFNotificationCenterRemoveEveryObserver.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.CFNotificationCenterRemoveEveryObserver.restype = None
    return lib


class MacIdleSource:
    name = "macos"

    def __init__(self, core_graphics: Any = None) -> None:
        self._cg = core_graphics if core_graphics is not None else load_core_graphics()

    def idle_seconds(self) -> float:
        seconds = float(
            self._cg.CGEventSourceSecondsSinceLastEventType(
                K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE, K_CG_ANY_INPUT_EVENT_TYPE
            )
        )
        if seconds < 0:
            raise IdleSourceError(f"CoreGraphics gave a negative idle time ({seconds})")
        return seconds

    def close(self) -> None:
        """Nothing to release."""


class MacLockProbe:
    """Is the screen locked? Reads CGSSessionScreenIsLocked from the session dictionary."""

    def __init__(self, core_graphics: Any = None, core_foundation: Any = None) -> None:
        self._cg = core_graphics if core_graphics is not None else load_core_graphics()
        self._cf = core_foundation if core_foundation is not None else load_core_foundation()
        self._key = self._cf.CFStringCreateWithCString(None, LOCKED_KEY, K_CF_STRING_ENCODING_UTF8)
        self._boolean_type = self._cf.CFBooleanGetTypeID()

    def __call__(self) -> bool:
        session = self._cg.CGSessionCopyCurrentDictionary()
        if not session:  # no window-server session (ssh, login window): nothing is ours
            return False
        try:
            value = self._cf.CFDictionaryGetValue(session, self._key)
            if not value or self._cf.CFGetTypeID(value) != self._boolean_type:
                return False  # the key is absent while unlocked
            return bool(self._cf.CFBooleanGetValue(value))
        finally:
            self._cf.CFRelease(session)

    def close(self) -> None:
        if self._key:
            self._cf.CFRelease(self._key)
            self._key = None


class MacLockNotifications:
    """Calls `on_change(locked)` when the screen locks or unlocks: the window server posts
    com.apple.screenIsLocked/Unlocked on the distributed notification center, delivered on
    the main thread's run loop, which Qt's event loop runs."""

    def __init__(self, on_change: Callable[[bool], None], core_foundation: Any = None) -> None:
        self._cf = core_foundation if core_foundation is not None else load_core_foundation()
        self._center = self._cf.CFNotificationCenterGetDistributedCenter()
        if not self._center:
            raise OSError("no distributed notification center")
        self._observer = ctypes.c_int(0)  # a unique address that names this observer
        # Kept referenced: the center holds only the raw function pointers.
        self._callbacks = [
            NotificationCallback(lambda *_: on_change(True)),
            NotificationCallback(lambda *_: on_change(False)),
        ]
        self._names = [
            self._cf.CFStringCreateWithCString(None, name, K_CF_STRING_ENCODING_UTF8)
            for name in (SCREEN_LOCKED, SCREEN_UNLOCKED)
        ]
        for name, callback in zip(self._names, self._callbacks, strict=True):
            self._cf.CFNotificationCenterAddObserver(
                self._center,
                ctypes.addressof(self._observer),
                callback,
                name,
                None,
                K_CF_NOTIFICATION_DELIVER_IMMEDIATELY,  # also while the app is in the background
            )

    def close(self) -> None:
        if self._names:
            self._cf.CFNotificationCenterRemoveEveryObserver(
                self._center, ctypes.addressof(self._observer)
            )
            for name in self._names:
                self._cf.CFRelease(name)
            self._names = []


class MacSessionEvents(SessionEvents):
    """The lock state read once at start, then pushed by the notification center; polled
    every `poll_seconds` (one dictionary copy) only if the center cannot be reached."""

    def __init__(
        self,
        probe: Callable[[], bool] | None = None,
        poll_seconds: float = 5.0,
        parent: QObject | None = None,
        listen: Callable[[Callable[[bool], None]], Any] | None = MacLockNotifications,
    ) -> None:
        super().__init__(parent)
        self._probe = probe if probe is not None else MacLockProbe()
        self._listen = listen
        self._listener: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(round(poll_seconds * 1000))
        self._timer.timeout.connect(self.poll)

    def sources(self) -> list[str]:
        if self._listener is not None:
            return ["com.apple.screenIsLocked"]
        return ["CGSessionCopyCurrentDictionary"] if self._timer.isActive() else []

    def start(self) -> None:
        if self._listen is not None:
            try:
                self._listener = self._listen(self._pushed)
            except (OSError, AttributeError) as error:  # AttributeError: a missing symbol
                log.warning("screen lock is not pushed on this Mac (%s); polling it", error)
        self.poll()  # after subscribing: a lock in between is not missed
        if self._listener is None:
            self._timer.start()

    def _pushed(self, locked: bool) -> None:
        self.report_locked(locked, "com.apple.screenIsLocked")

    def poll(self) -> None:
        try:
            locked = self._probe()
        except OSError:
            log.exception("reading the macOS lock state failed; lock is no longer seen")
            self._timer.stop()
            return
        self.report_locked(locked, "CGSSessionScreenIsLocked")

    def close(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        close = getattr(self._probe, "close", None)
        if close is not None:
            close()
