"""Holds and the backoff as the real Desk applies them, on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import Answered, HoldsSeen, Job, RoutineRunning, SettingsChanged
from sitbreak.core.holds import RECHECK_SECONDS, HoldReason
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.settings import PromptSettings, RespectSettings, RoutineSettings, Settings
from tests.support.desk_driver import DeskDriver

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
CALL = frozenset({HoldReason.CALL})
FULL = frozenset({HoldReason.FULLSCREEN})


def at_desk(settings: Settings | None = None) -> DeskDriver:
    return DeskDriver.start(settings, FakeClock(T0))


def minutes(d: DeskDriver) -> float:
    return (d.clock.now() - T0).total_seconds() / 60


def answer_each(d: DeskDriver, seconds: float, outcome: Outcome = Outcome.SKIPPED) -> None:
    """Let time pass in 5 s steps, answering every prompt that appears."""
    for _ in range(int(seconds // 5)):
        d.run_for(5)
        if d.on_screen is not None:
            d.observe(Answered(outcome))


def test_a_call_holds_prompts_but_never_the_tracking_and_is_asked_only_when_due() -> None:
    d = at_desk()
    d.holds = CALL
    d.run_for(19 * 60)
    assert d.hold_checks == 0  # nothing due yet: nothing asked, no timer
    d.run_for(51 * 60)  # squeezes at 20, 40, 60 and the stand prompt at 45 fall due
    assert d.shown == []
    assert d.desk.tracker.bout_seconds() == pytest.approx(70 * 60, abs=5)
    assert d.desk.status().held_by == ("call",)
    assert d.desk.status().to_json()["held_by"] == ["call"]
    # Re-asked every few seconds while a prompt waits: one repeating job, not a chain.
    assert d.hold_checks == pytest.approx(50 * 60 / RECHECK_SECONDS, rel=0.05)
    assert d.jobs[Job.HOLD_CHECK].every == timedelta(seconds=RECHECK_SECONDS)


def test_when_the_call_ends_one_prompt_the_stand_one_after_the_grace_saying_so() -> None:
    d = at_desk()
    d.holds = CALL
    d.run_for(70 * 60)
    d.holds = frozenset()  # seen at the next re-check (no push)
    d.run_for(RECHECK_SECONDS)
    released = d.clock.now()
    answer_each(d, 3 * 60)
    (prompt,) = d.shown
    assert prompt.kind is PromptKind.STAND
    assert prompt.shown - released == timedelta(seconds=30)
    assert prompt.held_seconds == pytest.approx(50 * 60, abs=10)  # from the first due prompt
    assert prompt.sitting_seconds == pytest.approx(70.5 * 60, abs=10)
    assert Job.HOLD_CHECK not in d.jobs


def test_a_pushed_release_and_a_pushed_hold() -> None:
    d = at_desk()
    d.run_for(10 * 60)
    d.observe(HoldsSeen(FULL))  # pushed: full screen came on
    assert d.desk.status().held_by == ("fullscreen",)
    assert d.desk.status().next_prompt_kind is None
    d.holds = FULL
    d.run_for(15 * 60)
    assert d.shown == []
    d.holds = frozenset()
    d.observe(HoldsSeen(frozenset()))  # pushed: it ended
    d.run_for(29)
    assert d.shown == []
    d.run_for(2)
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]


def test_a_hold_pushed_while_nothing_is_due_still_asks_again_at_the_due_time() -> None:
    d = at_desk()
    d.observe(HoldsSeen(frozenset({HoldReason.SCREEN_SHARE})))
    d.holds = frozenset({HoldReason.SCREEN_SHARE})  # a source that pushes no end
    d.run_for(20 * 60 + 1)
    assert d.hold_checks == 1
    d.holds = frozenset()
    d.run_for(RECHECK_SECONDS + 31)
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]


def test_a_running_routine_holds_prompts() -> None:
    d = at_desk()
    d.run_for(19 * 60)
    d.observe(RoutineRunning(True))
    d.run_for(10 * 60)
    assert d.shown == []
    assert d.desk.status().held_by == ("routine",)
    d.observe(RoutineRunning(False))
    d.run_for(31)
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]


def test_the_daily_routine_offer_is_held_the_same_way() -> None:
    settings = Settings(routine=RoutineSettings(daily_time=time(8, 30)))
    d = at_desk(settings)
    d.holds = CALL
    answer_each(d, 40 * 60)  # 08:40
    assert d.shown == []
    d.holds = frozenset()
    answer_each(d, 60)
    assert [p.kind for p in d.shown] == [PromptKind.ROUTINE]  # one, not routine + squeeze


def test_switching_calls_off_releases_a_held_prompt() -> None:
    d = at_desk()
    d.holds = CALL
    d.run_for(25 * 60)
    d.observe(SettingsChanged(Settings(respect=RespectSettings(calls=False, grace_seconds=0))))
    d.run_for(1)
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]
    assert d.desk.status().held_by == ()


def test_a_hold_the_settings_do_not_respect_is_not_one() -> None:
    d = at_desk(Settings(respect=RespectSettings(fullscreen=False)))
    d.holds = FULL
    d.run_for(20 * 60 + 1)
    assert [p.kind for p in d.shown] == [PromptKind.SQUEEZE]


def test_ignored_prompts_back_off_and_an_answer_resets_it() -> None:
    d = at_desk(Settings(prompts=PromptSettings(squeeze_every_minutes=60, stand_after_minutes=30)))
    answer_each(d, 29 * 60)
    times = []
    for _ in range(6):
        while d.on_screen is None:
            d.run_for(5)
        times.append(minutes(d))
        d.observe(Answered(Outcome.MISSED))
    gaps = [round(b - a) for a, b in pairwise(times)]
    assert gaps[:2] == [5, 5]  # the first misses: the stand prompt returns after the snooze
    assert gaps[2:] == [10, 20, 40]  # then the gap doubles
    status = d.desk.status()
    assert status.missed_in_row == 6
    assert status.spaced_until == d.clock.now() + timedelta(minutes=60)
    while d.on_screen is None:
        d.run_for(5)
    d.observe(Answered(Outcome.SNOOZED))
    assert d.desk.status().spaced_until is None
