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
from sitbreak.core.i18n import translate
from sitbreak.core.pause import TOMORROW, PauseLength
from sitbreak.core.prompt_text import format_countdown, weekday_time
from sitbreak.core.records import PromptKind
from sitbreak.core.status import IN_WORDS
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
            raise CommandRefusedError(
                translate("Commands", "unknown command {command}").format(command=repr(command))
            ) from None
        return handler(args)

    def _status(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.check_holds()  # held_by says what holds at this moment
        status = self._desk.status()
        # The JSON scripts read is English; `sitbreak status` says its texts in words.
        return {**status.to_json(), IN_WORDS: status.in_words()}

    def _show(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("window") == "stats":
            self._show_stats()
            return {"message": translate("Commands", "Today's stats are shown.")}
        self._show_status()
        return {
            "message": translate(
                "Commands", "Sitbreak is already running; its status window is shown."
            )
        }

    def _pause(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("until") == TOMORROW:
            length: PauseLength = TOMORROW
        else:
            minutes = args.get("minutes")
            if not isinstance(minutes, int | float) or not 1 <= minutes <= 24 * 60:
                raise CommandRefusedError(
                    translate("Commands", "pause needs 1 minute to 24 hours, or tomorrow")
                )
            length = timedelta(minutes=minutes)
        self._desk.observe(PauseRequested(length))
        until = self._desk.status().paused_until
        assert until is not None  # a pause of a length always ends
        now = self._clock.now()
        return {
            "message": translate(
                "Commands",
                "Prompts paused until {time} ({left}); tracking goes on.",
                "{time}: Tue 14:30, {left}: 30 min",
            ).format(
                time=weekday_time(self._clock.to_local(until)),
                left=format_countdown((until - now).total_seconds()),
            ),
            "paused_until": until.isoformat(),
        }

    def _resume(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(ResumeRequested())
        return {"message": translate("Commands", "Prompts resumed.")}

    def _break(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(PromptNow(PromptKind.STAND))
        return {"message": translate("Commands", "Stand-up prompt shown.")}

    def _squeeze(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.observe(PromptNow(PromptKind.SQUEEZE))
        return {"message": translate("Commands", "Squeeze prompt shown.")}

    def _routine(self, args: dict[str, Any]) -> dict[str, Any]:
        routine_id = str(args.get("routine", "daily"))
        if not self._open_routine(routine_id):
            raise CommandRefusedError(
                translate("Commands", "there is no routine {routine}").format(
                    routine=repr(routine_id)
                )
            )
        return {
            "message": translate("Commands", "Routine {routine} opened.").format(
                routine=repr(routine_id)
            )
        }

    def _quit_command(self, _: dict[str, Any]) -> dict[str, Any]:
        self._desk.save_open_bout()  # so the answer can say whether it was
        self._quit()
        problem = self._desk.storage_problem
        if problem is not None:
            message = translate(
                "Commands", "Sitbreak is quitting, but could not save the open bout: {problem}"
            )
            return {"message": message.format(problem=problem)}
        return {"message": translate("Commands", "Sitbreak is quitting; the open bout was saved.")}
