"""The routine window as a user drives it: keys, labels, closing, hiding, the record."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from types import MappingProxyType

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import Clock, FakeClock, SystemClock
from sitbreak.core.exercise import Catalogue, Routine, RoutineItem, Tempo
from sitbreak.core.records import SessionStatus
from sitbreak.core.routine_overview import overview
from sitbreak.core.routine_player import GET_READY_SECONDS, Phase, RoutineSummary
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.storage.database import Database
from sitbreak.ui.routine_controller import RoutineController
from sitbreak.ui.routine_window import RoutineWindow, ask_to_stop, choice_texts
from sitbreak.ui.sound import Tone
from sitbreak.ui.windows import build_routine
from tests.support.exercises import make_exercise, shipped_catalogue

REP = 1.0 + 2.0 + 1.5  # lift, hold, lower of make_exercise's tempo
REST_BETWEEN = 10


def catalogue() -> Catalogue:
    bridge = make_exercise("bridge", sets=2, reps=2)
    clam = make_exercise("clam_shell", sets=1, reps=2, per_side=True)
    routine = Routine(
        "test",
        "Test routine",
        "",
        (RoutineItem("bridge"), RoutineItem("clam_shell")),
        REST_BETWEEN,
    )
    return Catalogue(
        MappingProxyType({"bridge": bridge, "clam_shell": clam}),
        MappingProxyType({"test": routine}),
    )


@dataclass
class Confirm:
    answer: bool
    asked: int = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


@dataclass
class Tones:
    played: list[Tone] = field(default_factory=list)

    def play(self, tone: Tone) -> None:
        self.played.append(tone)


@dataclass
class Opened:
    window: RoutineWindow
    controller: RoutineController
    clock: FakeClock
    database: Database
    confirm: Confirm
    tones: Tones
    finished: list[RoutineSummary]

    def advance(self, seconds: float) -> None:
        """Time passes and the phase timer fires, as it would in the app."""
        self.clock.advance(seconds)
        self.controller.phase_timer.timeout.emit()

    def run_to(self, phase: Phase) -> None:
        player = self.controller.player
        while player.current_step.phase is not phase:
            wait = player.seconds_to_next_change()
            assert wait is not None
            self.advance(wait)

    def run_to_end(self) -> None:
        player = self.controller.player
        while (wait := player.seconds_to_next_change()) is not None:
            self.advance(wait)

    def sessions(self):
        now = self.clock.now()
        return self.database.routine_sessions_between(
            now - timedelta(days=1), now + timedelta(days=1)
        )

    def key(self, key: Qt.Key) -> None:
        QtBot.keyClick(self.window, key)


def open_routine(
    catalogue: Catalogue,
    routine_id: str,
    clock: Clock,
    database: Database,
    trigger: str,
    sound: Tones | None = None,
    confirm: Confirm | None = None,
) -> tuple[RoutineWindow, RoutineController]:
    """What the window opener does: the window, its controller, a recorder for the session."""
    ids = [e.id for e in catalogue.resolve(routine_id)]
    recorder = RoutineSessionRecorder(database, clock, routine_id, trigger, ids)
    return build_routine(catalogue, routine_id, clock, recorder, sound, confirm)


@pytest.fixture
def opened(qtbot) -> Iterator[Opened]:
    clock = FakeClock()
    database = Database.open_in_memory()
    confirm = Confirm(answer=False)
    tones = Tones()
    window, controller = open_routine(
        catalogue(), "test", clock, database, "tray", sound=tones, confirm=confirm
    )
    qtbot.addWidget(window)
    finished: list[RoutineSummary] = []
    controller.finished.connect(finished.append)
    yield Opened(window, controller, clock, database, confirm, tones, finished)
    if controller.player.in_progress:
        controller.abandon()
    database.close()


def shown(o: Opened, qtbot) -> Opened:
    o.window.show()
    qtbot.waitExposed(o.window)
    return o


def test_the_routine_starts_when_the_window_is_shown(opened: Opened, qtbot) -> None:
    assert not opened.controller.player.started
    assert not opened.controller.timers_active
    assert opened.sessions() == []
    shown(opened, qtbot)
    w = opened.window
    assert opened.controller.player.started
    assert w.exercise_label.text() == "Bridge"
    assert w.phase_label.text() == "Get ready"
    assert w.countdown_label.text() == str(int(GET_READY_SECONDS))
    assert w.progress_label.text() == "Exercise 1 of 2"
    assert w.set_label.text() == "Set 1 of 2"
    assert w.rep_label.text() == "Rep 1 of 2"
    assert w.equipment_label.text() == "No equipment needed"
    assert "Drive through the heels" in w.cues_label.text()
    assert "not medical advice" in w.safety_label.text()
    assert opened.controller.phase_timer.isActive()
    [session] = opened.sessions()
    assert (session.routine_id, session.trigger, session.status) == (
        "test",
        "tray",
        SessionStatus.IN_PROGRESS,
    )


def test_labels_follow_the_player_through_a_rep_and_a_rest(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(2)
    assert w.countdown_label.text() == "3"
    opened.advance(3)
    assert (w.phase_label.text(), w.countdown_label.text()) == ("Lift", "")
    opened.advance(1)
    assert (w.phase_label.text(), w.countdown_label.text()) == ("Hold", "2")
    opened.advance(2)
    assert w.phase_label.text() == "Lower"
    opened.advance(1.5 + 0.5)
    assert (w.phase_label.text(), w.rep_label.text()) == ("Lift", "Rep 2 of 2")
    opened.run_to(Phase.SET_REST)
    assert (w.phase_label.text(), w.countdown_label.text()) == ("Rest", "10")
    assert w.next_label.text() == "Next: set 2 of 2"
    opened.advance(0.4)
    assert w.countdown_label.text() == "10"
    opened.advance(0.6)
    assert w.countdown_label.text() == "9"
    # 73 s in all (bridge 34, rest 10, clam 29); 15.5 s done.
    assert opened.controller.player.total_seconds == 73
    assert w.remaining_label.text() == "About 58 s left"


def test_per_side_exercise_shows_the_side_and_the_band_note(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to(Phase.EXERCISE_REST)
    # The rest after an exercise already shows the next one, so the user can get ready.
    assert w.exercise_label.text() == "Clam Shell"
    assert w.progress_label.text() == "Next: exercise 2 of 2"
    assert (w.set_label.text(), w.rep_label.text(), w.side_label.text()) == (
        "1 set",
        "2 reps",
        "Each side",
    )
    assert w.figure.is_animating()  # demonstrating the next exercise
    opened.run_to(Phase.LIFT)
    assert w.side_label.text() == "Left side"
    opened.run_to(Phase.SWITCH_SIDE)
    assert w.phase_label.text() == "Switch to the right side"
    assert w.side_label.text() == "Right side"
    assert not w.figure.is_animating()


def test_space_pauses_and_resumes(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(2)
    opened.key(Qt.Key.Key_Space)
    assert w.paused_label.isVisible()
    assert w.pause_button.text() == "Resume"
    assert not opened.controller.timers_active
    opened.clock.advance(300)
    opened.key(Qt.Key.Key_Space)
    assert not w.paused_label.isVisible()
    assert w.pause_button.text() == "Pause"
    assert w.countdown_label.text() == "3"  # the pause did not eat the countdown
    assert opened.controller.phase_timer.isActive()


def test_arrows_go_to_the_next_and_previous_exercise(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(GET_READY_SECONDS + 1)
    opened.key(Qt.Key.Key_Right)
    assert (w.exercise_label.text(), w.phase_label.text()) == ("Clam Shell", "Get ready")
    assert w.progress_label.text() == "Exercise 2 of 2"
    opened.key(Qt.Key.Key_Left)  # from the countdown: back to the one before
    assert w.exercise_label.text() == "Bridge"
    opened.advance(GET_READY_SECONDS + 1)
    opened.key(Qt.Key.Key_Left)  # under way: this exercise from its start
    assert (w.exercise_label.text(), w.phase_label.text()) == ("Bridge", "Get ready")


def test_the_buttons_do_what_the_keys_do(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.exercise_label.text() == "Clam Shell"
    qtbot.mouseClick(w.previous_button, Qt.MouseButton.LeftButton)
    assert w.exercise_label.text() == "Bridge"
    qtbot.mouseClick(w.pause_button, Qt.MouseButton.LeftButton)
    assert opened.controller.player.paused
    # A click leaves the focus where it was, so Space stays pause and never repeats it.
    assert not w.pause_button.hasFocus()
    opened.key(Qt.Key.Key_Space)
    assert not opened.controller.player.paused


def test_esc_in_progress_asks_and_no_keeps_the_routine_going(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(2)
    opened.key(Qt.Key.Key_Escape)
    assert opened.confirm.asked == 1
    assert w.isVisible()
    assert not opened.controller.player.paused
    assert opened.controller.phase_timer.isActive()
    assert opened.finished == []


def test_esc_in_progress_and_yes_stores_an_abandoned_session(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(GET_READY_SECONDS + REP + 0.5 + 1)
    opened.confirm.answer = True
    opened.key(Qt.Key.Key_Escape)
    assert opened.confirm.asked == 1
    assert not w.isVisible()
    assert not opened.controller.timers_active
    [summary] = opened.finished
    assert not summary.completed
    assert summary.reps_done == 1
    [session] = opened.sessions()
    assert session.status is SessionStatus.ABANDONED
    assert session.finished == opened.clock.now()
    assert [e.reps_done for e in session.exercises] == [1, 0]


def test_closing_from_the_title_bar_asks_too(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    w.close()
    assert opened.confirm.asked == 1
    assert w.isVisible()


def test_a_finished_routine_is_stored_and_closes_without_asking(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to_end()
    assert w.showing_summary
    assert w.summary_headline.text() == "Routine complete. Well done!"
    assert "Exercises completed: 2 of 2" in w.summary_details.text()
    assert "Reps done: 8" in w.summary_details.text()
    assert not opened.controller.timers_active
    [summary] = opened.finished
    assert summary.completed
    [session] = opened.sessions()
    assert session.status is SessionStatus.COMPLETED
    assert (session.exercises_completed, session.reps_done) == (2, 8)
    opened.key(Qt.Key.Key_Escape)
    assert opened.confirm.asked == 0
    assert not w.isVisible()


def test_skipping_to_the_end_says_stopped_everywhere(opened: Opened, qtbot) -> None:
    """The page said "Routine stopped" and "0 of 2" under a header saying "Finished" over
    a full bar."""
    w = shown(opened, qtbot).window
    opened.key(Qt.Key.Key_Right)
    opened.key(Qt.Key.Key_Right)  # past the last exercise: the end, nothing done
    assert w.showing_summary
    assert w.summary_headline.text() == "Routine stopped"
    assert "Exercises completed: 0 of 2" in w.summary_details.text()
    assert w.progress_label.text() == "Stopped"
    assert w.progress_bar.value() < w.progress_bar.maximum()  # where it stopped, not full
    assert w.remaining_label.text() == ""


def test_a_completed_routine_ends_finished_with_a_full_bar(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to_end()
    assert w.progress_label.text() == "Finished"
    assert w.progress_bar.value() == w.progress_bar.maximum()


def test_the_2_minute_routine_shows_about_2_minutes_at_its_start(qtbot) -> None:
    database = Database.open_in_memory()
    window, controller = open_routine(
        shipped_catalogue().catalogue, "desk", FakeClock(), database, "prompt"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.remaining_label.text() == "About 2 min left"
    controller.abandon()
    database.close()


def test_do_it_again_records_a_new_session(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to_end()
    qtbot.mouseClick(w.again_button, Qt.MouseButton.LeftButton)
    assert not w.showing_summary
    assert w.phase_label.text() == "Get ready"
    statuses = [s.status for s in opened.sessions()]
    assert statuses == [SessionStatus.COMPLETED, SessionStatus.IN_PROGRESS]


def test_a_hidden_window_runs_no_timer_and_waits(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to(Phase.LIFT)
    assert opened.controller.frame_timer.isActive()
    w.hide()
    assert not opened.controller.timers_active
    assert not w.figure.is_animating()
    assert opened.controller.player.paused
    opened.clock.advance(600)
    w.show()
    qtbot.waitExposed(w)
    assert not opened.controller.timers_active  # still paused: the user picks it up
    assert w.paused_label.isVisible()
    assert w.phase_label.text() == "Lift"
    opened.key(Qt.Key.Key_Space)
    assert opened.controller.frame_timer.isActive()


def test_the_frame_timer_runs_only_while_the_figure_moves(opened: Opened, qtbot) -> None:
    shown(opened, qtbot)
    timer = opened.controller.frame_timer
    assert not timer.isActive()  # get ready: nothing moves
    opened.run_to(Phase.LIFT)
    assert timer.isActive()
    opened.run_to(Phase.SET_REST)
    assert not timer.isActive()


def test_phase_changes_and_reps_sound_differently(opened: Opened, qtbot) -> None:
    shown(opened, qtbot)
    opened.tones.played.clear()
    opened.advance(GET_READY_SECONDS)
    opened.advance(1)
    opened.advance(2)
    opened.advance(1.5)
    assert opened.tones.played == [Tone.PHASE, Tone.PHASE, Tone.PHASE, Tone.REP]
    opened.run_to_end()
    assert opened.tones.played[-1] is Tone.FINISHED


def test_the_window_fits_800_by_600(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to(Phase.EXERCISE_REST)
    hint = w.minimumSizeHint().expandedTo(w.minimumSize())
    assert hint.width() <= 800
    assert hint.height() <= 600


def test_the_shipped_squeeze_routine_opens_with_its_hold_countdown(qtbot) -> None:
    loaded = shipped_catalogue()
    assert "seated_squeeze" in loaded.catalogue.routines
    clock = FakeClock()
    database = Database.open_in_memory()
    window, controller = open_routine(
        loaded.catalogue, "seated_squeeze", clock, database, "squeeze", confirm=Confirm(True)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    exercise = controller.player.exercises[0]
    assert exercise.hold_seconds is not None
    while controller.player.current_step.phase is not Phase.HOLD:
        wait = controller.player.seconds_to_next_change()
        assert wait is not None
        clock.advance(wait)
        controller.phase_timer.timeout.emit()
    assert window.phase_label.text() == "Hold"
    assert window.countdown_label.text() == str(round(exercise.hold_seconds))
    window.close()
    assert not window.isVisible()
    [session] = database.routine_sessions_between(
        clock.now() - timedelta(days=1), clock.now() + timedelta(days=1)
    )
    assert (session.trigger, session.status) == ("squeeze", SessionStatus.ABANDONED)
    database.close()


def test_quick_tempo_without_hold_shows_no_hold(qtbot) -> None:
    quick = make_exercise("quick", sets=1, reps=1, tempo=Tempo(1, 0, 1))
    cat = Catalogue(
        MappingProxyType({"quick": quick}),
        MappingProxyType({"r": Routine("r", "R", "", (RoutineItem("quick"),), 0)}),
    )
    clock = FakeClock()
    database = Database.open_in_memory()
    window, controller = open_routine(cat, "r", clock, database, "cli")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = []
    while (wait := controller.player.seconds_to_next_change()) is not None:
        clock.advance(wait)
        controller.phase_timer.timeout.emit()
        seen.append(window.phase_label.text())
    assert seen == ["Lift", "Lower", "Lower"]  # the last frame stays on the finish page
    assert window.showing_summary
    database.close()


def test_pausing_in_the_rest_stops_the_next_exercise_demo(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to(Phase.EXERCISE_REST)
    assert w.figure.is_animating()
    opened.key(Qt.Key.Key_Space)
    assert not w.figure.is_animating()
    opened.key(Qt.Key.Key_Space)
    assert w.figure.is_animating()


def test_real_timers_play_a_short_routine_to_the_end(qtbot, monkeypatch) -> None:
    """No fake clock: the single-shot and frame timers alone carry the routine through."""
    monkeypatch.setattr("sitbreak.core.routine_player.GET_READY_SECONDS", 0.1)
    quick = make_exercise(
        "quick", sets=1, reps=2, tempo=Tempo(0.05, 0.05, 0.05, 0.05), rest_seconds=0
    )
    cat = Catalogue(
        MappingProxyType({"quick": quick}),
        MappingProxyType({"r": Routine("r", "R", "", (RoutineItem("quick"),), 0)}),
    )
    database = Database.open_in_memory()
    tones = Tones()
    window, controller = open_routine(cat, "r", SystemClock(), database, "cli", sound=tones)
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.finished, timeout=5000) as finished:
        window.show()
    summary = finished.args[0]
    assert summary.completed
    assert summary.reps_done == 2
    assert window.showing_summary
    # The first rep ends with the rep tone; the last one with the finishing chord.
    assert tones.played.count(Tone.REP) == 1
    assert tones.played[-1] is Tone.FINISHED
    assert not controller.timers_active
    database.close()


@pytest.mark.allow_error_log("could not record the routine session")
def test_the_finish_page_says_when_the_session_could_not_be_saved(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.database.close()  # e.g. the disk went away
    opened.run_to_end()
    assert w.showing_summary
    assert w.summary_error.isVisible()
    assert "could not be saved" in w.summary_error.text()
    assert opened.finished[0].completed  # the lead still hears the routine was done


def test_arrows_and_space_do_nothing_on_the_finish_page(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.run_to_end()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right):
        opened.key(key)
    assert w.showing_summary
    assert len(opened.sessions()) == 1


def test_the_app_can_pause_the_routine_on_a_screen_lock(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    opened.advance(1)
    opened.controller.pause()
    opened.controller.pause()  # a second lock event changes nothing
    assert w.paused_label.isVisible()
    assert not opened.controller.timers_active
    opened.clock.advance(900)
    opened.key(Qt.Key.Key_Space)
    assert w.countdown_label.text() == "4"


def test_a_delete_on_close_window_goes_away_with_its_timers(qtbot) -> None:
    """As the app opens it: WA_DeleteOnClose, and the title-bar close confirmed."""
    clock = FakeClock()
    database = Database.open_in_memory()
    window, _controller = open_routine(
        catalogue(), "test", clock, database, "tray", confirm=Confirm(True)
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        window.close()
    [session] = database.routine_sessions_between(
        clock.now() - timedelta(days=1), clock.now() + timedelta(days=1)
    )
    assert session.status is SessionStatus.ABANDONED
    database.close()


def test_the_start_page_offers_the_shipped_short_and_full_routine_with_their_lengths() -> None:
    catalogue = shipped_catalogue().catalogue
    for progress, short_min, full_min in (({}, 7, 29), ({"bridge": 3}, 9, 37)):
        short, full = (
            choice_texts(overview(catalogue, rid, progress)) for rid in ("daily", "full")
        )
        assert short[0] == f"Daily glute activation: about {short_min} min"
        assert full[0] == f"Full glute routine: about {full_min} min"
        assert short[1].startswith("Clam shell, side-lying leg raise, bridge, ")
        assert short[1].endswith("monster walk; 1 set of 10 reps each.")
        assert full[1].endswith("monster walk; 3 sets of 10 reps each.")
        assert ("single-leg bridge" in short[1]) == bool(progress)


def focus_chain(window: QWidget, steps: int) -> list[str]:
    names = []
    for _ in range(steps):
        QtBot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        names.append(focused.text() if isinstance(focused, QPushButton) else type(focused).__name__)
    return names


def test_tab_reaches_every_button_in_order_and_keys_press_the_focused_one(
    opened: Opened, qtbot
) -> None:
    w = shown(opened, qtbot).window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    opened.advance(GET_READY_SECONDS + 1)
    assert focus_chain(w, 4) == ["Previous", "Pause", "Next", "Close"]
    assert w.close_button.hasFocus()
    QtBot.keyClick(w.close_button, Qt.Key.Key_Tab)  # back to the window, where Space pauses
    assert w.hasFocus()
    QtBot.keyClick(w, Qt.Key.Key_Tab)  # and round again
    assert w.previous_button.hasFocus()
    QtBot.keyClick(w.previous_button, Qt.Key.Key_Tab)
    assert w.pause_button.hasFocus()
    QtBot.keyClick(w.pause_button, Qt.Key.Key_Space)  # Space presses the focused button
    assert opened.controller.player.paused
    QtBot.keyClick(w.pause_button, Qt.Key.Key_Return)  # and so does Return
    assert not opened.controller.player.paused
    QtBot.keyClick(w.pause_button, Qt.Key.Key_Right)  # the arrows keep their meaning
    assert w.exercise_label.text() == "Clam Shell"
    assert w.pause_button.hasFocus()


def test_the_figure_says_what_it_shows(opened: Opened, qtbot) -> None:
    w = shown(opened, qtbot).window
    assert w.figure.accessibleName() == "Demonstration figure"
    assert w.figure.accessibleDescription().startswith("Bridge. In the start position:")
    opened.run_to(Phase.LIFT)
    assert w.figure.accessibleDescription().startswith("Bridge. Moving: ")
    opened.run_to(Phase.LOWER)
    assert w.figure.accessibleDescription() == (
        "Bridge. Lowering slowly back to the start position."
    )
    opened.key(Qt.Key.Key_Right)
    assert w.figure.accessibleDescription().startswith("Clam Shell, left side. In the start")


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a dialog's size hints
@pytest.mark.parametrize(("button", "stops"), [("Yes", True), ("No", False)])
def test_stopping_midway_is_asked_first(qtbot: QtBot, button: str, stops: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []

    def answer() -> None:  # the question is modal: answer it from the event loop
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        box.button(getattr(QMessageBox.StandardButton, button)).click()

    QTimer.singleShot(0, answer)
    assert ask_to_stop(parent) is stops
    assert asked == ["Stop the routine now? What you have done so far is saved."]
