"""Every `sitbreak` command and exit code, named once.

The parser (cli/main.py) builds its sub-commands from COMMANDS; the command channel
accepts exactly the remote ones (the app hands it `REMOTE_NAMES`); the running app's
handler (desk/commands.py) answers each `Remote` member. A command's arguments are
declared here too, except for `stats`, `export`, `routine`, `routines` and `config`, whose
arguments live with them (the routine ids come from the shipped routine files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Any

from sitbreak.core.i18n import QT_TRANSLATE_NOOP


class ExitCode(IntEnum):
    """What `sitbreak` returns to the shell."""

    OK = 0  # done: printed, written or carried out what was asked
    FAILED = 1  # could not be done: no running app, nothing recorded, an unreadable
    # database, an output that cannot be written, a refusal; worded on stderr
    USAGE = 2  # bad arguments: a bad date, pause length or routine id, --from after --to


class Remote(StrEnum):
    """Commands the running app carries out (sent over the command channel)."""

    STATUS = "status"
    SHOW = "show"
    PAUSE = "pause"
    RESUME = "resume"
    BREAK = "break"
    SQUEEZE = "squeeze"
    ROUTINE = "routine"
    QUIT = "quit"


class Local(StrEnum):
    """Commands this process carries out itself."""

    RUN = "run"
    STATS = "stats"
    EXPORT = "export"
    ROUTINES = "routines"
    CONFIG = "config"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Argument:
    """One argparse argument: its flags or name, and add_argument's keywords."""

    names: tuple[str, ...]
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Command:
    name: Remote | Local
    help: str  # English, marked for translation: shown through translate("CommandLine", help)
    arguments: tuple[Argument, ...] = ()


COMMANDS: tuple[Command, ...] = (
    Command(Local.RUN, QT_TRANSLATE_NOOP("CommandLine", "start the tray app (the default)")),
    Command(
        Remote.STATUS,
        QT_TRANSLATE_NOOP("CommandLine", "what the running app knows now"),
        (
            Argument(
                ("--json",),
                {"action": "store_true", "help": QT_TRANSLATE_NOOP("CommandLine", "print JSON")},
            ),
        ),
    ),
    Command(
        Remote.SHOW,
        QT_TRANSLATE_NOOP("CommandLine", "show the running app's status window, or today's stats"),
        (
            Argument(
                ("window",),
                {
                    "nargs": "?",
                    "default": "status",
                    "choices": ("status", "stats"),
                    "help": QT_TRANSLATE_NOOP("CommandLine", "status (default) or stats"),
                },
            ),
        ),
    ),
    Command(
        Remote.PAUSE,
        QT_TRANSLATE_NOOP("CommandLine", "hold prompts back (tracking goes on)"),
        (
            Argument(
                ("length",),
                {
                    "nargs": "?",
                    "default": "30m",
                    "help": QT_TRANSLATE_NOOP("CommandLine", "30m, 1h, 90m... or tomorrow"),
                },
            ),
        ),
    ),
    Command(Remote.RESUME, QT_TRANSLATE_NOOP("CommandLine", "end a pause")),
    Command(Remote.BREAK, QT_TRANSLATE_NOOP("CommandLine", "show the stand-up prompt now")),
    Command(Remote.SQUEEZE, QT_TRANSLATE_NOOP("CommandLine", "show the squeeze prompt now")),
    Command(
        Remote.ROUTINE,
        QT_TRANSLATE_NOOP(
            "CommandLine", "open a routine in the running app (the daily one by default)"
        ),
    ),
    Command(
        Local.ROUTINES,
        QT_TRANSLATE_NOOP(
            "CommandLine", "list the routines: exercises, dose and length (no app needed)"
        ),
    ),
    Command(
        Remote.QUIT,
        QT_TRANSLATE_NOOP("CommandLine", "quit the running app (the open bout is saved)"),
    ),
    Command(
        Local.STATS,
        QT_TRANSLATE_NOOP("CommandLine", "daily sitting stats (reads the database directly)"),
    ),
    Command(
        Local.EXPORT,
        QT_TRANSLATE_NOOP("CommandLine", "export bouts, prompts and routines as CSV or JSON"),
    ),
    Command(
        Local.CONFIG,
        QT_TRANSLATE_NOOP("CommandLine", "list, get, set or reset a setting (edits settings.toml)"),
    ),
    Command(
        Local.SETTINGS,
        QT_TRANSLATE_NOOP(
            "CommandLine", "open the settings dialog (the running app applies what you save)"
        ),
    ),
)

REMOTE_NAMES = frozenset(command.value for command in Remote)
