"""Polled idle time is read only when the answer can change (core/sampling.py), through
the real coordinator, the real desk rules, a fake scheduler on a fake clock and SQLite.

The fake user types without a break while `typing`; the last key press is when typing
stops, however long ago idle time was last read.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from sitbreak.core.desk import IdleWatched, Locked, Resumed, Suspending, Unlocked
from sitbreak.core.records import EndReason
from sitbreak.core.settings import Settings, TrackingSettings
from sitbreak.core.status import State
from tests.desk.test_coordinator import FAR, T0, Harness

EVERY_FIVE_SECONDS = Settings(tracking=TrackingSettings(away_after_seconds=300, sample_seconds=5))


def readings(d: Harness) -> int:
    return d.scheduler.runs.count("sample")


def test_an_hour_of_steady_typing_takes_twelve_readings_not_seven_hundred_and_twenty() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(60)
    # Idle 0 at each reading: nothing can end the bout for another 300 s.
    print(f"readings in an hour of typing: {readings(d)} (every 5 s: 720)")
    assert readings(d) == 12
    assert d.coordinator.status().state is State.SITTING
    assert d.coordinator.status().bout_seconds == pytest.approx(3600)


def test_the_break_starts_at_the_last_input_and_away_is_read_once_a_minute() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(31.5)
    d.user.typing = False  # the last key press: 31.5 min, between two readings
    before = readings(d)
    d.minutes(10)
    (bout,) = d.db.bouts_between(T0, FAR)
    assert bout.end_reason is EndReason.AWAY
    assert bout.end == T0 + timedelta(minutes=31.5)  # exact, though read at 36.5 min
    # 35 min (idle 3.5 min: next at 36.5), 36.5 (away), then one a minute while away
    assert readings(d) - before == 2 + 5
    d.user.typing = True
    d.minutes(1)
    assert d.coordinator.status().state is State.SITTING


def test_a_lock_between_readings_reads_first_so_the_break_starts_at_the_last_input() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(3)  # the last reading was at the start; the next is at 5 min
    d.user.typing = False
    d.minutes(1.5)
    before = readings(d)
    d.coordinator.observe(Locked())
    (bout,) = d.db.bouts_between(T0, FAR)
    assert bout.end_reason is EndReason.LOCK
    assert bout.end == T0 + timedelta(minutes=3)
    assert readings(d) == before  # read at the lock itself, not as a job
    d.user.typing = True
    d.coordinator.observe(Unlocked())  # unlocking is input: sitting again at once
    assert d.coordinator.status().state is State.SITTING


def test_a_suspend_between_readings_ends_the_bout_at_the_last_input_and_a_wake_reads() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(7)
    d.user.typing = False
    d.minutes(2)
    d.coordinator.observe(Suspending())
    d.clock.suspend_for(3600)
    (bout,) = d.db.bouts_between(T0, FAR)
    assert (bout.end_reason, bout.end) == (EndReason.SUSPEND, T0 + timedelta(minutes=7))
    d.user.typing = True
    d.coordinator.observe(Resumed())  # the reading planned before the sleep is overdue
    assert d.scheduler.jobs["sample"].when == d.clock.now() + timedelta(seconds=60)
    d.minutes(1.5)
    assert d.coordinator.status().state is State.SITTING
    assert [b.end_reason for b in d.db.bouts_between(T0, FAR)] == [EndReason.SUSPEND, None]


def test_a_late_or_missed_reading_is_not_a_suspend_and_plans_the_next() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(4)
    d.scheduler.jobs["sample"].when += timedelta(seconds=90)  # a loaded machine: 90 s late
    d.minutes(6)
    assert d.coordinator.status().bout_seconds == pytest.approx(600)
    d.scheduler.cancel("sample")  # the scheduler dropped the run (a misfire)...
    d.coordinator.job_missed("sample")  # ...and said so: read now, plan the next
    assert d.scheduler.jobs["sample"].when == d.clock.now() + timedelta(seconds=300)
    d.minutes(30)
    assert d.db.bouts_between(T0, FAR)[0].end_reason is None  # one open bout, no sleep
    assert d.coordinator.status().bout_seconds == pytest.approx(40 * 60)


def test_a_pushed_source_reads_nothing() -> None:
    d = Harness(EVERY_FIVE_SECONDS)
    d.coordinator.observe(IdleWatched())
    before = readings(d)
    d.minutes(60)
    assert readings(d) - before == 60  # one tick a minute only keeps the clock current
    assert d.user.last_input == T0  # idle time was never read after the watch began


def test_a_sleep_seen_only_by_the_clocks_keeps_the_minutes_already_saved() -> None:
    # No Suspending event (no logind, an inhibitor delay that ran out): the sleep is found
    # by the wall clock running ahead of the monotonic one. The last reading was at the
    # start (idle 0: the next was due at 5 min, then 10), but the open bout was saved
    # every minute while the user typed.
    d = Harness(EVERY_FIVE_SECONDS)
    d.minutes(9)
    (saved,) = d.db.bouts_between(T0, FAR)
    assert saved.end == T0 + timedelta(minutes=9)
    d.clock.suspend_for(3600)
    d.minutes(1)
    bouts = d.db.bouts_between(T0, FAR)
    assert bouts[0].end_reason is EndReason.SLEEP
    assert bouts[0].end == T0 + timedelta(minutes=9)  # not cut back to the 5-min reading
