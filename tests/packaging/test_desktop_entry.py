"""The desktop entry: valid for desktop-file-validate, and every dock/dash action runs a
command the `sitbreak` command line really has."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from sitbreak.cli.main import build_parser

ENTRY = Path(__file__).parents[2] / "packaging" / "io.github.sitbreak.Sitbreak.desktop"


def _entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ENTRY)
    return parser


def test_desktop_file_validate_accepts_the_entry():
    assert shutil.which("desktop-file-validate"), "install desktop-file-utils (apt)"
    done = subprocess.run(
        ["desktop-file-validate", str(ENTRY)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""  # no warnings or hints either


def test_actions_offer_the_tray_menu_shortcuts():
    entry = _entry()
    ids = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    names = [entry[f"Desktop Action {i}"]["Name"] for i in ids]
    assert names == [
        "Squeeze now",
        "Stand up now",
        "Pause 1 hour",
        "Resume",
        "Today's stats",
        "Daily routine",
    ]


@pytest.mark.parametrize(
    ("action", "command", "argument"),
    [
        ("squeeze-now", "squeeze", None),
        ("stand-now", "break", None),
        ("stats", "show", "stats"),
        ("pause-hour", "pause", "1h"),
        ("resume", "resume", None),
        ("routine", "routine", "daily"),
    ],
)
def test_each_action_runs_a_real_sitbreak_command(action, command, argument):
    argv = shlex.split(_entry()[f"Desktop Action {action}"]["Exec"])
    assert argv[0] == "sitbreak"
    args = build_parser().parse_args(argv[1:])
    assert args.command == command
    if argument is not None:
        assert argument in vars(args).values()
