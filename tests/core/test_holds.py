"""Holds keep prompts back, never the tracking; after a hold, one prompt after the grace."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.holds import MERGE_WINDOW, HoldChanged, HoldGate, HoldReason, respected
from sitbreak.core.prompt_text import held_line, prompt_text
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.reminders import DuePrompt, ReminderPolicy
from sitbreak.core.settings import (
    PromptSettings,
    RespectSettings,
    ScheduleSettings,
    settings_from_mapping,
)
from sitbreak.core.sitting import SittingTracker

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CALL, FULL = HoldReason.CALL, HoldReason.FULLSCREEN


class Desk:
    """The pieces the desk rules combine: tracker, policy and gate on one fake clock."""

    def __init__(self, respect: RespectSettings | None = None, **prompts: int) -> None:
        self.clock = FakeClock(START)
        self.tracker = SittingTracker(self.clock, 300, 30)
        self.policy = ReminderPolicy(self.clock, PromptSettings(**prompts), ScheduleSettings())
        self.gate = HoldGate(self.clock, respect or RespectSettings())
        self.tracker.on_period_started(lambda p: self.policy.bout_started(p.start))
        self.shown: list[tuple[PromptKind, datetime, float]] = []
        self.planned_for: list[datetime] = []  # each shown prompt's planned due time
        self.tracker.observe_idle(0)  # the bout starts at START

    def next(self):
        return self.gate.next_prompt(self.policy.candidates(self.tracker.state()))

    def sit(self, minutes: float) -> None:
        """Type at the desk for `minutes`, showing (and accepting squeezes of) what is due."""
        end = self.clock.now() + timedelta(minutes=minutes)
        while self.clock.now() < end:
            self.clock.advance(15)
            self.tracker.observe_idle(0)
            gated = self.next()
            if gated is not None and gated.prompt.due <= self.clock.now():
                self.show(gated)

    def show(self, gated) -> None:
        self.gate.shown()
        for kind in gated.superseded:
            self.policy.supersede(kind)
        self.shown.append((gated.prompt.kind, self.clock.now(), gated.held_seconds))
        plan = self.policy.plan(gated.prompt.kind)
        self.planned_for.append(plan.due if plan else self.clock.now())
        self.policy.answer(gated.prompt.kind, Outcome.SKIPPED)


def test_the_reason_names_are_the_documented_ones() -> None:
    assert [r.value for r in HoldReason] == [
        "fullscreen",
        "call",
        "screen-share",
        "desktop-dnd",
        "routine",
    ]


def test_each_setting_switches_its_reason_off_but_a_routine_always_holds() -> None:
    everything = set(HoldReason)
    assert respected(everything, RespectSettings()) == tuple(HoldReason)
    off = RespectSettings(fullscreen=False, calls=False, screen_sharing=False, desktop_dnd=False)
    assert respected(everything, off) == (HoldReason.ROUTINE,)
    for field, reason in [
        ("fullscreen", HoldReason.FULLSCREEN),
        ("calls", HoldReason.CALL),
        ("screen_sharing", HoldReason.SCREEN_SHARE),
        ("desktop_dnd", HoldReason.DESKTOP_DND),
    ]:
        one_off = replace(RespectSettings(), **{field: False})
        assert reason not in respected(everything, one_off)
        assert len(respected(everything, one_off)) == 4


def test_no_prompt_while_held_and_the_bout_goes_on() -> None:
    desk = Desk(squeeze_every_minutes=20, stand_after_minutes=45)
    desk.sit(10)
    assert desk.gate.observe({CALL}) == HoldChanged((CALL,))
    desk.sit(60)
    assert desk.shown == []
    assert desk.next() is None
    assert desk.gate.held_by == (CALL,)
    assert desk.tracker.bout_seconds() == pytest.approx(70 * 60)


def test_after_a_hold_exactly_one_prompt_the_stand_one_after_the_grace() -> None:
    desk = Desk(squeeze_every_minutes=20, stand_after_minutes=45)
    desk.gate.observe({CALL})
    desk.sit(70)  # a squeeze (20, 40, 60) and the stand prompt (45) fell due in the call
    released = desk.clock.now()
    change = desk.gate.observe(set())
    assert change == HoldChanged((), timedelta(minutes=70))
    desk.sit(15)
    kind, at, held = desk.shown[0]
    assert (kind, held) == (PromptKind.STAND, 50 * 60)  # held back since the squeeze at 20
    assert at - released == pytest.approx(timedelta(seconds=30), abs=timedelta(seconds=5))
    # The squeeze that fell due as well was superseded: it comes a full interval later.
    assert len(desk.shown) == 1


def test_grace_seconds_is_the_wait_after_the_release() -> None:
    desk = Desk(RespectSettings(grace_seconds=120), squeeze_every_minutes=20)
    desk.gate.observe({FULL})
    desk.sit(25)
    desk.gate.observe(set())
    gated = desk.next()
    assert gated is not None
    assert gated.prompt.kind is PromptKind.SQUEEZE
    assert gated.prompt.due == desk.clock.now() + timedelta(seconds=120)
    assert gated.held_seconds == 5 * 60  # due at 20, released at 25


def test_a_prompt_due_after_the_hold_ended_is_not_delayed_or_marked() -> None:
    desk = Desk(squeeze_every_minutes=20)
    desk.sit(2)
    desk.gate.observe({FULL})
    desk.sit(3)
    desk.gate.observe(set())
    gated = desk.next()
    assert gated is not None
    assert gated.prompt.due == START + timedelta(minutes=20)
    assert gated.held_seconds == 0


def test_one_reason_ending_while_another_holds_releases_nothing() -> None:
    desk = Desk(squeeze_every_minutes=20)
    desk.gate.observe({FULL, CALL})
    desk.sit(25)
    assert desk.gate.set_reason(CALL, False) == HoldChanged((FULL,))
    desk.sit(5)
    assert desk.shown == []
    assert desk.gate.set_reason(FULL, False) == HoldChanged((), timedelta(minutes=30))


def test_switching_a_reason_off_in_the_settings_releases_it() -> None:
    desk = Desk(squeeze_every_minutes=20)
    desk.gate.observe({CALL})
    desk.sit(25)
    change = desk.gate.configure(RespectSettings(calls=False))
    assert change is not None
    assert change.held_by == ()
    desk.sit(1)
    assert [k for k, _, _ in desk.shown] == [PromptKind.SQUEEZE]


def test_an_unrespected_reason_never_holds() -> None:
    desk = Desk(RespectSettings(fullscreen=False), squeeze_every_minutes=20)
    assert desk.gate.observe({FULL}) is None
    desk.sit(21)
    assert [k for k, _, _ in desk.shown] == [PromptKind.SQUEEZE]


def test_the_daily_routine_offer_is_held_the_same_way_and_stand_comes_first() -> None:
    desk = Desk(squeeze_every_minutes=20, stand_after_minutes=45)
    desk.sit(5)
    desk.gate.observe({HoldReason.ROUTINE})
    desk.policy.offer_routine()
    desk.sit(50)
    assert desk.shown == []
    desk.gate.observe(set())
    desk.sit(1)
    assert [k for k, _, _ in desk.shown] == [PromptKind.STAND]
    # Superseded, the routine offer comes back later, alone.
    desk.sit(10)
    assert [k for k, _, _ in desk.shown][:2] == [PromptKind.STAND, PromptKind.ROUTINE]


def test_without_holds_two_overdue_prompts_are_one_prompt_by_precedence() -> None:
    clock = FakeClock(START)
    gate = HoldGate(clock, RespectSettings())
    squeeze = DuePrompt(PromptKind.SQUEEZE, START - timedelta(minutes=3))
    stand = DuePrompt(PromptKind.STAND, START - timedelta(minutes=1))
    gated = gate.next_prompt([squeeze, stand])
    assert gated is not None
    assert gated.prompt == DuePrompt(PromptKind.STAND, START)
    assert gated.superseded == (PromptKind.SQUEEZE,)


def test_another_rules_floor_is_respected() -> None:
    clock = FakeClock(START)
    gate = HoldGate(clock, RespectSettings())
    squeeze = DuePrompt(PromptKind.SQUEEZE, START + timedelta(minutes=1))
    gated = gate.next_prompt([squeeze], not_before=START + timedelta(minutes=9))
    assert gated is not None
    assert gated.prompt.due == START + timedelta(minutes=9)


def test_respect_settings_are_read_and_validated() -> None:
    settings, problems = settings_from_mapping(
        {"respect": {"calls": False, "grace_seconds": 90, "fullscreen": "yes"}}
    )
    assert settings.respect.calls is False
    assert settings.respect.grace_seconds == 90
    assert settings.respect.fullscreen is True
    assert [p.key for p in problems] == ["[respect] fullscreen"]
    _, problems = settings_from_mapping({"respect": {"grace_seconds": 601}})
    assert "from 0 to 600" in problems[0].message


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 40), st.sets(st.sampled_from(list(HoldReason)))),
        min_size=1,
        max_size=12,
    )
)
def test_a_release_never_brings_a_burst(steps: list[tuple[int, set[HoldReason]]]) -> None:
    """Whatever holds come and go: no prompt while held or in the grace after a release;
    of the prompts that fell due in a hold, one is shown after it; the bout is counted
    through every hold."""
    desk = Desk(squeeze_every_minutes=5, stand_after_minutes=12)
    releases = []
    for minutes, reasons in steps:
        change = desk.gate.observe(reasons)
        if change is not None and change.held_for is not None:
            releases.append(desk.clock.now())
        before = len(desk.shown)
        desk.sit(minutes)
        if desk.gate.held_by:
            assert len(desk.shown) == before
    window = desk.gate.grace + MERGE_WINDOW
    shown = [(at, due) for (_, at, _), due in zip(desk.shown, desk.planned_for, strict=True)]
    for release in releases:
        assert not any(release <= at < release + desk.gate.grace for at, _ in shown)
        after = [due for at, due in shown if release <= at < release + window]
        assert sum(due <= release for due in after) <= 1
    total = sum(m for m, _ in steps)
    assert desk.tracker.bout_seconds() == pytest.approx(total * 60)


def test_the_prompt_after_a_hold_stands_in_for_a_stand_prompt_due_just_after() -> None:
    desk = Desk(squeeze_every_minutes=20, stand_after_minutes=45)
    desk.gate.observe({CALL})
    desk.sit(44)  # squeezes at 20 and 40 fell due; the stand prompt is due at 45
    desk.gate.observe(set())
    desk.sit(10)
    assert [k for k, _, _ in desk.shown] == [PromptKind.STAND]


def test_the_words_for_a_hold_and_for_the_prompt_after_it() -> None:
    assert held_line(()) is None
    assert held_line((HoldReason.FULLSCREEN, HoldReason.CALL)) == (
        "Prompts held: a full-screen window, in a call"
    )
    squeeze = prompt_text(
        PromptKind.SQUEEZE, snooze_minutes=5, sitting_seconds=95 * 60, held_seconds=70 * 60
    )
    assert squeeze.body.startswith(
        "Held back for 1 h 10 min so as not to disturb you; you have been sitting for 1 h 35 min."
    )
    stand = prompt_text(
        PromptKind.STAND, snooze_minutes=5, sitting_seconds=95 * 60, held_seconds=70 * 60
    )
    assert stand.body.startswith(
        "Held back for 1 h 10 min so as not to disturb you. You have been sitting for 1 h 35 min."
    )
    short = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5, held_seconds=30)
    assert short == prompt_text(PromptKind.SQUEEZE, snooze_minutes=5)


def test_every_hold_reason_is_said_in_words() -> None:
    for reason in HoldReason:
        assert held_line((reason.value,)) != f"Prompts held: {reason.value}"  # not the bare value
