"""The desk with a real database file whose writes fail for a while (another program holds
it locked, the disk is full): nothing is lost, duplicated or inflated, and the user is told
when saving stops and when it works again."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason
from sitbreak.core.settings import Settings
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.storage.database import Database
from tests.support.fakes import DeskUser, FakeScheduler, RecordingPresenter
from tests.support.storage_faults import FlakyDatabase

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
EVER = (datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))

pytestmark = pytest.mark.allow_error_log("saving to the database failed")


class LockingProgram:
    """Another program that holds the database locked (a backup, a sync tool)."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)

    def __enter__(self) -> None:
        self._conn.execute("BEGIN EXCLUSIVE")

    def __exit__(self, *_: object) -> None:
        self._conn.execute("ROLLBACK")


class FileDesk:
    def __init__(self, path: Path, flaky: bool = False) -> None:
        self.clock = FakeClock(T0)
        self.db = FlakyDatabase.open_flaky(path) if flaky else Database.open(path)
        self.scheduler = FakeScheduler(self.clock)
        self.user = DeskUser(self.clock)
        self.told: list[str] = []
        self.desk = DeskCoordinator(
            self.clock, Settings(), self.db, self.scheduler, RecordingPresenter(), self.user,
            saving_problem=(
                "The database is locked by another program." if self.db.setup_pending else None
            ),
        )  # fmt: skip
        self.desk.on_problem(self.told.append)
        self.desk.start()

    def minutes(self, n: float) -> None:
        self.scheduler.run_for(n * 60)

    def stored(self) -> list[tuple[float, EndReason | None]]:
        return [(b.seconds, b.end_reason) for b in self.db.bouts_between(*EVER)]


def test_a_lock_while_sitting_leaves_one_bout_no_longer_than_the_wall_time(
    tmp_path: Path,
) -> None:
    d = FileDesk(tmp_path / "s.sqlite3")
    d.minutes(3)  # saved at least once: the row and its id exist
    with LockingProgram(tmp_path / "s.sqlite3"):
        d.minutes(3)
        assert d.desk.status().saving_problem is not None
    d.minutes(2)
    d.user.typing = False
    d.minutes(10)  # away: the bout ends at the last input
    ((seconds, reason),) = d.stored()
    assert reason is EndReason.AWAY
    assert seconds == pytest.approx(8 * 60, abs=5)  # was 2 rows and more than wall time
    assert len(d.told) == 2
    assert "locked by another program" in d.told[0]
    assert "again" in d.told[1]
    assert d.desk.status().saving_problem is None


def test_a_bout_that_ends_while_saving_fails_is_saved_when_it_works_again(
    tmp_path: Path,
) -> None:
    d = FileDesk(tmp_path / "s.sqlite3")
    d.minutes(5)
    with LockingProgram(tmp_path / "s.sqlite3"):
        d.user.typing = False
        d.minutes(7)  # the bout closes as AWAY during the lock
        d.user.typing = True
        d.minutes(4)  # a new bout starts, its first saves fail too
    d.minutes(2)
    stored = d.stored()
    assert [reason for _, reason in stored] == [EndReason.AWAY, None]
    assert stored[0][0] == pytest.approx(5 * 60, abs=5)
    bouts = d.db.bouts_between(*EVER)
    assert bouts[0].end <= bouts[1].start  # no overlap
    assert d.desk.all_saved


def test_a_full_disk_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    d = FileDesk(tmp_path / "s.sqlite3", flaky=True)
    d.minutes(2)
    assert isinstance(d.db, FlakyDatabase)
    d.db.failing = "the disk is full"
    d.user.typing = False
    d.minutes(8)  # closed as AWAY while the disk is full
    d.user.typing = True
    d.minutes(5)
    assert len(d.told) == 1
    assert "disk is full" in d.told[0]
    d.db.failing = None  # space freed
    d.minutes(1.5)
    stored = d.stored()
    assert [reason for _, reason in stored] == [EndReason.AWAY, None]
    assert sum(seconds for seconds, _ in stored) <= (d.clock.now() - T0).total_seconds()
    assert d.told[-1] == "Sitbreak can save to its database again."


def test_a_database_locked_at_start_is_saved_once_the_lock_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Database.open(path).close()
    holder = LockingProgram(path)
    with holder:
        d = FileDesk(path)
        assert d.db.report.locked_at_start
        assert d.desk.status().saving_problem == "The database is locked by another program."
        d.minutes(3)
        assert d.desk.status().bout_seconds == pytest.approx(180, abs=5)  # tracked in memory
    d.minutes(1.5)
    ((seconds, reason),) = d.stored()
    assert reason is None  # the open bout, saved
    assert seconds == pytest.approx(d.desk.status().bout_seconds, abs=60)
    assert d.told == ["Sitbreak can save to its database again."]


@pytest.mark.parametrize("then", ["the next save", "quit"])
def test_a_bout_that_ended_while_saving_failed_is_saved_while_none_is_open(
    tmp_path: Path, then: str
) -> None:
    """Found by the process test: the user stood up while the disk was full and stayed away;
    nothing tried the kept bout again, and the quit lost it."""
    d = FileDesk(tmp_path / "s.sqlite3", flaky=True)
    d.minutes(2)
    assert isinstance(d.db, FlakyDatabase)
    d.db.failing = "the disk is full"
    d.user.typing = False
    d.minutes(8)  # closed as AWAY while the disk is full; no bout open after it
    d.db.failing = None  # space freed while the user is still away
    if then == "quit":
        d.desk.stop()
    else:
        d.minutes(1.5)
        assert d.desk.status().saving_problem is None
        assert d.told[-1] == "Sitbreak can save to its database again."
    ((seconds, reason),) = d.stored()
    assert reason is EndReason.AWAY
    assert seconds == pytest.approx(2 * 60, abs=5)
    assert d.desk.all_saved


def test_writes_into_memory_do_not_end_not_saving() -> None:
    """A data folder that cannot be used: the app runs on an in-memory database, and its
    writes there are not saves (they said "can save again" and cleared the status)."""
    clock = FakeClock(T0)
    scheduler = FakeScheduler(clock)
    told: list[str] = []
    problem = "Cannot create the database /ro/sitbreak.sqlite3: Read-only file system."
    desk = DeskCoordinator(
        clock, Settings(), Database.open_in_memory(clock), scheduler, RecordingPresenter(),
        DeskUser(clock), saving_problem=problem, in_memory=True,
    )  # fmt: skip
    desk.on_problem(told.append)
    desk.start()
    scheduler.run_for(5 * 60)  # the open bout "saved" five times, into memory
    assert desk.status().saving_problem == problem
    assert told == []  # the app said it at start; nothing since
    assert not desk.all_saved
