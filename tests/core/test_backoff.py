"""Ignored prompts back off; any answer or a break brings them back to normal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sitbreak.core.backoff import (
    BACKOFF_AFTER_MISSES,
    BACKOFF_CAP,
    BackoffStarted,
    MissedPromptBackoff,
)
from sitbreak.core.clock import FakeClock
from sitbreak.core.holds import HoldGate
from sitbreak.core.prompt_text import backoff_line
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.reminders import ReminderPolicy
from sitbreak.core.settings import PromptSettings, RespectSettings, ScheduleSettings
from sitbreak.core.status import State

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FIVE = timedelta(minutes=5)


def test_the_first_misses_change_nothing_then_the_gap_doubles_up_to_the_cap() -> None:
    backoff = MissedPromptBackoff(FIVE)
    gaps = []
    for _ in range(8):
        backoff.answered(Outcome.MISSED, START)
        gaps.append(None if backoff.not_before is None else backoff.not_before - START)
    minutes = [None if g is None else g.total_seconds() / 60 for g in gaps]
    assert BACKOFF_AFTER_MISSES == 3
    assert minutes == [None, None, 10, 20, 40, 60, 60, 60]
    assert timedelta(minutes=60) == BACKOFF_CAP


def test_the_start_of_a_backoff_is_announced_once() -> None:
    backoff = MissedPromptBackoff(FIVE)
    effects = [backoff.answered(Outcome.MISSED, START) for _ in range(6)]
    assert effects[:2] == [None, None]
    assert effects[2] == BackoffStarted(3, timedelta(minutes=10), START + timedelta(minutes=10))
    assert effects[3:] == [None, None, None]


@pytest.mark.parametrize(
    "outcome", [Outcome.ACCEPTED, Outcome.SNOOZED, Outcome.SKIPPED, Outcome.DISMISSED]
)
def test_any_answer_resets_it(outcome: Outcome) -> None:
    backoff = MissedPromptBackoff(FIVE)
    for _ in range(5):
        backoff.answered(Outcome.MISSED, START)
    assert backoff.active
    assert backoff.answered(outcome, START) is None
    assert (backoff.misses, backoff.not_before, backoff.active) == (0, None, False)
    backoff.answered(Outcome.MISSED, START)
    assert backoff.not_before is None  # counting starts again


def test_a_long_snooze_time_is_its_own_cap() -> None:
    backoff = MissedPromptBackoff(timedelta(minutes=90))
    for _ in range(4):
        backoff.answered(Outcome.MISSED, START)
    assert backoff.not_before == START + timedelta(minutes=90)


def test_a_day_of_ignored_stand_prompts_is_a_handful_not_forty() -> None:
    """The issue's test day: every prompt missed. With the backoff the day has few."""
    clock = FakeClock(START)
    prompts = PromptSettings()
    policy = ReminderPolicy(clock, prompts, ScheduleSettings())
    gate = HoldGate(clock, RespectSettings())
    backoff = MissedPromptBackoff(timedelta(minutes=prompts.snooze_minutes))
    policy.bout_started(clock.now())
    shown: list[PromptKind] = []
    end = START + timedelta(hours=8)
    while clock.now() < end:
        gated = gate.next_prompt(policy.candidates(State.SITTING), backoff.not_before)
        assert gated is not None
        clock.advance(max(0.0, (gated.prompt.due - clock.now()).total_seconds()))
        for kind in gated.superseded:
            policy.supersede(kind)
        shown.append(gated.prompt.kind)
        clock.advance(prompts.timeout_seconds)
        policy.answer(gated.prompt.kind, Outcome.MISSED)
        backoff.answered(Outcome.MISSED, clock.now())
    assert len(shown) <= 12  # without the backoff: 40 stand prompts alone
    assert shown.count(PromptKind.STAND) >= 5


def test_the_tooltip_line_says_how_many_and_until_when() -> None:
    line = backoff_line(4, START + timedelta(minutes=20), FakeClock(START))
    assert line == (
        "4 prompts in a row went unanswered: the next waits until 09:20. "
        "Answer one to go back to normal."
    )
    assert backoff_line(0, None, FakeClock(START)) is None
