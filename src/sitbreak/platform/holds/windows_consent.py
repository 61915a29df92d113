"""Windows calls: the privacy consent store says which app uses the microphone or camera.

Under HKCU\\...\\CapabilityAccessManager\\ConsentStore\\{microphone,webcam} every app that
used the device has a key (packaged apps by name, others under NonPackaged by path with
`#` for `\\`); `LastUsedTimeStop` is 0 while it is in use. Read when asked.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any, Protocol

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
DEVICES = ("microphone", "webcam")


class Registry(Protocol):
    """The few reads of HKEY_CURRENT_USER this needs (faked in tests)."""

    def subkeys(self, path: str) -> list[str]:
        """Names of the subkeys; [] when the key does not exist."""
        ...

    def qword(self, path: str, name: str) -> int | None:
        """A QWORD value, or None when it is missing."""
        ...


class WinregRegistry:
    def __init__(self) -> None:
        try:
            import winreg
        except ImportError as exc:
            raise HoldSourceError(f"the registry is not available on {sys.platform}") from exc
        self._winreg: Any = winreg

    def subkeys(self, path: str) -> list[str]:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                count = winreg.QueryInfoKey(key)[0]
                return [winreg.EnumKey(key, i) for i in range(count)]
        except OSError:
            return []

    def qword(self, path: str, name: str) -> int | None:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return int(value) if isinstance(value, int) else None


def apps_in_use(registry: Registry, own_executable: str = "") -> list[str]:
    """'microphone: C:\\...\\Teams.exe' for each app using a device now (not us)."""
    own = own_executable.replace("\\", "#").lower()
    found = []
    for device in DEVICES:
        for path, app in _apps(registry, f"{STORE}\\{device}"):
            if own and app.lower() == own:
                continue
            stop = registry.qword(path, "LastUsedTimeStop")
            start = registry.qword(path, "LastUsedTimeStart")
            if stop == 0 and start:
                found.append(f"{device}: {app.replace('#', chr(92))}")
    return found


def _apps(registry: Registry, base: str) -> Iterator[tuple[str, str]]:
    for name in registry.subkeys(base):
        if name == "NonPackaged":
            for app in registry.subkeys(f"{base}\\NonPackaged"):
                yield f"{base}\\NonPackaged\\{app}", app
        else:
            yield f"{base}\\{name}", name


class WindowsConsentDetector(HoldDetector):
    reason = HoldReason.CALL
    name = "windows-consent-store"

    def __init__(self, registry: Registry | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry if registry is not None else WinregRegistry()

    def active(self) -> bool:
        return bool(apps_in_use(self._registry, sys.executable))
