"""Opens the routine and stats windows on demand, one of each at a time.

Nothing here is built until first asked for: the tray alone pays for neither the
exercise catalogue nor the charts.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from sitbreak.core.clock import Clock
from sitbreak.core.settings import Settings
from sitbreak.storage.database import Database, DatabaseError
from sitbreak.ui.sound import SoundPlayer

if TYPE_CHECKING:
    from sitbreak.core.exercise import Catalogue
    from sitbreak.core.routine_player import RoutineSummary
    from sitbreak.ui.routine_window import RoutineWindow
    from sitbreak.ui.stats_window import StatsWindow

log = logging.getLogger(__name__)


class RoutineBusyError(Exception):
    """Another routine is on screen; its text says which."""


class WindowOpener(QObject):
    daily_routine_completed = Signal()  # the daily routine: no need to offer it today
    problem = Signal(str, str)  # title, text: something the user should know

    def __init__(
        self,
        clock: Clock,
        database: Database,
        settings: Callable[[], Settings],
        sound: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._database = database
        self._settings = settings
        self._catalogue: Catalogue | None = None
        self._routine_window: RoutineWindow | None = None
        self._stats_window: StatsWindow | None = None
        self._sound = sound
        self._routine_id: str | None = None

    # -- routine -------------------------------------------------------------------------
    def _load_catalogue(self) -> Catalogue:
        if self._catalogue is None:
            from sitbreak.storage.exercise_files import load_catalogue

            loaded = load_catalogue()
            for problem in loaded.problems:
                log.error("exercise files: %s", problem)
            if loaded.problems:
                self.problem.emit(
                    "Sitbreak: some exercises could not be loaded",
                    "\n".join(loaded.problems[:3]),
                )
            self._catalogue = loaded.catalogue
        return self._catalogue

    def has_routine(self, routine_id: str) -> bool:
        catalogue = self._load_catalogue()
        return routine_id in catalogue.routines

    def busy_reason(self, routine_id: str) -> str | None:
        """Why `routine_id` cannot open now (another routine is on screen), in words."""
        window = self._routine_window
        if window is None or not window.isVisible() or routine_id == self._routine_id:
            return None
        routines = self._load_catalogue().routines
        open_one = routines.get(self._routine_id or "")
        name = open_one.name if open_one is not None else "another"
        return f"the {name} routine is still open; finish or close it first"

    def open_routine(self, routine_id: str, trigger: str) -> bool:
        """Show the routine; a routine already open is brought to the front instead."""
        window = self._routine_window
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            reason = self.busy_reason(routine_id)
            if reason is not None:
                raise RoutineBusyError(reason)
            return True
        if not self.has_routine(routine_id):
            return False
        from sitbreak.ui.routine_window import RoutineWindow

        sound = self._sound if self._settings().routine.sound else None
        try:
            catalogue = self._load_catalogue().for_progress(self._database.exercise_completions())
        except (sqlite3.Error, DatabaseError) as error:
            log.error("reading exercise progress failed: %s", error)
            catalogue = self._load_catalogue().for_progress({})
        new = RoutineWindow.for_routine(
            catalogue,
            routine_id,
            self._clock,
            self._database,
            trigger,
            sound=sound,
        )
        new.finished.connect(self._routine_finished)
        new.destroyed.connect(self._routine_closed)
        new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._routine_window = new
        self._routine_id = routine_id
        new.show()
        new.raise_()
        new.activateWindow()
        return True

    def _routine_finished(self, summary: RoutineSummary) -> None:
        if summary.completed and self._routine_id == "daily":
            self.daily_routine_completed.emit()
        self.refresh_stats()

    def _routine_closed(self) -> None:
        self._routine_window = None
        self._routine_id = None

    def pause_routine(self) -> None:
        """The screen locked or the machine is going to sleep: no reps count meanwhile."""
        window = self._routine_window
        if window is not None and window.controller is not None:
            window.controller.pause()

    # -- stats ---------------------------------------------------------------------------
    def open_stats(self) -> None:
        if self._stats_window is None:
            from sitbreak.storage.stats_queries import StatsReader
            from sitbreak.ui.stats_window import StatsWindow

            reader = StatsReader(
                self._database,
                self._clock,
                lambda: self._settings().prompts.stand_after_minutes * 60.0,
                lambda: self._settings().stats.daily_sitting_goal_minutes * 60.0,
            )
            self._stats_window = StatsWindow(reader)
        else:
            self._stats_window.refresh()
        self._stats_window.show()
        self._stats_window.raise_()
        self._stats_window.activateWindow()

    def refresh_stats(self) -> None:
        """Something was recorded: redraw the stats if they are on screen (no polling)."""
        window = self._stats_window
        if window is not None and window.isVisible():
            window.refresh()

    def close_all(self) -> None:
        """On quit: a routine in progress is stored as abandoned, without a question."""
        if self._routine_window is not None:
            self._routine_window.stop_and_close()
        if self._stats_window is not None:
            self._stats_window.close()
