"""The command line: run the tray app (default), talk to the running one, read stats.

Exit codes: 0 done; 1 it could not be done (no running instance, no data, an error
worded on stderr); 2 bad arguments (with a usage message).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from sitbreak import __version__
from sitbreak.paths import AppPaths

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
REMOTE_COMMANDS = ("status", "show", "pause", "resume", "break", "routine", "quit")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitbreak",
        description="Counts continuous sitting, prompts glute squeezes and stand-up breaks, "
        "and teaches a short glute-activation routine.",
    )
    parser.add_argument("--version", action="version", version=f"sitbreak {__version__}")
    parser.add_argument("--config-dir", metavar="DIR", help="where settings.toml lives")
    parser.add_argument("--data-dir", metavar="DIR", help="where the database and logs live")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="start the tray app (the default)")
    status = sub.add_parser("status", help="what the running app knows now")
    status.add_argument("--json", action="store_true", help="print JSON")
    sub.add_parser("show", help="show the running app's status window")
    pause = sub.add_parser("pause", help="hold prompts back (tracking goes on)")
    pause.add_argument("length", nargs="?", default="30m", help="30m, 1h, 90m... or tomorrow")
    sub.add_parser("resume", help="end a pause")
    sub.add_parser("break", help="show the stand-up prompt now")
    routine = sub.add_parser("routine", help="open the routine window in the running app")
    routine.add_argument("routine_id", nargs="?", default="daily", help="daily (default) or desk")
    sub.add_parser("quit", help="quit the running app (the open bout is saved)")
    _add_stats_commands(sub)
    return parser


def _add_stats_commands(sub: Any) -> None:
    from sitbreak.stats_cli import add_export_arguments, add_stats_arguments

    stats = sub.add_parser("stats", help="daily sitting stats (reads the database directly)")
    add_stats_arguments(stats)
    export = sub.add_parser("export", help="export bouts, prompts and routines as CSV or JSON")
    add_export_arguments(export)


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exit_.code or 0)
    paths = AppPaths.resolve(args.config_dir, args.data_dir)
    command = args.command or "run"
    if command == "run":
        from sitbreak.app import run_app

        return run_app(paths)
    if command == "stats":
        from sitbreak.stats_cli import run_stats

        return run_stats(args, paths)
    if command == "export":
        from sitbreak.stats_cli import run_export

        return run_export(args, paths)
    return _remote(command, args, paths)


def _remote(command: str, args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.core.pause import PauseSpecError, parse_pause
    from sitbreak.instance import CommandFailedError, NotRunningError, send_command

    request: dict[str, Any] = {}
    if command == "pause":
        try:
            spec = parse_pause(args.length)
        except PauseSpecError as error:
            print(f"sitbreak pause: {error}", file=sys.stderr)
            return EXIT_USAGE
        request = (
            {"until": "tomorrow"}
            if spec == "tomorrow"
            else {
                "minutes": spec.total_seconds() / 60  # type: ignore[union-attr]
            }
        )
    if command == "routine":
        request = {"routine": args.routine_id}
    try:
        result = send_command(paths.instance_name, command, request)
    except NotRunningError:
        print("Sitbreak is not running (start it with: sitbreak).", file=sys.stderr)
        return EXIT_FAILED
    except CommandFailedError as error:
        print(f"sitbreak {command}: {error}", file=sys.stderr)
        return EXIT_FAILED
    if command == "status":
        _print_status(result, as_json=args.json)
    elif result.get("message"):
        print(result["message"])
    return EXIT_OK


def _print_status(status: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(status, indent=2))
        return
    from sitbreak.core.prompt_text import format_countdown, format_duration

    state = status["state"]
    line = {
        "sitting": f"Sitting for {format_duration(status['bout_seconds'])}",
        "standing": f"Standing for {format_duration(status['standing_seconds'])}",
        "away": "Away from the desk",
        "paused": "Prompts paused"
        + (f" until {status['paused_until']}" if status.get("paused_until") else ""),
    }.get(state, state)
    print(line)
    nxt = status.get("next_prompt")
    if nxt:
        print(f"Next: {nxt['kind']} prompt in {format_countdown(nxt['due_in_seconds'])}")
    if status.get("detection_note"):
        print(f"Manual mode: {status['detection_note']}")
