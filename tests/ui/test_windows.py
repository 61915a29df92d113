"""The window opener: one routine window at a time with its controller, built from the
interfaces the app hands in, and closed honestly when the app quits."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from types import MappingProxyType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import Catalogue, LoadedCatalogue, Routine, RoutineItem
from sitbreak.core.prompt_text import format_about
from sitbreak.core.records import SessionStatus, StorageError
from sitbreak.core.routine_overview import overview
from sitbreak.core.routine_player import GET_READY_SECONDS, RoutineSummary
from sitbreak.core.settings import RoutineSettings, Settings
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.storage.database import Database
from sitbreak.ui.routine_window import RoutineWindow
from sitbreak.ui.windows import RoutineBusyError, RoutineSources, WindowOpener, release_memory
from tests.support.exercises import make_exercise
from tests.support.waiting import wait_until

# Offscreen cannot raise or activate a window and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def catalogue() -> Catalogue:
    bridge = make_exercise("bridge", sets=1, reps=2)
    single = replace(make_exercise("single_leg_bridge", sets=1, reps=2), progression_after="bridge")
    routine = Routine("daily", "Daily", "", (RoutineItem("bridge"), RoutineItem(single.id)), 5)
    other = Routine("desk", "Desk", "", (RoutineItem("bridge"),), 5)
    full = Routine("full", "Full", "", (RoutineItem("bridge", sets=3),), 5)
    return Catalogue(
        MappingProxyType({"bridge": bridge, single.id: single}),
        MappingProxyType({"daily": routine, "desk": other, "full": full}),
    )


class Opener:
    def __init__(
        self, progress: Mapping[str, int] | StorageError, problems: tuple[str, ...] = ()
    ) -> None:
        self.clock = FakeClock()
        self.database = Database.open_in_memory(self.clock)
        self.problems: list[tuple[str, str]] = []

        def exercise_progress() -> Mapping[str, int]:
            if isinstance(progress, StorageError):
                raise progress
            return progress

        def recorder(routine_id: str, trigger: str, ids: Sequence[str]) -> RoutineSessionRecorder:
            return RoutineSessionRecorder(self.database, self.clock, routine_id, trigger, ids)

        sources = RoutineSources(
            lambda: LoadedCatalogue(catalogue(), problems), exercise_progress, recorder
        )
        settings = Settings(routine=RoutineSettings(sound=False))
        self.windows = WindowOpener(self.clock, sources, lambda: None, lambda: settings)  # type: ignore[arg-type, return-value]
        self.windows.problem.connect(lambda title, text: self.problems.append((title, text)))

    def sessions(self):  # type: ignore[no-untyped-def]
        now = self.clock.now()
        return self.database.routine_sessions_between(now - timedelta(1), now + timedelta(1))


@pytest.fixture
def opener(qtbot: QtBot) -> Iterator[Opener]:
    o = Opener({})
    yield o
    o.windows.close_all()
    o.database.close()


def test_a_routine_opens_with_its_controller_and_only_one_at_a_time(opener: Opener) -> None:
    assert not opener.windows.open_routine("yoga", "cli")
    assert opener.windows.routine_controller is None
    assert opener.windows.open_routine("daily", "tray")
    controller = opener.windows.routine_controller
    assert controller is not None
    assert [e.id for e in controller.player.exercises] == ["bridge"]  # not yet unlocked
    assert opener.windows.open_routine("daily", "tray")  # the same one: brought forward
    with pytest.raises(RoutineBusyError, match="the Daily routine is still open"):
        opener.windows.open_routine("desk", "cli")


def test_progress_unlocks_the_next_exercise(qtbot: QtBot) -> None:
    o = Opener({"bridge": 3})
    o.windows.open_routine("daily", "tray")
    controller = o.windows.routine_controller
    assert controller is not None
    assert [e.id for e in controller.player.exercises] == ["bridge", "single_leg_bridge"]
    o.windows.close_all()


@pytest.mark.allow_error_log("reading exercise progress failed", "exercise files")
def test_unreadable_progress_still_opens_the_routine_and_bad_files_are_told(
    qtbot: QtBot,
) -> None:
    o = Opener(StorageError("Cannot read the database: disk I/O error."), ("broken.toml: bad",))
    assert o.windows.open_routine("daily", "tray")
    assert o.problems == [("Sitbreak: some exercises could not be loaded", "broken.toml: bad")]
    o.windows.close_all()


def test_quitting_closes_the_routine_without_asking_and_records_it_abandoned(
    opener: Opener, qtbot: QtBot
) -> None:
    opener.windows.open_routine("desk", "tray")
    controller = opener.windows.routine_controller
    assert controller is not None
    wait_until(lambda: controller.player.started, timeout=2)
    opener.clock.advance(GET_READY_SECONDS + 5)
    controller.phase_timer.timeout.emit()
    opener.windows.pause_routine()  # the screen locked
    assert controller.player.paused
    opener.windows.close_all()
    [session] = opener.sessions()
    assert (session.trigger, session.status) == ("tray", SessionStatus.ABANDONED)
    assert session.reps_done == 1


@pytest.mark.parametrize(
    ("routine_id", "counts"), [("daily", True), ("full", True), ("desk", False)]
)
def test_a_completed_short_or_full_routine_withdraws_the_daily_offer(
    opener: Opener, routine_id: str, counts: bool
) -> None:
    done: list[bool] = []
    opener.windows.daily_routine_completed.connect(lambda: done.append(True))
    assert opener.windows.open_routine(routine_id, "tray")
    controller = opener.windows.routine_controller
    assert controller is not None
    now = opener.clock.now()
    controller.finished.emit(
        RoutineSummary(6, 6, 60, 6, 600.0, now - timedelta(minutes=10), now, True, ())
    )
    assert done == ([True] if counts else [])


# -- the start page: the short daily or the full routine ------------------------------------
def started_routine(opener: Opener) -> str:
    controller = opener.windows.routine_controller
    assert controller is not None
    wait_until(lambda: controller.player.started, timeout=2)
    [session] = opener.sessions()
    return session.routine_id


def choice_window(opener: Opener, qtbot: QtBot) -> RoutineWindow:
    assert opener.windows.open_routine("daily", "tray", offer_full=True)
    window = opener.windows._routine_window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def test_the_trays_daily_routine_opens_on_a_choice_with_both_lengths(
    opener: Opener, qtbot: QtBot
) -> None:
    window = choice_window(opener, qtbot)
    assert window.showing_choices
    assert opener.windows.routine_controller is None  # nothing runs, nothing is recorded
    assert opener.sessions() == []
    short, full = window.choice_page.buttons
    expected = {rid: overview(catalogue(), rid, {}).estimated_seconds for rid in ("daily", "full")}
    assert short.text() == f"Daily: about {format_about(expected['daily'])}"
    assert full.text() == f"Full: about {format_about(expected['full'])}"
    assert short.description() == "Bridge; 1 set of 2 reps each."  # single-leg bridge held back
    assert full.description() == "Bridge; 3 sets of 2 reps each."
    assert expected["daily"] < expected["full"]
    assert window.remaining_label.text() == ""  # no routine is counted down yet
    assert window.focusWidget() is short  # the keyboard starts on the short one


def test_return_on_the_full_choice_starts_the_full_routine_in_the_same_window(
    opener: Opener, qtbot: QtBot
) -> None:
    window = choice_window(opener, qtbot)
    short, full = window.choice_page.buttons
    assert short.nextInFocusChain() is full  # Tab moves from the short to the full one
    assert full.focusPolicy() & Qt.FocusPolicy.TabFocus
    full.setFocus()
    qtbot.keyClick(full, Qt.Key.Key_Return)
    assert started_routine(opener) == "full"
    assert opener.windows._routine_window is window
    assert not window.showing_choices
    assert window.windowTitle() == "Full - Sitbreak"
    assert window.phase_label.text() == "Get ready"
    assert window.remaining_label.text().startswith("About ")


def test_space_on_the_short_choice_starts_the_daily_routine(opener: Opener, qtbot: QtBot) -> None:
    window = choice_window(opener, qtbot)
    short = window.choice_page.buttons[0]
    qtbot.keyClick(short, Qt.Key.Key_Space)
    assert started_routine(opener) == "daily"
    assert window.windowTitle() == "Daily - Sitbreak"


def test_escape_on_the_start_page_closes_it_and_records_nothing(
    opener: Opener, qtbot: QtBot
) -> None:
    window = choice_window(opener, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    wait_until(lambda: opener.windows._routine_window is None, timeout=2)
    assert opener.sessions() == []
    assert opener.windows.open_routine("desk", "cli")  # nothing is in the way any more


def test_while_the_choice_shows_the_full_routine_asked_for_is_started(
    opener: Opener, qtbot: QtBot
) -> None:
    choice_window(opener, qtbot)
    assert opener.windows.open_routine("daily", "tray", offer_full=True)  # brought forward
    assert opener.windows.routine_controller is None
    with pytest.raises(RoutineBusyError, match="routine choice is open"):
        opener.windows.open_routine("desk", "cli")
    assert opener.windows.open_routine("full", "tray")
    assert started_routine(opener) == "full"


def test_the_daily_offer_and_the_command_line_start_the_daily_routine_at_once(
    opener: Opener, qtbot: QtBot
) -> None:
    assert opener.windows.open_routine("daily", "offer")
    window = opener.windows._routine_window
    assert window is not None
    assert not window.showing_choices
    assert started_routine(opener) == "daily"


def test_quitting_on_the_start_page_closes_it(opener: Opener, qtbot: QtBot) -> None:
    window = choice_window(opener, qtbot)
    opener.windows.close_all()
    wait_until(lambda: not window.isVisible(), timeout=2)
    assert opener.sessions() == []


def test_an_open_routine_holds_prompts_until_its_window_closes(
    opener: Opener, qtbot: QtBot
) -> None:
    running: list[bool] = []
    opener.windows.routine_running.connect(running.append)
    assert opener.windows.open_routine("daily", "tray")
    assert running == [True]
    with qtbot.waitSignal(opener.windows.routine_running, timeout=5000) as closed:
        opener.windows.close_all()
    assert closed.args == [False]
    assert running == [True, False]


def test_a_reopened_routine_looks_as_it_did_after_its_memory_was_released(
    opener: Opener, qtbot: QtBot
) -> None:
    """Closing the routine drops Qt's font cache; the next open draws the same window."""

    def shown() -> tuple[RoutineWindow, QImage]:
        assert opener.windows.open_routine("desk", "tray")
        window = opener.windows._routine_window
        assert window is not None
        wait_until(lambda: window.isVisible() and window.exercise_label.text() != "", timeout=2)
        return window, window.grab().toImage()

    first, first_look = shown()
    assert first.exercise_label.text() == "Bridge"
    first_scene = first.figure.current_scene()
    assert first_scene is not None
    with qtbot.waitSignal(opener.windows.routine_running, timeout=5000):
        opener.windows.close_all()
    release_memory()  # what the close queued, done now so the reopen comes after it
    again, again_look = shown()
    assert again is not first
    assert again.exercise_label.text() == "Bridge"
    assert again.figure.current_scene() == first_scene
    assert again_look == first_look


def test_windows_still_open_draw_their_text_after_the_font_cache_is_dropped(
    qtbot: QtBot,
) -> None:
    label = QLabel("Sitting today: 3 h 10 min")
    label.setFont(QFont(label.font().family(), 18, QFont.Weight.Bold))
    qtbot.addWidget(label)
    label.show()
    before = label.grab().toImage()
    release_memory()
    label.update()
    assert label.grab().toImage() == before


def test_a_closed_stats_window_goes_and_comes_back_with_the_figures_of_now(
    qtbot: QtBot,
) -> None:
    from sitbreak.core.records import EndReason, Posture
    from sitbreak.desk.stats_reader import StatsReader

    clock = FakeClock()
    database = Database.open_in_memory(clock)
    reader = StatsReader(database, clock, lambda: 45 * 60.0, lambda: 6 * 3600.0)
    sources = RoutineSources(lambda: LoadedCatalogue(catalogue(), ()), dict, None)  # type: ignore[arg-type]
    windows = WindowOpener(clock, sources, lambda: reader, Settings)
    windows.open_stats()
    first = windows._stats_window
    assert first is not None
    qtbot.waitExposed(first)
    assert first.cards["Sitting"].value_text().replace("\u00a0", " ") == "0 s"
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    first.resize(760, 560)  # what the user set up is handed on to the next window
    first.tabs.setCurrentIndex(1)
    first.range_buttons[30].click()
    first.close()
    wait_until(lambda: gone, what="the closed stats window deleted")
    assert windows._stats_window is None  # nothing of it kept while closed

    now = clock.now()
    database.save_bout(None, now - timedelta(minutes=30), now, Posture.SITTING, EndReason.AWAY)
    windows.open_stats()
    again = windows._stats_window
    assert again is not None
    assert again.cards["Sitting"].value_text().replace("\u00a0", " ") == "30 min"
    assert (again.width(), again.height()) == (760, 560)
    assert again.tabs.currentIndex() == 1
    assert again.range_buttons[30].isChecked()
    assert not again.range_buttons[7].isChecked()
    assert len(again.history_chart._days) == 30
    again_gone: list[bool] = []
    again.destroyed.connect(lambda: again_gone.append(True))
    again.close()
    windows.open_stats()  # at once, before the closed one is deleted: a new one
    third = windows._stats_window
    assert third is not None
    assert third is not again
    wait_until(lambda: again_gone, what="the second stats window deleted")
    assert third.isVisible()
    windows.close_all()
    database.close()
