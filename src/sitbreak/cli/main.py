"""`sitbreak [COMMAND]`: run the tray app (the default), talk to the running one, read stats.

The commands and exit codes are those of cli/registry.py.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from sitbreak import __version__
from sitbreak.cli.registry import COMMANDS, ExitCode, Local, Remote
from sitbreak.paths import AppPaths


def build_parser() -> argparse.ArgumentParser:
    from sitbreak.cli.config import add_config_arguments
    from sitbreak.cli.export import add_export_arguments
    from sitbreak.cli.routines import add_routine_arguments, add_routines_arguments
    from sitbreak.cli.stats import add_stats_arguments

    parser = argparse.ArgumentParser(
        prog="sitbreak",
        description="Counts continuous sitting, prompts glute squeezes and stand-up breaks, "
        "and teaches a short glute-activation routine.",
    )
    parser.add_argument("--version", action="version", version=f"sitbreak {__version__}")
    parser.add_argument("--config-dir", metavar="DIR", help="where settings.toml lives")
    parser.add_argument("--data-dir", metavar="DIR", help="where the database and logs live")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    own_arguments: dict[Remote | Local, Callable[[argparse.ArgumentParser], None]] = {
        Local.STATS: add_stats_arguments,
        Local.EXPORT: add_export_arguments,
        Remote.ROUTINE: add_routine_arguments,
        Local.ROUTINES: add_routines_arguments,
        Local.CONFIG: add_config_arguments,
    }
    for command in COMMANDS:
        command_parser = sub.add_parser(command.name.value, help=command.help)
        for argument in command.arguments:
            command_parser.add_argument(*argument.names, **argument.options)
        if command.name in own_arguments:
            own_arguments[command.name](command_parser)
    return parser


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exit_.code or ExitCode.OK)
    paths = AppPaths.resolve(args.config_dir, args.data_dir)
    command = args.command or Local.RUN.value
    if command == Local.RUN:
        from sitbreak.app import run_app

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
