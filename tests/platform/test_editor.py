"""Opening the settings file where no desktop opener exists: $VISUAL/$EDITOR, in a
terminal when the editor needs one."""

from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

import pytest

from sitbreak.platform.editor import editor_command
from sitbreak.ui.settings_file_opener import open_settings_file
from tests.support.waiting import wait_until

FILE = "/home/u/.config/sitbreak/settings.toml"


def which_of(*names: str):
    return lambda name: f"/usr/bin/{name}" if name in names else None


@pytest.mark.parametrize(
    ("environ", "installed", "argv", "description"),
    [
        ({"VISUAL": "vim"}, ("vim", "xterm"), ("xterm", "-e", "vim", FILE), "vim in xterm"),
        (
            {"EDITOR": "nano"},
            ("nano", "gnome-terminal", "xterm"),
            ("gnome-terminal", "--", "nano", FILE),
            "nano in gnome-terminal",
        ),
        (
            {"VISUAL": "code --wait", "EDITOR": "vi"},
            ("code", "vi"),
            ("code", "--wait", FILE),
            "code",
        ),
        ({"VISUAL": "gone-editor", "EDITOR": "gedit"}, ("gedit",), ("gedit", FILE), "gedit"),
        ({}, ("nano", "konsole"), ("konsole", "-e", "nano", FILE), "nano in konsole"),
        ({"EDITOR": "emacs"}, ("emacs",), ("emacs", FILE), "emacs"),
        (
            {"EDITOR": "emacs -nw", "TERMINAL": "foot"},
            ("emacs", "foot", "xterm"),
            ("foot", "emacs", "-nw", FILE),
            "emacs in foot",
        ),
        (
            {"EDITOR": "vi", "TERMINAL": "my-term"},
            ("vi", "my-term"),
            ("my-term", "-e", "vi", FILE),
            "vi in my-term",
        ),
        ({"EDITOR": "'unbalanced"}, ("vi", "xterm"), ("xterm", "-e", "vi", FILE), "vi in xterm"),
    ],
)
def test_the_editor_and_the_terminal_it_needs(
    environ: dict[str, str], installed: tuple[str, ...], argv: tuple[str, ...], description: str
) -> None:
    command = editor_command(FILE, environ, which_of(*installed), "linux")
    assert command is not None
    assert command.argv == tuple(f"/usr/bin/{arg}" if arg in installed else arg for arg in argv)
    assert command.description == description


def test_nothing_to_open_with_says_so() -> None:
    assert editor_command(FILE, {"EDITOR": "vim"}, which_of("vim"), "linux") is None  # no terminal
    assert editor_command(FILE, {}, which_of("xterm"), "linux") is None  # no editor


def test_windows_and_macos_have_an_editor_of_their_own() -> None:
    assert editor_command(FILE, {}, which_of(), "win32").argv == ("notepad.exe", FILE)
    assert editor_command(FILE, {}, which_of(), "darwin").argv == ("open", "-t", FILE)


def test_the_message_always_says_where_the_file_is(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    opened = open_settings_file(path, open_url=lambda _p: True)
    assert str(path) in opened
    nothing = open_settings_file(
        path, open_url=lambda _p: False, environ={}, which=which_of(), platform="linux"
    )
    assert nothing.startswith("No editor could be opened.")
    assert str(path) in nothing
    refused = open_settings_file(
        path,
        open_url=lambda _p: False,
        start=lambda _argv: False,
        environ={"VISUAL": "gedit"},
        which=which_of("gedit"),
        platform="linux",
    )
    assert refused.startswith("No editor could be opened.")


def script(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts")
def test_a_terminal_editor_really_starts_inside_a_terminal(qapp, tmp_path: Path) -> None:
    """Real processes: a stand-in terminal runs a stand-in vi on the file."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "seen"
    script(bin_dir, "xterm", 'shift; exec "$@"')  # xterm -e CMD...: run CMD
    script(bin_dir, "vi", f'echo "vi $1" > {seen}.part && mv {seen}.part {seen}')  # whole or none
    settings = tmp_path / "settings.toml"
    settings.write_text("version = 1\n")
    path_only = {"PATH": str(bin_dir), "EDITOR": "vi"}
    message = open_settings_file(
        settings,
        open_url=lambda _p: False,
        environ=path_only,
        which=lambda name: shutil.which(name, path=str(bin_dir)),
        platform="linux",
    )
    assert message.startswith(f"Opened {settings} with vi in xterm")
    wait_until(seen.exists, timeout=10, what="the editor to run")
    assert seen.read_text() == f"vi {settings}\n"
