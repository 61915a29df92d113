"""`sitbreak routines` lists the shipped routines as the window plays them, without the app;
`sitbreak routine ID` takes exactly the shipped ids."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from sitbreak.cli.main import main
from sitbreak.cli.registry import ExitCode
from sitbreak.core.clock import FakeClock
from sitbreak.core.records import ExerciseResult, SessionStatus
from sitbreak.core.routine_player import RoutinePlayer
from sitbreak.paths import AppPaths
from sitbreak.storage.database import Database
from tests.support.exercises import shipped_catalogue

SHIPPED_IDS = ["daily", "desk", "full", "seated_squeeze"]
SEED = ["clam_shell", "side_lying_leg_raise", "bridge", "fire_hydrant", "monster_walk"]


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.resolve()  # the temp dirs set by conftest


def listed(capsys) -> list[dict]:
    assert main(["routines", "--json"]) == ExitCode.OK
    return json.loads(capsys.readouterr().out)


def window_start_seconds(routine_id: str, progress: dict[str, int]) -> float:
    """What the routine window's header says is left when the routine starts."""
    catalogue = shipped_catalogue().catalogue.for_progress(progress)
    routine = catalogue.routine(routine_id)
    player = RoutinePlayer(
        catalogue.resolve(routine), FakeClock(), routine.rest_between_exercises_seconds
    )
    player.start()
    return player.snapshot().routine_seconds_remaining


def complete_bridge_sessions(paths: AppPaths, count: int) -> None:
    db = Database.open(paths.database_file, FakeClock())
    start = datetime(2026, 3, 2, 17, tzinfo=UTC)
    for day in range(count):
        started = start + timedelta(days=day)
        sid = db.start_routine_session("daily", "tray", started, ["bridge"])
        db.update_routine_session(
            sid,
            SessionStatus.COMPLETED,
            [ExerciseResult("bridge", 1, 10, True)],
            finished=started + timedelta(minutes=9),
        )
    db.close()


def test_json_lists_every_routine_with_its_dose_and_the_windows_estimate(capsys) -> None:
    routines = {r["id"]: r for r in listed(capsys)}
    assert sorted(routines) == SHIPPED_IDS
    daily, full = routines["daily"], routines["full"]
    assert daily["name"] == "Daily glute activation"
    assert full["name"] == "Full glute routine"
    # A new user: the single-leg bridge is held back until the bridge is mastered.
    assert [e["id"] for e in daily["exercises"]] == SEED
    assert [e["id"] for e in full["exercises"]] == SEED
    assert daily["held_back"] == full["held_back"] == ["single_leg_bridge"]
    assert {e["sets"] for e in daily["exercises"]} == {1}
    assert {e["sets"] for e in full["exercises"]} == {3}
    assert {e["reps"] for e in full["exercises"]} == {10}
    per_side = {e["id"]: e["per_side"] for e in full["exercises"]}
    assert per_side["clam_shell"]
    assert not per_side["bridge"]
    for routine_id, routine in routines.items():
        assert routine["estimated_seconds"] == round(window_start_seconds(routine_id, {}))
    assert daily["estimated_seconds"] < 10 * 60 < 25 * 60 < full["estimated_seconds"]


def test_the_users_progress_is_read_so_the_list_matches_what_will_play(paths, capsys) -> None:
    new_user = {r["id"]: r for r in listed(capsys)}
    complete_bridge_sessions(paths, 3)
    routines = {r["id"]: r for r in listed(capsys)}
    daily = routines["daily"]
    assert [e["id"] for e in daily["exercises"]] == [*SEED[:3], "single_leg_bridge", *SEED[3:]]
    assert daily["held_back"] == []
    assert daily["estimated_seconds"] == round(window_start_seconds("daily", {"bridge": 3}))
    assert new_user["daily"]["estimated_seconds"] < daily["estimated_seconds"] <= 10 * 60
    assert routines["desk"] == new_user["desk"]  # no progression in the desk routine


def test_the_table_names_each_routine_its_length_and_its_dose(capsys) -> None:
    assert main(["routines"]) == ExitCode.OK
    out = capsys.readouterr().out
    lines = out.splitlines()
    daily = next(line for line in lines if line.startswith("daily "))
    assert "Daily glute activation" in daily
    assert f"about {round(window_start_seconds('daily', {}) / 60)} min" in daily
    full_clam_shell = ["clam_shell", "3", "sets", "of", "10", "each", "side"]
    assert any(line.split() == full_clam_shell for line in lines)
    assert any(line.split() == ["bridge", "1", "set", "of", "10"] for line in lines)
    assert "(single_leg_bridge joins after 3 completed bridge sessions)" in out
    assert next(line for line in lines if line.startswith("seated_squeeze "))


def test_an_unreadable_database_is_said_and_the_routines_still_listed(paths, capsys) -> None:
    paths.database_file.parent.mkdir(parents=True, exist_ok=True)
    paths.database_file.write_bytes(b"not a database at all" * 100)
    assert main(["routines", "--json"]) == ExitCode.OK
    captured = capsys.readouterr()
    assert [r["id"] for r in json.loads(captured.out)] == SHIPPED_IDS
    assert "Listed as for a new user." in captured.err
    assert "Traceback" not in captured.err


def test_routine_help_names_every_shipped_routine(capsys) -> None:
    assert main(["routine", "--help"]) == ExitCode.OK
    out = " ".join(capsys.readouterr().out.split())
    assert "one of daily, desk, full, seated_squeeze (default: daily)" in out


def test_an_unknown_routine_id_is_a_usage_error_naming_it_and_the_valid_ones(capsys) -> None:
    assert main(["routine", "fulll"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "'fulll'" in err
    for routine_id in SHIPPED_IDS:
        assert f"'{routine_id}'" in err


def test_a_shipped_id_gets_past_the_parser_to_the_running_app(capsys) -> None:
    assert main(["routine", "full"]) == ExitCode.FAILED  # no app runs in the test
    assert "not running" in capsys.readouterr().err
