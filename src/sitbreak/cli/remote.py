"""The commands the running app carries out: sent over the command channel, answered there."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from sitbreak.cli.registry import ExitCode, Remote
from sitbreak.core.clock import Clock, SystemClock
from sitbreak.paths import AppPaths


def run_remote(command: Remote, args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.core.pause import TOMORROW, PauseSpecError, parse_pause
    from sitbreak.platform.runtime_dir import RuntimeDirError
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
    except RuntimeDirError as error:
        print(f"sitbreak {command.value}: {error}", file=sys.stderr)
        return ExitCode.FAILED
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
    print("\n".join(status_lines(status)))


def status_lines(status: dict[str, Any], clock: Clock | None = None) -> list[str]:
    """`sitbreak status` in words, from the JSON the app answers with."""
    from sitbreak.core.prompt_text import format_countdown, format_duration, held_line

    clock = clock or SystemClock()
    lines = []
    if status.get("bout_seconds"):
        lines.append(f"Sitting for {format_duration(status['bout_seconds'])}")
    elif status.get("standing_seconds"):
        lines.append(f"Standing for {format_duration(status['standing_seconds'])}")
    elif status["state"] != "paused":
        away = status.get("away_seconds")
        lines.append("Away from the desk" if away is None else f"Away for {format_duration(away)}")
    if status["state"] == "paused":
        until = status.get("paused_until")
        if until:
            moment = datetime.fromisoformat(until)
            left = max(0.0, (moment - clock.now()).total_seconds())
            lines.append(
                f"Prompts paused until {clock.to_local(moment):%a %H:%M} "
                f"(in {format_countdown(left)}); tracking goes on"
            )
        else:
            lines.append("Prompts paused until resumed; tracking goes on")
    showing = status.get("prompt_showing")
    nxt = status.get("next_prompt")
    if showing:
        lines.append(f"A {showing} prompt is on screen now")
    elif nxt:
        lines.append(f"Next: {nxt['kind']} prompt in {format_countdown(nxt['due_in_seconds'])}")
    held = held_line(tuple(status.get("held_by") or ()))
    if held:
        lines.append(held)
    if status.get("detection_note"):
        lines.append(f"Manual mode: {status['detection_note']}")
    if status.get("saving_problem"):
        lines.append(f"Not saving now: {status['saving_problem']} (kept in memory until it can)")
    return lines
