"""The coordinator asks the hold detectors for the desk: when a prompt is due, while it
is held, on a push, and for `sitbreak status`; a running routine holds too."""

from __future__ import annotations

from datetime import UTC, datetime

from sitbreak.core.clock import FakeClock
from sitbreak.core.holds import HoldReason
from sitbreak.core.records import PromptKind
from sitbreak.core.settings import Settings
from sitbreak.desk.commands import CommandHandler
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.storage.database import Database
from tests.support.fakes import DeskUser, FakeScheduler, RecordingPresenter


class FakeDetectors:
    def __init__(self) -> None:
        self.reasons: frozenset[HoldReason] = frozenset()
        self.asked = 0

    def check(self) -> frozenset[HoldReason]:
        self.asked += 1
        return self.reasons


class Harness:
    def __init__(self) -> None:
        self.clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
        self.scheduler = FakeScheduler(self.clock)
        self.presenter = RecordingPresenter()
        self.holds = FakeDetectors()
        self.desk = DeskCoordinator(
            self.clock,
            Settings(),
            Database.open_in_memory(),
            self.scheduler,
            self.presenter,
            DeskUser(self.clock),
            holds=self.holds,
        )
        self.desk.start()
        self.handle = CommandHandler(
            self.desk, self.clock, lambda: None, lambda _: True, lambda: None
        )


def test_a_call_holds_the_prompt_and_its_end_brings_one() -> None:
    h = Harness()
    h.scheduler.run_for(19 * 60)
    assert h.holds.asked == 0  # no idle timer asks
    h.holds.reasons = frozenset({HoldReason.CALL})
    h.scheduler.run_for(10 * 60)
    assert h.presenter.shown == []
    assert h.holds.asked >= 9 * 60 / 5  # re-asked every few seconds while held
    assert h.handle("status", {})["held_by"] == ["call"]
    h.holds.reasons = frozenset()
    h.scheduler.run_for(40)
    assert [p.kind for p in h.presenter.shown] == [PromptKind.SQUEEZE]
    assert h.presenter.shown[0].held_seconds >= 9 * 60
    assert "hold-check" not in h.scheduler.jobs


def test_status_asks_the_detectors_and_a_push_is_taken_at_once() -> None:
    h = Harness()
    h.holds.reasons = frozenset({HoldReason.DESKTOP_DND})
    assert h.handle("status", {})["held_by"] == ["desktop-dnd"]
    h.holds.reasons = frozenset()
    h.desk.check_holds()  # what the monitor's `changed` signal calls
    assert h.desk.status().held_by == ()


def test_a_routine_window_holds_prompts_while_it_is_open() -> None:
    h = Harness()
    h.desk.routine_running(True)
    h.scheduler.run_for(25 * 60)
    assert h.presenter.shown == []
    assert h.handle("status", {})["held_by"] == ["routine"]
    h.desk.routine_running(False)
    h.scheduler.run_for(31)
    assert [p.kind for p in h.presenter.shown] == [PromptKind.SQUEEZE]
