"""D-Bus values whose exact type matters, which PySide6 cannot express by itself.

PySide6 turns a Python int into an int32 (or, with `QDBusArgument <<`, a uint16), but
servers check types: GNOME Shell and KDE reject `Notify` unless replaces_id is a uint32,
Mutter rejects an idle watch unless its interval is a uint64,
and dunst and mako read the urgency hint only as a byte. Qt's own
`QDBusArgument::operator<<(uint)` and `(uchar)` do it right; PySide6 hides them, so
they are called through ctypes on the QDBusArgument's C++ object. Both are exported,
stable Qt 6 API. Linux only, where D-Bus is.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaType
from PySide6.QtDBus import QDBusArgument

_QT_DBUS = "libQt6DBus.so.6"  # already loaded by PySide6.QtDBus: dlopen finds it by soname
_PUT_UINT32 = "_ZN13QDBusArgumentlsEj"  # QDBusArgument::operator<<(unsigned int)
_PUT_BYTE = "_ZN13QDBusArgumentlsEh"  # QDBusArgument::operator<<(unsigned char)
_PUT_UINT64 = "_ZN13QDBusArgumentlsEy"  # QDBusArgument::operator<<(unsigned long long)


class DBusTypeError(OSError):
    """Qt's D-Bus library does not offer what is needed to send exact types."""


class _Writers:
    """The two C++ operators, looked up once per use (cheap: dlopen of a loaded library)."""

    def __init__(self) -> None:
        try:
            library = ctypes.CDLL(_QT_DBUS)
            self.uint32 = getattr(library, _PUT_UINT32)
            self.byte = getattr(library, _PUT_BYTE)
            self.uint64 = getattr(library, _PUT_UINT64)
        except (OSError, AttributeError) as exc:
            raise DBusTypeError(f"cannot write typed D-Bus values with {_QT_DBUS}: {exc}") from exc
        for function, value_type in (
            (self.uint32, ctypes.c_uint32),
            (self.byte, ctypes.c_uint8),
            (self.uint64, ctypes.c_uint64),
        ):
            function.argtypes = [ctypes.c_void_p, value_type]
            function.restype = ctypes.c_void_p


def _address(argument: QDBusArgument) -> int:
    return int(shiboken6.getCppPointer(argument)[0])


def _typed(writer: str, bits: int, value: int) -> QDBusArgument:
    if not 0 <= value < 2**bits:
        raise ValueError(f"{value} does not fit in {bits} unsigned bits")
    argument = QDBusArgument()
    getattr(_Writers(), writer)(_address(argument), value)
    return argument


def uint32(value: int) -> QDBusArgument:
    """A D-Bus `u`, usable as a message argument or as a value in an a{sv} dict."""
    return _typed("uint32", 32, value)


def uint64(value: int) -> QDBusArgument:
    """A D-Bus `t` (Mutter's idle watch interval)."""
    return _typed("uint64", 64, value)


def byte(value: int) -> QDBusArgument:
    """A D-Bus `y` (the notification urgency hint)."""
    return _typed("byte", 8, value)


def dict_array(items: Iterable[Mapping[str, Any]]) -> QDBusArgument:
    """An `aa{sv}` (the portal's notification buttons); values must be str, bool or float."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType.Type.QVariantMap.value)
    for item in items:
        argument.appendVariant(dict(item))
    argument.endArray()
    return argument
