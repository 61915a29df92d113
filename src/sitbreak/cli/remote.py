"""The commands the running app carries out: sent over the command channel, answered there."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from sitbreak.cli.registry import ExitCode, Remote
from sitbreak.core.clock import Clock, SystemClock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.status import IN_WORDS
from sitbreak.paths import AppPaths


def run_remote(command: Remote, args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.core.pause import TOMORROW, PauseSpecError, parse_pause
    from sitbreak.platform.runtime_dir import RuntimeDirError
    from sitbreak.runtime.command_client import (
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
        print(
            translate("RemoteCommand", "Sitbreak is not running (start it with: sitbreak)."),
            file=sys.stderr,
        )
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
        print(json.dumps({k: v for k, v in status.items() if k != IN_WORDS}, indent=2))
        return
    print("\n".join(status_lines(status)))


def status_lines(status: dict[str, Any], clock: Clock | None = None) -> list[str]:
    """`sitbreak status` in words, from the JSON the app answers with."""
    from sitbreak.core.prompt_text import (
        format_countdown,
        format_duration,
        held_line,
        weekday_time,
    )

    clock = clock or SystemClock()
    lines = []
    if status.get("bout_seconds"):
        text = translate("RemoteCommand", "Sitting for {duration}")
        lines.append(text.format(duration=format_duration(status["bout_seconds"])))
    elif status.get("standing_seconds"):
        text = translate("RemoteCommand", "Standing for {duration}")
        lines.append(text.format(duration=format_duration(status["standing_seconds"])))
    elif status["state"] != "paused":
        away = status.get("away_seconds")
        if away is None:
            lines.append(translate("RemoteCommand", "Away from the desk"))
        else:
            text = translate("RemoteCommand", "Away for {duration}")
            lines.append(text.format(duration=format_duration(away)))
    if status["state"] == "paused":
        until = status.get("paused_until")
        if until:
            moment = datetime.fromisoformat(until)
            left = max(0.0, (moment - clock.now()).total_seconds())
            text = translate(
                "RemoteCommand",
                "Prompts paused until {moment} (in {countdown}); tracking goes on",
                "{moment}: weekday and time, e.g. Mon 14:30",
            )
            lines.append(
                text.format(
                    moment=weekday_time(clock.to_local(moment)),
                    countdown=format_countdown(left),
                )
            )
        else:
            lines.append(
                translate("RemoteCommand", "Prompts paused until resumed; tracking goes on")
            )
    showing = status.get("prompt_showing")
    nxt = status.get("next_prompt")
    if showing:
        lines.append(_prompt_text(SHOWING, showing))
    elif nxt:
        text = _prompt_text(NEXT, nxt["kind"])
        lines.append(text.format(countdown=format_countdown(nxt["due_in_seconds"])))
    held = held_line(tuple(status.get("held_by") or ()))
    if held:
        lines.append(held)
    # The app's words in the user's language where it sends them (status --json: English).
    words = {**status, **(status.get(IN_WORDS) or {})}
    if words.get("detection_note"):
        text = translate("RemoteCommand", "Manual mode: {reason}")
        lines.append(text.format(reason=words["detection_note"]))
    if words.get("saving_problem"):
        text = translate("RemoteCommand", "Not saving now: {problem} (tracking goes on in memory)")
        lines.append(text.format(problem=words["saving_problem"]))
    return lines


# One whole sentence per prompt kind (squeeze, stand, routine): a word put into a
# sentence does not translate well.
SHOWING = {
    "squeeze": QT_TRANSLATE_NOOP("RemoteCommand", "A squeeze prompt is on screen now"),
    "stand": QT_TRANSLATE_NOOP("RemoteCommand", "A stand prompt is on screen now"),
    "routine": QT_TRANSLATE_NOOP("RemoteCommand", "A routine prompt is on screen now"),
}
NEXT = {
    "squeeze": QT_TRANSLATE_NOOP("RemoteCommand", "Next: squeeze prompt in {countdown}"),
    "stand": QT_TRANSLATE_NOOP("RemoteCommand", "Next: stand prompt in {countdown}"),
    "routine": QT_TRANSLATE_NOOP("RemoteCommand", "Next: routine prompt in {countdown}"),
}


def _prompt_text(sentences: dict[str, str], kind: str) -> str:
    """The sentence for `kind`; a kind this version does not know is named as it is."""
    if kind in sentences:
        return translate("RemoteCommand", sentences[kind])
    if sentences is SHOWING:
        return translate("RemoteCommand", "A {kind} prompt is on screen now").format(kind=kind)
    text = translate("RemoteCommand", "Next: {kind} prompt in {countdown}")
    return text.replace("{kind}", kind)
