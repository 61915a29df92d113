"""Routine sessions land in a real SQLite file as the user would later see them in stats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import SessionStatus
from sitbreak.core.routine_player import RoutinePlayer
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.storage.database import Database
from tests.support.exercises import make_exercise, run_to_end

PLUS_ONE = timezone(timedelta(hours=1))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "data" / "sitbreak.sqlite3", FakeClock(zone=PLUS_ONE))
    yield db
    db.close()


def all_sessions(db: Database, clock: FakeClock):
    return db.routine_sessions_between(
        clock.now() - timedelta(days=1), clock.now() + timedelta(days=1)
    )


def setup(database: Database, clock: FakeClock) -> tuple[RoutinePlayer, RoutineSessionRecorder]:
    exercises = (make_exercise("bridge", sets=1, reps=2), make_exercise("clam", sets=2, reps=2))
    player = RoutinePlayer(exercises, clock, rest_between_exercises_seconds=10)
    recorder = RoutineSessionRecorder(database, clock, "daily", "tray", [e.id for e in exercises])
    return player, recorder


def test_a_completed_session_is_stored_with_its_exercises(database: Database) -> None:
    clock = FakeClock()
    player, recorder = setup(database, clock)
    started = clock.now()
    recorder.start()
    player.start()
    run_to_end(player, clock)
    assert player.summary is not None
    recorder.finish(player.summary)
    [session] = all_sessions(database, clock)
    assert session.routine_id == "daily"
    assert session.trigger == "tray"
    assert session.status is SessionStatus.COMPLETED
    assert session.started == started
    assert session.finished == clock.now()
    assert session.started.utcoffset() == timedelta(hours=1)
    assert session.exercises_total == 2
    assert session.exercises_completed == 2
    assert session.reps_done == 2 + 4
    assert [(e.exercise_id, e.sets_done) for e in session.exercises] == [
        ("bridge", 1),
        ("clam", 2),
    ]
    assert recorder.error is None


def test_an_abandoned_session_keeps_what_was_done(database: Database) -> None:
    clock = FakeClock()
    player, recorder = setup(database, clock)
    recorder.start()
    player.start()
    clock.advance(5 + 4.5 + 0.5 + 4.5 + 10 + 5 + 4.5)  # bridge done, one clam rep
    player.advance_to_now()
    recorder.progress(player.results())
    [midway] = all_sessions(database, clock)
    assert midway.status is SessionStatus.IN_PROGRESS
    assert midway.finished is None
    assert midway.reps_done == 3
    clock.advance(1)
    player.abandon()
    assert player.summary is not None
    recorder.finish(player.summary)
    [session] = all_sessions(database, clock)
    assert session.status is SessionStatus.ABANDONED
    assert session.finished == clock.now()
    assert session.exercises_completed == 1
    assert [e.reps_done for e in session.exercises] == [2, 1]
    # A second finish (e.g. the window closing after the finish screen) changes nothing.
    recorder.finish(player.summary)
    recorder.progress(player.results())
    assert all_sessions(database, clock) == [session]


@pytest.mark.allow_error_log("could not record the routine session")
def test_a_failed_write_is_logged_and_reported(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    _, recorder = setup(database, clock)
    database.close()
    recorder.start()
    assert recorder.session_id is None
    assert recorder.error is not None
    assert "could not be saved" in recorder.error
    assert "could not record the routine session" in caplog.text


@pytest.mark.allow_error_log("could not record the routine session")
def test_a_write_failing_midway_is_reported(database: Database) -> None:
    clock = FakeClock()
    player, recorder = setup(database, clock)
    recorder.start()
    player.start()
    player.abandon()
    database.close()
    assert player.summary is not None
    recorder.finish(player.summary)
    assert recorder.error is not None
    assert recorder.status is SessionStatus.IN_PROGRESS
