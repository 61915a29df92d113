"""The routine window: renders the RoutinePlayer's snapshot and emits what the user asks.

It decides nothing: timing lives in core/routine_player.py, and the controller
(ui/routine_controller.py) owns the player, the timers and the session record; the
window opener (ui/windows.py) builds the two and keeps the controller. Sizes
follow the font, colours follow the palette, so it reads at 800x600 and in dark themes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.exercise import SAFETY_NOTE, Exercise
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from sitbreak.core.prompt_text import format_about, format_duration
from sitbreak.core.routine_overview import RoutineOverview
from sitbreak.core.routine_player import Phase, RoutineSummary, Snapshot
from sitbreak.ui.figure_view import FigureView
from sitbreak.ui.focus_ring import FOCUS_RING

# -- words -------------------------------------------------------------------------------
# Marked words are translated where shown (the translator comes after this import).
_PHASE_WORDS = {
    Phase.GET_READY: QT_TRANSLATE_NOOP("RoutineWindow", "Get ready"),
    Phase.SWITCH_SIDE: QT_TRANSLATE_NOOP("RoutineWindow", "Switch sides"),
    Phase.LIFT: QT_TRANSLATE_NOOP("RoutineWindow", "Lift"),
    Phase.HOLD: QT_TRANSLATE_NOOP("RoutineWindow", "Hold"),
    Phase.LOWER: QT_TRANSLATE_NOOP("RoutineWindow", "Lower"),
    Phase.REP_REST: QT_TRANSLATE_NOOP("RoutineWindow", "Rest"),
    Phase.SET_REST: QT_TRANSLATE_NOOP("RoutineWindow", "Rest"),
    Phase.EXERCISE_REST: QT_TRANSLATE_NOOP("RoutineWindow", "Rest"),
}
_COUNTED_PHASES = (
    Phase.GET_READY,
    Phase.SWITCH_SIDE,
    Phase.HOLD,
    Phase.SET_REST,
    Phase.EXERCISE_REST,
)
_BAND_WORDS = {
    "above_knees": QT_TRANSLATE_NOOP("RoutineWindow", "Mini band just above the knees"),
    "ankles": QT_TRANSLATE_NOOP("RoutineWindow", "Mini band around the ankles"),
    "around_legs": QT_TRANSLATE_NOOP("RoutineWindow", "Mini band around the legs"),
}
_FIGURE_PHASE = {
    Phase.GET_READY: "ready",
    Phase.SWITCH_SIDE: "ready",
    Phase.LIFT: "lift",
    Phase.HOLD: "hold",
    Phase.LOWER: "lower",
    Phase.REP_REST: "rest",
    Phase.SET_REST: "rest",
    Phase.EXERCISE_REST: "rest",
}


def phase_title(snapshot: Snapshot) -> str:
    if snapshot.finished:
        return translate("RoutineWindow", "Done")
    if snapshot.phase is Phase.SWITCH_SIDE:
        if snapshot.side == "left":
            return translate("RoutineWindow", "Switch to the left side")
        if snapshot.side == "right":
            return translate("RoutineWindow", "Switch to the right side")
    return translate("RoutineWindow", _PHASE_WORDS[snapshot.phase])


def countdown_text(snapshot: Snapshot) -> str:
    """Whole seconds left in a counted phase ("5"), empty for lift and lower."""
    if snapshot.finished or snapshot.phase not in _COUNTED_PHASES:
        return ""
    seconds = math.ceil(snapshot.phase_seconds_remaining - 1e-6)
    if seconds >= 60:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return str(max(seconds, 0))


def next_text(snapshot: Snapshot) -> str:
    """What comes after a rest or countdown."""
    if snapshot.phase is Phase.SET_REST:
        return fill(
            translate("RoutineWindow", "Next: set %1 of %2"),
            snapshot.set_number + 1,
            snapshot.sets_total,
        )
    if snapshot.phase is Phase.EXERCISE_REST:
        return translate("RoutineWindow", "Next up. Get into the start position.")
    if snapshot.phase in (Phase.GET_READY, Phase.SWITCH_SIDE):
        return translate("RoutineWindow", "Get into the start position.")
    return ""


def shown_exercise(snapshot: Snapshot) -> Exercise:
    """The exercise the panel and figure are about: during the rest after an exercise,
    the next one, so the user can get into position (and the band) in time."""
    if snapshot.phase is Phase.EXERCISE_REST and snapshot.next_exercise is not None:
        return snapshot.next_exercise
    return snapshot.exercise


def counter_texts(snapshot: Snapshot) -> tuple[str, str, str]:
    """(set, rep, side) labels; for an exercise still to come, its dosage."""
    exercise = shown_exercise(snapshot)
    if exercise is not snapshot.exercise:
        each = translate("RoutineWindow", "Each side") if exercise.per_side else ""
        return (
            translate("RoutineWindow", "%n set(s)", None, exercise.sets),
            translate("RoutineWindow", "%n rep(s)", None, exercise.reps),
            each,
        )
    return (
        fill(translate("RoutineWindow", "Set %1 of %2"), snapshot.set_number, snapshot.sets_total),
        fill(translate("RoutineWindow", "Rep %1 of %2"), snapshot.rep_number, snapshot.reps_total),
        side_text(snapshot.side),
    )


def side_text(side: str) -> str:
    if side == "left":
        return translate("RoutineWindow", "Left side")
    if side == "right":
        return translate("RoutineWindow", "Right side")
    return ""


def equipment_text(exercise: Exercise) -> str:
    if not exercise.uses_band:
        return translate("RoutineWindow", "No equipment needed")
    return translate(
        "RoutineWindow",
        _BAND_WORDS.get(
            exercise.band_position or "", QT_TRANSLATE_NOOP("RoutineWindow", "Mini band")
        ),
    )


def progress_text(snapshot: Snapshot) -> str:
    if snapshot.finished:
        return (
            translate("RoutineWindow", "Finished")
            if snapshot.completed
            else translate("RoutineWindow", "Stopped")
        )
    if shown_exercise(snapshot) is not snapshot.exercise:
        return fill(
            translate("RoutineWindow", "Next: exercise %1 of %2"),
            snapshot.exercise_index + 2,
            snapshot.exercise_total,
        )
    return fill(
        translate("RoutineWindow", "Exercise %1 of %2"),
        snapshot.exercise_index + 1,
        snapshot.exercise_total,
    )


def remaining_text(snapshot: Snapshot) -> str:
    if snapshot.finished:
        return ""
    return fill(
        translate("RoutineWindow", "About %1 left"),
        format_about(snapshot.routine_seconds_remaining),
    )


def summary_lines(summary: RoutineSummary) -> tuple[str, str]:
    """(headline, details) for the finish screen."""
    if not summary.completed:
        headline = translate("RoutineWindow", "Routine stopped")
    elif summary.exercises_completed == summary.exercises_total:
        headline = translate("RoutineWindow", "Routine complete. Well done!")
    else:
        headline = translate("RoutineWindow", "Routine finished")
    details = "\n".join(
        (
            fill(
                translate("RoutineWindow", "Exercises completed: %1 of %2"),
                summary.exercises_completed,
                summary.exercises_total,
            ),
            fill(translate("RoutineWindow", "Reps done: %1"), summary.reps_done),
            fill(translate("RoutineWindow", "Sets done: %1"), summary.sets_done),
            fill(translate("RoutineWindow", "Time: %1"), format_duration(summary.active_seconds)),
        )
    )
    return headline, details


def choice_texts(overview: RoutineOverview) -> tuple[str, str]:
    """(title, description) of a routine offered on the start page, with the player's
    estimate: ("Daily glute activation: about 9 min", "Clam shell, ...; 1 set of 10 reps each.")"""
    title = fill(
        translate("RoutineWindow", "%1: about %2"),
        translate("Routine", overview.name),
        format_about(overview.estimated_seconds),
    )
    names = [translate("Exercise", e.name) for e in overview.exercises]
    if QLocale().language() is not QLocale.Language.German:  # German keeps its capitals
        names = [n if i == 0 else n[:1].lower() + n[1:] for i, n in enumerate(names)]
    listed = (
        names[0]
        if len(names) == 1
        else fill(translate("RoutineWindow", "%1 and %2"), ", ".join(names[:-1]), names[-1])
    )
    sets = {e.sets for e in overview.exercises}
    reps = {e.reps for e in overview.exercises}
    if len(sets) == 1 and len(reps) == 1:
        (n,), (r,) = sets, reps
        dose = fill(
            translate("RoutineWindow", "%1 of %2 each"),
            translate("RoutineWindow", "%n set(s)", None, n),
            translate("RoutineWindow", "%n rep(s)", None, r),
        )
    else:
        dose = translate("RoutineWindow", "at their own dose")
    return title, f"{listed}; {dose}."


_FIGURE_WORDS = {
    "ready": QT_TRANSLATE_NOOP("RoutineWindow", "In the start position: %1"),
    "lift": QT_TRANSLATE_NOOP("RoutineWindow", "Moving: %1"),
    "hold": QT_TRANSLATE_NOOP("RoutineWindow", "Holding at the top of the movement."),
    "lower": QT_TRANSLATE_NOOP("RoutineWindow", "Lowering slowly back to the start position."),
    "rest": QT_TRANSLATE_NOOP("RoutineWindow", "Resting in the start position."),
}


def figure_description(exercise: Exercise, side: str, phase: str) -> str:
    """What the figure is doing, for screen readers: the exercise, the side, the movement."""
    name = translate("Exercise", exercise.name)
    if side == "left":
        who = fill(translate("RoutineWindow", "%1, left side"), name)
    elif side == "right":
        who = fill(translate("RoutineWindow", "%1, right side"), name)
    else:
        who = name
    detail = exercise.start_position if phase == "ready" else exercise.summary
    doing = fill(translate("RoutineWindow", _FIGURE_WORDS[phase]), translate("Exercise", detail))
    return f"{who}. {doing}"


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


# -- the widget --------------------------------------------------------------------------
def ask_to_stop(parent: QWidget) -> bool:
    """Whether the user wants to stop the running routine (a modal question)."""
    # Imported when asked: its type alone costs 0.2 MB that a finished routine never uses.
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        translate("RoutineWindow", "Stop the routine?"),
        translate("RoutineWindow", "Stop the routine now? What you have done so far is saved."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class RoutineHeader(QWidget):
    """The routine's name, how far it is, and how long is left."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine_label = QLabel(title)
        self.routine_label.setFont(_scaled_font(self.font(), 1.25, bold=True))
        self.progress_label = QLabel()
        self.remaining_label = QLabel()
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        top = QHBoxLayout()
        top.addWidget(self.routine_label)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.remaining_label)


class KeyButton(QPushButton):
    """A push button on which the arrows keep their meaning: previous and next exercise.

    (A button's own key handler, not an event filter: a filter in Python receives every
    event of the button, and converting them made PySide build ten event types, 0.4 MB.)"""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.ignore()  # on to the window
        else:
            super().keyPressEvent(event)


class FinishPage(QWidget):
    """What was done, whether it could be saved, and the way to go again or close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = self.font()
        self.headline = QLabel()
        self.headline.setFont(_scaled_font(base, 2.0, bold=True))
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setFont(_scaled_font(base, 1.3))
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.hide()
        self.again_button = KeyButton(translate("RoutineWindow", "Do it again"))
        self.close_button = KeyButton(translate("RoutineWindow", "Close"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addSpacing(self.fontMetrics().height())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)


class ChoicePage(QWidget):
    """Before "Get ready": which routine to do (the short daily or the full one), each with
    its length. Tab moves between the choices, Return or Space starts one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(translate("RoutineWindow", "Which routine today?"))
        self.headline.setFont(_scaled_font(self.font(), 1.6, bold=True))
        self.hint = QLabel(
            translate("RoutineWindow", "Tab moves between them, Return starts one, Esc closes.")
        )
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons: list[QCommandLinkButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.headline)
        self._layout.addSpacing(self.fontMetrics().height())
        self._choices = QVBoxLayout()
        self._layout.addLayout(self._choices)
        self._layout.addSpacing(self.fontMetrics().height())
        self._layout.addWidget(self.hint)
        self._layout.addStretch(2)

    def set_choices(
        self, overviews: Sequence[RoutineOverview], chosen: Callable[[str], None]
    ) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for overview in overviews:
            title, description = choice_texts(overview)
            button = QCommandLinkButton(title, description)
            button.setAutoDefault(True)  # Return on the focused choice starts it
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, rid=overview.id: chosen(rid))
            self._choices.addWidget(button)
            self.buttons.append(button)
        if len(self.buttons) > 1:
            QWidget.setTabOrder(self.buttons[0], self.buttons[1])


def _keyboard_buttons(window: QWidget, *groups: tuple[KeyButton, ...]) -> None:
    """Tab reaches the buttons (Space or Return presses the one in focus); a mouse click
    leaves the focus on the window, so Space still pauses after a click; the arrows keep
    their meaning on a focused button."""
    for button in (b for group in groups for b in group):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoDefault(True)
        button.setMinimumHeight(round(window.fontMetrics().height() * 2.2))


class RoutineWindow(QWidget):
    pause_requested = Signal()  # toggle pause / resume
    next_requested = Signal()
    previous_requested = Signal()
    restart_requested = Signal()
    close_requested = Signal()  # the controller answers with close_now() or nothing
    visibility_changed = Signal(bool)
    routine_chosen = Signal(str)  # a routine id picked on the start page

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} - Sitbreak")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._may_close = False
        self._figure_key: tuple[str, str] | None = None
        base = self.font()

        header = RoutineHeader(title)
        self.routine_label, self.progress_label = header.routine_label, header.progress_label
        self.progress_bar, self.remaining_label = header.progress_bar, header.remaining_label

        self.figure = FigureView()
        self.exercise_label = QLabel()
        self.exercise_label.setFont(_scaled_font(base, 1.7, bold=True))
        self.exercise_label.setWordWrap(True)
        self.phase_label = QLabel()
        self.phase_label.setFont(_scaled_font(base, 2.2, bold=True))
        self.phase_label.setWordWrap(True)
        self.phase_label.setForegroundRole(QPalette.ColorRole.Highlight)
        self.countdown_label = QLabel()
        self.countdown_label.setFont(_scaled_font(base, 3.0, bold=True))
        self.paused_label = QLabel(translate("RoutineWindow", "Paused. Press Space to go on."))
        self.paused_label.setFont(_scaled_font(base, 1.1, bold=True))
        self.paused_label.hide()
        self.next_label = QLabel()
        self.next_label.setMinimumHeight(self.fontMetrics().height())  # no jumping layout
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)
        self.set_label = QLabel()
        self.rep_label = QLabel()
        self.side_label = QLabel()
        for label in (self.set_label, self.rep_label, self.side_label):
            label.setFont(_scaled_font(base, 1.25))
        self.equipment_label = QLabel()
        self.cues_label = QLabel()
        self.cues_label.setWordWrap(True)
        self.cues_label.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_label = QLabel(translate("Exercise", SAFETY_NOTE))
        self.safety_label.setWordWrap(True)
        self.safety_label.setFont(_scaled_font(base, 0.9))
        self.safety_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.previous_button = KeyButton(translate("RoutineWindow", "Previous"))
        self.pause_button = KeyButton(translate("RoutineWindow", "Pause"))
        self.next_button = KeyButton(translate("RoutineWindow", "Next"))
        self.close_button = KeyButton(translate("RoutineWindow", "Close"))
        self.previous_button.setToolTip(
            translate("RoutineWindow", "Previous exercise (Left arrow)")
        )
        self.pause_button.setToolTip(translate("RoutineWindow", "Pause or resume (Space)"))
        self.next_button.setToolTip(translate("RoutineWindow", "Next exercise (Right arrow)"))
        self.close_button.setToolTip(translate("RoutineWindow", "Close (Esc)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_requested)

        finish = FinishPage()
        self.summary_headline, self.summary_details = finish.headline, finish.details
        self.summary_error = finish.error
        self.again_button, self.finish_close_button = finish.again_button, finish.close_button
        self.again_button.clicked.connect(self.restart_requested)
        self.finish_close_button.clicked.connect(self.close_requested)
        _keyboard_buttons(
            self,
            (self.previous_button, self.pause_button, self.next_button, self.close_button),
            (self.again_button, self.finish_close_button),
        )
        self.figure.setAccessibleName(translate("RoutineWindow", "Demonstration figure"))
        self.setStyleSheet(FOCUS_RING)

        self.pages = QStackedWidget()
        self.pages.addWidget(_player_page(self))
        self.pages.addWidget(finish)
        self.choice_page = ChoicePage()
        self.pages.addWidget(self.choice_page)
        outer = QVBoxLayout(self)
        outer.addWidget(header)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.safety_label)

        em = self.fontMetrics().averageCharWidth()
        self.setMinimumSize(64 * em, 40 * self.fontMetrics().height() // 2)
        self.resize(110 * em, 34 * self.fontMetrics().height())

    # -- rendering ------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.progress_label.setText(progress_text(snapshot))
        self.progress_bar.setValue(round(snapshot.routine_progress * 1000))
        self.remaining_label.setText(remaining_text(snapshot))
        if snapshot.finished:
            return
        self.pages.setCurrentIndex(0)
        exercise = shown_exercise(snapshot)
        self.exercise_label.setText(translate("Exercise", exercise.name))
        self.phase_label.setText(phase_title(snapshot))
        self.countdown_label.setText(countdown_text(snapshot))
        self.paused_label.setVisible(snapshot.paused)
        self.pause_button.setText(
            translate("RoutineWindow", "Resume")
            if snapshot.paused
            else translate("RoutineWindow", "Pause")
        )
        self.previous_button.setEnabled(snapshot.started)
        self.next_button.setEnabled(snapshot.started)
        self.next_label.setText(next_text(snapshot))
        set_text, rep_text, side = counter_texts(snapshot)
        self.set_label.setText(set_text)
        self.rep_label.setText(rep_text)
        self.side_label.setText(side)
        self.equipment_label.setText(equipment_text(exercise))
        start = translate("Exercise", exercise.start_position)
        self.start_label.setText(fill(translate("RoutineWindow", "Start: %1"), start))
        cues = (translate("Exercise", cue) for cue in exercise.cues)
        self.cues_label.setText("\n".join(f"• {cue}" for cue in cues))
        self._show_figure(snapshot)

    def _show_figure(self, snapshot: Snapshot) -> None:
        # During the rest after an exercise, the figure demonstrates the next one.
        exercise = shown_exercise(snapshot)
        upcoming = exercise is not snapshot.exercise
        side = exercise.sides[0] if upcoming else snapshot.side
        if (exercise.id, side) != self._figure_key:
            self._figure_key = (exercise.id, side)
            self.figure.set_exercise(exercise, side)
        self.figure.set_preview(upcoming and not snapshot.paused)
        phase = "ready" if upcoming else _FIGURE_PHASE[snapshot.phase]
        self.figure.setAccessibleDescription(figure_description(exercise, side, phase))
        if not upcoming:
            self._show_motion(snapshot)

    def show_motion(self, snapshot: Snapshot) -> None:
        """A frame: only the figure and the hold countdown move."""
        if snapshot.finished:
            return
        self.countdown_label.setText(countdown_text(snapshot))
        if snapshot.phase is not Phase.EXERCISE_REST:
            self._show_motion(snapshot)

    def _show_motion(self, snapshot: Snapshot) -> None:
        # The rep moves a walking figure on along the mat.
        phase = _FIGURE_PHASE[snapshot.phase]
        self.figure.set_motion(phase, snapshot.phase_progress, snapshot.rep_number - 1)

    def show_summary(self, summary: RoutineSummary, error: str | None = None) -> None:
        headline, details = summary_lines(summary)
        self.summary_headline.setText(headline)
        self.summary_details.setText(details)
        self.summary_error.setText(error or "")
        self.summary_error.setVisible(bool(error))
        self.figure.set_preview(False)
        self._figure_key = None
        self.remaining_label.setText("")
        self.pages.setCurrentIndex(1)

    @property
    def showing_summary(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_choices(self, overviews: Sequence[RoutineOverview]) -> None:
        """The start page: pick one of these routines (emits routine_chosen)."""
        self.choice_page.set_choices(overviews, self.routine_chosen.emit)
        self.progress_label.setText("")
        self.remaining_label.setText("")
        self.progress_bar.hide()  # nothing runs yet
        self.pages.setCurrentWidget(self.choice_page)
        self._focus_start()

    @property
    def showing_choices(self) -> bool:
        return self.pages.currentWidget() is self.choice_page

    def set_routine_title(self, title: str) -> None:
        """The routine chosen on the start page names the window."""
        self.setWindowTitle(f"{title} - Sitbreak")
        self.routine_label.setText(title)
        self.progress_bar.show()

    def _focus_start(self) -> None:
        if self.showing_choices and self.choice_page.buttons:
            self.choice_page.buttons[0].setFocus()
        else:
            self.setFocus()

    # -- closing --------------------------------------------------------------------------
    def close_now(self) -> None:
        """Close without asking again (the controller has decided)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            # The controller decides; its close_now() cannot re-enter this close, so it
            # only sets the flag read here.
            self.close_requested.emit()
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    # -- keys and visibility ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        elif self.showing_summary or self.showing_choices:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            self.pause_requested.emit()
        elif key == Qt.Key.Key_Right:
            self.next_requested.emit()
        elif key == Qt.Key.Key_Left:
            self.previous_requested.emit()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._focus_start()
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)


def _instructions(window: RoutineWindow) -> QScrollArea:
    """Equipment, start position and cues: they scroll when the window is small or the
    language long, instead of running into each other."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    for label in (window.equipment_label, window.start_label, window.cues_label):
        label.setWordWrap(True)
        label.setMinimumWidth(1)  # wrap to the panel's width, never widen it
        column.addWidget(label)
    column.addStretch(1)
    content = QWidget()
    content.setLayout(column)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, as before
    return area


def _player_page(window: RoutineWindow) -> QWidget:
    """The window's exercise widgets laid out: figure, exercise panel, buttons."""
    info = QVBoxLayout()
    info.addWidget(window.exercise_label)
    info.addSpacing(window.fontMetrics().height() // 2)
    phase_row = QHBoxLayout()
    phase_row.addWidget(window.phase_label, 1)
    phase_row.addWidget(window.countdown_label)
    info.addLayout(phase_row)
    info.addWidget(window.paused_label)
    info.addWidget(window.next_label)
    counters = QHBoxLayout()
    counters.addWidget(window.set_label)
    counters.addSpacing(window.fontMetrics().averageCharWidth() * 3)
    counters.addWidget(window.rep_label)
    counters.addStretch(1)
    counters.addWidget(window.side_label)
    info.addLayout(counters)
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    info.addWidget(line)
    info.addWidget(_instructions(window), 1)
    info_widget = QWidget()
    info_widget.setLayout(info)
    info_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    body = QHBoxLayout()
    body.addWidget(window.figure, 5)
    body.addWidget(info_widget, 4)
    buttons = QHBoxLayout()
    buttons.addWidget(window.previous_button)
    buttons.addWidget(window.pause_button)
    buttons.addWidget(window.next_button)
    buttons.addStretch(1)
    buttons.addWidget(window.close_button)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(body, 1)
    layout.addLayout(buttons)
    return page
