"""`sitbreak stats` and `sitbreak export` against a seeded database in a temp dir."""

from __future__ import annotations

import argparse
import csv
import json
from datetime import datetime, timedelta, timezone

import pytest

from sitbreak.cli.export import BOUT_COLUMNS, add_export_arguments, run_export
from sitbreak.cli.registry import ExitCode
from sitbreak.cli.stats import add_stats_arguments, run_stats
from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason, ExerciseResult, Outcome, Posture, PromptKind
from sitbreak.core.records import SessionStatus as Status
from sitbreak.paths import AppPaths
from sitbreak.storage.database import Database

CET = timezone(timedelta(hours=1))


def cet(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 3, day, hh, mm, tzinfo=CET)


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.resolve()  # the temp dirs set by conftest


def seed(paths: AppPaths) -> None:
    """2 March: three sitting bouts (one crossing into 3 March), prompts, routines."""
    db = Database.open(paths.database_file, FakeClock(zone=CET))
    db.save_bout(None, cet(2, 9), cet(2, 9, 50), Posture.SITTING, EndReason.STOOD_UP)
    db.save_bout(None, cet(2, 10), cet(2, 10, 30), Posture.STANDING, EndReason.POSTURE)
    db.save_bout(None, cet(2, 10, 30), cet(2, 11), Posture.SITTING, EndReason.LOCK)
    db.save_bout(None, cet(2, 23, 30), cet(3, 0, 15), Posture.SITTING, EndReason.AWAY)
    for kind, shown, outcome in [
        (PromptKind.SQUEEZE, cet(2, 9, 20), Outcome.ACCEPTED),
        (PromptKind.SQUEEZE, cet(2, 9, 40), Outcome.SKIPPED),
        (PromptKind.STAND, cet(2, 9, 45), Outcome.SNOOZED),
        (PromptKind.STAND, cet(2, 9, 50), Outcome.ACCEPTED),
        (PromptKind.ROUTINE, cet(2, 17), Outcome.DISMISSED),
    ]:
        pid = db.add_prompt(kind, shown, shown, 0, False)
        db.answer_prompt(pid, outcome, shown + timedelta(seconds=30))
    sid = db.start_routine_session("daily", "tray", cet(2, 17, 5), ["bridge", "clam_shell"])
    db.update_routine_session(
        sid,
        Status.COMPLETED,
        [ExerciseResult("bridge", 3, 36, True), ExerciseResult("clam_shell", 3, 33, True)],
        finished=cet(2, 17, 20),
    )
    sid = db.start_routine_session("seated_squeeze", "tray", cet(2, 12), ["seated_squeeze"])
    db.update_routine_session(
        sid, Status.COMPLETED, [ExerciseResult("seated_squeeze", 1, 10, True)], cet(2, 12, 1)
    )
    db.close()


def run(command: str, argv: list[str], paths: AppPaths) -> int:
    parser = argparse.ArgumentParser(prog=f"sitbreak {command}")
    if command == "stats":
        add_stats_arguments(parser)
        return run_stats(parser.parse_args(argv), paths)
    add_export_arguments(parser)
    return run_export(parser.parse_args(argv), paths)


def test_stats_json_reports_the_seeded_day_field_by_field(paths, capsys) -> None:
    seed(paths)
    assert run("stats", ["--date", "2026-03-02", "--json"], paths) == ExitCode.OK
    (day,) = json.loads(capsys.readouterr().out)

    assert day["date"] == "2026-03-02"
    assert day["sitting_seconds"] == (50 + 30 + 30) * 60  # the night bout's first 30 min
    assert day["standing_seconds"] == 30 * 60
    assert day["bouts"] == 3
    assert day["longest_bout_seconds"] == 50 * 60
    assert day["bouts_over_limit"] == 1  # 50 min > the default 45 min
    assert day["breaks"] == 2  # stood up, lock; the night bout's break is on 3 March
    assert day["breaks_by_kind"] == {"prompted": 1, "natural": 0, "lock_suspend": 1}
    assert day["prompts"]["squeeze"] == {
        "accepted": 1,
        "snoozed": 0,
        "skipped": 1,
        "missed": 0,
        "dismissed": 0,
    }
    assert day["prompts"]["stand"]["snoozed"] == 1
    assert day["prompts"]["stand"]["accepted"] == 1
    assert day["prompts"]["routine"]["dismissed"] == 1
    assert day["squeezes"] == 2  # one accepted prompt + one seated squeeze from the tray
    assert day["routines_completed"] == 1
    assert day["exercises_done"] == 2
    assert day["sitting_by_hour"][9] == 50 * 60
    assert day["sitting_by_hour"][10] == 30 * 60
    assert day["sitting_by_hour"][23] == 30 * 60
    assert len(day["sitting_by_hour"]) == 24


def test_stats_days_gives_one_object_per_day_oldest_first(paths, capsys) -> None:
    seed(paths)
    assert run("stats", ["--date", "2026-03-03", "--json"], paths) == ExitCode.OK
    (tuesday,) = json.loads(capsys.readouterr().out)
    assert tuesday["sitting_seconds"] == 15 * 60
    assert tuesday["breaks_by_kind"]["natural"] == 1


def test_stats_table_shows_the_day_in_words(paths, capsys) -> None:
    seed(paths)
    assert run("stats", ["--date", "2026-03-02"], paths) == ExitCode.OK
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("2026-03-02"))
    assert row.split()[1:5] == ["1", "h", "50", "min"]  # sitting 1 h 50 min
    assert "1 prompted, 0 natural, 1 lock/suspend" in out


def test_stats_for_days_without_records_says_so_and_exits_1(paths, capsys) -> None:
    seed(paths)
    assert run("stats", ["--date", "2025-01-01"], paths) == ExitCode.FAILED
    assert "nothing recorded for 2025-01-01" in capsys.readouterr().err


def test_missing_database_is_a_clear_message_and_exit_1(paths, capsys) -> None:
    assert run("stats", ["--json"], paths) == ExitCode.FAILED
    err = capsys.readouterr().err
    assert "No database" in err
    assert str(paths.database_file) in err
    assert run("export", ["--format", "json"], paths) == ExitCode.FAILED
    assert not paths.database_file.exists()  # reading never creates it


@pytest.mark.parametrize(
    ("command", "argv", "message"),
    [
        ("stats", ["--date", "2026-02-30"], "not a date like"),
        ("stats", ["--date", "yesterday"], "not a date like"),
        ("stats", ["--days", "0"], "--days takes a whole number"),
        ("stats", ["--date", "2026-03-02", "--days", "3"], "not allowed with"),
        ("export", ["--format", "json", "--from", "03/02/2026"], "not a date like"),
        ("export", ["--format", "xml"], "invalid choice"),
    ],
)
def test_bad_arguments_are_usage_errors_with_exit_2(paths, capsys, command, argv, message):
    seed(paths)
    with pytest.raises(SystemExit) as exit_info:
        run(command, argv, paths)
    assert exit_info.value.code == ExitCode.USAGE
    assert message in capsys.readouterr().err


def test_from_after_to_is_a_usage_error(paths, capsys) -> None:
    seed(paths)
    argv = ["--format", "json", "--from", "2026-03-03", "--to", "2026-03-02"]
    assert run("export", argv, paths) == ExitCode.USAGE
    assert "--from 2026-03-03 is after --to 2026-03-02" in capsys.readouterr().err


def test_csv_without_an_output_folder_is_a_usage_error(paths, capsys) -> None:
    seed(paths)
    assert run("export", ["--format", "csv"], paths) == ExitCode.USAGE
    assert "--output FOLDER" in capsys.readouterr().err


def test_export_of_an_empty_period_exits_1(paths, capsys, tmp_path) -> None:
    seed(paths)
    argv = ["--format", "csv", "--from", "2027-01-01", "--output", str(tmp_path / "out")]
    assert run("export", argv, paths) == ExitCode.FAILED
    assert "nothing recorded" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_csv_export_round_trips_every_bout_prompt_and_session(paths, tmp_path) -> None:
    seed(paths)
    out = tmp_path / "export"
    assert run("export", ["--format", "csv", "--output", str(out)], paths) == ExitCode.OK
    assert sorted(p.name for p in out.iterdir()) == [
        "bouts.csv",
        "prompts.csv",
        "routine_exercises.csv",
        "routine_sessions.csv",
    ]

    def rows(name: str) -> list[dict[str, str]]:
        with (out / name).open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    bouts = rows("bouts.csv")
    assert tuple(bouts[0]) == BOUT_COLUMNS
    assert [",".join(b[c] for c in BOUT_COLUMNS[1:]) for b in bouts] == [
        "2026-03-02,2026-03-02 09:00:00,2026-03-02 09:50:00,+01:00,50.00,sitting,stood_up,1",
        "2026-03-02,2026-03-02 10:00:00,2026-03-02 10:30:00,+01:00,30.00,standing,posture,0",
        "2026-03-02,2026-03-02 10:30:00,2026-03-02 11:00:00,+01:00,30.00,sitting,lock,1",
        "2026-03-02,2026-03-02 23:30:00,2026-03-03 00:15:00,+01:00,45.00,sitting,away,1",
    ]
    prompts = rows("prompts.csv")
    assert [(p["kind"], p["shown"], p["outcome"]) for p in prompts] == [
        ("squeeze", "2026-03-02 09:20:00", "accepted"),
        ("squeeze", "2026-03-02 09:40:00", "skipped"),
        ("stand", "2026-03-02 09:45:00", "snoozed"),
        ("stand", "2026-03-02 09:50:00", "accepted"),
        ("routine", "2026-03-02 17:00:00", "dismissed"),
    ]
    assert prompts[0]["answered"] == "2026-03-02 09:20:30"
    sessions = rows("routine_sessions.csv")
    assert [
        (s["routine_id"], s["started"], s["finished"], s["status"], s["exercises_completed"])
        for s in sessions
    ] == [
        ("seated_squeeze", "2026-03-02 12:00:00", "2026-03-02 12:01:00", "completed", "1"),
        ("daily", "2026-03-02 17:05:00", "2026-03-02 17:20:00", "completed", "2"),
    ]
    assert sessions[1]["reps_done"] == "69"
    # the glute routine's dose: this daily session was done at 3 sets, the full dose
    assert [s["dose"] for s in sessions] == ["", "full"]
    exercises = rows("routine_exercises.csv")
    assert [(e["exercise_id"], e["reps_done"], e["completed"]) for e in exercises] == [
        ("seated_squeeze", "10", "1"),
        ("bridge", "36", "1"),
        ("clam_shell", "33", "1"),
    ]


def test_export_dates_select_by_local_day(paths, tmp_path) -> None:
    seed(paths)
    target = tmp_path / "march2.json"
    # The night bout ends on 3 March but started on 2 March: nothing started on the 3rd.
    assert run("export", ["--format", "json", "--from", "2026-03-03"], paths) == ExitCode.FAILED
    assert run("export", ["--format", "json", "--to", "2026-03-01"], paths) == ExitCode.FAILED
    argv = ["--format", "json", "--from", "2026-03-02", "--to", "2026-03-02"]
    assert run("export", [*argv, "--output", str(target)], paths) == ExitCode.OK
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["from"] == data["to"] == "2026-03-02"
    assert len(data["bouts"]) == 4
    assert data["bouts"][3]["start"] == "2026-03-02T23:30:00+01:00"
    assert data["bouts"][3]["end"] == "2026-03-03T00:15:00+01:00"
    assert data["bouts"][3]["is_break"] is True
    assert [s["dose"] for s in data["routine_sessions"]] == [None, "full"]
    assert data["routine_sessions"][1]["exercises"][0] == {
        "exercise_id": "bridge",
        "sets_done": 3,
        "reps_done": 36,
        "completed": True,
    }


def test_json_export_goes_to_stdout_without_output(paths, capsys) -> None:
    seed(paths)
    assert run("export", ["--format", "json"], paths) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert [len(data[k]) for k in ("bouts", "prompts", "routine_sessions")] == [4, 5, 2]


def test_stats_reads_while_the_app_holds_the_database_open(paths, capsys) -> None:
    seed(paths)
    app_db = Database.open(paths.database_file, FakeClock(zone=CET))
    app_db.save_bout(None, cet(2, 14), cet(2, 14, 10), Posture.SITTING, None)  # open bout
    try:
        assert run("stats", ["--date", "2026-03-02", "--json"], paths) == ExitCode.OK
    finally:
        app_db.close()
    (day,) = json.loads(capsys.readouterr().out)
    assert day["bouts"] == 4
    assert day["sitting_seconds"] == (50 + 30 + 30 + 10) * 60
