from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import (
    Answered,
    ClockJumped,
    Locked,
    PauseRequested,
    PromptNow,
    Resumed,
    RoutineDone,
    SettingsChanged,
    Suspending,
)
from sitbreak.core.records import EndReason, Outcome, PromptKind, SessionStatus
from sitbreak.core.settings import PromptSettings, RoutineSettings, Settings
from sitbreak.core.status import State
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.storage.database import Database
from tests.support.fakes import DeskUser, FakeScheduler, RecordingPresenter

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
FAR = datetime(2100, 1, 1, tzinfo=UTC)


class Harness:
    def __init__(
        self, settings: Settings | None = None, manual: bool = False, db: Database | None = None
    ) -> None:
        # local time is UTC here, so minutes after T0 read as 08:00 + minutes
        self.clock = FakeClock(T0)
        self.db = db or Database.open_in_memory()
        self.scheduler = FakeScheduler(self.clock)
        self.presenter = RecordingPresenter()
        self.user = DeskUser(self.clock)
        self.coordinator = DeskCoordinator(
            self.clock,
            settings or Settings(),
            self.db,
            self.scheduler,
            self.presenter,
            None if manual else self.user,
        )
        self.coordinator.start()

    def minutes(self, n: float) -> None:
        self.scheduler.run_for(n * 60)

    def shown_at(self) -> list[tuple[str, int]]:
        return [
            (p.kind.value, round((p.shown - T0).total_seconds() / 60)) for p in self.presenter.shown
        ]


def test_an_hour_of_sitting_prompts_squeezes_then_standing_up() -> None:
    d = Harness()
    d.minutes(20.1)
    assert d.shown_at() == [("squeeze", 20)]
    d.coordinator.observe(Answered(Outcome.ACCEPTED))
    d.minutes(20)
    assert d.shown_at() == [("squeeze", 20), ("squeeze", 40)]
    d.coordinator.observe(Answered(Outcome.ACCEPTED))
    d.minutes(5)
    assert d.shown_at() == [("squeeze", 20), ("squeeze", 40), ("stand", 45)]
    d.coordinator.observe(Answered(Outcome.ACCEPTED))
    assert d.coordinator.desk.tracker.state() is State.AWAY
    d.user.typing = False
    d.minutes(10)
    bouts = d.db.bouts_between(T0, FAR)
    assert len(bouts) == 1
    assert bouts[0].end_reason is EndReason.STOOD_UP
    assert bouts[0].seconds == pytest.approx(45 * 60, abs=10)
    prompts = d.db.prompts_between(T0, FAR)
    assert [(p.kind, p.outcome) for p in prompts] == [
        (PromptKind.SQUEEZE, Outcome.ACCEPTED),
        (PromptKind.SQUEEZE, Outcome.ACCEPTED),
        (PromptKind.STAND, Outcome.ACCEPTED),
    ]


def test_snoozing_shows_the_prompt_again_and_is_stored_per_showing() -> None:
    d = Harness(Settings(prompts=PromptSettings(stand_after_minutes=30, squeeze_every_minutes=100)))
    d.minutes(30.1)
    d.coordinator.observe(Answered(Outcome.SNOOZED))
    d.minutes(5)
    assert d.shown_at() == [("stand", 30), ("stand", 35)]
    assert d.presenter.shown[-1].snooze_count == 1
    d.coordinator.observe(Answered(Outcome.SKIPPED))
    outcomes = [p.outcome for p in d.db.prompts_between(T0, FAR)]
    assert outcomes == [Outcome.SNOOZED, Outcome.SKIPPED]


def test_a_missed_prompt_is_recorded_as_missed() -> None:
    d = Harness()
    d.minutes(20.1)
    d.coordinator.observe(Answered(Outcome.MISSED))  # what the prompt window's timeout sends
    assert d.db.prompts_between(T0, FAR)[0].outcome is Outcome.MISSED
    assert d.presenter.on_screen is None


def test_after_a_suspend_missed_prompts_are_not_replayed() -> None:
    d = Harness()
    d.minutes(15)
    d.coordinator.observe(Suspending())
    d.clock.suspend_for(3 * 3600)
    d.coordinator.observe(Resumed())
    d.minutes(1)
    assert d.presenter.shown == []
    d.minutes(20)
    # While away the return is read up to a minute late (core/sampling.py).
    assert d.shown_at() == [("squeeze", 15 + 3 * 60 + 21)]


def test_an_unnoticed_sleep_counts_as_a_break_and_nothing_fires_at_once() -> None:
    d = Harness()
    d.minutes(19)
    d.clock.suspend_for(2 * 3600)  # no suspend signal: only the wall clock knows
    d.minutes(1)
    assert d.presenter.shown == []
    bouts = d.db.bouts_between(T0, FAR)
    assert [b.end_reason for b in bouts] == [EndReason.SLEEP, None]  # and the new bout


def test_the_open_bout_is_saved_every_minute() -> None:
    d = Harness()
    d.minutes(10)
    (bout,) = d.db.bouts_between(T0, FAR)
    assert bout.end_reason is None
    assert bout.seconds == pytest.approx(10 * 60, abs=61)


def test_pause_holds_prompts_and_they_do_not_fire_the_moment_it_ends() -> None:
    d = Harness()
    d.coordinator.observe(PauseRequested(timedelta(minutes=30)))
    d.minutes(29.9)
    assert d.presenter.shown == []
    assert d.coordinator.status().state is State.PAUSED
    d.minutes(0.1)
    assert d.coordinator.status().state is State.SITTING
    d.minutes(1.5)
    assert d.presenter.shown == []
    d.minutes(1)
    assert d.shown_at() == [("squeeze", 32)]


def test_prompt_now_shows_it_at_once() -> None:
    d = Harness()
    d.minutes(3)
    d.coordinator.observe(PromptNow(PromptKind.STAND))
    assert d.shown_at() == [("stand", 3)]


def test_status_reports_the_bout_and_next_prompt() -> None:
    d = Harness()
    d.minutes(12)
    status = d.coordinator.status()
    assert status.state is State.SITTING
    assert status.bout_seconds == pytest.approx(12 * 60, abs=6)
    assert status.next_prompt_kind is PromptKind.SQUEEZE
    assert status.next_prompt_in_seconds == pytest.approx(8 * 60, abs=6)
    assert status.to_json()["next_prompt"]["kind"] == "squeeze"


def test_manual_mode_counts_presence_and_says_why() -> None:
    d = Harness(manual=True)
    d.minutes(21)
    assert d.shown_at() == [("squeeze", 20)]
    assert d.coordinator.status().detection_note


def test_manual_mode_keeps_the_bout_when_its_minute_tick_comes_a_little_late() -> None:
    d = Harness(manual=True)
    for _ in range(5):
        d.scheduler.jobs["sample"].when += timedelta(seconds=0.7)  # a loaded machine
        d.minutes(1)
    assert d.scheduler.runs.count("sample") == 4
    assert d.coordinator.status().bout_seconds == pytest.approx(5 * 60, abs=1)
    d.coordinator.stop()
    (bout,) = d.db.bouts_between(T0, FAR)
    assert bout.end_reason is EndReason.QUIT
    assert bout.seconds == pytest.approx(5 * 60, abs=1)


def test_quit_saves_the_open_bout_as_ended() -> None:
    d = Harness()
    d.minutes(7)
    d.coordinator.stop()
    (bout,) = d.db.bouts_between(T0, FAR)
    assert bout.end_reason is EndReason.QUIT
    assert bout.seconds == pytest.approx(7 * 60, abs=6)
    assert d.scheduler.jobs == {}


@pytest.mark.allow_error_log("reading idle time failed")
def test_an_idle_source_that_keeps_failing_gives_way_to_manual_mode() -> None:
    d = Harness()

    def broken() -> float:
        raise OSError("the display connection was lost")

    d.user.idle_seconds = broken  # type: ignore[method-assign]
    d.minutes(5.05)  # the next reading after idle 0 comes 300 s on, and fails
    assert d.coordinator.status().detection_note is None  # one or two failures are tolerated
    d.minutes(1)  # retried 5 s apart
    note = d.coordinator.status().detection_note
    assert note is not None
    assert "display connection was lost" in str(note)
    assert d.coordinator.manual_mode
    d.minutes(20)
    assert d.shown_at() == [("squeeze", 20)]


def test_editing_settings_does_not_bring_back_a_skipped_stand_prompt() -> None:
    d = Harness()
    d.minutes(45.1)
    d.coordinator.observe(
        Answered(Outcome.SKIPPED)
    )  # the stand prompt: next one a full 45 minutes later
    d.minutes(10)
    d.coordinator.observe(SettingsChanged(Settings(prompts=PromptSettings(chime=True))))
    d.minutes(1)
    assert [k for k, _ in d.shown_at()].count("stand") == 1


def test_clock_set_back_keeps_the_next_prompt_the_same_distance_away() -> None:
    d = Harness()
    d.minutes(10)
    d.clock.jump_wall(-3600)
    d.coordinator.observe(ClockJumped())  # what the scheduler reports
    status = d.coordinator.status()
    assert status.next_prompt_in_seconds == pytest.approx(10 * 60, abs=6)
    assert status.bout_seconds == pytest.approx(10 * 60, abs=6)


def test_locking_the_screen_with_a_prompt_up_dismisses_it() -> None:
    d = Harness()
    d.minutes(20.1)
    d.coordinator.observe(Locked())
    assert d.presenter.on_screen is None
    assert d.db.prompts_between(T0, FAR)[0].outcome is Outcome.DISMISSED


def test_the_daily_routine_missed_in_sleep_is_offered_after_waking() -> None:
    d = Harness(Settings(routine=RoutineSettings(daily_time=time(8, 30))))
    d.minutes(10)
    d.coordinator.observe(Suspending())
    d.clock.suspend_for(3600)  # asleep at 08:30: the scheduler moves the job to tomorrow
    d.coordinator.observe(Resumed())
    d.minutes(5)  # input again from 09:10: the offer waits the return grace
    # While away the return is read up to a minute late (core/sampling.py).
    assert d.shown_at() == [("routine", 73)]


def test_the_daily_routine_is_not_offered_again_once_done_today() -> None:
    d = Harness(Settings(routine=RoutineSettings(daily_time=time(7, 0))))
    d.coordinator.observe(RoutineDone())
    session = d.db.start_routine_session("daily", "tray", d.clock.now(), ["bridge"])
    d.db.update_routine_session(session, SessionStatus.COMPLETED, [], d.clock.now())
    d.coordinator.observe(Suspending())
    d.clock.suspend_for(600)
    d.coordinator.observe(Resumed())
    d.minutes(19)
    assert d.shown_at() == []


def test_a_routine_done_before_its_daily_time_is_not_offered_at_that_time() -> None:
    # Done at 08:10 (even in an earlier run of the app), due at 09:00: no offer today.
    db = Database.open_in_memory()
    done = T0 + timedelta(minutes=10)
    session = db.start_routine_session("daily", "tray", done, ["bridge"])
    db.update_routine_session(session, SessionStatus.COMPLETED, [], done)
    d = Harness(Settings(routine=RoutineSettings(daily_time=time(9, 0))), db=db)
    answer_squeezes_and_stands_for(d, minutes=90)
    kinds = [kind for kind, _ in d.shown_at()]
    assert "routine" not in kinds
    assert kinds[:3] == ["squeeze", "squeeze", "stand"]  # prompts went on as usual


def test_the_daily_routine_is_offered_at_its_time_when_not_done_yet() -> None:
    d = Harness(Settings(routine=RoutineSettings(daily_time=time(9, 0))))
    answer_squeezes_and_stands_for(d, minutes=90)
    assert [(kind, at) for kind, at in d.shown_at() if kind == "routine"] == [("routine", 60)]


def answer_squeezes_and_stands_for(d: Harness, minutes: int) -> None:
    """A user at the desk who accepts every squeeze and stand prompt and leaves a
    routine offer on screen."""
    for _ in range(minutes):
        d.minutes(1)
        shown = d.presenter.on_screen
        if shown is not None and shown.kind is not PromptKind.ROUTINE:
            d.coordinator.observe(Answered(Outcome.ACCEPTED))


@pytest.mark.parametrize(
    ("routine", "offered"), [("full", False), ("daily", False), ("desk", True)]
)
def test_starting_after_a_short_or_full_routine_today_offers_no_other(
    routine: str, offered: bool
) -> None:
    db = Database.open_in_memory()
    done = T0 - timedelta(hours=1)
    session = db.start_routine_session(routine, "tray", done, ["bridge"])
    db.update_routine_session(session, SessionStatus.COMPLETED, [], done)
    d = Harness(Settings(routine=RoutineSettings(daily_time=time(7, 30))), db=db)
    d.minutes(10)
    assert any(kind == "routine" for kind, _ in d.shown_at()) is offered


@pytest.mark.allow_error_log("saving to the database failed")
def test_a_failing_database_does_not_leave_the_prompt_stuck() -> None:
    d = Harness()
    problems: list[str] = []
    d.coordinator.on_problem(problems.append)
    d.minutes(20.1)

    def refuse_updates(action: int, table: str | None, *_: object) -> int:
        # The disk fails under SQLite: every write to the prompts table is refused.
        return sqlite3.SQLITE_DENY if table == "prompts" else sqlite3.SQLITE_OK

    d.db._conn.set_authorizer(refuse_updates)
    d.coordinator.observe(Answered(Outcome.ACCEPTED))
    assert d.presenter.on_screen is None
    assert len(problems) == 1
    assert problems[0].startswith("Cannot save to the database: no permission")
    d.db._conn.set_authorizer(None)
    d.minutes(20)
    assert [k for k, _ in d.shown_at()] == ["squeeze", "squeeze"]
