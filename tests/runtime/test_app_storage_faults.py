"""The real app as a process meeting database faults: a database locked by another program
at start and through a save, another program's SQLite file, a umask that would let others
read the history."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitbreak.storage.database import Database
from tests.support.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process and modes")
EVER = (datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


def app_env(tmp_path: Path) -> dict[str, str]:
    """No display (pytest-xvfb's would give an idle time from before the app started):
    manual mode, where a bout starts when the app does."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "SITBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "SITBREAK_DATA_DIR": str(tmp_path / "data"),
    }


def start(env: dict[str, str], umask: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitbreak"], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),  # noqa: PLW1509
    )  # fmt: skip


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitbreak", *args], env=env, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip


def answering_status(env: dict[str, str], app: subprocess.Popen[str]) -> dict:
    def answered() -> dict | None:
        assert app.poll() is None, app.communicate()[0]
        done = cli(env, "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else None

    return wait_until(answered, timeout=30, interval=0.2, what="`sitbreak status` to answer")


def test_a_database_locked_at_start_and_through_a_save_loses_and_freezes_nothing(
    tmp_path: Path,
) -> None:
    env = app_env(tmp_path)
    path = tmp_path / "data" / "sitbreak.sqlite3"
    Database.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a backup tool holding the file
    began, started = time.monotonic(), datetime.now(UTC)
    app = start(env)
    try:
        status = answering_status(env, app)
        assert status["saving_problem"] == "The database is locked by another program."
        log = tmp_path / "data" / "logs" / "sitbreak.log"
        slowest = 0.0
        # The first save (within a minute of start) fails at once; the app answers throughout.
        while "saving to the database failed" not in log.read_text():
            assert time.monotonic() - began < 120, "no save was tried"
            asked = time.monotonic()
            done = cli(env, "status", "--json")
            slowest = max(slowest, time.monotonic() - asked)
            assert done.returncode == 0, done.stderr
        assert slowest < 10  # `sitbreak status` timed out while the app blocked on the lock
        holder.execute("ROLLBACK")
        holder.close()
        wait_until(  # the next minute's save writes what was tracked meanwhile
            lambda: Database.open_readonly(path).bouts_between(*EVER),
            timeout=90,
            interval=1,
            what="the open bout saved once the lock is gone",
        )
        quit_ = cli(env, "quit")
        assert quit_.returncode == 0
        assert "the open bout was saved" in quit_.stdout
        output, _ = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    ended = datetime.now(UTC)
    assert app.returncode == 0, output
    assert "Traceback" not in output
    assert "Traceback" not in log.read_text()
    bouts = Database.open_readonly(path).bouts_between(*EVER)
    assert len(bouts) == 1  # tracked in memory, saved once the lock was gone
    assert started <= bouts[0].start
    assert bouts[0].end <= ended  # never longer than the app ran
    assert bouts[0].seconds >= 60


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    path = tmp_path / "data" / "sitbreak.sqlite3"
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    out = tmp_path / "out.txt"
    with out.open("w") as sink:
        app = subprocess.Popen(
            [sys.executable, "-m", "sitbreak"], env=env, stdout=sink, stderr=subprocess.STDOUT
        )
        try:  # it says why on stderr, then in a dialog that waits for the user
            wait_until(lambda: "left untouched" in out.read_text(), timeout=60, what="refusal")
        finally:
            app.kill()
            app.wait(timeout=30)
    output = out.read_text()
    assert "SQLite database of another program" in output
    assert "Traceback" not in output
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["logs", "sitbreak.sqlite3"]


def test_the_history_and_log_are_private_under_umask_022(tmp_path: Path) -> None:
    env = app_env(tmp_path)
    app = start(env, umask=0o022)
    try:
        answering_status(env, app)
    finally:
        app.kill()  # the -wal and -shm stay, as after a crash
        app.communicate(timeout=30)
    data = tmp_path / "data"
    modes = {
        str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode)
        for p in [data, *data.rglob("*")]
    }
    assert modes == {
        "data": 0o700,
        "data/logs": 0o700,
        "data/logs/sitbreak.log": 0o600,
        "data/sitbreak.sqlite3": 0o600,
        "data/sitbreak.sqlite3-wal": 0o600,
        "data/sitbreak.sqlite3-shm": 0o600,
        "data/welcome-shown": 0o600,  # the first-start welcome is shown once
    }
