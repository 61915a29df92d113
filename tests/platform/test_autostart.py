"""Login autostart: the XDG entry for real in a temporary config dir; Windows and macOS faked."""

from __future__ import annotations

import plistlib
from pathlib import Path

from sitbreak.platform.autostart import (
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    default_launch_command,
    desktop_exec,
)

COMMAND = ["/opt/py/bin/python3", "-m", "sitbreak"]


def _exec_line(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith("Exec="))[len("Exec=") :]


def test_xdg_entry_is_written_under_xdg_config_home_and_removed(tmp_path):
    config = tmp_path / "cfg"
    autostart = XdgAutostart(COMMAND, {"XDG_CONFIG_HOME": str(config)})
    assert not autostart.is_enabled()
    autostart.enable()
    entry = config / "autostart" / "sitbreak.desktop"
    assert autostart.path == entry
    assert autostart.is_enabled()
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text
    assert _exec_line(entry) == "/opt/py/bin/python3 -m sitbreak"
    assert [p.name for p in entry.parent.iterdir()] == ["sitbreak.desktop"]  # no temp left
    autostart.disable()
    assert not entry.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # already off: no error


def test_xdg_without_config_home_uses_dot_config(tmp_path):
    autostart = XdgAutostart(COMMAND, {"XDG_CONFIG_HOME": "relative/is/ignored"}, home=tmp_path)
    assert autostart.path == tmp_path / ".config" / "autostart" / "sitbreak.desktop"


def test_xdg_entry_switched_off_by_the_desktop_counts_as_disabled(tmp_path):
    autostart = XdgAutostart(COMMAND, {"XDG_CONFIG_HOME": str(tmp_path)})
    autostart.enable()
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()
    autostart.enable()  # turning it on again rewrites the entry
    assert autostart.is_enabled()


def test_enable_replaces_an_old_command(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    XdgAutostart(["/old/sitbreak"], environ).enable()
    XdgAutostart(["/new/sitbreak"], environ).enable()
    assert _exec_line(tmp_path / "autostart" / "sitbreak.desktop") == "/new/sitbreak"


def test_exec_quotes_spaces_and_escapes_reserved_characters():
    assert desktop_exec(["/home/a b/venv/bin/sitbreak"]) == '"/home/a b/venv/bin/sitbreak"'
    assert desktop_exec(["/x/$HOME"]) == '"/x/\\\\$HOME"'
    assert desktop_exec(["C:\\py"]) == '"C:\\\\\\\\py"'
    assert desktop_exec(["50%"]) == "50%%"


def test_factory_picks_the_platform(tmp_path):
    assert isinstance(
        autostart_for(COMMAND, "linux", {"XDG_CONFIG_HOME": str(tmp_path)}), XdgAutostart
    )
    assert isinstance(autostart_for(COMMAND, "darwin", home=tmp_path), MacAutostart)


def test_macos_launch_agent_runs_the_command_at_login(tmp_path):
    autostart = MacAutostart(COMMAND, home=tmp_path)
    assert not autostart.is_enabled()
    autostart.enable()
    agent_file = tmp_path / "Library" / "LaunchAgents" / "io.github.sitbreak.Sitbreak.plist"
    assert autostart.is_enabled()
    agent = plistlib.loads(agent_file.read_bytes())
    assert agent["Label"] == "io.github.sitbreak.Sitbreak"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    autostart.disable()
    assert not agent_file.exists()
    assert not autostart.is_enabled()


class FakeKey:
    def __init__(self, values: dict[str, tuple[str, int]]) -> None:
        self.values = values

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeWinreg:
    """The part of `winreg` the Run key needs, over one dict per key path."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    KEY_QUERY_VALUE = 1
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[str, int]]] = {}

    def CreateKeyEx(self, root, path, reserved, access):
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root, path, reserved, access):
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[(root, path)])

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = (value, kind)

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_holds_the_quoted_command():
    registry = FakeWinreg()
    autostart = WindowsAutostart(
        [r"C:\Program Files\Python\pythonw.exe", "-m", "sitbreak"], registry
    )
    assert not autostart.is_enabled()
    autostart.disable()  # no key yet: nothing to do
    autostart.enable()
    assert autostart.is_enabled()
    run = registry.keys[("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run")]
    assert run["Sitbreak"] == (r'"C:\Program Files\Python\pythonw.exe" -m sitbreak', 1)
    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()


def test_glib_reads_back_the_exact_command(tmp_path):
    """GNOME's own desktop-entry parser recovers the argv, odd characters included."""
    import gi

    gi.require_version("Gio", "2.0")
    from gi.repository import Gio, GLib

    program = tmp_path / "bin dir" / "sit$break"
    program.parent.mkdir()
    program.write_bytes(b"#!/bin/sh\n")
    program.chmod(0o755)  # GLib rejects an entry whose program does not exist
    command = [str(program), "-m", "a\\b", "it's"]
    autostart = XdgAutostart(command, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    autostart.enable()
    info = Gio.DesktopAppInfo.new_from_filename(str(autostart.path))
    ok, argv = GLib.shell_parse_argv(info.get_commandline())
    assert ok
    assert argv == command


def test_default_launch_command(tmp_path):
    python = tmp_path / "python.exe"
    assert default_launch_command(str(python), frozen=False, platform="linux") == [
        str(python),
        "-m",
        "sitbreak",
    ]
    assert default_launch_command("/app/Sitbreak", frozen=True, platform="darwin") == [
        "/app/Sitbreak"
    ]
    # A frozen Windows build: the console twin `sitbreak status` runs in registers the
    # windowless sitbreak-tray.exe beside it.
    frozen = tmp_path / "sitbreak.exe"
    assert default_launch_command(str(frozen), frozen=True, platform="win32") == [str(frozen)]
    (tmp_path / "sitbreak-tray.exe").write_bytes(b"")
    assert default_launch_command(str(frozen), frozen=True, platform="win32") == [
        str(tmp_path / "sitbreak-tray.exe")
    ]
    # On Windows the console-less interpreter next to python.exe is preferred when present.
    assert default_launch_command(str(python), frozen=False, platform="win32")[0] == str(python)
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert default_launch_command(str(python), frozen=False, platform="win32") == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "sitbreak",
    ]
