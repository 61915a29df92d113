"""The compact status window: the bout so far, the next prompt, and the main actions.

It is what a tray click shows, what a second `sitbreak` start brings up, and the
always-reachable stand-in on desktops without a system tray (then closing it only
minimises it, since it is the one way back into the app).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.clock import Clock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.prompt_text import (
    held_line,
    manual_mode_line,
    status_backoff_line,
    status_summary,
)
from sitbreak.core.status import State, Status
from sitbreak.core.status_text import headline, progress_caption, prompt_line
from sitbreak.ui.intents import Intents

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu


STANDING_OFF = QT_TRANSLATE_NOOP("StatusWindow", "I'm standing")  # translated where shown
STANDING_ON = QT_TRANSLATE_NOOP("StatusWindow", "✓ I'm standing")


def _headline_font(label: QLabel) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)


class StatusWindow(QWidget):
    """One layout for every state: lines change their words, never their places."""

    # While shown, the window asks for a fresh status now and then: between the desk's own
    # updates (a minute apart in manual mode) the bout goes on, and the window must say
    # what `sitbreak status` says. Hidden, it asks for nothing.
    refresh_wanted = Signal()
    shown_changed = Signal(bool)  # on screen (True) or hidden

    def __init__(
        self,
        intents: Intents,
        menu: QMenu,
        clock: Clock,
        parent: QWidget | None = None,
        refresh_ms: int = 5000,
    ) -> None:
        """The buttons emit on `intents`; `menu` is the app menu behind the Menu button."""
        super().__init__(parent, Qt.WindowType.Window)
        self._clock = clock
        self._refresh = QTimer(self)
        self._refresh.setInterval(refresh_ms)
        self._refresh.timeout.connect(self.refresh_wanted)
        self.setWindowTitle("Sitbreak")
        self.setObjectName("sitbreak-status")
        self._fallback = False
        self._shown: tuple[object, ...] = ()
        self._latest: Status | None = None
        self.summary = QLabel(translate("StatusWindow", "Starting…"))  # the state in words
        _headline_font(self.summary)
        self.summary.setAccessibleName(translate("StatusWindow", "Status"))
        self.prompt_line = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(
            translate("StatusWindow", "Sitting time towards the stand-up prompt")
        )
        self.caption = QLabel()
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.today = QLabel(translate("StatusWindow", "Today so far: …"))
        self.today.setAccessibleName(translate("StatusWindow", "Today so far"))
        self.manual = QLabel()
        self.manual.setWordWrap(True)
        # The backends' own reasons, for whoever wants them; the line above says it plainly.
        self.details_button = QToolButton()
        self.details_button.setText(translate("StatusWindow", "Details"))
        self.details_button.setCheckable(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.details_button.toggled.connect(self._show_details)
        self.holds = QLabel()  # "Prompts held: in a call", the backoff of ignored prompts
        self.holds.setWordWrap(True)
        self.holds.hide()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for a two-line message is kept, so one arriving does not move anything.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)

        self.squeeze_button = QPushButton(translate("StatusWindow", "Squeeze now"))
        self.squeeze_button.clicked.connect(intents.squeeze_now_requested)
        self.stand_button = QPushButton(translate("StatusWindow", "Stand up now"))
        self.stand_button.clicked.connect(intents.stand_now_requested)
        self.standing_button = QPushButton(translate("StatusWindow", STANDING_OFF))
        self.standing_button.setCheckable(True)
        self.standing_button.clicked.connect(intents.standing_toggled)
        self.stood_up_button = QPushButton(translate("StatusWindow", "I stood up"))
        self.stood_up_button.clicked.connect(intents.stood_up_requested)
        self.resume_button = QPushButton(translate("StatusWindow", "Resume"))
        self.resume_button.setToolTip(translate("StatusWindow", "Show prompts again"))
        self.resume_button.clicked.connect(intents.resume_requested)
        self.routine_button = QPushButton(translate("StatusWindow", "Daily routine…"))
        self.routine_button.clicked.connect(intents.routine_requested)
        self.full_routine_button = QPushButton(translate("StatusWindow", "Full routine…"))
        self.full_routine_button.clicked.connect(intents.full_routine_requested)
        self.settings_button = QPushButton(translate("StatusWindow", "Settings…"))
        self.settings_button.clicked.connect(intents.settings_requested)
        self.menu_button = QPushButton(translate("StatusWindow", "Menu"))
        self.menu_button.setMenu(menu)
        self._show_standing(False)

        buttons = QGridLayout()
        buttons.addWidget(self.squeeze_button, 0, 0)
        buttons.addWidget(self.stand_button, 0, 1)
        buttons.addWidget(self.standing_button, 0, 2)
        buttons.addWidget(self.routine_button, 1, 0)
        buttons.addWidget(self.full_routine_button, 1, 1)
        buttons.addWidget(self.menu_button, 1, 2)
        buttons.addWidget(self.settings_button, 2, 0)
        buttons.addWidget(self.resume_button, 2, 1)
        buttons.addWidget(self.stood_up_button, 2, 2)
        for column in range(3):
            buttons.setColumnStretch(column, 1)
        layout = self._layout = QVBoxLayout(self)
        for widget in (
            self.summary,
            self.prompt_line,
            self.holds,
            self.progress,
            self.caption,
            self.today,
        ):
            layout.addWidget(widget)
        manual_row = QHBoxLayout()
        manual_row.addWidget(self.manual, 1)
        manual_row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(manual_row)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        self.manual.hide()  # these belong to the session, not to a state
        self.details_button.hide()
        self.details.hide()
        self.reason.hide()
        self.stood_up_button.hide()
        self.resume_button.setEnabled(False)
        self._waiting: tuple[QPushButton, ...] = (self.squeeze_button, self.stand_button)
        self._waiting += (self.standing_button, self.routine_button, self.full_routine_button)
        self._waiting += (self.settings_button,)
        _set_enabled(self._waiting, False)  # till the first status; not Menu: its Quit works
        # A width on a child, not the window: the window's minimum then follows the layout.
        self.summary.setMinimumWidth(380)

    def set_status(self, status: Status) -> None:
        _set_enabled(self._waiting, True)  # the first status: the app acts on them now
        self._waiting = ()
        self._latest = status
        if self.isVisible():  # a hidden window catches up when shown
            self._render(status)

    def set_today(self, text: str) -> None:
        """The "today so far" line (sitting, breaks, squeezes), from the stats."""
        self.today.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_wanted.emit()  # what is true now, not what was at the last change
        if self._latest is not None:
            self._render(self._latest)
        self._refresh.start()
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self._refresh.stop()
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def _render(self, status: Status) -> None:
        shown = (
            headline(status, self._clock),
            prompt_line(status),
            round(status.bout_fraction * 1000),
            progress_caption(status),
            manual_mode_line(status),
            None if status.detection_note is None else str(status.detection_note),
            status.state,
            "\n".join(
                line
                for line in (held_line(status.held_by), status_backoff_line(status, self._clock))
                if line
            ),
        )
        if shown == self._shown:  # most ticks change nothing visible
            return
        self._shown = shown
        title, prompts, progress, caption, manual, note, state, holds = shown
        self.summary.setText(title)
        self.prompt_line.setText(prompts)
        sitting = state in (State.SITTING, State.PAUSED)
        self.progress.setValue(progress if sitting else 0)
        self.progress.setEnabled(sitting)
        self.progress.setAccessibleDescription(caption)
        self.caption.setText(caption)
        self.holds.setText(holds)
        self.holds.setVisible(bool(holds))
        self.manual.setVisible(manual is not None)
        self.manual.setText(manual or "")
        self.stood_up_button.setVisible(manual is not None)
        self.details.setText(note or "")
        self.details_button.setVisible(note is not None)
        self.details.setVisible(note is not None and self.details_button.isChecked())
        self.resume_button.setEnabled(state is State.PAUSED)
        self._show_standing(state is State.STANDING)
        self.setAccessibleDescription(status_summary(status, self._clock))
        self._fit()

    def _show_standing(self, standing: bool) -> None:
        """Checked says it in words and weight too: some themes hardly show a checked button."""
        button = self.standing_button
        button.setChecked(standing)
        button.setText(translate("StatusWindow", STANDING_ON if standing else STANDING_OFF))
        font = button.font()
        font.setBold(standing)
        button.setFont(font)
        button.setToolTip(
            translate("StatusWindow", "You are standing: click when you sit down again")
            if standing
            else translate(
                "StatusWindow",
                "Click when you stand at a standing desk: standing is not counted as sitting",
            )
        )

    def _fit(self) -> None:
        """Grow when a line appears, so buttons never get squeezed flat."""
        self._layout.activate()
        hint = self.sizeHint()
        if self.height() < hint.height() or self.width() < hint.width():
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def set_available(
        self, *, routine: bool | None = None, full_routine: bool | None = None
    ) -> None:
        if routine is not None:
            self.routine_button.setVisible(routine)
        if full_routine is not None:
            self.full_routine_button.setVisible(full_routine)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown and bool(self.details.text()))
        self._fit()

    def set_reason(self, reason: str | None, hint: str | None = None) -> None:
        """Why this window is shown instead of a tray icon, and how to get one (`hint`);
        None when there is a tray."""
        self._fallback = reason is not None
        self.reason.setText("\n".join(line for line in (reason, hint) if line))
        self.reason.setVisible(self._fallback)
        self._fit()

    def show_message(self, title: str, text: str) -> None:
        self.message.setText(f"<b>{html.escape(title)}</b><br>{html.escape(text)}")
        self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._fallback:  # the only way back into the app: keep it reachable
            event.ignore()
            self.showMinimized()
            return
        super().closeEvent(event)


def _set_enabled(buttons: tuple[QPushButton, ...], enabled: bool) -> None:
    for button in buttons:
        button.setEnabled(enabled)
