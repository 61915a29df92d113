from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason, Posture
from sitbreak.core.sitting import Bout, SittingTracker
from sitbreak.core.status import State

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class Desk:
    """A simulated user at a desk, sampled every 5 s like the app does."""

    def __init__(self, away_after: float = 300, sample: float = 5) -> None:
        self.clock = FakeClock(START)
        self.tracker = SittingTracker(self.clock, away_after, sample)
        self.bouts: list[Bout] = []
        self.tracker.on_bout_closed(self.bouts.append)
        self.last_input = self.clock.now()

    def work(self, seconds: float) -> None:
        """Type continuously: input at every sample."""
        for _ in range(int(seconds // 5)):
            self.clock.advance(5)
            self.last_input = self.clock.now()
            self.tracker.observe_idle(0)

    def idle(self, seconds: float) -> None:
        """No input, sampled every 5 s."""
        for _ in range(int(seconds // 5)):
            self.clock.advance(5)
            self.tracker.observe_idle((self.clock.now() - self.last_input).total_seconds())


def minutes(bout: Bout) -> float:
    return bout.seconds / 60


def test_continuous_work_is_one_open_bout() -> None:
    desk = Desk()
    desk.work(30 * 60)
    assert desk.tracker.state() is State.SITTING
    assert desk.tracker.bout_seconds() == pytest.approx(30 * 60, abs=5)
    assert desk.bouts == []


def test_short_idle_gap_stays_inside_the_bout() -> None:
    desk = Desk()
    desk.work(10 * 60)
    desk.idle(4 * 60)  # reading, below the 5-minute threshold
    desk.work(10 * 60)
    assert desk.bouts == []
    assert desk.tracker.bout_seconds() == pytest.approx(24 * 60, abs=10)


def test_away_ends_the_bout_at_the_last_input_not_when_noticed() -> None:
    desk = Desk()
    desk.work(20 * 60)
    last_input = desk.last_input
    desk.idle(6 * 60)
    assert desk.tracker.state() is State.AWAY
    assert len(desk.bouts) == 1
    assert desk.bouts[0].end == last_input
    assert desk.bouts[0].end_reason is EndReason.AWAY
    assert minutes(desk.bouts[0]) == pytest.approx(20, abs=0.2)


def test_return_starts_a_new_bout_at_the_first_seen_input() -> None:
    desk = Desk()
    desk.work(20 * 60)
    desk.idle(10 * 60)
    desk.clock.advance(5)
    desk.tracker.observe_idle(2)
    assert desk.tracker.state() is State.SITTING
    assert desk.tracker.bout_start() == desk.clock.now() - timedelta(seconds=2)


def test_lock_ends_the_bout_when_it_happened_and_unlock_starts_a_new_one() -> None:
    desk = Desk()
    desk.work(15 * 60)
    desk.tracker.lock()
    locked_at = desk.clock.now()
    desk.clock.advance(60)
    desk.tracker.observe_idle(0)  # idle readings while locked do not count
    assert desk.tracker.state() is State.AWAY
    assert desk.bouts[0].end == locked_at
    assert desk.bouts[0].end_reason is EndReason.LOCK
    desk.clock.advance(60)
    desk.tracker.unlock()
    assert desk.tracker.state() is State.SITTING
    assert desk.tracker.bout_start() == desk.clock.now()


def test_automatic_lock_after_idling_ends_the_bout_at_the_last_input() -> None:
    desk = Desk(away_after=600)
    desk.work(15 * 60)
    last_input = desk.last_input
    desk.idle(4 * 60)
    desk.tracker.lock()
    assert desk.bouts[0].end == last_input


def test_suspend_ends_the_bout_and_resume_waits_for_input() -> None:
    desk = Desk()
    desk.work(15 * 60)
    desk.tracker.suspend()
    assert desk.bouts[0].end_reason is EndReason.SUSPEND
    desk.clock.suspend_for(3600)
    desk.tracker.resume()
    desk.clock.advance(5)
    desk.tracker.observe_idle(4000)  # idle from before the suspend: not presence
    assert desk.tracker.state() is State.AWAY
    desk.clock.advance(5)
    desk.tracker.observe_idle(1)
    assert desk.tracker.state() is State.SITTING


def test_wall_clock_gap_counts_as_time_away() -> None:
    desk = Desk()
    desk.work(15 * 60)
    last_input = desk.last_input
    desk.clock.suspend_for(2 * 3600)  # slept without a suspend signal
    desk.tracker.observe_idle(1)  # the user is back and typing
    assert len(desk.bouts) == 1
    assert desk.bouts[0].end == last_input
    assert desk.bouts[0].end_reason is EndReason.SLEEP
    assert desk.tracker.bout_seconds() == pytest.approx(1)


def test_clock_set_back_never_gives_a_negative_bout() -> None:
    desk = Desk()
    desk.work(10 * 60)
    desk.clock.jump_wall(-3600)
    desk.work(10 * 60)
    assert desk.tracker.bout_seconds() == pytest.approx(20 * 60, abs=10)
    desk.idle(6 * 60)
    assert len(desk.bouts) == 1
    assert desk.bouts[0].seconds == pytest.approx(20 * 60, abs=10)


@pytest.mark.parametrize("jump_hours", [26, -26])
def test_a_status_read_right_after_a_clock_jump_shows_the_real_bout(jump_hours: int) -> None:
    desk = Desk()
    desk.work(10 * 60)
    desk.clock.jump_wall(jump_hours * 3600)
    desk.clock.advance(3)  # read before the next sample sees the jump
    assert desk.tracker.bout_seconds() == pytest.approx(10 * 60, abs=5)  # not 93,600 s


def test_a_bout_across_the_clock_set_back_26_h_lies_on_the_day_the_clock_now_says() -> None:
    desk = Desk()
    desk.work(30 * 60)  # 08:00-08:30 on 2 March
    desk.clock.jump_wall(-26 * 3600)  # 06:30 on 1 March
    desk.work(30 * 60)
    desk.idle(6 * 60)
    (bout,) = desk.bouts
    assert bout.seconds == pytest.approx(60 * 60, abs=10)  # what the monotonic clock saw
    assert bout.start.date() == bout.end.date() == (START - timedelta(days=1)).date()
    assert bout.end <= desk.clock.now()


def test_stood_up_ends_the_bout_now_and_next_input_starts_another() -> None:
    desk = Desk()
    desk.work(45 * 60)
    desk.tracker.stood_up()
    assert desk.bouts[0].end_reason is EndReason.STOOD_UP
    assert desk.bouts[0].end == desk.clock.now()
    desk.clock.advance(5)
    desk.tracker.observe_idle(4)  # the click on "Done" itself
    assert desk.tracker.state() is State.AWAY
    desk.clock.advance(120)
    desk.tracker.observe_idle(1)
    assert desk.tracker.state() is State.SITTING


def test_standing_is_not_sitting() -> None:
    desk = Desk()
    desk.work(10 * 60)
    desk.tracker.set_standing(True)
    desk.work(20 * 60)
    assert desk.tracker.state() is State.STANDING
    assert desk.tracker.bout_seconds() == 0
    assert desk.tracker.standing_seconds() == pytest.approx(20 * 60, abs=5)
    desk.tracker.set_standing(False)
    assert [b.posture for b in desk.bouts] == [Posture.SITTING, Posture.STANDING]
    assert desk.bouts[0].end_reason is EndReason.POSTURE
    assert desk.tracker.state() is State.SITTING


def test_pause_holds_prompts_not_tracking_and_expires() -> None:
    desk = Desk()
    desk.work(60)
    desk.tracker.pause(desk.clock.now() + timedelta(minutes=30))
    desk.work(10 * 60)
    assert desk.tracker.state() is State.PAUSED
    assert desk.tracker.bout_seconds() == pytest.approx(11 * 60, abs=5)
    desk.work(21 * 60)
    assert desk.tracker.state() is State.SITTING


def test_a_touch_in_passing_is_not_a_bout() -> None:
    desk = Desk()
    desk.idle(10 * 60)
    desk.clock.advance(5)
    desk.tracker.observe_idle(0)
    desk.last_input = desk.clock.now()
    desk.idle(6 * 60)
    assert desk.bouts == []
    assert desk.tracker.state() is State.AWAY


def test_quit_closes_the_open_bout() -> None:
    desk = Desk()
    desk.work(5 * 60)
    bout = desk.tracker.stop()
    assert bout is not None
    assert bout.end_reason is EndReason.QUIT
    assert desk.tracker.state() is State.AWAY


def test_a_working_day() -> None:
    """08:00-17:00 with a coffee break, lunch, a meeting with the screen locked."""
    desk = Desk()
    desk.work(95 * 60)  # 08:00-09:35
    desk.idle(15 * 60)  # coffee
    desk.work(110 * 60)  # -11:40
    desk.tracker.lock()
    desk.clock.advance(60 * 60)  # lunch, locked
    desk.tracker.unlock()
    desk.last_input = desk.clock.now()
    desk.work(60 * 60)  # -13:40
    desk.idle(3 * 60)  # reading: still sitting
    desk.work(57 * 60)  # -14:40
    desk.tracker.set_standing(True)
    desk.work(30 * 60)
    desk.tracker.set_standing(False)
    desk.work(100 * 60)
    desk.tracker.stop()
    sitting = [b for b in desk.bouts if b.posture is Posture.SITTING]
    assert [round(minutes(b)) for b in sitting] == [95, 110, 120, 100]
    assert [b.end_reason for b in sitting] == [
        EndReason.AWAY,
        EndReason.LOCK,
        EndReason.POSTURE,
        EndReason.QUIT,
    ]
    standing = [b for b in desk.bouts if b.posture is Posture.STANDING]
    assert [round(minutes(b)) for b in standing] == [30]
    for earlier, later in pairwise(desk.bouts):
        assert earlier.end <= later.start
