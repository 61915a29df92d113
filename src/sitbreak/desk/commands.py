"""What the running app does for each remote command of the registry (cli/registry.py).

Qt-free: the command channel hands each request here; the answers are plain dicts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sitbreak.cli.registry import Remote
from sitbreak.core.clock import Clock
from sitbreak.core.desk import PauseRequested, PromptNow, ResumeRequested
from sitbreak.core.pause import TOMORROW, PauseLength
from sitbreak.core.prompt_text import format_countdown
from sitbreak.core.records import PromptKind
from sitbreak.desk.coordinator import DeskCoordinator


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
        show_stats: Callable[[], None] = lambda: None,
    ) -> None:
        self._desk = desk
        self._show_stats = show_stats
        self._clock = clock
        self._show_status = show_status
        self._open_routine = open_routine
        self._quit = quit_app

        self._handlers: dict[Remote, Callable[[dict[str, Any]], dict[str, Any]]] = {
            Remote.STATUS: self._status,
            Remote.SHOW: self._show,
            Remote.PAUSE: self._pause,
            Remote.RESUME: self._resume,
            Remote.BREAK: self._break,
            Remote.SQUEEZE: self._squeeze,
            Remote.ROUTINE: self._routine,
            Remote.QUIT: self._quit_command,
        }

    def __call__(self, command: str, args: dict[str, Any]) -> dict[str, Any]:
        try:
            handler = self._handlers[Remote(command)]
        except ValueError:
            raise CommandRefusedError(f"unknown command {command!r}") from None
        return handler(args)

    def _status(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.check_holds()  # held_by says what holds at this moment
        return self._desk.status().to_json()

    def _show(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("window") == "stats":
            self._show_stats()
            return {"message": "Today's stats are shown."}
        self._show_status()
        return {"message": "Sitbreak is already running; its status window is shown."}

    def _pause(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("until") == TOMORROW:
            length: PauseLength = TOMORROW
        else:
            minutes = args.get("minutes")
            if not isinstance(minutes, int | float) or not 1 <= minutes <= 24 * 60:
                raise CommandRefusedError("pause needs 1 minute to 24 hours, or tomorrow")
            length = timedelta(minutes=minutes)
        self._desk.observe(PauseRequested(length))
        until = self._desk.status().paused_until
        assert until is not None  # a pause of a length always ends
        now = self._clock.now()
        return {
            "message": f"Prompts paused until {self._clock.to_local(until):%a %H:%M} "
            f"({format_countdown((until - now).total_seconds())}); tracking goes on.",
            "paused_until": until.isoformat(),
        }

    def _resume(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(ResumeRequested())
        return {"message": "Prompts resumed."}

    def _break(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(PromptNow(PromptKind.STAND))
        return {"message": "Stand-up prompt shown."}

    def _squeeze(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(PromptNow(PromptKind.SQUEEZE))
        return {"message": "Squeeze prompt shown."}

    def _routine(self, args: dict[str, Any]) -> dict[str, Any]:
        routine_id = str(args.get("routine", "daily"))
        if not self._open_routine(routine_id):
            raise CommandRefusedError(f"there is no routine {routine_id!r}")
        return {"message": f"Routine {routine_id!r} opened."}

    def _quit_command(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.save_open_bout()  # so the answer can say whether it was
        self._quit()
        problem = self._desk.storage_problem
        if problem is not None:
            return {"message": f"Sitbreak is quitting, but could not save the open bout: {problem}"}
        return {"message": "Sitbreak is quitting; the open bout was saved."}
