"""Keeps the status window's "today so far" line current while the window is on screen.

Read when the window opens, when something is recorded, and once a minute while it is
open (the open bout grows); nothing runs while the window is hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from sitbreak.core.records import StorageError
from sitbreak.core.status_text import today_line

if TYPE_CHECKING:
    from sitbreak.core.stats import DayStats
    from sitbreak.ui.status_window import StatusWindow

log = logging.getLogger(__name__)


class TodaySoFar(QObject):
    def __init__(
        self,
        window: StatusWindow,
        read_today: Callable[[], DayStats],
        parent: QObject | None = None,
        *,
        every_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._read_today = read_today
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.refresh)
        # The window's own signal, not an event filter: a filter in Python gets every event
        # of the window, and converting them made PySide build ten event types (0.4 MB).
        window.shown_changed.connect(self._shown)
        if window.isVisible():
            self._shown(True)

    def _shown(self, shown: bool) -> None:
        if shown:
            self.refresh()
            self._timer.start()
        else:
            self._timer.stop()

    def refresh_if_shown(self) -> None:
        """Something was recorded: the line follows if anyone can see it."""
        if self._window.isVisible():
            self.refresh()

    def refresh(self) -> None:
        day: DayStats | None
        try:
            day = self._read_today()
        except StorageError as error:  # said on the line; the window stays usable
            log.error("today so far: %s", error)
            day = None
        self._window.set_today(today_line(day))
