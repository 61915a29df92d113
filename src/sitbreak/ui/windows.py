"""Opens the routine and stats windows on demand, one of each at a time.

Nothing here is built until first asked for: the tray alone pays for neither the
exercise catalogue nor the charts. A routine window comes with its controller, which
this opener builds and keeps. What the windows need from outside the UI (the catalogue,
the user's progress, a session recorder, the stats) is handed in by the app as small
interfaces: no widget touches the database.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont

from sitbreak.core.clock import Clock
from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    FULL_ROUTINE_ID,
    Catalogue,
    LoadedCatalogue,
    is_activation_routine,
)
from sitbreak.core.i18n import fill, translate
from sitbreak.core.records import StorageError
from sitbreak.core.settings import Settings
from sitbreak.paths import AppPaths
from sitbreak.platform import memory
from sitbreak.ui.sound import SoundPlayer

if TYPE_CHECKING:
    from sitbreak.core.routine_player import RoutineSummary
    from sitbreak.core.stats import DayStats
    from sitbreak.desk.stats_reader import StatsReader
    from sitbreak.ui.routine_controller import (
        Confirm,
        RoutineController,
        SessionRecorder,
        TonePlayer,
    )
    from sitbreak.ui.routine_window import RoutineWindow
    from sitbreak.ui.stats_window import StatsView, StatsWindow
    from sitbreak.ui.welcome import WelcomeWindow

log = logging.getLogger(__name__)

NewRecorder = Callable[[str, str, Sequence[str]], "SessionRecorder"]  # routine, trigger, exercises


@dataclass(frozen=True)
class RoutineSources:
    """What routine windows need from outside the UI."""

    load_catalogue: Callable[[], LoadedCatalogue]
    exercise_progress: Callable[[], Mapping[str, int]]  # completions per exercise; StorageError
    new_recorder: NewRecorder


def release_memory() -> None:
    """After a window closed: drop Qt's font cache, free any cycles it left, and return free
    heap pages to the system.

    The cache keeps every font engine a window used (the routine window's large and bold
    sizes) with its rendered glyphs for as long as the app runs. Qt drops this cache itself
    when a thread ends; fonts still in use find their engines again, made afresh where
    needed, when they next draw (measured: 0.9 MB after the routine window, bench/
    window_cycles.py)."""
    QFont.cleanup()
    gc.collect()
    memory.trim()


def settings_command(paths: AppPaths) -> tuple[str, list[str]]:
    """How to start `sitbreak settings` for these folders, from source or a frozen build."""
    folders = ["--config-dir", str(paths.config_dir), "--data-dir", str(paths.data_dir)]
    if getattr(sys, "frozen", False):  # a PyInstaller build: the executable is sitbreak
        return sys.executable, [*folders, "settings"]
    return sys.executable, ["-m", "sitbreak", *folders, "settings"]


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
    from sitbreak.ui.routine_window import RoutineWindow

    window = RoutineWindow(translate("Routine", catalogue.routine(routine_id).name))
    return window, attach_routine(window, catalogue, routine_id, clock, recorder, sound, confirm)


def attach_routine(
    window: RoutineWindow,
    catalogue: Catalogue,
    routine_id: str,
    clock: Clock,
    recorder: SessionRecorder,
    sound: TonePlayer | None = None,
    confirm: Confirm | None = None,
) -> RoutineController:
    """A controller playing `routine_id` in `window` (new, or on its start page)."""
    from sitbreak.ui.routine_controller import RoutineController  # a routine's code: when used
    from sitbreak.ui.routine_window import ask_to_stop

    routine = catalogue.routine(routine_id)
    window.set_routine_title(translate("Routine", routine.name))
    return RoutineController(
        window,
        catalogue.resolve(routine),
        routine.rest_between_exercises_seconds,
        clock,
        recorder,
        confirm or (lambda: ask_to_stop(window)),
        sound,
        parent=window,  # deleted with the window
    )


class SettingsDialogProcess(QObject):
    """The settings dialog, in a process of its own (`sitbreak settings`): the tray keeps
    none of its memory. One at a time."""

    def __init__(self, problem: SignalInstance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problem = problem  # (title, text) for the user
        self.process: QProcess | None = None

    @property
    def running(self) -> bool:
        process = self.process
        return process is not None and process.state() != QProcess.ProcessState.NotRunning

    def open(self, paths: AppPaths) -> None:
        if self.running:
            log.info("the settings dialog is already open")
            return
        program, arguments = settings_command(paths)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        process.errorOccurred.connect(self._failed)
        process.finished.connect(self._finished)
        self.process = process
        process.start()

    def end(self) -> None:
        """On quit: unsaved changes in the dialog are dropped, as on Cancel."""
        process = self.process
        if process is not None and self.running:
            process.finished.disconnect(self._finished)  # ended on purpose
            process.terminate()
            if not process.waitForFinished(3000):
                process.kill()
                process.waitForFinished(1000)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            log.error("the settings dialog could not be started")
            self._problem.emit(
                translate("Windows", "Sitbreak settings"),
                translate(
                    "Windows",
                    "The settings dialog could not be started; use Advanced > Edit settings file.",
                ),
            )

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if code != 0 or status is not QProcess.ExitStatus.NormalExit:
            log.warning("the settings dialog ended with exit code %s", code)


class WindowOpener(QObject):
    daily_routine_completed = Signal()  # the short or full routine: no need to offer it today
    routine_running = Signal(bool)  # a routine window opened (True) or closed: hold prompts
    problem = Signal(str, str)  # title, text: something the user should know
    settings_requested = Signal()  # "Open settings…" in the welcome

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
        self._stats_view: StatsView | None = None
        self._stats_reader: StatsReader | None = None
        self._welcome: WelcomeWindow | None = None
        self._settings_dialog = SettingsDialogProcess(self.problem, self)
        self._sound = sound
        self._routine_id: str | None = None  # None while the start page offers a choice
        self._offered: tuple[str, ...] = ()  # the routines the start page offers
        self._trigger = ""

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
                    translate("Windows", "Sitbreak: some exercises could not be loaded"),
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
        if self._controller is None and routine_id in self._offered:
            return None  # one of those the start page offers: that one it is
        if self._routine_id is None:
            return translate("Windows", "the routine choice is open; pick one or close it")
        open_one = self._load_catalogue().routines.get(self._routine_id)
        if open_one is None:
            return translate("Windows", "another routine is still open; finish or close it first")
        return fill(
            translate("Windows", "the %1 routine is still open; finish or close it first"),
            translate("Routine", open_one.name),
        )

    def open_routine(self, routine_id: str, trigger: str, offer_full: bool = False) -> bool:
        """Show the routine; a routine already open is brought to the front instead.

        With `offer_full` (the tray's daily routine), the window opens on a start page
        offering the short daily and the full routine, each with its length."""
        window = self._routine_window
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            if self._controller is None and routine_id in self._offered:
                if not offer_full:  # asked for one of those on offer: that one it is
                    self._choose(routine_id)
                return True
            reason = self.busy_reason(routine_id)
            if reason is not None:
                raise RoutineBusyError(reason)
            return True
        if not self.has_routine(routine_id):
            return False
        catalogue, progress = self._load_catalogue(), self._progress()
        offered = (DAILY_ROUTINE_ID, FULL_ROUTINE_ID)
        from sitbreak.ui.routine_window import RoutineWindow

        new = RoutineWindow(translate("Routine", catalogue.routine(routine_id).name))
        new.destroyed.connect(self._routine_closed)
        new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._routine_window, self._trigger = new, trigger
        self.routine_running.emit(True)  # its start page too: prompts would hide it
        if offer_full and routine_id in offered and all(map(self.has_routine, offered)):
            self._offered = offered
            new.set_routine_title(translate("Windows", "Glute routine"))
            from sitbreak.core.routine_overview import overview

            new.show_choices([overview(catalogue, rid, progress) for rid in offered])
            new.routine_chosen.connect(self._choose)
            new.close_requested.connect(self._close_unchosen)
        else:
            self._attach(new, routine_id, progress)
        new.show()
        new.raise_()
        new.activateWindow()
        return True

    def _progress(self) -> Mapping[str, int]:
        try:
            return self._routines.exercise_progress()
        except StorageError as error:
            log.error("reading exercise progress failed: %s", error)
            return {}

    def _attach(
        self, window: RoutineWindow, routine_id: str, progress: Mapping[str, int]
    ) -> RoutineController:
        """A controller playing `routine_id` in `window`, with its recorder."""
        sound = self._sound if self._settings().routine.sound else None
        catalogue = self._load_catalogue().for_progress(progress)
        exercise_ids = [e.id for e in catalogue.resolve(routine_id)]
        recorder = self._routines.new_recorder(routine_id, self._trigger, exercise_ids)
        controller = attach_routine(window, catalogue, routine_id, self._clock, recorder, sound)
        controller.finished.connect(self._routine_finished)
        self._controller, self._routine_id = controller, routine_id
        return controller

    def _choose(self, routine_id: str) -> None:
        """A routine picked on the start page (or asked for while it shows): it starts."""
        window = self._routine_window
        if window is None or self._controller is not None or routine_id not in self._offered:
            return
        self._attach(window, routine_id, self._progress()).begin()

    def _close_unchosen(self) -> None:
        """Closing the start page: nothing was started, so nothing to ask or record."""
        if self._controller is None and self._routine_window is not None:
            self._routine_window.close_now()

    def _routine_finished(self, summary: RoutineSummary) -> None:
        if summary.completed and is_activation_routine(self._routine_id or ""):
            self.daily_routine_completed.emit()
        self.refresh_stats()

    def _routine_closed(self) -> None:
        self._routine_window = self._controller = None
        self._routine_id = None
        self._offered = ()
        self.routine_running.emit(False)
        # The window's figure, pages and timers were freed: hand the pages back now
        # (measured: RSS 0.6 MB lower after ten opens and closes; bench/window_cycles.py).
        QTimer.singleShot(0, release_memory)

    def pause_routine(self) -> None:
        """The screen locked or the machine is going to sleep: no reps count meanwhile."""
        if self._controller is not None:
            self._controller.pause()

    # -- stats ---------------------------------------------------------------------------
    def _reader(self) -> StatsReader:
        """One reader for the stats window and the status window's today line."""
        if self._stats_reader is None:
            self._stats_reader = self._stats()
        return self._stats_reader

    def today_stats(self) -> DayStats:
        """Today's figures so far (for the status window). Raises StorageError."""
        reader = self._reader()
        return reader.day(reader.today())

    def open_stats(self) -> None:
        window = self._stats_window
        if window is None:
            from sitbreak.ui.stats_window import StatsWindow

            window = self._stats_window = StatsWindow(self._reader(), self._stats_view)
            # Closed, it goes (hidden, it kept 4 MB); its place, tab and range go to the next.
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.closed.connect(self._keep_stats_view)
            window.destroyed.connect(self._stats_closed)
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()

    def _keep_stats_view(self, view: StatsView) -> None:
        self._stats_view = view
        self._stats_window = None  # closing, it is deleted: the next open builds one anew

    def _stats_closed(self) -> None:
        QTimer.singleShot(0, release_memory)

    def refresh_stats(self) -> None:
        """Something was recorded: redraw the stats if they are on screen (no polling)."""
        window = self._stats_window
        if window is not None and window.isVisible():
            window.refresh()

    # -- settings ------------------------------------------------------------------------
    def open_settings(self, paths: AppPaths) -> None:
        self._settings_dialog.open(paths)

    @property
    def settings_open(self) -> bool:
        return self._settings_dialog.running

    # -- welcome -------------------------------------------------------------------------
    def welcome_once(self, first: bool, has_tray: bool) -> bool:
        """On the very first start (`first`, remembered by the caller), say what Sitbreak
        does and where it lives."""
        if not first:
            return False
        from sitbreak.ui.welcome import WelcomeWindow

        log.info("first start: showing the welcome")
        window = WelcomeWindow(self._settings(), has_tray)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.settings_requested.connect(self.settings_requested)
        window.destroyed.connect(self._welcome_closed)
        self._welcome = window
        window.show()
        window.raise_()
        window.activateWindow()
        return True

    def _welcome_closed(self) -> None:
        self._welcome = None
        QTimer.singleShot(0, release_memory)  # its large title font too (measured: -0.8 MB)

    def close_all(self) -> None:
        """On quit: a routine in progress is stored as abandoned, without a question."""
        if self._controller is not None:
            self._controller.abandon()
        if self._routine_window is not None:
            self._routine_window.close_now()
        if self._stats_window is not None:
            self._stats_window.close()
        if self._welcome is not None:
            self._welcome.close()
        self._settings_dialog.end()
