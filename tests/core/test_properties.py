"""Invariants over random days of input, locks, suspends, clock jumps, pauses and answers,
driven through the real Desk: the rules the app runs, not a copy of its wiring."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import (
    Answered,
    Locked,
    PauseRequested,
    Resumed,
    ResumeRequested,
    ShowPrompt,
    StandingSet,
    StoodUp,
    Stopped,
    Suspending,
    Unlocked,
)
from sitbreak.core.records import Outcome
from sitbreak.core.settings import Settings, TrackingSettings
from sitbreak.core.status import State
from tests.support.desk_driver import DeskDriver

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
Step = tuple[str, int]
steps = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "work",
                "idle",
                "lock",
                "unlock",
                "suspend",
                "resume",
                "gap",
                "stand",
                "sit",
                "stood_up",
                "pause",
                "unpause",
                "accept",
                "snooze",
                "skip",
            ]
        ),
        st.integers(min_value=1, max_value=90),
    ),
    max_size=60,
)
ONE_STEP = {
    "lock": Locked(),
    "unlock": Unlocked(),
    "suspend": Suspending(),
    "resume": Resumed(),
    "stand": StandingSet(True),
    "sit": StandingSet(False),
    "stood_up": StoodUp(),
    "pause": PauseRequested(None),
    "unpause": ResumeRequested(),
    "accept": Answered(Outcome.ACCEPTED),
    "snooze": Answered(Outcome.SNOOZED),
    "skip": Answered(Outcome.SKIPPED),
}


class Run:
    def __init__(self, script: list[Step], allow_backwards: bool) -> None:
        clock = FakeClock(T0)
        tracking = TrackingSettings(away_after_seconds=120, sample_seconds=5)
        self.driver = driver = DeskDriver.start(Settings(tracking=tracking), clock)
        self.mono_start = clock.monotonic()
        self.prompt_while_absent = False
        for action, amount in script:
            if action in ("work", "idle"):
                for _ in range(amount):
                    driver.idle = 0.0 if action == "work" else driver.idle + 5  # type: ignore[operator]
                    self._check(len(driver.effects))
                    driver.run_for(5)
                    self._check_after(len(driver.effects) - 1)
            elif action == "gap":
                if allow_backwards and amount % 3 == 0:
                    clock.jump_wall(-amount * 60)
                else:
                    # Wall time that monotonic time did not see: a sleep however short
                    # (over SLEEP_TOLERANCE), so none of it may count as sitting.
                    clock.suspend_for(amount * 60)
                    # Nobody types while the machine sleeps: the idle time grows with it
                    # (else an "idle" step claims input from during the sleep).
                    driver.idle += amount * 60  # type: ignore[operator]
            else:
                before = len(driver.effects)
                driver.observe(ONE_STEP[action])
                self._check_after(before)
        driver.observe(Stopped())  # the app quits: the open bout ends now
        self.elapsed = clock.monotonic() - self.mono_start

    def _check(self, _index: int) -> None:
        """While away, paused or standing, nothing may be planned."""
        state = self.driver.desk.tracker.state()
        if state in (State.AWAY, State.PAUSED, State.STANDING):
            self.prompt_while_absent |= self.driver.desk.status().next_prompt_kind is not None

    def _check_after(self, first: int) -> None:
        """No prompt appears unless the user sits at the desk."""
        for effect in self.driver.effects[first:]:
            if isinstance(effect, ShowPrompt):
                self.prompt_while_absent |= self.driver.desk.tracker.state() is not State.SITTING
        self._check(first)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_sitting_never_exceeds_wall_time_and_bouts_never_overlap(script: list[Step]) -> None:
    run = Run(script, allow_backwards=False)
    bouts = run.driver.bouts
    wall = (run.driver.clock.now() - T0).total_seconds()
    assert sum(b.seconds for b in bouts) <= wall
    for earlier, later in pairwise(bouts):
        assert earlier.end <= later.start
    assert all(b.end >= b.start for b in bouts)


@settings(max_examples=150, deadline=None)
@given(steps)
@example([("gap", 2), ("idle", 11)])  # once an input "during" the sleep started a bout
@example([("gap", 1)])  # a 60 s sleep right at the start, then quit
def test_backward_jumps_never_give_negative_or_inflated_bouts(script: list[Step]) -> None:
    run = Run(script, allow_backwards=True)
    assert all(b.seconds >= 0 for b in run.driver.bouts)
    assert all(b.seconds <= run.elapsed + 1 for b in run.driver.bouts)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_no_prompt_is_shown_or_due_while_away_paused_or_standing(script: list[Step]) -> None:
    assert not Run(script, allow_backwards=True).prompt_while_absent


@settings(max_examples=100, deadline=None)
@given(steps)
def test_every_prompt_shown_is_answered_once_or_still_on_screen(script: list[Step]) -> None:
    driver = Run(script, allow_backwards=True).driver
    on_screen = 0 if driver.on_screen is None else 1
    assert len(driver.answers) + on_screen == len(driver.shown)
