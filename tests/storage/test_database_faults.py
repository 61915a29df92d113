"""What the database does with files that are not its own, failed writes and bad rows."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sitbreak.core.records import EndReason, Posture
from sitbreak.storage.database import (
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
)
from sitbreak.storage.schema import APPLICATION_ID, SCHEMA_VERSION

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
EVER = (datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


def foreign_file(path: Path, user_version: int, wal: bool) -> bytes:
    conn = sqlite3.connect(path, isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada', '123')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()  # the last connection checkpoints and removes the -wal
    return path.read_bytes()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "wal"])
@pytest.mark.parametrize("user_version", [0, 1, 7])
def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, user_version: int, wal: bool
) -> None:
    path = tmp_path / "sitbreak.sqlite3"
    before = foreign_file(path, user_version, wal)
    with pytest.raises(ForeignDatabaseError, match="another program") as refused:
        Database.open(path)
    assert "newer" not in str(refused.value)
    with pytest.raises(ForeignDatabaseError):
        Database.open_readonly(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sitbreak.sqlite3"]  # no -wal/-shm


def test_a_newer_sitbreak_database_in_wal_mode_leaves_no_side_files(tmp_path: Path) -> None:
    path = tmp_path / "sitbreak.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE bouts (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer Sitbreak"):
        Database.open(path)
    with pytest.raises(DatabaseTooNewError):
        Database.open_readonly(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sitbreak.sqlite3"]


def test_a_new_database_carries_the_application_id(tmp_path: Path) -> None:
    Database.open(tmp_path / "s.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "s.sqlite3")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_sitbreak_database_from_before_the_id_is_stamped_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    db = Database.open(path)
    db.save_bout(None, T0, T0 + timedelta(minutes=30), Posture.SITTING, EndReason.AWAY)
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 0")  # as every version before wrote it
    conn.close()
    db = Database.open(path)
    assert [b.seconds for b in db.bouts_between(*EVER)] == [1800]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_history_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = f"""
import os
from datetime import datetime, UTC
from pathlib import Path
from sitbreak.core.records import Posture
from sitbreak.storage.database import Database
os.umask(0o022)
db = Database.open(Path({str(data / "sitbreak.sqlite3")!r}))
db.save_bout(None, datetime.now(UTC), datetime.now(UTC), Posture.SITTING, None)
print(sorted(p.name for p in Path({str(data)!r}).iterdir()))
os._exit(0)  # keep the -wal and -shm
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert "sitbreak.sqlite3-wal" in done.stdout
    assert "sitbreak.sqlite3-shm" in done.stdout
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for name in ("sitbreak.sqlite3", "sitbreak.sqlite3-wal", "sitbreak.sqlite3-shm"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name


def test_an_old_readable_history_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Database.open(data / "s.sqlite3").close()
    os.chmod(data, 0o755)
    os.chmod(data / "s.sqlite3", 0o644)
    Database.open(data / "s.sqlite3").close()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "s.sqlite3").stat().st_mode) == 0o600


def test_saving_an_open_bout_whose_id_was_lost_updates_its_row(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3")
    first = db.save_bout(None, T0, T0 + timedelta(minutes=1), Posture.SITTING, None)
    again = db.save_bout(None, T0, T0 + timedelta(minutes=2), Posture.SITTING, None)
    closed = db.save_bout(None, T0, T0 + timedelta(minutes=3), Posture.SITTING, EndReason.AWAY)
    assert first == again == closed
    assert [(b.seconds, b.end_reason) for b in db.bouts_between(*EVER)] == [(180, EndReason.AWAY)]
    # A closed bout is never reopened by a new one that starts at the same moment.
    other = db.save_bout(None, T0, T0 + timedelta(minutes=1), Posture.SITTING, None)
    assert other != first


def test_a_write_on_a_locked_database_fails_at_once_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    db = Database.open(path)
    bout_id = db.save_bout(None, T0, T0 + timedelta(minutes=1), Posture.SITTING, None)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    began = time.monotonic()
    with pytest.raises(DatabaseBusyError, match="locked by another program"):
        db.save_bout(bout_id, T0, T0 + timedelta(minutes=2), Posture.SITTING, None)
    waited = time.monotonic() - began
    assert waited < 2.0  # the GUI thread must not freeze (it waited 5 s before)
    holder.execute("ROLLBACK")
    holder.close()
    assert db.save_bout(bout_id, T0, T0 + timedelta(minutes=3), Posture.SITTING, None) == bout_id
    assert [b.seconds for b in db.bouts_between(*EVER)] == [180]


def test_a_full_disk_fails_the_write_cleanly_and_the_next_one_works(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "s.sqlite3")
    bout_id = db.save_bout(None, T0, T0 + timedelta(minutes=1), Posture.SITTING, None)
    pages = db._conn.execute("PRAGMA page_count").fetchone()[0]
    db._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL

    def fill() -> None:
        for n in range(200):  # takes the last free pages, then fails
            db.start_routine_session("daily", "tray", T0, [f"exercise_{n}_" + "x" * 500] * 20)

    with pytest.raises(DatabaseError, match="the disk is full"):
        fill()
    assert not db._conn.in_transaction
    db._conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    assert db.save_bout(bout_id, T0, T0 + timedelta(minutes=5), Posture.SITTING, None) == bout_id
    assert [b.seconds for b in db.bouts_between(*EVER)] == [300]


@pytest.mark.parametrize(
    ("column", "value"),
    [("end_utc", 1e13), ("start_offset", 100000), ("posture", "lying"), ("end_reason", "?")],
)
def test_a_row_out_of_range_is_skipped_and_reported(
    tmp_path: Path, column: str, value: object
) -> None:
    path = tmp_path / "s.sqlite3"
    db = Database.open(path)
    db.save_bout(None, T0, T0 + timedelta(minutes=10), Posture.SITTING, EndReason.AWAY)
    bad = db.save_bout(
        None, T0 + timedelta(hours=1), T0 + timedelta(hours=2), Posture.SITTING, EndReason.AWAY
    )
    db._conn.execute("PRAGMA ignore_check_constraints = 1")
    db._conn.execute(f"UPDATE bouts SET {column} = ? WHERE id = ?", (value, bad))
    assert [b.seconds for b in db.bouts_between(*EVER)] == [600]
    assert list(db.bad_rows) == [("bouts", bad)]
