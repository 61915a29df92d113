"""`sitbreak [COMMAND]`: run the tray app (the default), talk to the running one, read stats.

The commands and exit codes are those of cli/registry.py.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sitbreak import __version__
from sitbreak.core.i18n import translate
from sitbreak.paths import AppPaths

if TYPE_CHECKING:
    from sitbreak.runtime.translations import Translators

_PLACES = ("--config-dir", "--data-dir")
_RUN = "run"  # the registry's Local.RUN: a tray start shows its icon without the registry


def tray_start_places(argv: Sequence[str]) -> dict[str, str] | None:
    """The --config-dir/--data-dir of a plain tray start (`sitbreak [--config-dir DIR]
    [--data-dir DIR] [run]`), read without building the parser (which imports every
    command's module); None for anything else, which the parser reads."""
    places: dict[str, str] = {}
    tokens = list(argv)
    if tokens and tokens[-1] == _RUN:
        tokens.pop()
    while tokens:
        token = tokens.pop(0)
        name, equals, value = token.partition("=")
        if name in _PLACES and equals:
            places[name] = value
        elif token in _PLACES and tokens and not tokens[0].startswith("-"):
            places[token] = tokens.pop(0)
        else:
            return None
    return places


def build_parser() -> argparse.ArgumentParser:
    from sitbreak.cli.config import add_config_arguments
    from sitbreak.cli.export import add_export_arguments
    from sitbreak.cli.parser import Parser
    from sitbreak.cli.registry import COMMANDS, Local, Remote
    from sitbreak.cli.routines import add_routine_arguments, add_routines_arguments
    from sitbreak.cli.stats import add_stats_arguments

    parser = Parser(
        prog="sitbreak",
        description=translate(
            "CommandLine",
            "Counts continuous sitting, prompts glute squeezes and stand-up breaks, "
            "and teaches a short glute-activation routine.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sitbreak {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "--config-dir", metavar="DIR", help=translate("CommandLine", "where settings.toml lives")
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("CommandLine", "where the database and logs live"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    own_arguments: dict[Remote | Local, Callable[[argparse.ArgumentParser], None]] = {
        Local.STATS: add_stats_arguments,
        Local.EXPORT: add_export_arguments,
        Remote.ROUTINE: add_routine_arguments,
        Local.ROUTINES: add_routines_arguments,
        Local.CONFIG: add_config_arguments,
    }
    for command in COMMANDS:
        help_text = translate("CommandLine", command.help)
        command_parser = sub.add_parser(command.name.value, help=help_text, description=help_text)
        for argument in command.arguments:
            options = dict(argument.options)
            if "help" in options:
                options["help"] = translate("CommandLine", options["help"])
            command_parser.add_argument(*argument.names, **options)
        if command.name in own_arguments:
            own_arguments[command.name](command_parser)
    return parser


def speak_the_users_language(argv: Sequence[str]) -> Translators | None:
    """Install the translation `[app] language` (or the system) asks for, before any
    text is made; the settings file is only peeked at (the app reports its problems)."""
    from sitbreak.runtime.language import english_without_qt, language_setting

    places = tray_start_places(argv)
    if places is None:  # another command: its places may sit among its arguments
        finder = argparse.ArgumentParser(add_help=False, exit_on_error=False)
        for place in _PLACES:
            finder.add_argument(place)
        try:
            known, _rest = finder.parse_known_args(list(argv))
            places = {"--config-dir": known.config_dir, "--data-dir": known.data_dir}
        except argparse.ArgumentError:  # the real parser says what is wrong, translated
            places = {}
    paths = AppPaths.resolve(places.get("--config-dir"), places.get("--data-dir"))
    setting = language_setting(paths.settings_file)
    if english_without_qt(setting):  # the source language: no Qt to load for it
        return None
    from sitbreak.runtime.translations import install_translations

    return install_translations(setting)


def main(argv: Sequence[str]) -> int:
    tray_places = tray_start_places(argv)
    if tray_places is not None:
        from sitbreak.runtime.lean_import import skip_pyside_source_scan

        skip_pyside_source_scan()  # before the tray's modules load
    # run_app installs the language itself (once: the translators live as long as the app)
    translators = None if tray_places is not None else speak_the_users_language(argv)
    try:
        if tray_places is not None:
            from sitbreak.runtime.tray_start import run_app

            paths = AppPaths.resolve(tray_places.get("--config-dir"), tray_places.get("--data-dir"))
            return run_app(paths)
        return _run(argv)
    finally:  # back to English (a test runs many commands in one process)
        if translators is not None:
            from sitbreak.runtime.translations import uninstall_translations

            uninstall_translations(translators)


def _run(argv: Sequence[str]) -> int:
    from sitbreak.cli.registry import ExitCode, Local, Remote

    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exit_.code or ExitCode.OK)
    paths = AppPaths.resolve(args.config_dir, args.data_dir)
    command = args.command or Local.RUN.value
    if command == Local.RUN:
        from sitbreak.runtime.tray_start import run_app

        return run_app(paths)
    if command == Local.STATS:
        from sitbreak.cli.stats import run_stats

        return run_stats(args, paths)
    if command == Local.EXPORT:
        from sitbreak.cli.export import run_export

        return run_export(args, paths)
    if command == Local.ROUTINES:
        from sitbreak.cli.routines import run_routines

        return run_routines(args, paths)
    if command == Local.SETTINGS:
        from sitbreak.cli.settings import run_settings_dialog

        return run_settings_dialog(paths)
    if command == Local.CONFIG:
        from sitbreak.cli.config import run_config

        return run_config(args, paths)
    from sitbreak.cli.remote import run_remote

    return run_remote(Remote(command), args, paths)
