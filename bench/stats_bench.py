"""How fast are the stats on five years of history? Prints figures; not a test.

Fills a database in a temp dir with 5 years of work days (about 20 bouts and 30 prompts
a day, a routine most days, a seated squeeze now and then), then times one day's stats
(with its timeline), a 30-day history (with streaks and trends, as the window shows it)
and a full JSON and CSV export.

    .venv/bin/python bench/stats_bench.py [--years 5] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sitbreak.cli.export import export_csv, export_json, read_records
from sitbreak.core.clock import FakeClock
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.storage.database import Database

ZONE = ZoneInfo("Europe/Berlin")
TARGETS_MS = {"one day": 20.0, "30-day history": 100.0}


CLOCK = FakeClock(zone=ZONE)  # where the records are written


def offset_of(moment: datetime) -> int:
    offset = moment.astimezone(ZONE).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def fill(path: Path, last: date, years: int, seed: int = 7) -> tuple[int, int, int]:
    """Rows written straight with SQL in one transaction: the app's API would take minutes."""
    rng = random.Random(seed)
    db = Database.open(path, CLOCK)  # creates the schema
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    bouts = prompts = sessions = 0
    session_id = 0
    day = last - timedelta(days=365 * years)
    while day <= last:
        weekend = day.weekday() >= 5
        if weekend and rng.random() < 0.7:
            day += timedelta(days=1)
            continue
        t = datetime(day.year, day.month, day.day, 8, rng.randint(0, 59), tzinfo=ZONE)
        for _ in range(rng.randint(16, 24)):
            length = timedelta(minutes=rng.choice((8, 12, 18, 25, 32, 40, 48, 60)))
            end = t + length
            posture = "standing" if rng.random() < 0.1 else "sitting"
            reason = rng.choice(("away", "away", "stood_up", "lock", "posture", "suspend"))
            conn.execute(
                "INSERT INTO bouts (start_utc, start_offset, end_utc, end_offset, posture,"
                " end_reason, is_open) VALUES (?, ?, ?, ?, ?, ?, 0)",
                (t.timestamp(), offset_of(t), end.timestamp(), offset_of(end), posture, reason),
            )
            bouts += 1
            shown = t + timedelta(minutes=5)
            for _ in range(rng.choice((1, 1, 2, 2, 2))):
                kind = rng.choice(("squeeze", "squeeze", "squeeze", "stand", "routine"))
                outcome = rng.choice(("accepted", "accepted", "snoozed", "skipped", "missed"))
                conn.execute(
                    "INSERT INTO prompts (kind, due_utc, due_offset, shown_utc, shown_offset,"
                    " answered_utc, answered_offset, outcome, snooze_count, urgent)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                    (
                        kind,
                        shown.timestamp(),
                        offset_of(shown),
                        shown.timestamp(),
                        offset_of(shown),
                        shown.timestamp() + 20,
                        offset_of(shown),
                        outcome,
                    ),
                )
                prompts += 1
                shown += timedelta(minutes=7)
            t = end + timedelta(minutes=rng.choice((1, 3, 6, 10, 20)))
        for routine, chance, count in (("daily", 0.7, 6), ("seated_squeeze", 0.3, 1)):
            if rng.random() < chance:
                session_id += 1
                started = datetime(day.year, day.month, day.day, 12, 30, tzinfo=ZONE)
                completed = rng.random() < 0.85
                conn.execute(
                    "INSERT INTO routine_sessions (id, routine_id, trigger, started_utc,"
                    " started_offset, finished_utc, finished_offset, status, exercises_total)"
                    " VALUES (?, ?, 'tray', ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        routine,
                        started.timestamp(),
                        offset_of(started),
                        started.timestamp() + 600,
                        offset_of(started),
                        "completed" if completed else "abandoned",
                        count,
                    ),
                )
                conn.executemany(
                    "INSERT INTO routine_exercises (session_id, position, exercise_id,"
                    " sets_done, reps_done, completed) VALUES (?, ?, ?, 3, 30, ?)",
                    [(session_id, i, f"ex{i}", int(completed)) for i in range(count)],
                )
                sessions += 1
        day += timedelta(days=1)
    conn.execute("COMMIT")
    conn.close()
    return bouts, prompts, sessions


def timed(repeat: int, work: Callable[[], object]) -> float:
    """The median of `repeat` runs, in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    last = date(2026, 3, 2)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sitbreak.sqlite3"
        start = time.perf_counter()
        bouts, prompts, sessions = fill(path, last, args.years)
        print(
            f"filled {args.years} years: {bouts} bouts, {prompts} prompts, {sessions} routine"
            f" sessions, {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s"
        )
        clock = FakeClock(datetime(2026, 3, 2, 16, 0, tzinfo=UTC), zone=ZONE)
        db = Database.open_readonly(path, clock)
        reader = StatsReader(db, clock, lambda: 2700.0, lambda: 21600.0)

        def one_day() -> None:
            reader.day_with_timeline(last)

        def history() -> None:
            reader.history(last, 30)
            reader.overview(last)

        def export() -> None:
            records = read_records(db, date(1970, 1, 2), date(9998, 12, 30))
            export_json(*records, date(1970, 1, 2), date(9998, 12, 30))
            export_csv(*records)

        figures = {
            "one day": timed(args.repeat, one_day),
            "30-day history": timed(args.repeat, history),
            "history 30 days only": timed(args.repeat, lambda: reader.history(last, 30)),
            "overview (streaks, trends)": timed(args.repeat, lambda: reader.overview(last)),
            "full export (json + csv)": timed(max(1, args.repeat // 2), export),
        }
        db.close()
    print(f"{'what':<28} {'median ms':>10} {'target ms':>10} {'ratio':>7}")
    for name, ms in figures.items():
        target = TARGETS_MS.get(name)
        ratio = f"{ms / target:.2f}" if target else "-"
        print(f"{name:<28} {ms:>10.1f} {target or '-':>10} {ratio:>7}")


if __name__ == "__main__":
    main()
