"""What the running app does for `sitbreak status|show|pause|resume|break|routine|quit`.

Qt-free: the command server hands each request here; the answers are plain dicts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sitbreak.coordinator import DeskCoordinator
from sitbreak.core.clock import Clock
from sitbreak.core.pause import pause_until
from sitbreak.core.prompt_text import format_countdown
from sitbreak.core.records import PromptKind
from sitbreak.core.reminders import system_local


class CommandRefusedError(Exception):
    """A request the app understood but will not carry out; the text is for the user."""


class CommandHandler:
    def __init__(
        self,
        desk: DeskCoordinator,
        clock: Clock,
        show_status: Callable[[], None],
        open_routine: Callable[[str], bool],
        quit_app: Callable[[], None],
    ) -> None:
        self._desk = desk
        self._clock = clock
        self._show_status = show_status
        self._open_routine = open_routine
        self._quit = quit_app

    def __call__(self, command: str, args: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, f"_do_{command}", None)
        if handler is None:
            raise CommandRefusedError(f"unknown command {command!r}")
        result: dict[str, Any] = handler(args)
        return result

    def _do_status(self, _: dict[str, Any]) -> dict[str, Any]:
        return self._desk.status().to_json()

    def _do_show(self, _: dict[str, Any]) -> dict[str, Any]:
        self._show_status()
        return {"message": "Sitbreak is already running; its status window is shown."}

    def _do_pause(self, args: dict[str, Any]) -> dict[str, Any]:
        now = self._clock.now()
        if args.get("until") == "tomorrow":
            work_start = self._desk.settings.schedule.work_hours.start
            until = pause_until("tomorrow", now, system_local, work_start)
        else:
            minutes = args.get("minutes")
            if not isinstance(minutes, int | float) or not 1 <= minutes <= 24 * 60:
                raise CommandRefusedError("pause needs 1 minute to 24 hours, or tomorrow")
            until = now + timedelta(minutes=minutes)
        self._desk.pause(until)
        local = system_local(until)
        return {
            "message": f"Prompts paused until {local:%a %H:%M} "
            f"({format_countdown((until - now).total_seconds())}); tracking goes on.",
            "paused_until": until.isoformat(),
        }

    def _do_resume(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.resume_prompts()
        return {"message": "Prompts resumed."}

    def _do_break(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.prompt_now(PromptKind.STAND)
        return {"message": "Stand-up prompt shown."}

    def _do_routine(self, args: dict[str, Any]) -> dict[str, Any]:
        routine_id = str(args.get("routine", "daily"))
        if not self._open_routine(routine_id):
            raise CommandRefusedError(f"there is no routine {routine_id!r}")
        return {"message": f"Routine {routine_id!r} opened."}

    def _do_quit(self, _: dict[str, Any]) -> dict[str, Any]:
        self._quit()
        return {"message": "Sitbreak is quitting; the open bout was saved."}
