"""The tray app's start: one instance, then the tray icon, then the rest of the app.

A second start must never show an icon, so the single-instance check comes first. Then
the icon shows (the app's own icon until the first status is drawn), built from the few
modules it needs; the app's parts (app.py, the composition root, and everything it
imports) load and are built after it, a step per turn of the event loop, so the loop
keeps drawing the icon the tray host embeds meanwhile. Until then the menu says
"Starting…" and its items are greyed, but Quit, which works from the first moment
(ending the start where it is); commands from the command line wait in the channel's
queue and are answered by the started app."""

from __future__ import annotations

import functools
import importlib
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sitbreak import __version__
from sitbreak.core.clock import Clock, SystemClock
from sitbreak.core.i18n import translate
from sitbreak.paths import AppPaths, resources_dir
from sitbreak.platform.suspend_clock import monotonic_without_suspend
from sitbreak.runtime.logs import setup_logging
from sitbreak.storage.once import OnceFlag
from sitbreak.ui.app_icon import APP_ID, app_icon
from sitbreak.ui.tray import TrayController

if TYPE_CHECKING:
    from sitbreak.app import Sitbreak
    from sitbreak.runtime.instance import SingleInstance

log = logging.getLogger(__name__)

# A second start during a slow first one: the first listens at once but answers only once
# it is built, so the SHOW waits this long from the connection (the command line, 3 s).
SHOW_ANSWER_MS = 15_000
# What app.py imports, the slowest first, in steps of a few tens of ms; app.py imports
# what this leaves out itself.
_APP_MODULES = (
    "sitbreak.core.settings",
    "sitbreak.core.desk",
    "sitbreak.core.exercise",
    "sitbreak.storage.database",
    "sitbreak.desk.coordinator",
    "sitbreak.desk.commands",
    "sitbreak.runtime.scheduler",
    "sitbreak.storage.settings_file",
    "sitbreak.platform.detect",
    "sitbreak.platform.holds.detect",
    "sitbreak.platform.notify",
    "sitbreak.platform.autostart",
    "sitbreak.ui.prompt_presenter",
    "sitbreak.ui.windows",
    "sitbreak.app",
)


def tray_for(paths: AppPaths, clock: Clock) -> TrayController:
    """The tray icon and its menu (not shown yet), with their own intents."""
    return TrayController(None, clock, tray_hint=_tray_hint_once(paths))


def _tray_hint_once(paths: AppPaths) -> Callable[[], str | None]:
    """How to get a tray icon on this desktop, said on the first run without one only."""

    def hint() -> str | None:
        from sitbreak.core.prompt_text import tray_hint
        from sitbreak.platform.detect import desktops  # D-Bus: only where no tray shows

        text = tray_hint(desktops(dict(os.environ)))
        return text if text and OnceFlag(paths.data_dir / "tray-hint-shown").first_time() else None

    return hint


def _log_uncaught(kind: type[BaseException], error: BaseException, tb: object) -> None:
    """An exception that reached Qt's event loop: into the log, not only onto stderr."""
    log.critical("unexpected error", exc_info=(kind, error, tb))  # type: ignore[arg-type]


def _cannot_start(text: str) -> None:
    print(f"sitbreak: {text}", file=sys.stderr)
    log.error("cannot start: %s", text)


def run_app(paths: AppPaths) -> int:
    from sitbreak.runtime.instance import InstanceError, SingleInstance
    from sitbreak.runtime.language import language_setting
    from sitbreak.runtime.signals import QuitOnSignals
    from sitbreak.runtime.translations import install_translations

    setup_logging(paths.log_dir)
    sys.excepthook = _log_uncaught
    # Qt paints in parallel on a thread pool whose threads start for a repaint of the tray
    # icon and expire 30 s later: a dozen wake-ups for a 22 px icon. One thread is plenty.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication(sys.argv[:1])
    # Before any window or tray text is made; kept alive while the app runs.
    translators = install_translations(language_setting(paths.settings_file))
    log.info("speaking %s", translators.language)
    app.setApplicationName("Sitbreak")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon(resources_dir() / "icons"))
    try:
        instance = SingleInstance(paths.instance_name, paths.lock_file)
        primary = instance.try_become_primary()
    except (InstanceError, OSError) as error:
        _cannot_start(str(error))
        return 1
    if not primary:
        return _show_the_running_one(paths)
    clock = SystemClock(monotonic_without_suspend())
    tray = tray_for(paths, clock)
    parts: list[Sitbreak] = []  # the app, once built; kept alive while the loop runs
    imports = [functools.partial(importlib.import_module, name) for name in _APP_MODULES]
    build = functools.partial(_build_and_start, app, paths, clock, tray, instance, parts)
    quit_now = _step_by_step(app, tray, [*imports, build])
    tray.start()  # the icon first; the rest of the app a step at a time around it
    signals = QuitOnSignals(lambda _number: quit_now()) if sys.platform != "win32" else None
    code = app.exec()
    if signals is not None:
        signals.close()
    instance.release()
    return code


def _step_by_step(
    app: QApplication, tray: TrayController, steps: list[Callable[[], object]]
) -> Callable[[], None]:
    """Run `steps`, one per turn of the event loop: between them the loop draws the icon
    the tray host has just embedded (the host shows an empty slot until this process
    draws it). A step that fails is a bug: it ends the start, said on stderr (by the
    log's console handler) and in the log, rather than leaving the icon of an app that
    never started.

    Quit (the menu's, and the returned function) works from the first moment: the app
    exits, and no step runs after it, so a Quit during the start leaves no half-built
    app behind; once the app is built, its shutdown (on aboutToQuit) saves the open bout."""
    quitting = False

    def run(index: int) -> None:
        if quitting:
            return
        try:
            steps[index]()
        except Exception:
            tray.hide()
            log.critical("Sitbreak could not start", exc_info=True)
            app.exit(1)
            return
        if index + 1 < len(steps):
            QTimer.singleShot(0, lambda: run(index + 1))

    def quit_now() -> None:
        nonlocal quitting
        quitting = True
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and the
        # no-tray status window refuses (closing it only minimises it).
        app.exit(0)

    tray.intents.quit_requested.connect(quit_now)
    QTimer.singleShot(0, lambda: run(0))
    return quit_now


def _show_the_running_one(paths: AppPaths) -> int:
    """A second start: the running Sitbreak shows its status window; no icon here."""
    from sitbreak.cli.registry import Remote
    from sitbreak.runtime.command_client import send_command
    from sitbreak.runtime.instance import InstanceError

    try:
        reply = send_command(
            paths.instance_name,
            Remote.SHOW,
            {},
            timeout_ms=SHOW_ANSWER_MS,
            connect_retry_ms=3000,
        )
    except InstanceError as error:
        text = translate("App", "another Sitbreak holds the lock but does not answer: {problem}")
        print(f"sitbreak: {text.format(problem=error)}", file=sys.stderr)
        return 1
    print(reply.get("message", translate("App", "Sitbreak is already running.")))
    return 0


def _build_and_start(
    app: QApplication,
    paths: AppPaths,
    clock: Clock,
    tray: TrayController,
    instance: SingleInstance,
    parts: list[Sitbreak],
) -> None:
    """Build the app around the shown icon, start it, then answer commands (those that
    came in meanwhile too). A database it must not touch ends the start."""
    from PySide6.QtWidgets import QMessageBox

    from sitbreak.app import Sitbreak
    from sitbreak.cli.registry import REMOTE_NAMES
    from sitbreak.desk.commands import CommandRefusedError
    from sitbreak.runtime.command_channel import CommandServer
    from sitbreak.storage.database import DatabaseRefusedError

    try:
        sitbreak = Sitbreak(app, paths, clock, tray)
    except DatabaseRefusedError as error:
        tray.hide()
        _cannot_start(str(error))
        QMessageBox.critical(None, translate("App", "Sitbreak cannot start"), str(error))
        app.exit(1)
        return
    parts.append(sitbreak)
    app.aboutToQuit.connect(sitbreak.shutdown)
    sitbreak.start()
    # Last: a command that came meanwhile is answered by the started app.
    CommandServer(
        instance.server,
        sitbreak.commands,
        refusals=(CommandRefusedError,),
        commands=REMOTE_NAMES,
        parent=sitbreak,
    )
