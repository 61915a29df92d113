"""How fast are the stats on five years of history? Prints figures; not a test.

Fills a database in a temp dir with 5 years of work days (about 20 bouts and 30 prompts
a day, a routine most days, a seated squeeze now and then), then times one day's stats
(with its timeline), a 30-day history (with streaks and trends, as the window shows it)
and a full JSON and CSV export. Each view is timed on the database's path (one query,
added up by SQLite) and, beside it, on the path that reads every record into
Python and adds them up there (the path before issue 15).

    .venv/bin/python bench/stats_bench.py [--years 5] [--repeat 15]

Each figure is the median of `repeat` runs: on a shared machine a burst of other work
spoils a few runs, and five were too few to keep it out of the median.
"""

from __future__ import annotations

import argparse
import os
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
from sitbreak.core.records import BoutRecord, PromptRecord, RoutineSessionRecord
from sitbreak.core.stats import DayStats, day_stats, days_between, utc_window
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.storage.database import Database

ZONE = ZoneInfo("Europe/Berlin")
TARGETS_MS = {"one day (cards, timeline)": 20.0, "30-day history": 20.0}  # issue 15


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


class RecordsSource:
    """The database read as before issue 15: every record of the days into Python objects,
    added up there by core.stats.day_stats."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]:
        return self._db.bouts_between(start, end)

    def prompts_between(self, start: datetime, end: datetime) -> list[PromptRecord]:
        return self._db.prompts_between(start, end)

    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]:
        return self._db.routine_sessions_between(start, end)

    def day_totals(
        self, first: date, last: date, limit_seconds: float, detail_from: date | None
    ) -> list[DayStats]:
        start, end = utc_window(first, last)
        return day_stats(
            days_between(first, last),
            self._db.bouts_between(start, end),
            self._db.prompts_between(start, end) if detail_from is not None else [],
            self._db.routine_sessions_between(start, end),
            limit_seconds,
        )


def timed(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """The median of `repeat` runs in milliseconds: wall time, and this process's CPU time
    (which other work on a shared machine does not inflate)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=15)
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
        fast = StatsReader(db, clock, lambda: 2700.0, lambda: 21600.0)
        records = StatsReader(RecordsSource(db), clock, lambda: 2700.0, lambda: 21600.0)

        def views(reader: StatsReader, before: bool) -> dict[str, Callable[[], object]]:
            # The window's history tab: one query now; a history and an overview before.
            tab = (
                (lambda: (reader.history(last, 30), reader.overview(last)))
                if before
                else (lambda: reader.history_and_overview(last, 30))
            )
            return {
                "one day (cards, timeline)": lambda: reader.day_with_timeline(last),
                "30-day history": tab,
                "  history 30 days": lambda: reader.history(last, 30),
                "  overview (streaks, trends)": lambda: reader.overview(last),
                "cli stats --days 30": lambda: reader.days(last - timedelta(days=29), last),
            }

        def export() -> None:
            exported = read_records(db, date(1970, 1, 2), date(9998, 12, 30))
            export_json(*exported, date(1970, 1, 2), date(9998, 12, 30))
            export_csv(*exported)

        fast_views, record_views = views(fast, False), views(records, True)
        figures = {
            name: (timed(args.repeat, work), timed(args.repeat, record_views[name])[0])
            for name, work in fast_views.items()
        }
        figures["full export (json + csv)"] = (timed(2, export), None)  # seconds each
        db.close()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time suffers)")
    print(
        f"{'what':<30} {'wall ms':>8} {'CPU ms':>7} {'target':>7} {'ratio':>6}"
        f" {'records ms':>11} {'speed-up':>9}"
    )
    for name, ((wall, cpu), before) in figures.items():
        target = TARGETS_MS.get(name)
        ratio = f"{wall / target:.2f}" if target else "-"
        previous = f"{before:.1f}" if before is not None else "-"
        speedup = f"{before / wall:.1f}x" if before is not None else "-"
        print(
            f"{name:<30} {wall:>8.1f} {cpu:>7.1f} {target or '-':>7} {ratio:>6}"
            f" {previous:>11} {speedup:>9}"
        )


if __name__ == "__main__":
    main()
