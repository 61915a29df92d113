"""A full hour at the desk through the real scheduler glue, without waiting an hour.

The Scheduler, APScheduler's job store and triggers, and the GUI-thread executor all run
for real; only "now" comes from a FakeClock, and instead of sleeping on the QTimer the
test moves the clock to each next run and lets the scheduler process it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import Answered
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.settings import Settings
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.runtime.scheduler import Scheduler
from sitbreak.storage.database import Database
from tests.support.fake_time import patch_scheduler_time, run_until
from tests.support.fakes import DeskUser, RecordingPresenter

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(T0)
    patch_scheduler_time(monkeypatch, fake)
    return fake


def test_an_hour_of_sitting_through_the_real_scheduler(clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    scheduler = Scheduler(local_zone=UTC)
    presenter = RecordingPresenter()
    db = Database.open_in_memory()
    desk = DeskCoordinator(clock, Settings(), db, scheduler, presenter, DeskUser(clock))
    scheduler.start()
    desk.start()
    answers = {PromptKind.SQUEEZE: Outcome.ACCEPTED, PromptKind.STAND: Outcome.ACCEPTED}
    passes = 0
    for minute in range(1, 61):
        passes += run_until(scheduler, clock, T0 + timedelta(minutes=minute))
        if presenter.on_screen is not None:
            desk.observe(Answered(answers[presenter.on_screen.kind]))
    shown = [(p.kind.value, round((p.shown - T0).total_seconds() / 60)) for p in presenter.shown]
    assert shown[:3] == [("squeeze", 20), ("squeeze", 40), ("stand", 45)]
    # one pass per minute save, an idle reading every five minutes at the desk (when the
    # answer can change: core/sampling.py) and the prompts: no burst, no chain
    assert 60 <= passes <= 90
    assert len(scheduler.timer.parent().findChildren(type(scheduler.timer))) == 1
    prompts = db.prompts_between(T0, T0 + timedelta(hours=2))
    assert all(p.outcome is Outcome.ACCEPTED for p in prompts)
    desk.stop()
    scheduler.shutdown()
