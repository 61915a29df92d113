"""The window opener: one routine window at a time with its controller, built from the
interfaces the app hands in, and closed honestly when the app quits."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from types import MappingProxyType

import pytest
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import Catalogue, LoadedCatalogue, Routine, RoutineItem
from sitbreak.core.records import SessionStatus, StorageError
from sitbreak.core.routine_player import GET_READY_SECONDS, RoutineSummary
from sitbreak.core.settings import RoutineSettings, Settings
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.storage.database import Database
from sitbreak.ui.windows import RoutineBusyError, RoutineSources, WindowOpener
from tests.support.exercises import make_exercise
from tests.support.waiting import wait_until

# Offscreen cannot raise or activate a window and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def catalogue() -> Catalogue:
    bridge = make_exercise("bridge", sets=1, reps=2)
    single = replace(make_exercise("single_leg_bridge", sets=1, reps=2), progression_after="bridge")
    routine = Routine("daily", "Daily", "", (RoutineItem("bridge"), RoutineItem(single.id)), 5)
    other = Routine("desk", "Desk", "", (RoutineItem("bridge"),), 5)
    full = Routine("full", "Full", "", (RoutineItem("bridge"),), 5)
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
