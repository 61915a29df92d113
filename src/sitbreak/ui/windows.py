"""Opens the routine and stats windows on demand, one of each at a time.

Nothing here is built until first asked for: the tray alone pays for neither the
exercise catalogue nor the charts. A routine window comes with its controller, which
this opener builds and keeps. What the windows need from outside the UI (the catalogue,
the user's progress, a session recorder, the stats) is handed in by the app as small
interfaces: no widget touches the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import Catalogue, LoadedCatalogue, is_activation_routine
from sitbreak.core.records import StorageError
from sitbreak.core.settings import Settings
from sitbreak.ui.routine_controller import Confirm, RoutineController, SessionRecorder, TonePlayer
from sitbreak.ui.sound import SoundPlayer

if TYPE_CHECKING:
    from sitbreak.core.routine_player import RoutineSummary
    from sitbreak.desk.stats_reader import StatsReader
    from sitbreak.ui.routine_window import RoutineWindow
    from sitbreak.ui.stats_window import StatsWindow

log = logging.getLogger(__name__)

NewRecorder = Callable[[str, str, Sequence[str]], SessionRecorder]  # routine, trigger, exercises


@dataclass(frozen=True)
class RoutineSources:
    """What routine windows need from outside the UI."""

    load_catalogue: Callable[[], LoadedCatalogue]
    exercise_progress: Callable[[], Mapping[str, int]]  # completions per exercise; StorageError
    new_recorder: NewRecorder


class RoutineBusyError(Exception):
    """Another routine is on screen; its text says which."""


def build_routine(
    catalogue: Catalogue,
    routine_id: str,
    clock: Clock,
    recorder: SessionRecorder,
    sound: TonePlayer | None = None,
    confirm: Confirm | None = None,
) -> tuple[RoutineWindow, RoutineController]:
    """A window playing `routine_id` and its controller; the routine starts when the window
    is first shown. `sound` None means no tones; `confirm` defaults to asking the user."""
    from sitbreak.ui.routine_window import RoutineWindow, ask_to_stop

    routine = catalogue.routine(routine_id)
    window = RoutineWindow(routine.name)
    controller = RoutineController(
        window,
        catalogue.resolve(routine),
        routine.rest_between_exercises_seconds,
        clock,
        recorder,
        confirm or (lambda: ask_to_stop(window)),
        sound,
        parent=window,  # deleted with the window
    )
    return window, controller


class WindowOpener(QObject):
    daily_routine_completed = Signal()  # the short or full routine: no need to offer it today
    problem = Signal(str, str)  # title, text: something the user should know

    def __init__(
        self,
        clock: Clock,
        routines: RoutineSources,
        stats: Callable[[], StatsReader],
        settings: Callable[[], Settings],
        sound: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._routines = routines
        self._stats = stats
        self._settings = settings
        self._catalogue: Catalogue | None = None
        self._routine_window: RoutineWindow | None = None
        self._controller: RoutineController | None = None
        self._stats_window: StatsWindow | None = None
        self._sound = sound
        self._routine_id: str | None = None

    # -- routine -------------------------------------------------------------------------
    @property
    def routine_controller(self) -> RoutineController | None:
        """The open routine window's controller, if one is open."""
        return self._controller

    def _load_catalogue(self) -> Catalogue:
        if self._catalogue is None:
            loaded = self._routines.load_catalogue()
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
        sound = self._sound if self._settings().routine.sound else None
        try:
            catalogue = self._load_catalogue().for_progress(self._routines.exercise_progress())
        except StorageError as error:
            log.error("reading exercise progress failed: %s", error)
            catalogue = self._load_catalogue().for_progress({})
        exercise_ids = [e.id for e in catalogue.resolve(routine_id)]
        recorder = self._routines.new_recorder(routine_id, trigger, exercise_ids)
        new, controller = build_routine(catalogue, routine_id, self._clock, recorder, sound)
        controller.finished.connect(self._routine_finished)
        new.destroyed.connect(self._routine_closed)
        new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._routine_window, self._controller = new, controller
        self._routine_id = routine_id
        new.show()
        new.raise_()
        new.activateWindow()
        return True

    def _routine_finished(self, summary: RoutineSummary) -> None:
        if summary.completed and is_activation_routine(self._routine_id or ""):
            self.daily_routine_completed.emit()
        self.refresh_stats()

    def _routine_closed(self) -> None:
        self._routine_window = self._controller = None
        self._routine_id = None

    def pause_routine(self) -> None:
        """The screen locked or the machine is going to sleep: no reps count meanwhile."""
        if self._controller is not None:
            self._controller.pause()

    # -- stats ---------------------------------------------------------------------------
    def open_stats(self) -> None:
        if self._stats_window is None:
            from sitbreak.ui.stats_window import StatsWindow

            self._stats_window = StatsWindow(self._stats())
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
        if self._routine_window is not None and self._controller is not None:
            self._controller.abandon()
            self._routine_window.close_now()
        if self._stats_window is not None:
            self._stats_window.close()
