"""RoutinePlayer: every step a user sees, on a fake clock."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import Exercise, Tempo
from sitbreak.core.routine_player import (
    GET_READY_SECONDS,
    SWITCH_SIDE_SECONDS,
    Event,
    ExerciseDone,
    Finished,
    Phase,
    PhaseChanged,
    RepDone,
    RoutinePlayer,
    SetDone,
)
from tests.support.exercises import make_exercise, run_to_end

REST_BETWEEN_EXERCISES = 20.0


def make_player(*exercises: Exercise, clock: FakeClock | None = None) -> RoutinePlayer:
    return RoutinePlayer(
        exercises or (make_exercise(),),
        clock or FakeClock(),
        rest_between_exercises_seconds=REST_BETWEEN_EXERCISES,
    )


def phases(events: list[Event]) -> list[tuple[Phase, int, int, str]]:
    return [
        (e.step.phase, e.step.set_number, e.step.rep_number, e.step.side)
        for e in events
        if isinstance(e, PhaseChanged)
    ]


def test_a_rep_goes_get_ready_lift_hold_lower_with_rest_between_reps() -> None:
    clock = FakeClock()
    player = make_player(make_exercise(sets=1, reps=2), clock=clock)
    events = player.start() + run_to_end(player, clock)
    assert phases(events) == [
        (Phase.GET_READY, 1, 1, "both"),
        (Phase.LIFT, 1, 1, "both"),
        (Phase.HOLD, 1, 1, "both"),
        (Phase.LOWER, 1, 1, "both"),
        (Phase.REP_REST, 1, 1, "both"),
        (Phase.LIFT, 1, 2, "both"),
        (Phase.HOLD, 1, 2, "both"),
        (Phase.LOWER, 1, 2, "both"),
    ]
    assert isinstance(events[-1], Finished)


def test_get_ready_counts_down_then_the_first_lift_starts() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    player.start()
    clock.advance(2)
    snap = player.snapshot()
    assert snap.phase is Phase.GET_READY
    assert snap.phase_seconds_remaining == pytest.approx(GET_READY_SECONDS - 2)
    assert snap.phase_progress == pytest.approx(2 / GET_READY_SECONDS)
    assert player.seconds_to_next_change() == pytest.approx(GET_READY_SECONDS - 2)
    clock.advance(GET_READY_SECONDS - 2)
    assert phases(player.advance_to_now()) == [(Phase.LIFT, 1, 1, "both")]
    clock.advance(0.5)
    snap = player.snapshot()
    assert (snap.phase, snap.rep_number, snap.set_number) == (Phase.LIFT, 1, 1)
    assert snap.phase_progress == pytest.approx(0.5)


def test_rest_between_sets_counts_down_and_then_set_two_begins() -> None:
    clock = FakeClock()
    player = make_player(make_exercise(sets=2, reps=1, rest_seconds=10), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 1 + 2 + 1.5)  # one whole rep
    events = player.advance_to_now()
    assert RepDone(0, 1, 1, "both") in events
    assert SetDone(0, 1) in events
    snap = player.snapshot()
    assert snap.phase is Phase.SET_REST
    assert snap.phase_seconds_remaining == pytest.approx(10)
    clock.advance(10)
    assert phases(player.advance_to_now()) == [(Phase.LIFT, 2, 1, "both")]


def test_hold_exercise_holds_each_rep_for_its_hold_time() -> None:
    clock = FakeClock()
    squeeze = make_exercise(
        "seated_squeeze",
        sets=1,
        reps=2,
        hold_seconds=5,
        tempo=Tempo(lift=1, hold=0, lower=1, rest_between_reps=2),
    )
    player = make_player(squeeze, clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 1)
    player.advance_to_now()
    snap = player.snapshot()
    assert snap.phase is Phase.HOLD
    assert snap.phase_seconds_remaining == pytest.approx(5)
    clock.advance(4)
    assert player.snapshot().phase_seconds_remaining == pytest.approx(1)
    assert player.total_seconds == pytest.approx(GET_READY_SECONDS + 7 + 2 + 7)


def test_zero_length_phases_are_left_out() -> None:
    clock = FakeClock()
    quick = make_exercise(sets=1, reps=2, tempo=Tempo(lift=1, hold=0, lower=1))
    player = make_player(quick, clock=clock)
    events = player.start() + run_to_end(player, clock)
    assert [p for p, *_ in phases(events)] == [
        Phase.GET_READY,
        Phase.LIFT,
        Phase.LOWER,
        Phase.LIFT,
        Phase.LOWER,
    ]


def test_per_side_exercise_alternates_left_and_right_within_each_set() -> None:
    clock = FakeClock()
    clam = make_exercise("clam_shell", sets=2, reps=1, per_side=True)
    player = make_player(clam, clock=clock)
    events = player.start() + run_to_end(player, clock)
    lifts = [(s, side) for p, s, _, side in phases(events) if p is Phase.LIFT]
    assert lifts == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    switches = [(s, side) for p, s, _, side in phases(events) if p is Phase.SWITCH_SIDE]
    assert switches == [(1, "right"), (2, "right")]
    # A set is done only once both sides are.
    done = [(e.set_number, e.side) for e in events if isinstance(e, RepDone)]
    assert done == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    set_events = [e for e in events if isinstance(e, SetDone)]
    assert [e.set_number for e in set_events] == [1, 2]
    assert events.index(set_events[0]) > events.index(RepDone(0, 1, 1, "right"))
    summary = player.summary
    assert summary is not None
    assert (summary.reps_done, summary.sets_done) == (4, 2)


def test_rest_between_exercises_then_the_next_exercise_gets_ready() -> None:
    clock = FakeClock()
    player = make_player(
        make_exercise("bridge", sets=1, reps=1), make_exercise("clam", sets=1, reps=1), clock=clock
    )
    player.start()
    clock.advance(GET_READY_SECONDS + 4.5)
    events = player.advance_to_now()
    assert ExerciseDone(0) in events
    snap = player.snapshot()
    assert snap.phase is Phase.EXERCISE_REST
    assert snap.next_exercise is not None
    assert snap.next_exercise.id == "clam"
    clock.advance(REST_BETWEEN_EXERCISES)
    player.advance_to_now()
    snap = player.snapshot()
    assert (snap.phase, snap.exercise.id, snap.exercise_index, snap.exercise_total) == (
        Phase.GET_READY,
        "clam",
        1,
        2,
    )


def test_total_duration_estimate_is_exact_for_an_unpaused_run() -> None:
    clock = FakeClock()
    exercises = (
        make_exercise("a", sets=3, reps=4, per_side=True),
        make_exercise("b", sets=2, reps=5, hold_seconds=3),
        make_exercise("c", sets=1, reps=2),
    )
    player = make_player(*exercises, clock=clock)
    estimate = player.snapshot().routine_seconds_remaining
    assert estimate == player.total_seconds
    player.start()
    clock.advance(estimate - 0.01)
    player.advance_to_now()
    assert not player.finished
    assert player.snapshot().routine_seconds_remaining == pytest.approx(0.01)
    clock.advance(0.01)
    assert isinstance(player.advance_to_now()[-1], Finished)
    summary = player.summary
    assert summary is not None
    assert summary.active_seconds == pytest.approx(estimate)
    assert summary.wall_seconds == pytest.approx(estimate)


def test_estimate_counts_every_step_exactly() -> None:
    clock = FakeClock()
    ex = make_exercise(sets=2, reps=3, per_side=True, rest_seconds=15)
    player = make_player(ex, ex, clock=clock)
    # per exercise: ready + 2 sets x 2 sides x (3 reps x 4.5 + 2 rest x 0.5) + 1 switch per set
    # + 1 set rest; one rest between the two exercises.
    per_exercise = GET_READY_SECONDS + 2 * (2 * (3 * 4.5 + 2 * 0.5) + SWITCH_SIDE_SECONDS) + 15
    assert player.total_seconds == pytest.approx(2 * per_exercise + REST_BETWEEN_EXERCISES)


def test_a_late_wake_up_walks_every_step_and_counts_every_rep() -> None:
    clock = FakeClock()
    player = make_player(make_exercise(sets=2, reps=3), clock=clock)
    player.start()
    clock.advance(3600)  # the machine was busy; the UI wakes up late
    events = player.advance_to_now()
    assert sum(isinstance(e, RepDone) for e in events) == 6
    assert sum(isinstance(e, SetDone) for e in events) == 2
    assert isinstance(events[-1], Finished)
    assert player.snapshot().routine_seconds_remaining == 0
    summary = player.summary
    assert summary is not None
    assert summary.active_seconds == pytest.approx(player.total_seconds)


def test_paused_time_does_not_count() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    player.start()
    clock.advance(2)
    player.pause()
    assert player.snapshot().paused
    assert player.seconds_to_next_change() is None
    clock.advance(600)
    assert player.advance_to_now() == []
    snap = player.snapshot()
    assert snap.phase is Phase.GET_READY
    assert snap.phase_seconds_remaining == pytest.approx(GET_READY_SECONDS - 2)
    player.resume()
    assert not player.snapshot().paused
    clock.advance(GET_READY_SECONDS - 2 - 0.1)
    assert player.advance_to_now() == []
    clock.advance(0.1)
    assert phases(player.advance_to_now()) == [(Phase.LIFT, 1, 1, "both")]
    assert player.snapshot().routine_seconds_remaining == pytest.approx(
        player.total_seconds - GET_READY_SECONDS
    )


def test_a_paused_run_takes_its_estimate_plus_the_pause() -> None:
    clock = FakeClock()
    player = make_player(make_exercise(sets=1, reps=2), clock=clock)
    player.start()
    clock.advance(3)
    player.toggle_pause()
    clock.advance(100)
    player.toggle_pause()
    run_to_end(player, clock)
    summary = player.summary
    assert summary is not None
    assert summary.active_seconds == pytest.approx(player.total_seconds)
    assert summary.wall_seconds == pytest.approx(player.total_seconds + 100)


def test_pause_catches_up_first_so_reps_done_before_it_count() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 4.5)
    events = player.pause()
    assert RepDone(0, 1, 1, "both") in events
    assert player.results()[0].reps_done == 1


def test_skip_goes_to_the_next_exercise_without_counting_the_rest() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a", sets=2, reps=3), make_exercise("b"), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 4.5 + 0.5 + 1)  # one rep and a bit
    events = player.skip_exercise()
    assert phases(events)[-1] == (Phase.GET_READY, 1, 1, "both")
    snap = player.snapshot()
    assert (snap.exercise.id, snap.phase, snap.phase_seconds_remaining) == (
        "b",
        Phase.GET_READY,
        GET_READY_SECONDS,
    )
    first = player.results()[0]
    assert (first.reps_done, first.sets_done, first.completed) == (1, 0, False)
    b_alone = make_player(make_exercise("b")).total_seconds
    assert snap.routine_seconds_remaining == pytest.approx(b_alone)


def test_skip_during_the_rest_after_an_exercise_keeps_it_completed() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a", sets=1, reps=1), make_exercise("b"), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 4.5 + 1)
    player.advance_to_now()
    assert player.snapshot().phase is Phase.EXERCISE_REST
    player.skip_exercise()
    assert player.snapshot().exercise.id == "b"
    assert player.results()[0].completed


def test_skipping_to_the_end_without_doing_anything_is_not_a_completed_routine() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a"), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 1)
    events = player.skip_exercise()
    assert isinstance(events[-1], Finished)
    summary = events[-1].summary
    assert not summary.completed
    assert (summary.exercises_completed, summary.reps_done) == (0, 0)
    snapshot = player.snapshot()
    assert snapshot.finished
    assert not snapshot.completed
    # the bar shows how far the stopped routine got, not a full one
    assert snapshot.routine_progress == pytest.approx(
        (GET_READY_SECONDS + 1) / player.total_seconds
    )


def test_skipping_the_last_exercise_after_doing_the_others_completes_the_routine() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a", sets=1, reps=1), make_exercise("b"), clock=clock)
    player.start()
    clock.advance(player._exercise_starts[1] + 1)  # "a" done, into "b"'s countdown
    player.advance_to_now()
    assert player.results()[0].completed
    events = player.skip_exercise()
    assert isinstance(events[-1], Finished)
    assert events[-1].summary.completed
    assert events[-1].summary.exercises_completed == 1
    assert player.snapshot().completed
    assert player.snapshot().routine_progress == 1.0


def test_previous_restarts_the_current_exercise_once_it_is_under_way() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a"), make_exercise("b"), clock=clock)
    player.start()
    player.skip_exercise()
    clock.advance(GET_READY_SECONDS + 2)
    player.advance_to_now()
    events = player.previous_exercise()
    assert phases(events) == [(Phase.GET_READY, 1, 1, "both")]
    snap = player.snapshot()
    assert (snap.exercise.id, snap.phase_seconds_remaining) == ("b", GET_READY_SECONDS)


def test_previous_during_the_countdown_goes_to_the_exercise_before() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a"), make_exercise("b"), clock=clock)
    player.start()
    player.skip_exercise()
    clock.advance(1)
    player.previous_exercise()
    assert player.snapshot().exercise.id == "a"
    # On the first exercise's countdown it simply starts that countdown again.
    clock.advance(1)
    player.previous_exercise()
    snap = player.snapshot()
    assert (snap.exercise.id, snap.phase_seconds_remaining) == ("a", GET_READY_SECONDS)


def test_reps_of_a_redone_exercise_are_counted_once() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a", sets=1, reps=2), make_exercise("b"), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 4.5)
    player.previous_exercise()  # did one rep, starts again
    clock.advance(GET_READY_SECONDS + 4.5 + 0.5 + 4.5)
    player.advance_to_now()
    result = player.results()[0]
    assert (result.reps_done, result.sets_done, result.completed) == (2, 1, True)


def test_restart_begins_again_with_nothing_counted() -> None:
    clock = FakeClock()
    player = make_player(make_exercise("a"), make_exercise("b"), clock=clock)
    player.start()
    clock.advance(GET_READY_SECONDS + 10)
    player.advance_to_now()
    player.pause()
    events = player.restart()
    assert phases(events) == [(Phase.GET_READY, 1, 1, "both")]
    snap = player.snapshot()
    assert (snap.exercise_index, snap.paused, snap.routine_seconds_remaining) == (
        0,
        False,
        player.total_seconds,
    )
    assert all(r.reps_done == 0 for r in player.results())
    run_to_end(player, clock)
    summary = player.summary
    assert summary is not None
    assert summary.active_seconds == pytest.approx(player.total_seconds)


def test_restart_after_finishing_plays_again() -> None:
    clock = FakeClock()
    player = make_player(make_exercise(sets=1, reps=1), clock=clock)
    player.start()
    run_to_end(player, clock)
    assert player.finished
    player.restart()
    assert player.in_progress
    assert player.summary is None


def test_abandoning_midway_counts_what_was_done() -> None:
    clock = FakeClock()
    player = make_player(
        make_exercise("a", sets=1, reps=2), make_exercise("b", sets=2, reps=3), clock=clock
    )
    player.start()
    first = GET_READY_SECONDS + 4.5 + 0.5 + 4.5 + REST_BETWEEN_EXERCISES
    clock.advance(first + GET_READY_SECONDS + 4.5 + 0.5 + 1)  # exercise a, one rep of b
    events = player.abandon()
    assert isinstance(events[-1], Finished)
    summary = events[-1].summary
    assert not summary.completed
    assert (summary.exercises_completed, summary.reps_done, summary.sets_done) == (1, 3, 1)
    assert [r.reps_done for r in summary.results] == [2, 1]
    assert summary.active_seconds == pytest.approx(first + GET_READY_SECONDS + 6)
    assert player.finished
    assert player.seconds_to_next_change() is None
    # Nothing moves after the end.
    clock.advance(100)
    assert player.advance_to_now() == []
    assert player.skip_exercise() == []
    assert player.pause() == []


def test_abandoning_while_paused_does_not_count_the_pause() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    player.start()
    clock.advance(3)
    player.pause()
    clock.advance(500)
    summary = player.abandon()[-1]
    assert isinstance(summary, Finished)
    assert summary.summary.active_seconds == pytest.approx(3)
    assert summary.summary.wall_seconds == pytest.approx(503)


def test_finish_summary_of_a_full_run() -> None:
    clock = FakeClock()
    player = make_player(
        make_exercise("a", sets=3, reps=4, per_side=True),
        make_exercise("b", sets=2, reps=5),
        clock=clock,
    )
    events = player.start() + run_to_end(player, clock)
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1
    summary = finished[0].summary
    assert summary.completed
    assert summary.exercises_total == 2
    assert summary.exercises_completed == 2
    assert summary.reps_done == 3 * 4 * 2 + 2 * 5
    assert summary.sets_done == 5
    assert [e.exercise_index for e in events if isinstance(e, ExerciseDone)] == [0, 1]
    snap = player.snapshot()
    assert snap.finished
    assert not snap.paused
    assert snap.routine_progress == 1.0


def test_before_start_nothing_runs() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    clock.advance(100)
    assert player.advance_to_now() == []
    assert player.seconds_to_next_change() is None
    snap = player.snapshot()
    assert not snap.started
    assert snap.phase_seconds_remaining == GET_READY_SECONDS
    assert snap.routine_seconds_remaining == player.total_seconds


def test_routine_progress_grows_with_active_time() -> None:
    clock = FakeClock()
    player = make_player(clock=clock)
    player.start()
    clock.advance(player.total_seconds / 4)
    player.advance_to_now()
    assert player.snapshot().routine_progress == pytest.approx(0.25)


def test_an_exercise_without_reps_is_refused() -> None:
    with pytest.raises(ValueError, match="needs sets, reps"):
        make_player(replace(make_exercise(), reps=0))
    with pytest.raises(ValueError, match="at least one exercise"):
        RoutinePlayer((), FakeClock())


@st.composite
def routines(draw: st.DrawFn) -> tuple[Exercise, ...]:
    count = draw(st.integers(1, 3))
    tempos = st.builds(
        Tempo,
        lift=st.sampled_from([0.5, 1.0, 1.2]),
        hold=st.sampled_from([0.0, 1.0, 2.5]),
        lower=st.sampled_from([0.7, 1.8]),
        rest_between_reps=st.sampled_from([0.0, 0.4]),
    )
    return tuple(
        make_exercise(
            f"e{i}",
            sets=draw(st.integers(1, 3)),
            reps=draw(st.integers(1, 4)),
            per_side=draw(st.booleans()),
            hold_seconds=draw(st.sampled_from([None, 3.0])),
            tempo=draw(tempos),
            rest_seconds=draw(st.integers(0, 20)),
        )
        for i in range(count)
    )


@settings(max_examples=40, deadline=None)
@given(exercises=routines(), pauses=st.lists(st.floats(0.0, 0.99), max_size=3))
def test_any_routine_ends_exactly_at_its_estimate_however_it_is_paused(
    exercises: tuple[Exercise, ...], pauses: list[float]
) -> None:
    clock = FakeClock()
    player = make_player(*exercises, clock=clock)
    estimate = player.total_seconds
    player.start()
    for fraction in sorted(pauses):
        target = fraction * estimate
        now = player.position()
        if target > now:
            clock.advance(target - now)
        player.pause()
        assert player.paused
        clock.advance(50)
        player.resume()
    run_to_end(player, clock)
    summary = player.summary
    assert summary is not None
    assert summary.completed
    assert summary.active_seconds == pytest.approx(estimate)
    assert summary.wall_seconds == pytest.approx(estimate + 50 * len(pauses))
    assert summary.reps_done == sum(e.sets * e.reps * len(e.sides) for e in exercises)
    assert summary.sets_done == sum(e.sets for e in exercises)
    assert summary.exercises_completed == len(exercises)
