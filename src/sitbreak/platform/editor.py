"""Which command opens the settings file where no desktop file opener exists.

The user's $VISUAL or $EDITOR first (as git and crontab do). A terminal editor (vi,
nano, ...) is run inside a terminal emulator, since the tray app has no terminal of
its own; a graphical one runs as it is. Pure: it only chooses (each program by the
full path `which` found), the caller launches.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sitbreak.core.i18n import translate

Which = Callable[[str], str | None]

TERMINAL_EDITORS = frozenset(
    {
        "vi", "vim", "nvim", "view", "nano", "pico", "micro", "mg",
        "jed", "joe", "ne", "hx", "helix", "kak", "mcedit", "ed", "sensible-editor", "editor",
    }
)  # fmt: skip
# How each terminal emulator is told to run a command (after its own name).
TERMINALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("x-terminal-emulator", ("-e",)),  # Debian's alternative; -e is its policy
    ("gnome-terminal", ("--",)),
    ("konsole", ("-e",)),
    ("xfce4-terminal", ("-x",)),
    ("kitty", ()),
    ("alacritty", ("-e",)),
    ("foot", ()),
    ("wezterm", ("start", "--")),
    ("xterm", ("-e",)),
)
FALLBACK_EDITORS = ("sensible-editor", "nano", "vi")


@dataclass(frozen=True)
class EditorCommand:
    argv: tuple[str, ...]
    description: str  # "nano in xterm", said to the user


def _terminal(environ: Mapping[str, str], which: Which) -> tuple[str, tuple[str, ...]] | None:
    chosen = environ.get("TERMINAL", "").strip()
    found = which(chosen) if chosen else None
    if found:
        return found, dict(TERMINALS).get(os.path.basename(chosen), ("-e",))
    for name, run in TERMINALS:
        found = which(name)
        if found:
            return found, run
    return None


def _editor(environ: Mapping[str, str], which: Which) -> list[str] | None:
    for variable in ("VISUAL", "EDITOR"):
        try:
            words = shlex.split(environ.get(variable, ""))
        except ValueError:  # unbalanced quotes: not a usable command
            continue
        found = which(words[0]) if words else None
        if found:
            return [found, *words[1:]]
    for name in FALLBACK_EDITORS:
        found = which(name)
        if found:
            return [found]
    return None


def _needs_terminal(editor: list[str]) -> bool:
    name = os.path.basename(editor[0])
    if name in ("emacs", "emacsclient"):  # graphical unless told to use the terminal
        return any(arg in ("-nw", "-t", "--tty") for arg in editor[1:])
    return name in TERMINAL_EDITORS


def editor_command(
    path: str, environ: Mapping[str, str], which: Which, platform: str
) -> EditorCommand | None:
    """The command that opens `path` for editing, or None when nothing can."""
    if platform == "win32":
        return EditorCommand(("notepad.exe", path), "Notepad")
    if platform == "darwin":
        return EditorCommand(("open", "-t", path), translate("Editor", "the default text editor"))
    editor = _editor(environ, which)
    if editor is None:
        return None
    name = os.path.basename(editor[0])
    if not _needs_terminal(editor):
        return EditorCommand((*editor, path), name)
    terminal = _terminal(environ, which)
    if terminal is None:
        return None
    term, run = terminal
    label = translate("Editor", "{editor} in {terminal}", "e.g. vim in xterm")
    return EditorCommand(
        (term, *run, *editor, path), label.format(editor=name, terminal=os.path.basename(term))
    )
