from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import (
    EndReason,
    ExerciseResult,
    Outcome,
    Posture,
    PromptKind,
    SessionStatus,
    StorageError,
)
from sitbreak.storage.database import (
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseTooNewError,
)
from sitbreak.storage.schema import APPLICATION_ID, SCHEMA_VERSION

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 CET, before Berlin's DST switch


BERLIN_CLOCK = FakeClock(zone=ZoneInfo("Europe/Berlin"))  # where the records are written


def everything_since(db: Database) -> tuple[list, list, list]:
    far = datetime(2100, 1, 1, tzinfo=UTC)
    begin = datetime(2000, 1, 1, tzinfo=UTC)
    return (
        db.bouts_between(begin, far),
        db.prompts_between(begin, far),
        db.routine_sessions_between(begin, far),
    )


def test_round_trip_keeps_the_local_offset_of_each_moment(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3", BERLIN_CLOCK)
    end = T0 + timedelta(hours=2)  # 04:30 CEST, after the switch
    db.save_bout(None, T0, end, Posture.SITTING, EndReason.AWAY)
    pid = db.add_prompt(PromptKind.STAND, T0, T0 + timedelta(seconds=3), 2, True)
    db.answer_prompt(pid, Outcome.SNOOZED, T0 + timedelta(seconds=30))
    sid = db.start_routine_session("daily", "tray", T0, ["bridge", "clam_shell"])
    db.update_routine_session(
        sid,
        SessionStatus.COMPLETED,
        [ExerciseResult("bridge", 3, 36, True), ExerciseResult("clam_shell", 1, 12, False)],
        finished=T0 + timedelta(minutes=12),
    )
    db.close()

    bouts, prompts, sessions = everything_since(Database.open(tmp_path / "s.sqlite3"))
    (bout,) = bouts
    assert bout.start == T0
    assert bout.start.utcoffset() == timedelta(hours=1)
    assert bout.end.utcoffset() == timedelta(hours=2)
    assert bout.seconds == 7200
    assert bout.end_reason is EndReason.AWAY
    (prompt,) = prompts
    assert (prompt.kind, prompt.outcome, prompt.snooze_count, prompt.urgent) == (
        PromptKind.STAND,
        Outcome.SNOOZED,
        2,
        True,
    )
    (session,) = sessions
    assert session.status is SessionStatus.COMPLETED
    assert session.exercises_completed == 1
    assert session.reps_done == 48
    assert [e.exercise_id for e in session.exercises] == ["bridge", "clam_shell"]


def test_a_fresh_file_is_migrated_from_version_0_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    sqlite3.connect(path).close()  # an empty version-0 database
    db = Database.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"bouts", "prompts", "routine_sessions", "routine_exercises"} <= tables
    conn.close()
    db.close()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer Sitbreak"):
        Database.open(path)
    with pytest.raises(DatabaseTooNewError):
        Database.open_readonly(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite3"]


@pytest.mark.allow_error_log("is unreadable")
def test_a_corrupt_file_is_kept_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    db = Database.open(path)
    assert db.report.corrupt_copy is not None
    assert db.report.corrupt_copy.read_bytes() == garbage
    assert db.report.corrupt_copy.parent == tmp_path
    db.save_bout(None, T0, T0 + timedelta(minutes=5), Posture.SITTING, EndReason.AWAY)
    assert len(everything_since(db)[0]) == 1


def test_a_crash_keeps_the_last_saved_minute_and_closes_the_bout(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    # A process that saves the open bout every minute for ten minutes, then dies hard.
    script = f"""
import os
from datetime import datetime, timedelta
from pathlib import Path
from sitbreak.core.records import Posture
from sitbreak.storage.database import Database
t0 = datetime.fromisoformat({T0.isoformat()!r})
db = Database.open(Path({str(path)!r}))
bout_id = None
for minute in range(1, 11):
    bout_id = db.save_bout(bout_id, t0, t0 + timedelta(minutes=minute), Posture.SITTING, None)
os._exit(9)
"""
    done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert done.returncode == 9
    reopened = Database.open(path)
    assert reopened.report.closed_after_crash == 1
    (bout,) = everything_since(reopened)[0]
    assert bout.seconds == 600
    assert bout.end_reason is EndReason.CRASH


def test_readonly_open_reads_beside_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    writer = Database.open(path)
    writer.save_bout(None, T0, T0 + timedelta(minutes=5), Posture.SITTING, EndReason.AWAY)
    reader = Database.open_readonly(path)
    assert len(everything_since(reader)[0]) == 1
    writer.save_bout(
        None, T0 + timedelta(hours=1), T0 + timedelta(hours=2), Posture.SITTING, EndReason.AWAY
    )
    assert len(everything_since(reader)[0]) == 2


def test_missing_database_for_reading_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="has not recorded anything"):
        Database.open_readonly(tmp_path / "none.sqlite3")


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        Database.open(blocker / "s.sqlite3")


def test_bouts_between_finds_overlapping_bouts_only(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3")
    for hour in range(5):
        start = T0 + timedelta(hours=hour)
        db.save_bout(None, start, start + timedelta(minutes=30), Posture.SITTING, EndReason.AWAY)
    found = db.bouts_between(T0 + timedelta(hours=1, minutes=15), T0 + timedelta(hours=3))
    assert [b.start.astimezone(UTC).hour for b in found] == [1, 2]


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_locked_database_opens_and_is_set_up_once_the_lock_is_gone(
    tmp_path: Path, journal: str
) -> None:
    path = tmp_path / "s.sqlite3"
    db = Database.open(path)
    db.save_bout(None, T0, T0 + timedelta(minutes=5), Posture.SITTING, None)  # left open
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("BEGIN EXCLUSIVE")  # a backup or sync tool holding the file
    try:
        db = Database.open(path)
        assert db.report.locked_at_start
        assert db.setup_pending
        assert db.report.corrupt_copy is None  # a lock is no sign of damage
        with pytest.raises(DatabaseBusyError, match="locked by another program"):
            db.save_bout(
                None, T0 + timedelta(hours=1), T0 + timedelta(hours=2), Posture.SITTING, None
            )
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    new_id = db.save_bout(
        None, T0 + timedelta(hours=1), T0 + timedelta(hours=2), Posture.SITTING, None
    )
    assert not db.setup_pending
    assert db.report.closed_after_crash == 1  # the leftover, not the bout saved just now
    bouts = everything_since(db)[0]
    assert [(b.end_reason, b.seconds) for b in bouts] == [(EndReason.CRASH, 300), (None, 3600)]
    assert bouts[1].id == new_id
    assert not any(p.name.endswith("corrupt") for p in tmp_path.iterdir())


def test_exercise_completions_count_completed_results_only(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3")
    for completed in (True, True, False):
        sid = db.start_routine_session("daily", "tray", T0, ["bridge", "clam_shell"])
        db.update_routine_session(
            sid, SessionStatus.COMPLETED,
            [ExerciseResult("bridge", 3, 30, completed), ExerciseResult("clam_shell", 3, 30, True)],
            finished=T0,
        )  # fmt: skip
    assert db.exercise_completions() == {"bridge": 2, "clam_shell": 3}


def test_sqlite_errors_come_out_as_the_storage_error(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3")
    db.close()  # as good as a disk that went away: every call fails inside SQLite
    with pytest.raises(DatabaseError, match="closed database") as written:
        db.save_bout(None, T0, T0 + timedelta(minutes=5), Posture.SITTING, None)
    assert isinstance(written.value, StorageError)
    with pytest.raises(StorageError, match=r"Cannot read the database: .*closed database"):
        db.bouts_between(T0, T0 + timedelta(days=1))
    with pytest.raises(StorageError):
        db.day_totals(T0.date(), T0.date(), 2700, None)
