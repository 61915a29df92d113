from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from sitbreak.cli.registry import Remote
from sitbreak.core.clock import FakeClock
from sitbreak.core.records import PromptKind
from sitbreak.core.settings import Settings
from sitbreak.core.status import State
from sitbreak.desk.commands import CommandHandler, CommandRefusedError
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.storage.database import Database
from tests.support.fakes import DeskUser, FakeScheduler, RecordingPresenter


class Harness:
    def __init__(self, zone: tzinfo = UTC) -> None:
        self.clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), zone=zone)
        self.scheduler = FakeScheduler(self.clock)
        self.presenter = RecordingPresenter()
        self.desk = DeskCoordinator(
            self.clock,
            Settings(),
            Database.open_in_memory(),
            self.scheduler,
            self.presenter,
            DeskUser(self.clock),
        )
        self.desk.start()
        self.shown_status = 0
        self.routines: list[str] = []
        self.quits = 0
        self.shown_stats = 0
        self.handle = CommandHandler(
            self.desk, self.clock, self._show, self._routine, self._quit, self._stats
        )

    def _stats(self) -> None:
        self.shown_stats += 1

    def _show(self) -> None:
        self.shown_status += 1

    def _routine(self, routine_id: str) -> bool:
        self.routines.append(routine_id)
        return routine_id in ("daily", "desk")

    def _quit(self) -> None:
        self.quits += 1


def test_status_has_the_documented_fields() -> None:
    h = Harness()
    h.scheduler.run_for(600)
    status = h.handle("status", {})
    assert status["state"] == "sitting"
    assert 590 <= status["bout_seconds"] <= 600
    assert status["next_prompt"] == {"kind": "squeeze", "due_in_seconds": pytest.approx(600, abs=6)}


def test_pause_and_resume() -> None:
    h = Harness()
    reply = h.handle("pause", {"minutes": 30})
    assert "paused until" in reply["message"]
    assert h.desk.status().state is State.PAUSED
    assert h.handle("status", {})["next_prompt"] is None
    h.handle("resume", {})
    assert h.desk.status().state is not State.PAUSED


def test_pause_until_tomorrow() -> None:
    h = Harness()
    reply = h.handle("pause", {"until": "tomorrow"})
    until = datetime.fromisoformat(reply["paused_until"])
    assert until.date() > h.clock.now().date()


def test_pause_until_tomorrow_is_tomorrow_morning_where_the_user_is() -> None:
    h = Harness(ZoneInfo("Asia/Tokyo"))  # 09:00 UTC is 18:00 in Tokyo
    reply = h.handle("pause", {"until": "tomorrow"})
    until = datetime.fromisoformat(reply["paused_until"])
    assert until == datetime(2026, 3, 3, 5, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert "until Tue 05:00" in reply["message"]


@pytest.mark.parametrize("minutes", [0, -5, 10_000, "ten"])
def test_pause_refuses_bad_lengths(minutes: object) -> None:
    with pytest.raises(CommandRefusedError):
        Harness().handle("pause", {"minutes": minutes})


def test_break_shows_the_stand_prompt_now() -> None:
    h = Harness()
    h.handle("break", {})
    assert [p.kind for p in h.presenter.shown] == [PromptKind.STAND]


def test_squeeze_shows_the_squeeze_prompt_now() -> None:
    h = Harness()
    h.scheduler.run_for(120)
    h.handle("squeeze", {})
    assert [p.kind for p in h.presenter.shown] == [PromptKind.SQUEEZE]


def test_show_stats_opens_todays_stats() -> None:
    h = Harness()
    reply = h.handle("show", {"window": "stats"})
    assert (h.shown_stats, h.shown_status) == (1, 0)
    assert reply["message"] == "Today's stats are shown."


def test_show_routine_and_quit_reach_the_app() -> None:
    h = Harness()
    h.handle("show", {})
    h.handle("routine", {"routine": "desk"})
    h.handle("quit", {})
    assert (h.shown_status, h.routines, h.quits) == (1, ["desk"], 1)
    with pytest.raises(CommandRefusedError, match="no routine"):
        h.handle("routine", {"routine": "yoga"})


def test_unknown_command_is_refused() -> None:
    with pytest.raises(CommandRefusedError, match="unknown command"):
        Harness().handle("dance", {})


def test_every_remote_command_of_the_registry_has_an_answer() -> None:
    h = Harness()
    args = {Remote.PAUSE: {"minutes": 5}, Remote.ROUTINE: {"routine": "daily"}}
    for command in Remote:
        assert isinstance(h.handle(command.value, args.get(command, {})), dict)
