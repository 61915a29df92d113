from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.reminders import RETURN_GRACE, ReminderPolicy
from sitbreak.core.settings import PromptSettings, ScheduleSettings, parse_time_range
from sitbreak.core.status import State

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN).astimezone(UTC)


def make(
    prompts: PromptSettings | None = None, schedule: ScheduleSettings | None = None
) -> tuple[FakeClock, ReminderPolicy]:
    clock = FakeClock(MONDAY_9, zone=BERLIN)
    policy = ReminderPolicy(clock, prompts or PromptSettings(), schedule or ScheduleSettings())
    return clock, policy


def due_in(clock: FakeClock, policy: ReminderPolicy, state: State = State.SITTING) -> tuple:
    nxt = policy.next_prompt(state)
    assert nxt is not None
    return nxt.kind, (nxt.due - clock.now()).total_seconds() / 60


def test_squeeze_comes_every_interval_of_sitting_and_stand_after_the_limit() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 20)
    clock.advance(20 * 60)
    policy.answer(PromptKind.SQUEEZE, Outcome.ACCEPTED)
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 20)
    clock.advance(20 * 60)
    policy.answer(PromptKind.SQUEEZE, Outcome.ACCEPTED)
    assert due_in(clock, policy) == (PromptKind.STAND, 5)


def test_stand_wins_over_a_squeeze_due_at_the_same_moment() -> None:
    clock, policy = make(PromptSettings(squeeze_every_minutes=15, stand_after_minutes=30))
    policy.bout_started(clock.now())
    clock.advance(15 * 60)
    policy.answer(PromptKind.SQUEEZE, Outcome.ACCEPTED)
    assert due_in(clock, policy) == (PromptKind.STAND, 15)


def test_nothing_is_due_while_away_standing_or_paused() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    for state in (State.AWAY, State.STANDING, State.PAUSED):
        assert policy.next_prompt(state) is None


def test_after_a_return_nothing_is_due_at_once() -> None:
    clock, policy = make()
    policy.offer_routine()  # offered while the user was away
    clock.advance(3600)
    policy.bout_started(clock.now())
    kind, minutes = due_in(clock, policy)
    assert kind is PromptKind.ROUTINE
    assert minutes == RETURN_GRACE.total_seconds() / 60


def test_snooze_postpones_and_repeated_snoozes_escalate() -> None:
    clock, policy = make(PromptSettings(snooze_minutes=6, escalate_after_snoozes=3))
    policy.bout_started(clock.now())
    clock.advance(45 * 60)
    delays = []
    for _ in range(4):
        policy.answer(PromptKind.STAND, Outcome.SNOOZED)
        nxt = policy.plan(PromptKind.STAND)
        assert nxt is not None
        delays.append(((nxt.due - clock.now()).total_seconds() / 60, policy.is_urgent(nxt)))
        clock.advance((nxt.due - clock.now()).total_seconds())
    assert delays == [(6, False), (6, False), (3, True), (3, True)]


def test_skip_moves_on_a_full_interval_and_resets_escalation() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(45 * 60)
    policy.answer(PromptKind.STAND, Outcome.SNOOZED)
    policy.answer(PromptKind.STAND, Outcome.SKIPPED)
    stand = policy.plan(PromptKind.STAND)
    assert stand is not None
    assert stand.snooze_count == 0
    assert stand.due - clock.now() == timedelta(minutes=45)


def test_missed_stand_prompt_asks_again_after_a_snooze_interval() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(45 * 60)
    policy.answer(PromptKind.STAND, Outcome.MISSED)
    stand = policy.plan(PromptKind.STAND)
    assert stand is not None
    assert stand.due - clock.now() == timedelta(minutes=5)


def test_accepted_stand_clears_it_and_the_next_bout_starts_fresh() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(45 * 60)
    policy.answer(PromptKind.STAND, Outcome.ACCEPTED)
    policy.bout_ended()
    assert policy.next_prompt(State.SITTING) is None
    clock.advance(5 * 60)
    policy.bout_started(clock.now())
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 20)


def test_quiet_hours_hold_prompts_until_they_end() -> None:
    schedule = ScheduleSettings(quiet_hours=parse_time_range("09:10-09:40"))
    clock, policy = make(schedule=schedule)
    policy.bout_started(clock.now())  # squeeze due 09:20, in quiet hours
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 40)


def test_outside_work_days_nothing_until_the_next_work_day() -> None:
    schedule = ScheduleSettings(
        work_days=("mon", "tue", "wed", "thu", "fri"), work_hours=parse_time_range("08:00-17:00")
    )
    clock, policy = make(schedule=schedule)
    clock.advance((4 * 24 + 7) * 3600 + 55 * 60)  # Friday 16:55
    policy.bout_started(clock.now())
    nxt = policy.next_prompt(State.SITTING)
    assert nxt is not None
    assert nxt.due.astimezone(BERLIN) == datetime(2026, 3, 9, 8, 0, tzinfo=BERLIN)


def test_work_hours_follow_the_clock_into_another_time_zone() -> None:
    schedule = ScheduleSettings(work_hours=parse_time_range("09:00-17:00"))
    clock, policy = make(schedule=schedule)
    clock.advance(7 * 3600 + 50 * 60)  # 16:50 in Berlin: the squeeze at 17:10 waits
    policy.bout_started(clock.now())
    nxt = policy.next_prompt(State.SITTING)
    assert nxt is not None
    assert nxt.due.astimezone(BERLIN) == datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN)
    clock.set_zone(ZoneInfo("America/New_York"))  # the user flew: it is 10:50 there
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 20)


def test_no_day_allowed_means_no_prompt() -> None:
    clock, policy = make(schedule=ScheduleSettings(work_days=()))
    policy.bout_started(clock.now())
    assert policy.next_prompt(State.SITTING) is None


def test_work_hours_across_the_dst_change() -> None:
    """On 2026-03-29 Berlin skips 02:00-03:00; prompts resume at 08:00 local, not 07:00."""
    schedule = ScheduleSettings(work_hours=parse_time_range("08:00-18:00"))
    clock, policy = make(schedule=schedule)
    clock.advance((26 * 24 + 12) * 3600)  # Saturday 2026-03-28 21:00 CET
    policy.bout_started(clock.now())
    nxt = policy.next_prompt(State.SITTING)
    assert nxt is not None
    local = nxt.due.astimezone(BERLIN)
    assert (local.day, local.hour, local.minute) == (29, 8, 0)
    assert local.utcoffset() == timedelta(hours=2)


def test_settings_change_replans_the_current_bout() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(10 * 60)
    policy.configure(PromptSettings(squeeze_every_minutes=15), ScheduleSettings())
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 5)


def test_daily_routine_offer_is_withdrawn_once_done() -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(5 * 60)
    policy.offer_routine()
    assert due_in(clock, policy) == (PromptKind.ROUTINE, 0)
    policy.answer(PromptKind.ROUTINE, Outcome.SKIPPED)
    assert due_in(clock, policy)[0] is PromptKind.SQUEEZE


@pytest.mark.parametrize("outcome", [Outcome.SKIPPED, Outcome.DISMISSED, Outcome.MISSED])
def test_unanswered_squeeze_moves_on_a_full_interval(outcome: Outcome) -> None:
    clock, policy = make()
    policy.bout_started(clock.now())
    clock.advance(20 * 60)
    policy.answer(PromptKind.SQUEEZE, outcome)
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 20)


def test_short_intervals_are_not_stretched_by_the_return_grace() -> None:
    clock, policy = make(PromptSettings(squeeze_every_minutes=1, stand_after_minutes=3))
    policy.bout_started(clock.now())
    assert due_in(clock, policy) == (PromptKind.SQUEEZE, 1)
