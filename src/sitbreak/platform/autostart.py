"""Start Sitbreak at login: an XDG autostart entry, a Windows Run key, a macOS LaunchAgent,
or inside a Flatpak sandbox the Background portal (platform/portal_autostart.py).

`autostart_for` picks the switch for this platform; each writes atomically and `describe`s
where the setting lives. The command to start is the caller's: `default_launch_command`
gives the running installation's own (the frozen executable, or this interpreter with
`-m sitbreak`; on Windows their windowless twins sitbreak-tray.exe and pythonw.exe, so no
console opens), and a packager may pass another.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from sitbreak.storage.atomic import write_bytes_atomic, write_text_atomic

log = logging.getLogger(__name__)

APP_ID = "io.github.sitbreak.Sitbreak"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Sitbreak"


class Autostart(Protocol):
    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...

    def describe(self) -> str:
        """Where the setting lives, for the settings dialog and logs."""
        ...


def _desktop_exec_arg(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (spec: 'The Exec key')."""
    arg = arg.replace("%", "%%")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not arg or any(ch in reserved for ch in arg):
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{escaped}"'
    # The Exec value is itself a string value, whose backslashes are escaped again.
    return arg.replace("\\", "\\\\")


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(_desktop_exec_arg(arg) for arg in command)


class XdgAutostart:
    """~/.config/autostart/sitbreak.desktop (XDG_CONFIG_HOME honoured)."""

    def __init__(
        self, command: Sequence[str], environ: Mapping[str, str], home: Path | None = None
    ) -> None:
        self._command = list(command)
        config = environ.get("XDG_CONFIG_HOME") or ""
        # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        base = Path(config) if os.path.isabs(config) else (home or Path.home()) / ".config"
        self.path = base / "autostart" / "sitbreak.desktop"

    def describe(self) -> str:
        return str(self.path)

    def enable(self) -> None:
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=Sitbreak",
                "Comment=Counts your sitting time and prompts breaks",
                f"Exec={desktop_exec(self._command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        write_text_atomic(self.path, entry)
        log.info("autostart enabled: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        log.info("autostart disabled: removed %s", self.path)

    def is_enabled(self) -> bool:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return False
        switched_off = {"hidden=true", "x-gnome-autostart-enabled=false"}
        return not any(line.strip().replace(" ", "").lower() in switched_off for line in lines)


class WindowsAutostart:
    """HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run, value 'Sitbreak'."""

    def __init__(self, command: Sequence[str], registry: Any = None) -> None:
        self._command = list(command)
        if registry is None:
            import winreg as registry  # type: ignore[no-redef,unused-ignore]
        self._reg = registry

    def describe(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"

    def enable(self) -> None:
        with self._reg.CreateKeyEx(
            self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_SET_VALUE
        ) as key:
            self._reg.SetValueEx(
                key, RUN_VALUE, 0, self._reg.REG_SZ, subprocess.list2cmdline(self._command)
            )

    def disable(self) -> None:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_SET_VALUE
            ) as key:
                self._reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return  # already off

    def is_enabled(self) -> bool:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_QUERY_VALUE
            ) as key:
                self._reg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return False
        return True


class MacAutostart:
    """~/Library/LaunchAgents/<app id>.plist, loaded by launchd at the next login."""

    def __init__(self, command: Sequence[str], home: Path | None = None) -> None:
        self._command = list(command)
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def describe(self) -> str:
        return str(self.path)

    def enable(self) -> None:
        import plistlib  # macOS only: kept out of the other platforms' start (0.4 MB)

        agent = {
            "Label": APP_ID,
            "ProgramArguments": self._command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        write_bytes_atomic(self.path, plistlib.dumps(agent))
        log.info("autostart enabled: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        log.info("autostart disabled: removed %s", self.path)

    def is_enabled(self) -> bool:
        return self.path.is_file()


def default_launch_command(
    executable: str = sys.executable,
    frozen: bool = bool(getattr(sys, "frozen", False)),
    platform: str = sys.platform,
) -> list[str]:
    """How to start this same installation at login, if the caller has nothing better.

    A frozen build is its own executable (on Windows its windowless twin
    sitbreak-tray.exe). Otherwise the running interpreter with `-m sitbreak`; on Windows
    its console-less twin pythonw.exe. Either way no console window opens at login.
    """
    if frozen:
        windowless = Path(executable).with_name("sitbreak-tray.exe")
        if platform == "win32" and windowless.is_file():
            return [str(windowless)]
        return [executable]
    if platform == "win32":
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.is_file():
            executable = str(windowless)
    return [executable, "-m", "sitbreak"]


def autostart_for(
    command: Sequence[str],
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    on_refused: Callable[[str], None] | None = None,
) -> Autostart:
    """The switch for this platform. Inside a Flatpak sandbox the Background portal: it
    starts the app with its desktop entry's command, and tells refusals to `on_refused`."""
    env = os.environ if environ is None else environ
    if platform == "win32":
        return WindowsAutostart(command)
    if platform == "darwin":
        return MacAutostart(command, home)
    from sitbreak.platform.portal_autostart import in_flatpak

    if in_flatpak(env):
        from PySide6.QtDBus import QDBusConnection

        from sitbreak.platform.portal_autostart import PortalAutostart

        state = env.get("XDG_STATE_HOME") or ""
        base = Path(state) if os.path.isabs(state) else (home or Path.home()) / ".local" / "state"
        state_file = base / "sitbreak" / "autostart-portal.json"
        return PortalAutostart(QDBusConnection.sessionBus(), state_file, on_refused)
    return XdgAutostart(command, env, home)
