"""The database reads the records of local days, and the reader adds them up."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason, Outcome, Posture, PromptKind, SessionStatus
from sitbreak.core.stats import streaks, utc_window
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.storage.database import Database

BERLIN = ZoneInfo("Europe/Berlin")


BERLIN_CLOCK = FakeClock(zone=BERLIN)  # where the records are written


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """Ten days around the spring DST switch, back-to-back bouts of random length."""
    rng = random.Random(3)
    path = tmp_path / "s.sqlite3"
    db = Database.open(path, BERLIN_CLOCK)
    t = datetime(2026, 3, 24, 6, 0, tzinfo=UTC)
    while t < datetime(2026, 4, 3, tzinfo=UTC):
        end = t + timedelta(minutes=rng.choice((5, 30, 55, 200, 600)))
        db.save_bout(None, t, end, rng.choice(list(Posture)), rng.choice(list(EndReason)))
        pid = db.add_prompt(rng.choice(list(PromptKind)), t, t + timedelta(seconds=4), 0, False)
        if rng.random() < 0.8:
            db.answer_prompt(pid, rng.choice(list(Outcome)), t + timedelta(seconds=40))
        t = end + timedelta(minutes=rng.choice((0, 3, 40)))
    db.close()
    return path


def test_the_bouts_read_for_a_window_are_exactly_those_overlapping_it(seeded: Path) -> None:
    db = Database.open_readonly(seeded, BERLIN_CLOCK)
    try:
        everything = db.bouts_between(*utc_window(date(2026, 1, 1), date(2026, 12, 31)))
        assert len(everything) > 50
        for first in (date(2026, 3, 23), date(2026, 3, 29), date(2026, 4, 2), date(2026, 5, 1)):
            start, end = utc_window(first, first + timedelta(days=1))
            overlapping = [b for b in everything if b.start < end and b.end > start]
            assert db.bouts_between(start, end) == overlapping
            shown = db.prompts_between(start, end)
            assert all(start <= p.shown < end for p in shown)
    finally:
        db.close()


def test_reader_totals_match_wall_time_on_the_dst_day(seeded: Path) -> None:
    source = Database.open_readonly(seeded, BERLIN_CLOCK)
    clock = FakeClock(datetime(2026, 4, 3, tzinfo=UTC), zone=BERLIN)
    reader = StatsReader(source, clock, lambda: 2700.0, lambda: 21600.0)
    try:
        days = reader.days(date(2026, 3, 28), date(2026, 3, 30))
        day_seconds = [86400, 23 * 3600, 86400]  # 29 March lost an hour
        for stats, seconds in zip(days, day_seconds, strict=True):
            assert 0 < stats.sitting_seconds + stats.standing_seconds <= seconds
            assert sum(stats.sitting_by_hour) == pytest.approx(stats.sitting_seconds)
        assert reader.today() == date(2026, 4, 3)
    finally:
        source.close()


def test_streaks_from_the_aggregate_queries_match_streaks_from_all_bouts(tmp_path: Path) -> None:
    path = tmp_path / "streaks.sqlite3"
    db = Database.open(path, BERLIN_CLOCK)
    today = date(2026, 4, 20)
    for back in range(0, 50):
        day = today - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
        minutes = 50 if back in (12, 31) else 30  # two days with a bout over 45 min
        if day.weekday() != 6:  # Sundays: no sitting, but the routine is done
            db.save_bout(None, start, start + timedelta(minutes=minutes), Posture.SITTING, None)
        # Two days without the routine (a desk break is not the routine); the full
        # routine counts as the short one does.
        routine = "desk" if back in (9, 40) else "full" if back % 3 == 0 else "daily"
        sid = db.start_routine_session(routine, "tray", start, ["bridge"])
        db.update_routine_session(sid, SessionStatus.COMPLETED, [], start)
    db.close()
    clock = FakeClock(datetime(2026, 4, 20, 15, tzinfo=UTC), zone=BERLIN)
    db = Database.open_readonly(path, clock)
    try:
        reader = StatsReader(db, clock, lambda: 2700.0, lambda: 1.0)
        by_sql = reader.overview(today)
        by_rows = streaks(reader.days(today - timedelta(days=59), today, with_prompts=False))
    finally:
        db.close()
    assert by_sql.streaks == by_rows
    assert by_sql.streaks.routine_days == 9  # today and the 8 days before
    # Days 0..11 back, less the two Sundays among them (no sitting: they do not count).
    assert by_sql.streaks.under_limit_days == 12 - 2


class CountingSource:
    """The database, counting the reads that add days up."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.day_totals_calls = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)

    def day_totals(self, *args: object) -> object:
        self.day_totals_calls += 1
        return self._db.day_totals(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [7, 30])
def test_the_history_tab_is_one_query_with_the_figures_of_two(seeded: Path, count: int) -> None:
    db = Database.open_readonly(seeded, BERLIN_CLOCK)
    source = CountingSource(db)
    clock = FakeClock(datetime(2026, 4, 3, 12, tzinfo=UTC), zone=BERLIN)
    reader = StatsReader(source, clock, lambda: 2700.0, lambda: 21600.0)  # type: ignore[arg-type]
    try:
        today = reader.today()
        history, overview = reader.history_and_overview(today, count)
        assert source.day_totals_calls == 1
        assert history == reader.history(today, count)
        assert overview == reader.overview(today)
        assert any(d.sitting_by_hour != (0.0,) * 24 for d in history.days)
        assert any(sum(o.values()) for d in history.days for o in d.prompts.values())
    finally:
        db.close()


def test_a_streak_longer_than_the_trends_reads_the_older_days_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "long.sqlite3"
    db = Database.open(path, BERLIN_CLOCK)
    today = date(2026, 6, 30)
    for back in range(0, 100):  # the routine every day for 100 days, 30 min sitting a day
        day = today - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
        db.save_bout(None, start, start + timedelta(minutes=30), Posture.SITTING, None)
        sid = db.start_routine_session("daily", "tray", start, ["bridge"])
        db.update_routine_session(sid, SessionStatus.COMPLETED, [], start)
    db.close()
    clock = FakeClock(datetime(2026, 6, 30, 15, tzinfo=UTC), zone=BERLIN)
    db = Database.open_readonly(path, clock)
    source = CountingSource(db)
    limit = [2700.0]
    reader = StatsReader(source, clock, lambda: limit[0], lambda: 21600.0)  # type: ignore[arg-type]
    try:
        _, first = reader.history_and_overview(today, 30)
        assert (first.streaks.routine_days, first.streaks.under_limit_days) == (100, 100)
        assert source.day_totals_calls == 2
        _, again = reader.history_and_overview(today, 30)  # a refresh: one query
        assert again == first
        assert source.day_totals_calls == 3
        limit[0] = 20 * 60.0  # a stricter limit: every day is over it now, read afresh
        _, stricter = reader.history_and_overview(today, 30)
        assert stricter.streaks.under_limit_days == 0
        assert stricter.streaks.routine_days == 100
        year = reader.days(today - timedelta(days=365), today, with_prompts=False)
        assert stricter.streaks == streaks(year)
    finally:
        db.close()
