"""Invariants over random days of input, locks, suspends and clock jumps."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import Posture
from sitbreak.core.reminders import ReminderPolicy
from sitbreak.core.settings import PromptSettings, ScheduleSettings
from sitbreak.core.sitting import Bout, SittingTracker
from sitbreak.core.status import State

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
            ]
        ),
        st.integers(min_value=1, max_value=90),
    ),
    max_size=60,
)


def run(script: list[Step], allow_backwards: bool) -> tuple[FakeClock, list[Bout], float, bool]:
    clock = FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    tracker = SittingTracker(clock, away_after_seconds=120, sample_seconds=5)
    policy = ReminderPolicy(clock, PromptSettings(), ScheduleSettings())
    tracker.on_period_started(
        lambda p: policy.bout_started(p.start) if p.posture is Posture.SITTING else None
    )
    bouts: list[Bout] = []
    tracker.on_bout_closed(bouts.append)
    tracker.on_bout_closed(lambda b: policy.bout_ended())
    idle = 0.0
    mono_start = clock.monotonic()
    prompt_while_absent = False
    for action, amount in script:
        if action in ("work", "idle"):
            for _ in range(amount):
                clock.advance(5)
                idle = 0.0 if action == "work" else idle + 5
                tracker.observe_idle(idle)
                state = tracker.state()
                if state in (State.AWAY, State.PAUSED, State.STANDING):
                    prompt_while_absent |= policy.next_prompt(state) is not None
        elif action == "gap":
            if allow_backwards and amount % 3 == 0:
                clock.jump_wall(-amount * 60)
            else:
                clock.suspend_for(amount * 60)
        elif action == "stand":
            tracker.set_standing(True)
        elif action == "sit":
            tracker.set_standing(False)
        elif action == "pause":
            tracker.pause(None)
        elif action == "unpause":
            tracker.resume_prompts()
        else:
            getattr(tracker, action)()
    tracker.stop()
    elapsed = clock.monotonic() - mono_start
    return clock, bouts, elapsed, prompt_while_absent


@settings(max_examples=150, deadline=None)
@given(steps)
def test_sitting_never_exceeds_wall_time_and_bouts_never_overlap(script: list[Step]) -> None:
    clock, bouts, _, _ = run(script, allow_backwards=False)
    wall = (clock.now() - datetime(2026, 3, 2, 8, 0, tzinfo=UTC)).total_seconds()
    assert sum(b.seconds for b in bouts) <= wall
    for earlier, later in pairwise(bouts):
        assert earlier.end <= later.start
    assert all(b.end >= b.start for b in bouts)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_backward_jumps_never_give_negative_or_inflated_bouts(script: list[Step]) -> None:
    _, bouts, elapsed, _ = run(script, allow_backwards=True)
    assert all(b.seconds >= 0 for b in bouts)
    assert all(b.seconds <= elapsed + 1 for b in bouts)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_no_prompt_is_due_while_away_paused_or_standing(script: list[Step]) -> None:
    _, _, _, prompt_while_absent = run(script, allow_backwards=True)
    assert not prompt_while_absent
