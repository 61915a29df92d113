"""The composition root: builds every part, connects them, runs the Qt event loop.

This is the only module that knows all the parts. It decides nothing itself: the desk
rules (core/desk.py) decide, the coordinator (desk/coordinator.py) records, schedules and
presents what they decide, the widgets show state and emit on one Intents object, which
is connected here, once.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from sitbreak import __version__
from sitbreak.core.clock import Clock
from sitbreak.core.desk import (
    SAVE_OPEN_BOUT_EVERY,
    Answered,
    ClockJumped,
    FollowUp,
    Locked,
    PauseRequested,
    PromptNow,
    Resumed,
    ResumeRequested,
    RoutineDone,
    SettingsChanged,
    StandingSet,
    StoodUp,
    Suspending,
    Unlocked,
)
from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    DESK_ROUTINE_ID,
    FULL_ROUTINE_ID,
    SQUEEZE_ROUTINE_ID,
    LoadedCatalogue,
)
from sitbreak.core.i18n import Message, translate
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.settings import Settings
from sitbreak.desk.commands import CommandHandler, CommandRefusedError
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.paths import AppPaths, resources_dir
from sitbreak.platform.autostart import autostart_for, default_launch_command
from sitbreak.platform.detect import (
    create_session_events,
    detect_idle_source,
    session_kind,
)
from sitbreak.platform.holds.detect import create_hold_monitor
from sitbreak.platform.notify import NotifierError, create_notifier
from sitbreak.runtime.idle_push import IdlePush
from sitbreak.runtime.scheduler import Scheduler
from sitbreak.runtime.settings_watcher import SettingsWatcher
from sitbreak.storage.database import Database, DatabaseError, DatabaseRefusedError
from sitbreak.storage.once import OnceFlag
from sitbreak.storage.settings_file import LoadedSettings, load_settings
from sitbreak.ui.notification_prompts import NotificationPrompts
from sitbreak.ui.prompt_presenter import PromptPresenter
from sitbreak.ui.settings_file_opener import open_settings_file
from sitbreak.ui.sound import SoundPlayer
from sitbreak.ui.today_so_far import TodaySoFar
from sitbreak.ui.tray import TrayController
from sitbreak.ui.windows import RoutineBusyError, RoutineSources, WindowOpener

if TYPE_CHECKING:
    from sitbreak.core.stats import DayStats
    from sitbreak.ui.routine_controller import SessionRecorder

log = logging.getLogger(__name__)


class Sitbreak(QObject):
    """Holds the parts for the app's lifetime and wires their signals together."""

    def __init__(
        self, app: QApplication, paths: AppPaths, clock: Clock, tray: TrayController
    ) -> None:
        """`tray`: the icon and its menu (runtime/tray_start.py), often shown already."""
        super().__init__()
        self._app = app
        self._paths = paths
        self._clock = clock
        loaded = load_settings(paths.settings_file)
        self._database, database_warning = _open_database(paths, clock)
        self._scheduler = Scheduler(self, local_zone=clock.zone(), monotonic=clock.monotonic)
        environ = dict(os.environ)
        detection = detect_idle_source(environ)
        self._idle_source = detection.source
        self._holds = create_hold_monitor(environ)
        self._tray = tray
        tray.setParent(self)
        self.intents = tray.intents
        self._sound = SoundPlayer(self)
        self._notifications = _notifications(self)
        if self._notifications is not None:
            self._tray.set_notifier(self._notifications.notifier.show_message)
        self._presenter = PromptPresenter(
            self.intents,
            self._tray,
            loaded.settings.prompts,
            self._sound,
            self,
            notifications=self._notifications,
            session=session_kind(environ),
        )
        self.desk = DeskCoordinator(
            clock,
            loaded.settings,
            self._database,
            self._scheduler,
            self._presenter,
            self._idle_source,
            manual_reason=detection.note,
            saving_problem=(LOCKED_AT_START if self._database.setup_pending else database_warning),
            in_memory=database_warning is not None,
            holds=self._holds,
            save_every=_save_every_seconds(environ),
        )
        self._idle_push = IdlePush(self._idle_source, self.desk.observe)
        self._windows = WindowOpener(
            clock,
            _routine_sources(self._database, self._clock),
            self._stats_reader,
            lambda: self.desk.settings,
            self._sound,
            self,
        )
        self._session = create_session_events(environ, app)
        self._autostart = autostart_for(
            default_launch_command(),
            on_refused=lambda text: self._tray.show_message("Sitbreak", text),
        )
        self._connect()
        self._tray.set_icon_style(loaded.settings.app.tray_icon)
        self._apply_autostart(loaded.settings)
        self._report_settings(loaded)
        for title, text in _database_messages(self._database, database_warning):
            self._tray.show_message(title, text)

    def _stats_reader(self) -> StatsReader:
        def settings() -> Settings:  # read at each call, so edited settings show at once
            return self.desk.settings

        return StatsReader(
            self._database,
            self._clock,
            lambda: settings().prompts.stand_after_minutes * 60.0,
            lambda: settings().stats.daily_sitting_goal_minutes * 60.0,
        )

    def _connect_intents(self) -> None:
        """Each intent, from whichever surface, is connected here and only here; but Quit,
        which the tray start (runtime/tray_start.py) connects from its first moment."""
        desk, intents = self.desk, self.intents
        intents.prompt_answered.connect(self._answered)
        intents.squeeze_now_requested.connect(lambda: desk.observe(PromptNow(PromptKind.SQUEEZE)))
        intents.stand_now_requested.connect(lambda: desk.observe(PromptNow(PromptKind.STAND)))
        intents.standing_toggled.connect(lambda standing: desk.observe(StandingSet(standing)))
        intents.stood_up_requested.connect(lambda: desk.observe(StoodUp()))
        intents.pause_requested.connect(lambda length: desk.observe(PauseRequested(length)))
        intents.resume_requested.connect(lambda: desk.observe(ResumeRequested()))
        intents.routine_requested.connect(
            lambda: self._open_routine(DAILY_ROUTINE_ID, "tray", offer_full=True)
        )
        intents.full_routine_requested.connect(lambda: self._open_routine(FULL_ROUTINE_ID, "tray"))
        intents.stats_requested.connect(self._windows.open_stats)
        intents.settings_requested.connect(lambda: self._windows.open_settings(self._paths))
        intents.edit_settings_requested.connect(self._edit_settings)

    def _connect(self) -> None:
        desk, tray, presenter = self.desk, self._tray, self._presenter
        desk.on_changed(lambda: tray.set_status(desk.status()))
        tray.refresh_wanted.connect(lambda: tray.set_status(desk.status()))
        desk.on_recorded(self._windows.refresh_stats)
        desk.on_recorded(_today_line(tray, self._windows.today_stats, self))
        desk.on_open_routine(self._open_routine)
        self._connect_intents()
        tray.set_available(
            routine=self._windows.has_routine(DAILY_ROUTINE_ID),
            full_routine=self._windows.has_routine(FULL_ROUTINE_ID),
            stats=True,
        )
        presenter.set_available(
            routine=self._windows.has_routine(DESK_ROUTINE_ID),
            guide=self._windows.has_routine(SQUEEZE_ROUTINE_ID),
        )
        self._windows.problem.connect(tray.show_message)
        self._windows.settings_requested.connect(self.intents.settings_requested)
        self._windows.daily_routine_completed.connect(lambda: desk.observe(RoutineDone()))
        self._windows.routine_running.connect(desk.routine_running)
        self._holds.changed.connect(desk.check_holds)  # pushed: full screen, call, DND
        self._session.locked.connect(lambda: desk.observe(Locked()))
        self._session.locked.connect(self._windows.pause_routine)
        self._session.unlocked.connect(lambda: desk.observe(Unlocked()))
        self._session.suspending.connect(lambda: desk.observe(Suspending()))
        self._session.suspending.connect(self._windows.pause_routine)
        self._session.resumed.connect(self._resumed)
        self._scheduler.job_missed.connect(desk.job_missed)
        self._scheduler.clock_jumped.connect(lambda _drift: desk.observe(ClockJumped()))
        desk.on_problem(lambda text: tray.show_message("Sitbreak", text))
        self._settings_watcher = SettingsWatcher(self._paths.settings_file, self._reload, self)
        self._commands = CommandHandler(
            desk,
            self._clock,
            tray.show_status,
            self._open_routine_by_id,
            self.quit_soon,
            show_stats=self._windows.open_stats,
        )

    @property
    def commands(self) -> CommandHandler:
        return self._commands

    def start(self) -> None:
        self._tray.start()
        self._presenter.choose_channel()  # needs to know whether the tray came up
        self._scheduler.start()
        self._session.start()
        self.desk.start()
        self._watch_idle()

        first = OnceFlag(self._paths.welcome_marker).first_time()
        self._windows.welcome_once(first, self._tray.has_tray)
        log.info(
            "Sitbreak %s started (idle source: %s)",
            __version__,
            getattr(self._idle_source, "name", "none, manual mode"),
        )

    def _watch_idle(self) -> None:
        if not self.desk.manual_mode:
            self._idle_push.watch(float(self.desk.settings.tracking.away_after_seconds))

    # -- intents -------------------------------------------------------------------
    def _resumed(self) -> None:
        self.desk.observe(Resumed())
        self._scheduler.replan()

    def _answered(self, outcome: Outcome, follow_up: FollowUp | None) -> None:
        _answer_unless_refused(
            self.desk, self._windows, self._tray, self._presenter, outcome, follow_up
        )

    def _open_routine_by_id(self, routine_id: str) -> bool:
        try:
            return self._windows.open_routine(routine_id, "cli")
        except RoutineBusyError as error:
            raise CommandRefusedError(str(error)) from error

    def _open_routine(self, routine_id: str, trigger: str, offer_full: bool = False) -> None:
        try:
            self._windows.open_routine(routine_id, trigger, offer_full)
        except RoutineBusyError as error:
            self._tray.show_message("Sitbreak", _not_now(str(error)))

    def _edit_settings(self) -> None:
        path = self._paths.settings_file
        if not path.exists():
            self._report_settings(load_settings(path))
        self._tray.show_message(translate("App", "Sitbreak settings"), open_settings_file(path))

    def _reload(self, loaded: LoadedSettings) -> None:
        if not loaded.readable:  # a half-saved or broken edit: keep what runs now
            self._tray.show_message(*_settings_kept(loaded))
            return
        away_before = self.desk.settings.tracking.away_after_seconds
        self.desk.observe(SettingsChanged(loaded.settings))
        if loaded.settings.tracking.away_after_seconds != away_before:
            self._watch_idle()
        self._presenter.set_settings(loaded.settings.prompts)
        self._tray.set_icon_style(loaded.settings.app.tray_icon)
        self._apply_autostart(loaded.settings)
        self._report_settings(loaded)
        if not loaded.problems:
            self._tray.show_message("Sitbreak", translate("App", "Settings reloaded."), 4000)

    def _report_settings(self, loaded: LoadedSettings) -> None:
        if loaded.problems:
            self._tray.show_message(*_settings_problems(loaded))

    def _apply_autostart(self, settings: Settings) -> None:
        try:
            if settings.app.autostart and not self._autostart.is_enabled():
                self._autostart.enable()
            elif not settings.app.autostart and self._autostart.is_enabled():
                self._autostart.disable()
        except OSError as error:
            log.error("autostart could not be changed: %s", error)
            text = translate("App", "Autostart could not be changed: {problem}")
            self._tray.show_message("Sitbreak", text.format(problem=error))

    # -- quitting ------------------------------------------------------------------
    def quit_soon(self) -> None:
        """Quit after the current event (a command's reply must go out first)."""
        QTimer.singleShot(0, self.quit)

    def quit(self) -> None:
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and the
        # no-tray status window refuses (closing it only minimises it), cancelling the quit.
        self._app.exit(0)

    def shutdown(self) -> None:
        """On aboutToQuit: save the open bout, stop timers, close what is open."""
        self.desk.stop()
        self._scheduler.shutdown()
        self._windows.close_all()
        self._tray.hide()
        self._session.close()
        self._holds.close()
        self._presenter.close()
        self._sound.close()
        if self._idle_source is not None:
            self._idle_source.close()
        self._database.close()
        log.info("Sitbreak stopped")


_FOLLOW_UP_ROUTINES = {FollowUp.DESK_ROUTINE: DESK_ROUTINE_ID, FollowUp.GUIDE: SQUEEZE_ROUTINE_ID}
LOCKED_AT_START = Message.translate("App", "The database is locked by another program.")


def _settings_kept(loaded: LoadedSettings) -> tuple[str, str]:
    """Title and text: the edited file cannot be used, the settings in use stay."""
    text = translate("App", "{problem} The settings in use stay as they were.")
    return (
        translate("App", "Sitbreak: check your settings"),
        text.format(problem=loaded.problems[0].message),
    )


def _settings_problems(loaded: LoadedSettings) -> tuple[str, str]:
    """Title and text: the first problems of the settings file, one a line."""
    text = "\n".join(f"• {p.message}" for p in loaded.problems[:4])
    if len(loaded.problems) > 4:
        more = len(loaded.problems) - 4
        text += "\n" + translate("App", "… and %n more (see the log).", None, more)
    return translate("App", "Sitbreak: check your settings"), text


def _not_now(reason: str) -> str:
    return translate("App", "Not now: {reason}.").format(reason=reason)


def _routine_sources(database: Database, clock: Clock) -> RoutineSources:
    """What the routine windows read and write, handed in so widgets never see storage."""

    def load() -> LoadedCatalogue:
        from sitbreak.core.exercise import localized
        from sitbreak.storage.exercise_files import load_catalogue

        loaded = load_catalogue(resources_dir())  # shown in the user's language
        return LoadedCatalogue(localized(loaded.catalogue), loaded.problems)

    def recorder(routine_id: str, trigger: str, exercises: Sequence[str]) -> SessionRecorder:
        from sitbreak.desk.routine_session import RoutineSessionRecorder  # with the window

        return RoutineSessionRecorder(database, clock, routine_id, trigger, exercises)

    return RoutineSources(load, database.exercise_completions, recorder)


def _answer_unless_refused(
    desk: DeskCoordinator,
    windows: WindowOpener,
    tray: TrayController,
    presenter: PromptPresenter,
    outcome: Outcome,
    follow_up: FollowUp | None,
) -> None:
    """An answer; "Do the routine" / "Guide me" only if that routine can open now. A
    refusal records nothing (the bout goes on) and brings the prompt back."""
    routine_id = None if follow_up is None else _FOLLOW_UP_ROUTINES.get(follow_up)
    reason = None if routine_id is None else windows.busy_reason(routine_id)
    shown = desk.showing
    if reason is None or shown is None:
        desk.observe(Answered(outcome, follow_up))
        return
    log.info("prompt answer refused: %s", reason)
    tray.show_message("Sitbreak", _not_now(reason))
    presenter.show_prompt(shown)


def _database_messages(database: Database, warning: Message | None) -> list[tuple[str, str]]:
    """What to tell about the database at start: not saving, not yet, or a new one."""
    messages = []
    if warning:
        messages.append((translate("App", "Sitbreak: data not saved"), str(warning)))
    elif database.report.locked_at_start:
        text = translate(
            "App",
            "The database {path} is locked by another program. Sitbreak tracks as usual and "
            "saves once the lock is gone.",
        )
        messages.append(
            (translate("App", "Sitbreak: not saving yet"), text.format(path=database.path))
        )
    if database.report.corrupt_copy is not None:
        text = translate("App", "The old database could not be read; it was kept as {path}.")
        messages.append(
            (
                translate("App", "Sitbreak started a new database"),
                text.format(path=database.report.corrupt_copy),
            )
        )
    return messages


def _notifications(parent: QObject) -> NotificationPrompts | None:
    """Desktop notifications where a Linux desktop offers them (the portal in Flatpak)."""
    if sys.platform in ("win32", "darwin"):
        return None
    icon = str(resources_dir() / "icons" / "sitbreak.svg")
    try:
        notifier = create_notifier(QDBusConnection.sessionBus(), icon, parent=parent)
    except NotifierError as error:
        log.info("no desktop notifications: %s", error)
        return None
    return NotificationPrompts(notifier, parent)


def _today_line(
    tray: TrayController, read_today: Callable[[], DayStats], parent: QObject
) -> Callable[[], None]:
    """The status window's "today so far" line, once the window exists; returns what
    refreshes it when something was recorded."""
    lines: list[TodaySoFar] = []
    tray.when_status_window(lambda window: lines.append(TodaySoFar(window, read_today, parent)))

    def refresh() -> None:
        for line in lines:
            line.refresh_if_shown()

    return refresh


def _save_every_seconds(environ: dict[str, str]) -> float:
    """How often the open bout is saved: a minute, or `SITBREAK_SAVE_EVERY_SECONDS` (1 to
    3600; the tests of a disk that fills use a few seconds)."""
    text = environ.get("SITBREAK_SAVE_EVERY_SECONDS")
    if text is None:
        return SAVE_OPEN_BOUT_EVERY
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 1 <= seconds <= 3600:  # NaN too
        log.warning("SITBREAK_SAVE_EVERY_SECONDS=%r is not 1 to 3600 seconds: ignored", text)
        return SAVE_OPEN_BOUT_EVERY
    return seconds


def _open_database(paths: AppPaths, clock: Clock) -> tuple[Database, Message | None]:
    """The database, or an in-memory one with a warning if the data folder is unusable."""
    try:
        return Database.open(paths.database_file, clock), None
    except DatabaseRefusedError:
        raise
    except DatabaseError as error:
        log.error("%s Running without saving.", error)
        text = Message.translate("App", "{problem} Sitbreak runs, but nothing is saved.")
        return Database.open_in_memory(clock), text.format(problem=error)
