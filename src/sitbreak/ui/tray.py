"""The tray icon and its menu. Both render the latest Status; the menu's items emit the
user's intent on the one Intents object (ui/intents.py), as the status window's buttons do.

The menu is rebuilt each time it opens, from the latest status, so it never shows a
stale state. Without a system tray, the status window stays open instead; the
controller keeps looking for a tray for a while (a tray started after us at login).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPixmapCache
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from sitbreak.core.clock import Clock, SystemClock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.pause import TOMORROW, PauseLength
from sitbreak.core.prompt_text import NO_TRAY_REASON, manual_mode_line, status_summary, tooltip
from sitbreak.core.status import State, Status
from sitbreak.ui.intents import Intents

if TYPE_CHECKING:
    from sitbreak.ui.status_window import StatusWindow
    from sitbreak.ui.tray_icon import IconLook, TrayIconCache

log = logging.getLogger(__name__)

PAUSE_CHOICES: tuple[tuple[str, PauseLength], ...] = (  # texts translated where shown
    (QT_TRANSLATE_NOOP("Tray", "Pause for 30 min"), timedelta(minutes=30)),
    (QT_TRANSLATE_NOOP("Tray", "Pause for 1 h"), timedelta(hours=1)),
    (QT_TRANSLATE_NOOP("Tray", "Pause until tomorrow"), TOMORROW),
)


class TrayMenu(QMenu):
    """The app menu, shared by the tray icon and the status window's Menu button; its
    items emit on the intents."""

    status_wanted = Signal()  # opening: the status line should say what is true now

    def __init__(self, intents: Intents, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intents = intents
        self._clock = clock
        self._status: Status | None = None
        self._routine = True
        self._full_routine = True
        self._stats = True
        self._shape: object = None
        self._waiting: list[QAction] = []  # greyed until the first status
        # Made once: rebuilding the menu re-adds it, so no submenu piles up.
        self._advanced = QMenu(translate("Tray", "Advanced"), self)
        self._advanced.addAction(translate("Tray", "Edit settings file")).triggered.connect(
            intents.edit_settings_requested
        )
        self.aboutToShow.connect(self.status_wanted)  # set_status() comes back at once
        self.aboutToShow.connect(self.rebuild)
        self.triggered.connect(self._triggered)
        self.rebuild()

    def set_status(self, status: Status) -> None:
        """Keep the latest status, and keep the closed menu current as well: some
        StatusNotifier hosts open a menu without asking for aboutToShow first."""
        self._status = status
        if self.isVisible():
            self._enable_waiting()  # the first status, on an open "Starting…" menu
            return
        shape = (status.state, status.detection_note)
        if shape != self._shape:
            self.rebuild()
            return
        line = status_summary(status, self._clock)
        if line != self._status_action.text():
            self._status_action.setText(line)

    def set_available(
        self,
        *,
        routine: bool | None = None,
        full_routine: bool | None = None,
        stats: bool | None = None,
    ) -> None:
        if routine is not None:
            self._routine = routine
        if full_routine is not None:
            self._full_routine = full_routine
        if stats is not None:
            self._stats = stats
        if not self.isVisible():
            self.rebuild()

    def _item(self, text: str, intent: SignalInstance) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(intent)  # Qt drops `checked`: these intents take no value
        return action

    def _triggered(self, action: QAction) -> None:
        index = action.data()
        if isinstance(index, int):
            self._intents.pause_requested.emit(PAUSE_CHOICES[index][1])

    def rebuild(self) -> None:
        intents = self._intents
        self._enable_waiting()  # Advanced's action stays across rebuilds
        self.clear()
        status = self._status
        line = (
            translate("Tray", "Starting…")
            if status is None
            else status_summary(status, self._clock)
        )
        self._shape = None if status is None else (status.state, status.detection_note)
        self._status_action = self.addAction(line)
        self._status_action.setEnabled(False)
        manual = None if status is None else manual_mode_line(status)
        if manual is not None:
            self.addAction(manual).setEnabled(False)
            self._item(translate("Tray", "I stood up"), intents.stood_up_requested)
        self.addSeparator()
        self._item(translate("Tray", "Squeeze now"), intents.squeeze_now_requested)
        self._item(translate("Tray", "Stand up now"), intents.stand_now_requested)
        standing = self.addAction(translate("Tray", "I'm standing"))
        standing.setCheckable(True)
        standing.setChecked(status is not None and status.state is State.STANDING)
        standing.triggered.connect(intents.standing_toggled)
        self.addSeparator()
        if status is not None and status.state is State.PAUSED:
            self._item(translate("Tray", "Resume"), intents.resume_requested)
        for index, (text, _until) in enumerate(PAUSE_CHOICES):
            self.addAction(translate("Tray", text)).setData(index)  # emitted by _triggered
        self.addSeparator()
        if self._routine:
            self._item(translate("Tray", "Daily routine…"), intents.routine_requested)
        if self._full_routine:
            self._item(translate("Tray", "Full routine…"), intents.full_routine_requested)
        if self._stats:
            self._item(translate("Tray", "Today's stats…"), intents.stats_requested)
        self._item(translate("Tray", "Settings…"), intents.settings_requested)
        self.addMenu(self._advanced)
        self.addSeparator()
        quit_action = self._item(translate("Tray", "Quit"), intents.quit_requested)
        # Starting: nothing would act on the items yet, so they are greyed; but Quit.
        self._waiting = [
            action
            for action in self.actions()
            if status is None
            and action.isEnabled()
            and not action.isSeparator()
            and action is not quit_action
        ]
        for action in self._waiting:
            action.setEnabled(False)

    def _enable_waiting(self) -> None:
        for action in self._waiting:
            action.setEnabled(True)
        self._waiting = []

    def action_texts(self) -> list[str]:
        return [a.text() for a in self.actions() if not a.isSeparator()]

    def action(self, text: str) -> QAction:
        for candidate in [*self.actions(), *self._advanced.actions()]:
            if candidate.text() == text:
                return candidate
        raise KeyError(text)


class TrayController(QObject):
    """Owns the QSystemTrayIcon, its menu, and the status window (the no-tray fallback).

    The menu and the status window emit on `intents` (its own when none is given)."""

    icon_clicked = Signal()  # the status window was shown for a click on the icon
    message_clicked = Signal()  # the user clicked the last tray message (notification)
    refresh_wanted = Signal()  # the status window or the opening menu wants what is true now

    def __init__(
        self,
        intents: Intents | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        tray_retry_ms: int = 2000,
        tray_retries: int = 30,
        tray_hint: Callable[[], str | None] = lambda: None,
    ) -> None:
        """`tray_hint` says how to get a tray here; it answers None once the user was told."""
        super().__init__(parent)
        self._tray_hint = tray_hint
        self._notify: Callable[[str, str, int], None] | None = None
        self._clock = clock or SystemClock()
        self._tray_available = tray_available
        self._retries_left = tray_retries
        self._icons: TrayIconCache | None = None  # the drawn looks, from the first status on
        self._icon_style = "colour"
        self._look: IconLook | None = None
        self._status: Status | None = None
        self.intents = intents or Intents(self)
        self.menu = TrayMenu(self.intents, self._clock)
        self.tray = QSystemTrayIcon(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self.message_clicked)
        self._tooltip = "Sitbreak"
        self.tray.setToolTip(self._tooltip)
        self.tray.setIcon(self._first_icon())
        self._status_window: StatusWindow | None = None  # built when first shown
        self._window_available: dict[str, bool | None] = {}
        self._window_made: list[Callable[[StatusWindow], None]] = []
        self.menu.status_wanted.connect(self.refresh_wanted)
        self._tray_probe = QTimer(self)
        self._tray_probe.setInterval(tray_retry_ms)
        self._tray_probe.timeout.connect(self._probe_tray)
        self._started = False

    def _first_icon(self) -> QIcon:
        """The app's icon until the first status says what to draw: drawing loads
        QPainter and Qt's enums, which would keep the icon from showing for 30-50 ms
        of a start. The away look where the app has no icon."""
        icon = QGuiApplication.windowIcon()
        if icon.isNull():
            from sitbreak.ui.tray_icon import IconLook

            icon = self._drawn(IconLook(State.AWAY, 0))
        return icon

    def _drawn(self, look: IconLook) -> QIcon:
        from sitbreak.ui.tray_icon import TrayIconCache

        if self._icons is None:
            self._icons = TrayIconCache()
        return self._icons.icon(look)

    # -- showing ---------------------------------------------------------------------
    @property
    def status_window(self) -> StatusWindow:
        """The status window, built on first use: a tray icon alone never needs it."""
        if self._status_window is None:
            from sitbreak.ui.status_window import StatusWindow

            window = self._status_window = StatusWindow(self.intents, self.menu, self._clock)
            window.refresh_wanted.connect(self.refresh_wanted)
            window.set_available(**self._window_available)
            if self._status is not None:
                window.set_status(self._status)
            for made in self._window_made:
                made(window)
        return self._status_window

    def when_status_window(self, made: Callable[[StatusWindow], None]) -> None:
        """Call `made` with the status window once it exists (now, if it does)."""
        self._window_made.append(made)
        if self._status_window is not None:
            made(self._status_window)

    def start(self) -> None:
        """Show the tray icon, or the status window when this desktop has no tray. Once:
        the app's start shows the icon before the rest of the app is built."""
        if self._started:
            return
        self._started = True
        if self._tray_available():
            self._show_icon()
            return
        log.warning("No system tray available; showing the status window instead")
        self.status_window.set_reason(NO_TRAY_REASON, self._tray_hint())
        self.status_window.show()
        if self._retries_left > 0:
            self._tray_probe.start()

    def _show_icon(self) -> None:
        self.tray.show()
        # Showing the icon rendered the app's window icon into Qt's pixmap cache, whose
        # flush timer then wakes the app every 10-30 s for as long as the cache holds it.
        QTimer.singleShot(0, QPixmapCache.clear)

    @property
    def has_tray(self) -> bool:
        return self.tray.isVisible()

    def _probe_tray(self) -> None:
        self._retries_left -= 1
        if self._tray_available():
            log.info("A system tray appeared; moving to the tray icon")
            self._tray_probe.stop()
            self._show_icon()
            self.status_window.set_reason(None)
            self.status_window.hide()
        elif self._retries_left <= 0:
            self._tray_probe.stop()

    def show_status(self) -> None:
        """Bring up the status window (icon click, or `sitbreak` started a second time)."""
        self.status_window.show()
        self.status_window.raise_()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_status()
            self.icon_clicked.emit()

    def icon_geometry(self) -> QRect:
        """Where the tray icon is on screen; empty when unknown (place prompts by the screen).

        An XEmbed icon (trayer, and other X11 trays) reports (0, 0) wherever it sits,
        since Qt does not follow the reparenting: a rectangle at the origin is unknown."""
        if not self.tray.isVisible():
            return QRect()
        geometry = self.tray.geometry()
        if geometry.isEmpty() or geometry.topLeft().isNull():
            return QRect()
        return geometry

    def hide(self) -> None:
        self._tray_probe.stop()
        self.tray.hide()
        if self._status_window is not None:
            self._status_window.hide()

    # -- state -----------------------------------------------------------------------
    def set_icon_style(self, style: str) -> None:
        """`[app] tray_icon`; the mono ink follows the palette (a dark/light switch too)."""
        from sitbreak.ui.tray_icon import IconStyle

        self._icon_style = IconStyle(style).value
        if self._status is not None:
            self._show_look(self._status)

    def _show_look(self, status: Status) -> None:
        from sitbreak.ui.tray_icon import IconStyle, look_for, panel_ink

        look = look_for(status, IconStyle(self._icon_style), panel_ink())
        if look != self._look:  # redraw only when the ring moves a step
            self._look = look
            self.tray.setIcon(self._drawn(look))

    def set_status(self, status: Status) -> None:
        self._status = status
        self._show_look(status)
        text = tooltip(status, self._clock)
        if text != self._tooltip:
            self._tooltip = text
            self.tray.setToolTip(text)
        self.menu.set_status(status)
        if self._status_window is not None:
            self._status_window.set_status(status)

    def set_available(
        self,
        *,
        routine: bool | None = None,
        full_routine: bool | None = None,
        stats: bool | None = None,
    ) -> None:
        """Hide menu items whose feature is not wired, so no dead item shows."""
        self.menu.set_available(routine=routine, full_routine=full_routine, stats=stats)
        if routine is not None:
            self._window_available["routine"] = routine
        if full_routine is not None:
            self._window_available["full_routine"] = full_routine
        if self._status_window is not None:
            self._status_window.set_available(routine=routine, full_routine=full_routine)

    def set_notifier(self, show: Callable[[str, str, int], None] | None) -> None:
        """Where messages go when there is no tray: a desktop notification (`show` raises
        OSError when it cannot), else the status window pops up."""
        self._notify = show

    def show_message(self, title: str, text: str, timeout_ms: int = 15000) -> None:
        """A message for the user: the tray's balloon, else a desktop notification, else the
        status window (which keeps the last message either way)."""
        log.info("told the user: %s: %s", title, text.replace("\n", " / "))
        if self.tray.isVisible():
            self.tray.showMessage(title, text, self.tray.icon(), timeout_ms)
            return
        self.status_window.show_message(title, text)
        if self._notify is not None:
            try:
                self._notify(title, text, timeout_ms)
            except OSError as error:
                log.warning("message notification failed: %s", error)
            else:
                return
        self.show_status()
