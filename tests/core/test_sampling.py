"""Adaptive idle sampling and sleep detection that does not depend on how often we look."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason
from sitbreak.core.sampling import SamplingRule
from sitbreak.core.sitting import Bout, SittingTracker
from sitbreak.core.status import State

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
RULE = SamplingRule(away_after_seconds=300, min_interval_seconds=5, away_interval_seconds=60)


def test_at_the_desk_the_next_reading_is_when_idle_could_reach_the_threshold() -> None:
    assert RULE.next_delay(0, present=True) == 300
    assert RULE.next_delay(120, present=True) == 180
    assert RULE.next_delay(298, present=True) == 5  # never busier than the minimum
    assert RULE.next_delay(-3, present=True) == 300  # a source's clock skew is not input


def test_while_away_readings_are_rare() -> None:
    assert RULE.next_delay(900, present=False) == 60
    assert SamplingRule(300, 90, 60).next_delay(900, present=False) == 90


class Desk:
    """A user at a desk, read as often as the rule says, on a fake clock.

    Input comes every second during the typing stretches (seconds from the start); the
    clock jumps from one reading to the next, as the app sleeps between them.
    """

    def __init__(self, away_after: float = 300, rule: SamplingRule | None = None) -> None:
        self.clock = FakeClock(START)
        self.tracker = SittingTracker(self.clock, away_after, sample_seconds=5)
        self.rule = rule or SamplingRule(away_after, 5)
        self.bouts: list[Bout] = []
        self.tracker.on_bout_closed(self.bouts.append)
        self.typing: list[tuple[float, float]] = []
        self.t = 0.0  # seconds since START, where the clock is
        self.next_reading = 0.0
        self.readings = 0

    def type_for(self, seconds: float, after: float = 0.0) -> None:
        start = self.t + after
        self.typing.append((start, start + seconds))

    def last_input(self) -> datetime:
        latest = max(
            (min(end, float(int(self.t))) for start, end in self.typing if start <= self.t)
        )
        return START + timedelta(seconds=latest)

    def run_until(self, t: float) -> None:
        while self.next_reading <= t:
            self.clock.advance(self.next_reading - self.t)
            self.t = self.next_reading
            idle = (self.clock.now() - self.last_input()).total_seconds()
            self.tracker.observe_idle(idle)
            self.readings += 1
            self.next_reading += self.rule.next_delay(idle, self.tracker.present)
        self.clock.advance(t - self.t)
        self.t = t


def test_an_hour_of_typing_takes_twelve_readings_and_the_break_starts_at_the_last_input() -> None:
    desk = Desk()
    desk.type_for(3600)
    desk.run_until(3600)
    assert desk.tracker.state() is State.SITTING
    assert desk.readings <= 14
    desk.run_until(3600 + 900)
    assert len(desk.bouts) == 1
    assert desk.bouts[0].end == START + timedelta(seconds=3600)
    assert desk.bouts[0].end_reason is EndReason.AWAY
    assert desk.readings <= 14 + 15  # away: one reading a minute


def test_manual_mode_a_late_tick_is_not_a_sleep() -> None:
    clock = FakeClock(START)
    tracker = SittingTracker(clock, 300, sample_seconds=5)  # as the app configures it
    bouts: list[Bout] = []
    tracker.on_bout_closed(bouts.append)
    tracker.observe_present()
    for late in (0.5, 3, 9, 0, 45, 120):  # a busy machine runs the minute tick late
        clock.advance(60 + late)
        tracker.observe_present()
    assert bouts == []
    assert tracker.bout_seconds() == pytest.approx(6 * 60 + 177.5)


def test_a_sleep_between_rare_readings_ends_the_bout_at_the_last_input() -> None:
    desk = Desk()
    desk.type_for(1800)
    desk.run_until(1800)
    last_input = desk.last_input()
    desk.clock.advance(30)
    desk.clock.suspend_for(2 * 3600)  # no suspend signal: only the two clocks tell
    desk.clock.advance(30)
    desk.tracker.observe_idle(0)  # back and typing
    assert [b.end_reason for b in desk.bouts] == [EndReason.SLEEP]
    assert desk.bouts[0].end == last_input
    assert desk.tracker.state() is State.SITTING


@settings(max_examples=60, deadline=None)
@given(
    # Typing stretches longer than the away interval plus the shortest bout, so a return
    # noticed late never turns a bout into one too short to keep.
    st.lists(st.tuples(st.integers(130, 1800), st.integers(0, 1800)), min_size=1, max_size=6),
    st.sampled_from([120, 300, 600]),
)
def test_rare_readings_find_the_same_bouts_as_reading_every_five_seconds(
    script: list[tuple[int, int]], away_after: int
) -> None:
    """The adaptive rule never changes what is measured, only how often it is read."""
    # A gap within one 5-s reading of the threshold is a break the often reader may miss.
    assume(all(abs(quiet - away_after) > 5 for _, quiet in script))

    def run(rule: SamplingRule) -> list[tuple[datetime, datetime]]:
        desk = Desk(away_after, rule)
        for typing, quiet in script:
            desk.type_for(typing)
            desk.run_until(desk.t + typing + quiet)
        desk.run_until(desk.t + 2 * away_after)
        return [(b.start, b.end) for b in desk.bouts]

    rare = run(SamplingRule(away_after, 5))
    often = run(SamplingRule(0, 5, 5))  # every 5 s whatever the idle time
    assert len(rare) == len(often)
    for (rare_start, rare_end), (start, end) in zip(rare, often, strict=True):
        assert rare_end == end  # a break starts at the last input, whenever it is noticed
        # A return is noticed up to one away interval late; the idle counter dates it at the
        # latest input then, so a bout may start up to that much later than it did.
        assert -5 <= (rare_start - start).total_seconds() <= 60  # 5 s: the often reader's own lag
