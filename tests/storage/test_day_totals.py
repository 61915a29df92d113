"""Stats added up by SQLite equal the core's own counting, on random histories.

Rows are written straight into the tables so a history can hold what the app writes over
years: bouts across midnight, DST switches and travel inside a bout (start and end
offsets differ), empty and still-open bouts, answered and unanswered prompts, routines
completed or not, guided squeezes; and every kind of damaged row issue 9 met (an end far
in the future, a bout longer than two days or ending before it starts, an offset out of
range, an unknown posture, reason, kind, outcome or status, text where a number belongs),
beside values at the edge that are still readable.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import FULL_ROUTINE_ID, SQUEEZE_ROUTINE_ID
from sitbreak.core.records import EndReason, Outcome, Posture, PromptKind
from sitbreak.core.stats import DayStats, day_stats, days_between, streaks, utc_window
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.storage.database import Database

START = datetime(2026, 3, 20, 0, 0, tzinfo=UTC)
OFFSETS = [h * 3600 for h in (-10, -5, 0, 1, 2, 9)] + [19800]  # +05:30 too
LIMIT = 2700.0

bout = st.tuples(
    st.integers(0, 30 * 3600),  # gap before it, seconds
    st.sampled_from([0, 30, 600, 2700, 2701, 5400, 20 * 3600, 50 * 3600]),  # length
    st.sampled_from(OFFSETS),
    st.sampled_from(OFFSETS),
    st.sampled_from(list(Posture)),
    st.sampled_from([None, *EndReason]),
)
prompt = st.tuples(
    st.integers(0, 20 * 86400),
    st.sampled_from(OFFSETS),
    st.sampled_from(list(PromptKind)),
    st.sampled_from([None, *Outcome]),
)
session = st.tuples(
    st.integers(0, 20 * 86400),
    st.sampled_from(OFFSETS),
    st.sampled_from(["daily", FULL_ROUTINE_ID, "desk", SQUEEZE_ROUTINE_ID]),
    st.sampled_from(["tray", "squeeze", "cli"]),
    st.sampled_from(["completed", "abandoned", "in_progress"]),
    st.lists(st.booleans(), max_size=4),
)


# (table, column, SQL expression or value): written over one row, checks switched off.
DAMAGE = [
    ("bouts", "end_utc", "=start_utc + 172801"),  # longer than the longest plausible bout
    ("bouts", "end_utc", "=start_utc + 172800"),  # readable: exactly two days
    ("bouts", "end_utc", "=start_utc - 1"),  # ends before it starts
    ("bouts", "end_utc", 1e13),  # beyond datetime's years
    ("bouts", "end_utc", 4e10),  # the year 3237
    ("bouts", "end_utc", "soon"),
    ("bouts", "start_utc", -1e13),
    ("bouts", "start_offset", 100000),
    ("bouts", "start_offset", 86400),
    ("bouts", "end_offset", -86400),
    ("bouts", "start_offset", -(2**63)),
    ("bouts", "end_offset", 86399),  # readable: within a day
    ("bouts", "start_offset", 3600.5),  # readable
    ("bouts", "end_offset", "east"),
    ("bouts", "posture", "lying"),
    ("bouts", "posture", 1),
    ("bouts", "posture", b"sitting"),
    ("bouts", "end_reason", "?"),
    ("bouts", "end_reason", 3),
    ("prompts", "kind", "wave"),
    ("prompts", "outcome", "maybe"),
    ("prompts", "shown_offset", 100000),
    ("prompts", "due_utc", 1e13),
    ("prompts", "due_offset", "west"),
    ("prompts", "answered_utc", 1e13),
    ("prompts", "answered_offset", 100000),
    ("prompts", "answered_offset", ""),  # readable: read as offset 0
    ("prompts", "answered_utc", None),  # readable: not answered
    ("routine_sessions", "status", "paused"),
    ("routine_sessions", "started_offset", 100000),
    ("routine_sessions", "finished_utc", 1e13),
    ("routine_sessions", "finished_utc", "=started_utc + 600"),  # readable
    ("routine_sessions", "finished_offset", "north"),  # readable while not finished
    ("routine_sessions", "routine_id", 7),
    ("routine_sessions", "trigger", 7),
    ("routine_exercises", "completed", "yes"),  # true, as Python reads it
    ("routine_exercises", "completed", 2),
]
damage = st.lists(st.tuples(st.sampled_from(DAMAGE), st.integers(0, 30)), max_size=10)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("day_totals")


def write(path: Path, bouts: list, prompts: list, sessions: list, damaged: list = ()) -> None:
    path.unlink(missing_ok=True)
    Database.open(path, FakeClock()).close()  # the schema
    conn = sqlite3.connect(path, isolation_level=None)
    t = START.timestamp()
    for gap, length, start_offset, end_offset, posture, reason in bouts:
        t += gap
        conn.execute(
            "INSERT INTO bouts (start_utc, start_offset, end_utc, end_offset, posture,"
            " end_reason, is_open) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                t + 0.25,
                start_offset,
                t + 0.25 + length,
                end_offset,
                posture.value,
                None if reason is None else reason.value,
                int(reason is None),
            ),
        )
        t += length + 1
    for at, offset, kind, outcome in prompts:
        shown = START.timestamp() + at
        conn.execute(
            "INSERT INTO prompts (kind, due_utc, due_offset, shown_utc, shown_offset,"
            " answered_utc, answered_offset, outcome, snooze_count, urgent)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
            (
                kind.value,
                shown,
                offset,
                shown,
                offset,
                None if outcome is None else shown + 30,
                None if outcome is None else offset,
                None if outcome is None else outcome.value,
            ),
        )
    for at, offset, routine, trigger, status, done in sessions:
        started = START.timestamp() + at
        session_id = conn.execute(
            "INSERT INTO routine_sessions (routine_id, trigger, started_utc, started_offset,"
            " status, exercises_total) VALUES (?, ?, ?, ?, ?, ?)",
            (routine, trigger, started, offset, status, len(done)),
        ).lastrowid
        conn.executemany(
            "INSERT INTO routine_exercises (session_id, position, exercise_id, completed)"
            " VALUES (?, ?, 'bridge', ?)",
            [(session_id, i, int(d)) for i, d in enumerate(done)],
        )
    conn.execute("PRAGMA ignore_check_constraints = 1")
    for (table, column, value), row in damaged:
        key = "rowid"
        rows = [r[0] for r in conn.execute(f"SELECT {key} FROM {table} ORDER BY {key}")]
        if not rows:
            continue
        if isinstance(value, str) and value.startswith("="):
            sql, args = f"UPDATE {table} SET {column} = {value[1:]}", ()
        else:
            sql, args = f"UPDATE {table} SET {column} = ?", (value,)
        conn.execute(f"{sql} WHERE {key} = ?", (*args, rows[row % len(rows)]))
    conn.close()


def assert_same(by_sql: list[DayStats], by_rows: list[DayStats]) -> None:
    assert [d.day for d in by_sql] == [d.day for d in by_rows]
    for fast, plain in zip(by_sql, by_rows, strict=True):
        for field in fields(DayStats):
            a, b = getattr(fast, field.name), getattr(plain, field.name)
            if isinstance(b, (float, tuple)):
                assert a == pytest.approx(b, abs=1e-3), (fast.day, field.name)
            else:
                assert a == b, (fast.day, field.name)


def same_days_and_bad_rows(path: Path, first: date, last: date, detail: bool = True) -> None:
    """The fast path and the one read path agree on the days and on the rows skipped."""
    clock = FakeClock(START + timedelta(days=40))
    db, reference = Database.open_readonly(path, clock), Database.open_readonly(path, clock)
    try:
        start, end = utc_window(first, last)
        by_rows = day_stats(
            days_between(first, last),
            reference.bouts_between(start, end),
            reference.prompts_between(start, end) if detail else [],
            reference.routine_sessions_between(start, end),
            LIMIT,
        )
        by_sql = db.day_totals(first, last, LIMIT, first if detail else None)
        if not detail:  # the hour buckets are left out with the prompts
            by_rows = [replace(d, sitting_by_hour=(0.0,) * 24) for d in by_rows]
        assert_same(by_sql, by_rows)
        assert db.bad_rows == reference.bad_rows
    finally:
        db.close()
        reference.close()


@pytest.mark.parametrize("damaged", DAMAGE, ids=[f"{t}.{c}={v!r}" for t, c, v in DAMAGE])
def test_each_kind_of_damage_is_skipped_and_reported_as_the_records_path_does(
    folder: Path, damaged: tuple
) -> None:
    """A day with one of everything, two of each, the second damaged."""
    work = (9 * 3600, 1800, 3600, 3600, Posture.SITTING, EndReason.AWAY)
    answered = (12 * 3600, 3600, PromptKind.SQUEEZE, Outcome.ACCEPTED)
    done = (13 * 3600, 3600, FULL_ROUTINE_ID, "tray", "completed", [True, False, True])
    path = folder / "one.sqlite3"
    write(path, [work, work], [answered, answered], [done, done], [(damaged, 1)])
    day = START.date()
    same_days_and_bad_rows(path, day - timedelta(days=1), day + timedelta(days=1))
    same_days_and_bad_rows(path, day, day, detail=False)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(bout, max_size=25),
    st.lists(prompt, max_size=25),
    st.lists(session, max_size=8),
    damage,
    st.integers(-3, 25),
    st.integers(1, 12),
)
def test_the_query_adds_up_as_the_core_does(
    folder: Path,
    bouts: list,
    prompts: list,
    sessions: list,
    damaged: list,
    first_day: int,
    days: int,
) -> None:
    """The same days, and the same damaged rows skipped and reported in the same words."""
    path = folder / "h.sqlite3"
    write(path, bouts, prompts, sessions, damaged)
    clock = FakeClock(START + timedelta(days=40))
    first = START.date() + timedelta(days=first_day)
    last = first + timedelta(days=days - 1)
    same_days_and_bad_rows(path, first, last)
    db, reference = Database.open_readonly(path, clock), Database.open_readonly(path, clock)
    try:
        # The reader's streaks (60 days, then the year if a streak runs through them)
        # are those of every day of the year added up from the records.
        year_first = last - timedelta(days=365)
        window = utc_window(year_first, last)
        year = day_stats(
            days_between(year_first, last),
            reference.bouts_between(*window),
            [],
            reference.routine_sessions_between(*window),
            LIMIT,
        )
        reader = StatsReader(db, clock, lambda: LIMIT, lambda: 1.0)
        assert reader.overview(last).streaks == streaks(year)
    finally:
        db.close()
        reference.close()


def test_a_damaged_row_counts_nowhere_and_is_reported_once(folder: Path) -> None:
    path = folder / "d.sqlite3"
    work = (3600 * 9, 1800, 3600, 3600, Posture.SITTING, EndReason.AWAY)
    write(path, [work, work], [], [], [(("bouts", "end_utc", 1e13), 1)])
    clock = FakeClock(START + timedelta(days=2))
    db = Database.open_readonly(path, clock)
    try:
        (day,) = db.day_totals(START.date(), START.date(), LIMIT, START.date())
        db.day_totals(START.date(), START.date(), LIMIT, None)
    finally:
        db.close()
    assert day.sitting_seconds == pytest.approx(1800)
    assert day.bouts == 1
    assert [(bad.table, bad.row_id) for bad in db.bad_rows.values()] == [("bouts", 2)]
    assert "out of range" in db.bad_rows["bouts", 2].problem


def test_without_prompts_only_the_sitting_figures_are_read(folder: Path) -> None:
    path = folder / "p.sqlite3"
    write(
        path,
        [(3600 * 9, 1800, 3600, 3600, Posture.SITTING, EndReason.AWAY)],
        [(3600 * 9 + 60, 3600, PromptKind.SQUEEZE, Outcome.ACCEPTED)],
        [],
    )
    clock = FakeClock(START + timedelta(days=2))
    db = Database.open_readonly(path, clock)
    try:
        (day,) = StatsReader(db, clock, lambda: LIMIT, lambda: 1.0).days(
            START.date(), START.date(), with_prompts=False
        )
    finally:
        db.close()
    assert day.sitting_seconds == pytest.approx(1800)
    assert day.squeezes == 0
    assert sum(day.prompts[PromptKind.SQUEEZE].values()) == 0
    assert day.day == date(2026, 3, 20)
