"""The desk rules as pure code on a fake clock: observations in, effects out."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import (
    MANUAL_TICK,
    PUSH_TICK,
    Answered,
    Cancel,
    ClosePrompt,
    Desk,
    DropOpenBout,
    FollowUp,
    IdleReadFailed,
    IdleWatched,
    IdleWatchLost,
    InputResumed,
    InputStopped,
    Job,
    LookUpRoutineSessions,
    OpenRoutine,
    PauseRequested,
    PromptNow,
    RoutineDone,
    SaveBout,
    Schedule,
    ScheduleEvery,
    StandingSet,
    Started,
    Stopped,
    TakeSample,
    TellUser,
    WriteFailed,
    WriteSucceeded,
)
from sitbreak.core.pause import TOMORROW
from sitbreak.core.records import (
    EndReason,
    Outcome,
    Posture,
    PromptKind,
    RoutineSessionRecord,
    SessionStatus,
)
from sitbreak.core.settings import RoutineSettings, Settings, TrackingSettings
from sitbreak.core.status import State
from tests.support.desk_driver import DeskDriver

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
QUICK_AWAY = Settings(tracking=TrackingSettings(away_after_seconds=120, sample_seconds=5))


def at_desk(settings: Settings | None = None, zone: ZoneInfo | None = None) -> DeskDriver:
    return DeskDriver.start(settings, FakeClock(T0, zone=zone or UTC))


def test_an_accepted_stand_prompt_ends_the_bout_then_and_there() -> None:
    d = at_desk()
    d.run_for(45 * 60 + 5)
    assert d.on_screen is not None
    assert d.on_screen.kind is PromptKind.SQUEEZE  # 40 min squeeze, unanswered
    d.observe(Answered(Outcome.ACCEPTED))
    d.run_for(5)
    assert d.on_screen is not None
    assert d.on_screen.kind is PromptKind.STAND
    effects = d.observe(Answered(Outcome.ACCEPTED))
    (saved,) = [e.bout for e in effects if isinstance(e, SaveBout)]
    assert saved.end_reason is EndReason.STOOD_UP
    assert saved.end == d.clock.now()
    assert d.desk.tracker.state() is State.AWAY
    assert d.answers == [Outcome.ACCEPTED, Outcome.ACCEPTED]  # standing up answers, not dismisses


def test_a_bout_that_closes_dismisses_the_prompt_on_screen() -> None:
    d = at_desk(QUICK_AWAY)
    d.run_for(20 * 60 + 5)
    assert d.on_screen is not None
    d.idle = 5.0
    for _ in range(30):  # no input from now on: away after two minutes
        d.run_for(5)
        d.idle += 5  # type: ignore[operator]
    assert d.desk.tracker.state() is State.AWAY
    assert d.bouts[-1].end_reason is EndReason.AWAY
    assert d.on_screen is None
    assert d.answers == [Outcome.DISMISSED]
    assert any(isinstance(e, ClosePrompt) for e in d.effects)


def test_a_second_prompt_now_of_the_same_kind_is_ignored() -> None:
    d = at_desk()
    d.run_for(60)
    d.observe(PromptNow(PromptKind.SQUEEZE))
    assert d.observe(PromptNow(PromptKind.SQUEEZE)) == []
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]
    d.observe(PromptNow(PromptKind.STAND))  # another kind replaces it
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE, PromptKind.STAND]
    assert d.answers == [Outcome.DISMISSED]


def test_three_failed_idle_readings_switch_to_manual_mode() -> None:
    d = at_desk()
    d.idle = OSError("the display connection was lost")
    d.run_for(300 + 5)  # the next reading after idle 0 is 300 s on; a retry 5 s after it
    assert not d.desk.manual_mode
    assert d.desk.idle_failures == 2
    effects = d.observe(IdleReadFailed("the display connection was lost"))
    assert d.desk.manual_mode
    assert ScheduleEvery(Job.SAMPLE, MANUAL_TICK) in effects
    note = d.desk.status().detection_note
    assert str(note) == "Idle detection stopped working: the display connection was lost"
    samples_before = sum(isinstance(e, TakeSample) for e in d.effects)
    d.run_for(20 * 60)  # presence ticks now: the user counts as sitting
    assert sum(isinstance(e, TakeSample) for e in d.effects) == samples_before
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]


def test_one_good_reading_resets_the_count_of_failures() -> None:
    d = at_desk()
    d.idle = OSError("busy")
    d.run_for(10)
    d.idle = 0.0
    d.run_for(5)
    d.idle = OSError("busy")
    d.run_for(10)
    assert not d.desk.manual_mode


def test_the_tracker_drives_the_policy() -> None:
    d = at_desk(QUICK_AWAY)
    d.run_for(120)
    status = d.desk.status()
    assert status.state is State.SITTING
    assert status.next_prompt_kind is PromptKind.SQUEEZE  # the bout started the plans
    assert status.next_prompt_in_seconds == 20 * 60 - 120
    d.observe(StandingSet(True))  # a standing period is no sitting bout: no plans
    assert d.desk.status().next_prompt_kind is None
    assert d.bouts[-1].end_reason is EndReason.POSTURE
    d.observe(StandingSet(False))
    assert d.desk.status().next_prompt_in_seconds == 20 * 60


def test_a_touch_of_the_mouse_in_passing_is_dropped_and_plans_nothing() -> None:
    d = at_desk(QUICK_AWAY)
    d.run_for(30)  # 30 s of input: a period shorter than a minute
    d.idle = 0.0
    for _ in range(30):
        d.idle += 5  # type: ignore[operator]
        d.run_for(5)
    assert d.bouts == []
    assert any(isinstance(e, DropOpenBout) for e in d.effects)
    assert d.desk.status().next_prompt_kind is None


def test_a_storage_failure_is_told_once_until_writing_works_again() -> None:
    d = at_desk()
    (first,) = d.observe(WriteFailed("Cannot save to the database: a disk error."))
    assert isinstance(first, TellUser)
    assert first.text.startswith("Cannot save to the database: a disk error. Sitbreak keeps")
    assert d.desk.status().saving_problem == "Cannot save to the database: a disk error."
    assert d.observe(WriteFailed("disk I/O error")) == []
    assert d.observe(WriteSucceeded()) == [TellUser("Sitbreak can save to its database again.")]
    assert d.desk.status().saving_problem is None
    assert d.observe(WriteSucceeded()) == []
    assert len(d.observe(WriteFailed("disk full"))) == 1


def test_accepting_the_routine_prompt_opens_the_daily_routine() -> None:
    d = at_desk(Settings(routine=RoutineSettings(daily_time=time(8, 30))))
    d.run_for(20 * 60 + 5)
    d.observe(Answered(Outcome.ACCEPTED))  # the squeeze at 08:20
    d.run_for(10 * 60)
    assert d.on_screen is not None
    assert d.on_screen.kind is PromptKind.ROUTINE
    effects = d.observe(Answered(Outcome.ACCEPTED))
    assert effects[-1] == OpenRoutine("daily", "daily")


def test_skipping_the_routine_prompt_opens_nothing() -> None:
    d = at_desk(Settings(routine=RoutineSettings(daily_time=time(8, 30))))
    d.run_for(20 * 60 + 5)
    d.observe(Answered(Outcome.ACCEPTED))
    d.run_for(10 * 60)
    d.observe(Answered(Outcome.SKIPPED))
    assert d.answers == [Outcome.ACCEPTED, Outcome.SKIPPED]
    assert d.opened == []


def test_asking_for_the_guide_or_the_desk_routine_accepts_and_opens_it() -> None:
    d = at_desk()
    d.run_for(20 * 60 + 5)
    d.observe(Answered(Outcome.ACCEPTED, FollowUp.GUIDE))
    d.run_for(25 * 60)
    d.observe(Answered(Outcome.ACCEPTED, FollowUp.DESK_ROUTINE))
    assert d.answers == [Outcome.ACCEPTED, Outcome.ACCEPTED]
    assert d.opened == [("seated_squeeze", "squeeze"), ("desk", "prompt")]


def test_a_pause_until_tomorrow_ends_at_tomorrows_work_start_where_the_user_is() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    d = at_desk(zone=tokyo)  # 08:00 UTC is 17:00 in Tokyo
    effects = d.observe(PauseRequested(TOMORROW))
    (end,) = [e.at for e in effects if isinstance(e, Schedule) and e.job is Job.PAUSE_END]
    assert end == datetime(2026, 3, 3, 5, 0, tzinfo=tokyo)
    assert d.desk.status().paused_until == end


def test_a_pause_dismisses_the_prompt_and_holds_the_next_until_it_ends() -> None:
    d = at_desk()
    d.run_for(20 * 60 + 5)
    d.observe(PauseRequested(timedelta(minutes=30)))
    assert d.answers == [Outcome.DISMISSED]
    d.run_for(30 * 60)
    assert len(d.shown) == 1
    d.run_for(3 * 60)  # the return grace: not the moment the pause ends
    assert len(d.shown) == 2


def test_the_daily_routine_missed_before_start_is_offered_unless_done_today() -> None:
    settings = Settings(routine=RoutineSettings(daily_time=time(7, 0)))
    d = at_desk(settings)
    looked_up = [e for e in d.effects if isinstance(e, LookUpRoutineSessions)]
    assert looked_up == [LookUpRoutineSessions(T0.replace(hour=0), T0)]
    assert d.desk.policy.plan(PromptKind.ROUTINE) is not None
    done = RoutineSessionRecord(1, "daily", "tray", T0, T0, SessionStatus.COMPLETED, 5, ())
    clock = FakeClock(T0)
    d2 = DeskDriver(clock, Desk(clock, settings, True, None), routine_sessions=[done])
    d2.observe(Started())
    assert d2.desk.policy.plan(PromptKind.ROUTINE) is None


def test_a_routine_done_from_the_tray_withdraws_the_offer() -> None:
    d = at_desk(Settings(routine=RoutineSettings(daily_time=time(7, 0))))
    d.observe(RoutineDone())
    d.run_for(3 * 60)
    assert [p.kind for p in d.shown] == []


def test_quitting_cancels_every_job_and_ends_the_bout_now() -> None:
    d = at_desk()
    d.run_for(10 * 60)
    effects = d.observe(Stopped())
    assert [e for e in effects if isinstance(e, Cancel)] == [Cancel(job) for job in Job]
    (bout,) = [e.bout for e in effects if isinstance(e, SaveBout)]
    assert (bout.end_reason, bout.posture) == (EndReason.QUIT, Posture.SITTING)
    assert d.jobs == {}


def test_pushed_idle_events_drive_the_bout_without_sampling() -> None:
    d = at_desk(QUICK_AWAY)
    d.run_for(60)
    effects = d.observe(IdleWatched())
    assert ScheduleEvery(Job.SAMPLE, PUSH_TICK) in effects
    samples = sum(isinstance(e, TakeSample) for e in d.effects)
    d.run_for(20 * 60)  # working: no event, only slow ticks, and the bout goes on
    assert sum(isinstance(e, TakeSample) for e in d.effects) == samples
    assert d.desk.status().bout_seconds >= 21 * 60 - 1
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]
    d.run_for(10)
    d.observe(InputStopped(120.0))  # the source: no input for the away threshold
    assert d.desk.tracker.state() is State.AWAY
    assert d.bouts[-1].end == d.clock.now() - timedelta(seconds=120)  # at the last input
    d.run_for(10 * 60)  # ticks while away keep it away
    assert d.desk.tracker.state() is State.AWAY
    d.observe(InputResumed())
    assert d.desk.tracker.state() is State.SITTING
    assert d.desk.tracker.bout_start() == d.clock.now()


def test_a_lost_watch_goes_back_to_sampling() -> None:
    d = at_desk(QUICK_AWAY)
    d.observe(IdleWatched())
    effects = d.observe(IdleWatchLost("lost the Wayland compositor"))
    assert TakeSample() in effects  # a reading now, which plans the next
    assert d.jobs[Job.SAMPLE].at == d.clock.now() + timedelta(seconds=120)  # after idle 0
    samples = sum(isinstance(e, TakeSample) for e in d.effects)
    d.run_for(120)
    assert sum(isinstance(e, TakeSample) for e in d.effects) == samples + 1


def test_status_names_the_idle_source_or_manual() -> None:
    clock = FakeClock(T0)
    assert Desk(clock, Settings(), True, None, "gnome-mutter").status().idle_source == (
        "gnome-mutter"
    )
    assert Desk(clock, Settings(), False, "no session", "").status().idle_source == "manual"
    assert (
        Desk(clock, Settings(), True, None, "x11-screensaver").status().to_json()["idle_source"]
        == "x11-screensaver"
    )


def test_away_time_counts_from_the_last_input_and_survives_a_touch_in_passing() -> None:
    driver = at_desk()

    def leave_for(seconds: int, idle_before: float = 0.0) -> None:
        driver.idle = idle_before
        for _ in range(seconds // 5):
            driver.idle = float(driver.idle) + 5
            driver.run_for(5)

    assert driver.desk.status().away_seconds is None  # nothing known before a bout ends
    driver.idle = 0.0
    driver.run_for(20 * 60)
    assert driver.desk.status().away_seconds is None  # at the desk
    leave_for(12 * 60)
    status = driver.desk.status()
    assert status.state is State.AWAY
    assert status.away_seconds == pytest.approx(12 * 60, abs=5)  # from the last input
    driver.idle = 0.0
    driver.run_for(5)  # a touch of the mouse in passing, then gone again
    leave_for(6 * 60)
    assert driver.desk.status().away_seconds == pytest.approx(18 * 60 + 5, abs=10)
    driver.idle = 0.0
    driver.run_for(5 * 60)
    assert driver.desk.status().away_seconds is None
