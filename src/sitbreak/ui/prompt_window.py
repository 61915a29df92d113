"""The prompt: a small always-on-top note by the tray that asks, and reports the answer.

It shows without taking the keyboard from whatever the user is typing into
(WA_ShowWithoutActivating), but still accepts focus once clicked: then Tab moves
through the answers, Return presses the focused one (Done at first), Escape
dismisses. Each showing ends with exactly one signal; it closes itself after
`timeout_seconds` with `timed_out`. Its timers run only while it shows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.i18n import fill, translate
from sitbreak.core.prompt_text import PromptText, format_clock, guide_label, routine_label
from sitbreak.ui.focus_ring import FOCUS_RING

MARGIN = 12
_STYLE = """
#sitbreak-prompt {{ background: palette(window); border: {border}px solid {colour};
  border-radius: 6px; }}
#prompt-title {{ color: {title}; }}
"""
_CALM = {"border": 1, "colour": "palette(mid)", "title": "palette(window-text)"}
_URGENT = {"border": 3, "colour": "#e64a19", "title": "#d84315"}


class PromptWindow(QWidget):
    accepted = Signal()
    snoozed = Signal(int)  # minutes
    skipped = Signal()
    dismissed = Signal()
    timed_out = Signal()
    routine_requested = Signal()  # "Do the 2-minute routine" (a stand prompt)
    guide_requested = Signal()  # "Guide me" through a seated squeeze

    def __init__(self, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
        )
        super().__init__(parent, flags)
        self.setObjectName("sitbreak-prompt")
        self.setWindowTitle("Sitbreak")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._text: PromptText | None = None
        self._open = False
        self._routine_available = True
        self._guide_available = True
        self._timeout_ms = 0
        self._elapsed = QElapsedTimer()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._time_out)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time_left)

        self.title = QLabel()
        self.title.setObjectName("prompt-title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(translate("PromptWindow", "Dismiss (Esc)"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        bold = self.instruction.font()
        bold.setBold(True)
        self.instruction.setFont(bold)
        self.note = QLabel()
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setWordWrap(True)
        small = self.note.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.note.setFont(small)

        self.done_button = QPushButton(translate("PromptWindow", "Done"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        self.snooze_button = QPushButton(translate("PromptWindow", "Snooze"))
        self.snooze_button.clicked.connect(self.snooze)
        self.skip_button = QPushButton(translate("PromptWindow", "Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.routine_button = QPushButton(routine_label())
        self.routine_button.clicked.connect(self.start_routine)
        self.guide_button = QPushButton(guide_label())
        self.guide_button.clicked.connect(self.guide)

        self.time_left = QLabel()
        self.time_left.setFont(small)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(4)
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        answers = QHBoxLayout()
        answers.addWidget(self.done_button)
        answers.addWidget(self.snooze_button)
        answers.addWidget(self.skip_button)
        extras = QHBoxLayout()
        extras.addWidget(self.routine_button)
        extras.addWidget(self.guide_button)
        extras.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.time_left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.addLayout(header)
        for widget in (self.body, self.instruction):
            layout.addWidget(widget)
        layout.addLayout(answers)
        layout.addLayout(extras)
        layout.addWidget(self.note)
        layout.addLayout(footer)
        self.setFixedWidth(360)
        # Tab goes through the answers first, the × last; the first Tab lands on Done.
        order = (
            self.done_button,
            self.snooze_button,
            self.skip_button,
            self.routine_button,
            self.guide_button,
            self.close_button,
        )
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a tool button skips Tab
        self.close_button.setAccessibleName(translate("PromptWindow", "Dismiss"))
        self.progress.setAccessibleName(
            translate("PromptWindow", "Time left before the prompt closes")
        )

    # -- what it shows ---------------------------------------------------------------
    def set_available(self, *, routine: bool | None = None, guide: bool | None = None) -> None:
        """Hide the routine and guide buttons when those features are not wired."""
        if routine is not None:
            self._routine_available = routine
        if guide is not None:
            self._guide_available = guide

    @property
    def prompt(self) -> PromptText | None:
        """The prompt on screen, or None."""
        return self._text if self._open else None

    def show_prompt(
        self, text: PromptText, timeout_seconds: float, anchor: QRect | None = None
    ) -> None:
        """Show a prompt near `anchor` (the tray icon's geometry) or the screen's corner.

        A prompt still on screen is replaced without a signal: the caller decided."""
        self._text = text
        self.title.setText(text.title)
        self.body.setText(text.body)
        self.instruction.setText(text.instruction)
        self.note.setText(text.note)
        self.done_button.setText(text.accept_label)
        self.snooze_button.setText(text.snooze_label)
        self.skip_button.setText(text.skip_label)
        self.routine_button.setVisible(text.offers_routine and self._routine_available)
        self.guide_button.setVisible(text.offers_guide and self._guide_available)
        self.setStyleSheet(_STYLE.format(**(_URGENT if text.urgent else _CALM)) + FOCUS_RING)
        self._timeout_ms = max(1, round(timeout_seconds * 1000))
        self.progress.setRange(0, self._timeout_ms)
        self._open = True
        self._elapsed.start()
        self._deadline.start(self._timeout_ms)
        self._tick.start()
        self._show_time_left()
        self.setAccessibleName(text.title)
        self.setAccessibleDescription(f"{text.body} {text.instruction}".strip())
        self.adjustSize()
        self.move(self.placement(self.size(), anchor))
        self.show()
        # Where the keyboard lands once the user comes to the prompt (a click, Alt+Tab):
        # set on a window that is not active, this does not take the focus from anyone.
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def placement(self, size: QSize, anchor: QRect | None) -> QPoint:
        """Top-left corner: by the tray icon if known, else the available area's corner."""
        usable = anchor is not None and anchor.isValid() and not anchor.isEmpty()
        screen = QGuiApplication.screenAt(anchor.center()) if usable and anchor else None
        area = (screen or self.screen()).availableGeometry()
        w, h = size.width(), size.height()
        x_min, x_max = area.left() + MARGIN, area.right() + 1 - MARGIN - w
        y_min, y_max = area.top() + MARGIN, area.bottom() + 1 - MARGIN - h
        if not usable or anchor is None:
            return QPoint(max(x_min, x_max), max(y_min, y_max))
        x = anchor.right() + 1 - w
        if anchor.center().y() < area.center().y():  # tray at the top: below it
            y = anchor.bottom() + 1 + MARGIN
        else:
            y = anchor.top() - MARGIN - h
        return QPoint(max(x_min, min(x, x_max)), max(y_min, min(y, y_max)))

    def _show_time_left(self) -> None:
        left_ms = max(0, self._timeout_ms - self._elapsed.elapsed())
        self.progress.setValue(left_ms)
        self.time_left.setText(
            fill(translate("PromptWindow", "Closes in %1"), format_clock(left_ms / 1000))
        )

    # -- answers ---------------------------------------------------------------------
    def accept(self) -> None:
        self._answer(self.accepted.emit)

    def snooze(self) -> None:
        minutes = self._text.snooze_minutes if self._text is not None else 0
        self._answer(lambda: self.snoozed.emit(minutes))

    def skip(self) -> None:
        self._answer(self.skipped.emit)

    def dismiss(self) -> None:
        self._answer(self.dismissed.emit)

    def start_routine(self) -> None:
        self._answer(self.routine_requested.emit)

    def guide(self) -> None:
        self._answer(self.guide_requested.emit)

    def withdraw(self) -> None:
        """Close without an answer (the app settled the prompt another way)."""
        self._answer(lambda: None)

    def _time_out(self) -> None:
        self._answer(self.timed_out.emit)

    def _answer(self, emit: Callable[[], None]) -> None:
        if not self._open:  # one answer per showing
            return
        self._open = False
        self.hide()
        emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self._deadline.stop()
        self._tick.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isVisible():
                focused.click()  # the answer the user moved to with Tab
            else:
                self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the window manager (Alt+F4): the same as Escape."""
        self.dismiss()
        super().closeEvent(event)
