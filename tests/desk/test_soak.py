"""Simulated weeks at the desk through the real desk rules, the real scheduler glue and a
real SQLite file whose writes fail now and then, checked every simulated hour.

A seeded user types in bursts, pauses to read, takes lunch, locks the screen, suspends the
laptop, works across the DST switch and sometimes sees the clock jump. Every hour:
sitting never exceeds the time that passed, bouts never overlap (in memory and in the
database), the database holds no duplicates and, while saving works, exactly the bouts
the tracker closed; no prompt appears while away, paused, in quiet hours or within a
minute after a resume.

CI runs 7 simulated days (a few seconds). The long run is one command:
    SITBREAK_SOAK_DAYS=30 .venv/bin/python -m pytest tests/desk/test_soak.py
"""

from __future__ import annotations

import os
import random
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import (
    Answered,
    ClockJumped,
    Locked,
    PauseRequested,
    Resumed,
    ResumeRequested,
    ShownPrompt,
    Suspending,
    Unlocked,
)
from sitbreak.core.records import Outcome
from sitbreak.core.settings import ScheduleSettings, Settings, parse_time_range
from sitbreak.core.sitting import Bout
from sitbreak.core.status import State
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.runtime.scheduler import Scheduler
from tests.support.fake_time import patch_scheduler_time, run_until
from tests.support.fakes import RecordingPresenter
from tests.support.storage_faults import FlakyDatabase

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 25, 6, 0, tzinfo=BERLIN)  # DST begins on 29 March
DAYS = int(os.environ.get("SITBREAK_SOAK_DAYS", "7"))
QUIET = ("12:30", "13:00")

pytestmark = [
    pytest.mark.allow_error_log("saving to the database failed", "bout write(s) not saved"),
    pytest.mark.qt_log_ignore("QObject::startTimer"),
]


class SimUser:
    """Idle time as the platform would report it, from the last simulated input."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.now()

    def idle_seconds(self) -> float:
        return max(0.0, (self.clock.now() - self.last_input).total_seconds())


class Soak:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock = FakeClock(START, zone=BERLIN)
        patch_scheduler_time(monkeypatch, self.clock)
        self.user = SimUser(self.clock)
        self.db = FlakyDatabase.open_flaky(tmp_path / "sitbreak.sqlite3", self.clock)
        self.scheduler = Scheduler(local_zone=BERLIN)
        self.presenter = RecordingPresenter()
        show = self.presenter.show_prompt
        self.presenter.show_prompt = lambda prompt: (self.judge(prompt), show(prompt))[1]  # type: ignore[method-assign]
        quiet = parse_time_range(f"{QUIET[0]}-{QUIET[1]}")
        self.settings = Settings(schedule=ScheduleSettings(quiet_hours=quiet))
        self.desk = DeskCoordinator(
            self.clock, self.settings, self.db, self.scheduler, self.presenter, self.user
        )
        # Bouts by clock epoch: a clock set back makes later bouts overlap earlier ones in
        # wall time, as on a real machine; within one epoch they never may.
        self.epoch = 0
        self.closed: list[tuple[int, Bout]] = []
        self.desk.desk.tracker.on_bout_closed(lambda b: self.closed.append((self.epoch, b)))
        self.mono_start = self.clock.monotonic()
        self.wall_start = self.clock.now()
        self.resumed_at: datetime | None = None
        self.problems: list[str] = []
        self.faults = {"storage": 0, "suspend": 0, "jump": 0}
        self.scheduler.start()
        self.desk.start()

    # -- the simulated user ---------------------------------------------------------------
    def minute(self, at_desk: bool) -> None:
        """One simulated minute: typing in bursts (or reading), the app running its jobs."""
        end = self.clock.now() + timedelta(minutes=1)
        self.storage()
        if at_desk and self.rng.random() < 0.8:  # a burst of typing within the minute
            burst = self.clock.now() + timedelta(seconds=self.rng.uniform(0, 50))
            run_until(self.scheduler, self.clock, burst)
            self.user.last_input = self.clock.now()
        run_until(self.scheduler, self.clock, end)
        if self.presenter.on_screen is not None and self.rng.random() < 0.7:
            outcome = self.rng.choice([Outcome.ACCEPTED, Outcome.SNOOZED, Outcome.SKIPPED])
            self.desk.observe(Answered(outcome))

    def judge(self, prompt: ShownPrompt) -> None:
        """A prompt as it appears, against what the user is doing at that moment."""
        state = self.desk.desk.tracker.state()
        local = self.clock.to_local(prompt.shown).strftime("%H:%M")
        if state is not State.SITTING:
            self.problems.append(f"a {prompt.kind} prompt at {prompt.shown} while {state}")
        if QUIET[0] <= local < QUIET[1]:
            self.problems.append(f"a {prompt.kind} prompt at {local}, in quiet hours")
        just_resumed = self.resumed_at is not None and timedelta(0) <= (
            prompt.shown - self.resumed_at
        ) < timedelta(minutes=1)
        if just_resumed:
            self.problems.append(f"a {prompt.kind} prompt at {prompt.shown} just after a resume")

    def away(self, minutes: int) -> None:
        for _ in range(minutes):
            self.minute(at_desk=False)

    def work(self, minutes: int) -> None:
        for _ in range(minutes):
            self.minute(at_desk=True)

    def suspend(self, minutes: int) -> None:
        self.faults["suspend"] += 1
        self.desk.observe(Suspending())
        self.clock.suspend_for(minutes * 60)
        self.scheduler.replan()
        self.desk.observe(Resumed())
        self.resumed_at = self.clock.now()

    def jump(self, hours: float) -> None:
        self.faults["jump"] += 1
        if hours < 0:
            self.epoch += 1
        self.clock.jump_wall(hours * 3600)
        self.scheduler.replan()
        self.desk.observe(ClockJumped())

    def storage(self) -> None:
        """Now and then (any minute, mid-bout too) the disk fills up for a while."""
        if self.db.failing is None and self.rng.random() < 0.004:
            self.db.failing = "the disk is full"
            self.faults["storage"] += 1
        elif self.db.failing is not None and self.rng.random() < 0.05:
            self.db.failing = None

    # -- the checks ---------------------------------------------------------------------------
    def check(self) -> None:
        elapsed = self.clock.monotonic() - self.mono_start
        sitting = [b for _, b in self.closed if b.posture.value == "sitting"]
        assert sum(b.seconds for b in sitting) <= elapsed + 1
        epoch_of = {(b.start, b.end): epoch for epoch, b in self.closed}
        self._no_overlap_within_epochs(self.closed)
        far = (datetime(1971, 1, 1, tzinfo=BERLIN), datetime(2100, 1, 1, tzinfo=BERLIN))
        stored = self.db.bouts_between(*far)
        self._no_overlap_within_epochs(
            [(epoch_of.get((b.start, b.end), self.epoch), b) for b in stored]
        )
        assert len({b.start for b in stored}) == len(stored)  # no duplicates
        assert sum(b.seconds for b in stored) <= elapsed + 120  # the open one: to its last save
        if self.desk.all_saved:
            in_db = {(b.start, b.end) for b in stored if b.end_reason is not None}
            assert in_db == set(epoch_of)  # stored totals are the tracker's, bout by bout
        assert self.problems == []
        self.checks += 1

    checks = 0

    @staticmethod
    def _no_overlap_within_epochs(bouts: list[tuple[int, Bout]]) -> None:
        for epoch in {e for e, _ in bouts}:
            ordered = sorted((b for e, b in bouts if e == epoch), key=lambda b: b.start)
            for earlier, later in pairwise(ordered):
                assert earlier.end <= later.start, (earlier, later)


def test_weeks_at_the_desk_with_faults(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,  # a Qt application for the scheduler's timer
) -> None:
    soak = Soak(tmp_path, monkeypatch, seed=20260325)
    rng = soak.rng
    for day in range(DAYS):
        soak.away(rng.randint(60, 150))  # morning, before work
        for hour in range(9):
            if hour == 4:  # lunch
                soak.desk.observe(Locked())
                soak.away(rng.randint(35, 70))
                soak.desk.observe(Unlocked())
                soak.user.last_input = soak.clock.now()
            roll = rng.random()
            if (day, hour) in ((1, 2), (2, 6)):  # at least one each way, whatever the seed
                soak.jump(-26 if day == 1 else 26)
            elif roll < 0.1:
                soak.suspend(rng.randint(1, 90))
            elif roll < 0.15:
                soak.desk.observe(PauseRequested(timedelta(minutes=30)))
            elif roll < 0.2:
                soak.desk.observe(ResumeRequested())
            elif roll < 0.23 and day > 0:
                soak.jump(rng.choice([-26, -1, 1, 26]))
            soak.work(rng.randint(20, 50))
            soak.away(rng.randint(3, 12))  # reading, a coffee: short or long enough to break
            soak.check()
        soak.suspend(rng.randint(8 * 60, 11 * 60))  # the night
    soak.db.failing = None
    soak.desk.stop()
    soak.check()
    soak.scheduler.shutdown()
    assert soak.checks == DAYS * 9 + 1
    assert len(soak.presenter.shown) > DAYS * 5  # prompts did come
    assert sum(1 for _, b in soak.closed if b.seconds > 0) > DAYS * 5
    assert all(count > 0 for count in soak.faults.values()), soak.faults
