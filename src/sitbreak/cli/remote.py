"""The commands the running app carries out: sent over the command channel, answered there."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sitbreak.cli.registry import ExitCode, Remote
from sitbreak.paths import AppPaths


def run_remote(command: Remote, args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.core.pause import TOMORROW, PauseSpecError, parse_pause
    from sitbreak.runtime.command_channel import (
        CommandFailedError,
        NotRunningError,
        send_command,
    )

    request: dict[str, Any] = {}
    if command is Remote.PAUSE:
        try:
            length = parse_pause(args.length)
        except PauseSpecError as error:
            print(f"sitbreak pause: {error}", file=sys.stderr)
            return ExitCode.USAGE
        if isinstance(length, str):  # TOMORROW
            request = {"until": TOMORROW}
        else:
            request = {"minutes": length.total_seconds() / 60}
    if command is Remote.ROUTINE:
        request = {"routine": args.routine_id}
    if command is Remote.SHOW:
        request = {"window": args.window}
    try:
        result = send_command(paths.instance_name, command.value, request)
    except NotRunningError:
        print("Sitbreak is not running (start it with: sitbreak).", file=sys.stderr)
        return ExitCode.FAILED
    except CommandFailedError as error:
        print(f"sitbreak {command.value}: {error}", file=sys.stderr)
        return ExitCode.FAILED
    if command is Remote.STATUS:
        print_status(result, as_json=args.json)
    elif result.get("message"):
        print(result["message"])
    return ExitCode.OK


def print_status(status: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(status, indent=2))
        return
    from sitbreak.core.prompt_text import format_countdown, format_duration

    state = status["state"]
    line = {
        "sitting": f"Sitting for {format_duration(status['bout_seconds'])}",
        "standing": f"Standing for {format_duration(status['standing_seconds'])}",
        "away": "Away from the desk"
        if status.get("away_seconds") is None
        else f"Away for {format_duration(status['away_seconds'])}",
        "paused": "Prompts paused"
        + (f" until {status['paused_until']}" if status.get("paused_until") else ""),
    }.get(state, state)
    print(line)
    nxt = status.get("next_prompt")
    if nxt:
        print(f"Next: {nxt['kind']} prompt in {format_countdown(nxt['due_in_seconds'])}")
    if status.get("detection_note"):
        print(f"Manual mode: {status['detection_note']}")
