"""macOS calls: the default input device is running somewhere (CoreAudio's
`kAudioDevicePropertyDeviceIsRunningSomewhere`), which is what lights the orange dot.

A property listener pushes each change; CoreAudio calls it on its own thread and the
signal reaches the Qt thread queued.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

log = logging.getLogger(__name__)

CORE_AUDIO = "/System/Library/Frameworks/CoreAudio.framework/CoreAudio"


def fourcc(code: bytes) -> int:
    return int.from_bytes(code, "big")


SYSTEM_OBJECT = 1
DEFAULT_INPUT_DEVICE = fourcc(b"dIn ")
SCOPE_GLOBAL = fourcc(b"glob")
ELEMENT_MAIN = 0
RUNNING_SOMEWHERE = fourcc(b"gone")


class _Address(ctypes.Structure):
    _fields_ = (
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    )


_LISTENER = ctypes.CFUNCTYPE(
    ctypes.c_int32, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(_Address), ctypes.c_void_p
)


class Microphone(Protocol):
    def running_somewhere(self) -> bool: ...


class CoreAudioMicrophone:
    def __init__(self, on_change: Any = None) -> None:
        try:
            self._lib: Any = ctypes.CDLL(CORE_AUDIO)
        except OSError as exc:
            raise HoldSourceError(f"CoreAudio is not available ({exc})") from exc
        lib = self._lib
        lib.AudioObjectGetPropertyData.argtypes = [
            ctypes.c_uint32, ctypes.POINTER(_Address), ctypes.c_uint32, ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32), ctypes.c_void_p,
        ]  # fmt: skip
        lib.AudioObjectGetPropertyData.restype = ctypes.c_int32
        lib.AudioObjectAddPropertyListener.argtypes = [
            ctypes.c_uint32, ctypes.POINTER(_Address), _LISTENER, ctypes.c_void_p
        ]  # fmt: skip
        lib.AudioObjectAddPropertyListener.restype = ctypes.c_int32
        self._on_change = on_change
        self._listener = _LISTENER(self._changed)  # kept alive with this object
        self._device = 0
        self._listen(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)

    def running_somewhere(self) -> bool:
        device = self._uint32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        if device == 0:
            return False  # no microphone at all
        if device != self._device:
            self._device = device
            self._listen(device, RUNNING_SOMEWHERE)
        return self._uint32(device, RUNNING_SOMEWHERE) != 0

    def _uint32(self, obj: int, selector: int) -> int:
        address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        value, size = ctypes.c_uint32(), ctypes.c_uint32(ctypes.sizeof(ctypes.c_uint32))
        status = self._lib.AudioObjectGetPropertyData(
            obj, ctypes.byref(address), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        if status != 0:
            raise HoldSourceError(f"CoreAudio property read failed (status {status})")
        return int(value.value)

    def _listen(self, obj: int, selector: int) -> None:
        address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        status = self._lib.AudioObjectAddPropertyListener(
            obj, ctypes.byref(address), self._listener, None
        )
        if status != 0:
            log.info("CoreAudio listener not added (status %d): read when asked", status)

    def _changed(self, _obj: int, _count: int, _addresses: Any, _data: Any) -> int:
        if self._on_change is not None:
            self._on_change()
        return 0


class MacMicrophoneDetector(HoldDetector):
    reason = HoldReason.CALL
    name = "macos-coreaudio"

    def __init__(self, microphone: Microphone | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if microphone is None:
            microphone = CoreAudioMicrophone(on_change=self.changed.emit)
            self.pushes = True
        self._microphone = microphone

    def active(self) -> bool:
        return self._microphone.running_somewhere()
