"""Daily stats on crafted days, with numbers worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitbreak.core.records import (
    BoutRecord,
    EndReason,
    ExerciseResult,
    Outcome,
    Posture,
    PromptKind,
    PromptRecord,
    RoutineSessionRecord,
    SessionStatus,
)
from sitbreak.core.stats import (
    BreakKind,
    DayStats,
    day_cards,
    day_stats,
    routine_dose,
    streaks,
    timeline,
    trend,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
LIMIT = 45 * 60
DAY = date(2026, 3, 2)


def at(day: date, hh: int, mm: int = 0, tz: timezone = CET) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)


def bout(
    start: datetime,
    end: datetime,
    reason: EndReason | None = EndReason.AWAY,
    posture: Posture = Posture.SITTING,
    bout_id: int = 0,
) -> BoutRecord:
    return BoutRecord(bout_id, start, end, posture, reason)


def prompt(kind: PromptKind, shown: datetime, outcome: Outcome | None) -> PromptRecord:
    answered = None if outcome is None else shown + timedelta(seconds=20)
    return PromptRecord(0, kind, shown, shown, answered, outcome, 0, False)


def session(
    started: datetime,
    status: SessionStatus,
    done: int,
    total: int = 6,
    routine: str = "daily",
    sets: int = 1,
) -> RoutineSessionRecord:
    exercises = tuple(ExerciseResult(f"ex{i}", sets, 10 * sets, i < done) for i in range(total))
    return RoutineSessionRecord(
        0, routine, "tray", started, started + timedelta(minutes=12), status, total, exercises
    )


def one_day(bouts=(), prompts=(), sessions=(), day: date = DAY) -> DayStats:
    (stats,) = day_stats([day], bouts, prompts, sessions, LIMIT)
    return stats


def test_an_ordinary_day_adds_up_by_hand() -> None:
    bouts = [
        bout(at(DAY, 9, 0), at(DAY, 9, 50), EndReason.STOOD_UP),  # 50 min, over 45
        bout(at(DAY, 10, 0), at(DAY, 10, 30), EndReason.AWAY),  # 30 min
        bout(at(DAY, 10, 30), at(DAY, 11, 0), EndReason.POSTURE),  # 30 min sitting
        bout(at(DAY, 11, 0), at(DAY, 11, 20), EndReason.LOCK, Posture.STANDING),  # 20 standing
        bout(at(DAY, 13, 0), at(DAY, 13, 40), EndReason.SUSPEND),  # 40 min
        bout(at(DAY, 14, 0), at(DAY, 14, 10), EndReason.QUIT),  # 10 min, not a break
    ]
    prompts = [
        prompt(PromptKind.SQUEEZE, at(DAY, 9, 20), Outcome.ACCEPTED),
        prompt(PromptKind.SQUEEZE, at(DAY, 9, 40), Outcome.SNOOZED),
        prompt(PromptKind.SQUEEZE, at(DAY, 9, 45), Outcome.ACCEPTED),
        prompt(PromptKind.STAND, at(DAY, 9, 45), Outcome.SNOOZED),
        prompt(PromptKind.STAND, at(DAY, 9, 50), Outcome.ACCEPTED),
        prompt(PromptKind.ROUTINE, at(DAY, 17, 0), Outcome.MISSED),
        prompt(PromptKind.ROUTINE, at(DAY, 17, 30), None),  # still on screen: not counted
    ]
    sessions = [
        session(at(DAY, 17, 5), SessionStatus.COMPLETED, done=6),
        session(at(DAY, 18, 0), SessionStatus.ABANDONED, done=2),
        session(at(DAY, 12, 0), SessionStatus.COMPLETED, 1, 1, routine="seated_squeeze"),
        session(at(DAY, 12, 30), SessionStatus.ABANDONED, 0, 1, routine="seated_squeeze"),
    ]
    s = one_day(bouts, prompts, sessions)

    assert s.sitting_seconds == (50 + 30 + 30 + 40 + 10) * 60
    assert s.standing_seconds == 20 * 60
    assert s.bouts == 5
    assert s.longest_bout_seconds == 50 * 60
    assert s.bouts_over_limit == 1
    assert dict(s.breaks_by_kind) == {
        BreakKind.PROMPTED: 1,
        BreakKind.NATURAL: 1,
        BreakKind.LOCK_SUSPEND: 1,  # the standing bout's lock is not a break from sitting
    }
    assert s.breaks == 3
    assert s.prompts[PromptKind.SQUEEZE][Outcome.ACCEPTED] == 2
    assert s.prompts[PromptKind.SQUEEZE][Outcome.SNOOZED] == 1
    assert s.prompts[PromptKind.STAND] == {
        Outcome.ACCEPTED: 1,
        Outcome.SNOOZED: 1,
        Outcome.SKIPPED: 0,
        Outcome.DISMISSED: 0,
        Outcome.MISSED: 0,
    }
    assert sum(s.prompts[PromptKind.ROUTINE].values()) == 1
    assert s.squeezes == 3  # two accepted prompts + one completed seated squeeze
    assert s.routines_completed == 1
    assert s.exercises_done == 6 + 2
    assert s.sitting_by_hour[9] == 50 * 60
    assert s.sitting_by_hour[10] == 60 * 60
    assert s.sitting_by_hour[11] == 0  # standing
    assert s.sitting_by_hour[13] == 40 * 60
    assert s.sitting_by_hour[14] == 10 * 60
    assert sum(s.sitting_by_hour) == s.sitting_seconds


def test_a_short_or_full_routine_is_the_routine_done_a_desk_break_is_not() -> None:
    s = one_day(
        sessions=[
            session(at(DAY, 8, 0), SessionStatus.COMPLETED, 6, routine="daily"),
            session(at(DAY, 12, 0), SessionStatus.COMPLETED, 6, routine="full", sets=3),
            session(at(DAY, 15, 0), SessionStatus.COMPLETED, 2, 2, routine="desk"),
        ]
    )
    assert s.routines_completed == 2
    assert s.exercises_done == 6 + 6 + 2  # the desk break's exercises still count
    desk_only = one_day(sessions=[session(at(DAY, 15, 0), SessionStatus.COMPLETED, 2, 2, "desk")])
    assert desk_only.routines_completed == 0


def test_exports_mark_the_full_routine() -> None:
    assert routine_dose(session(at(DAY, 8), SessionStatus.COMPLETED, 6, routine="full")) == "full"
    assert routine_dose(session(at(DAY, 8), SessionStatus.COMPLETED, 6)) == "short"
    # a daily session from before the daily routine became short was the full dose
    old = session(at(DAY, 8), SessionStatus.COMPLETED, 6, sets=3)
    assert routine_dose(old) == "full"
    assert routine_dose(session(at(DAY, 8), SessionStatus.COMPLETED, 2, 2, "desk")) is None


def test_a_day_without_a_routine_says_not_yet_only_while_it_lasts() -> None:
    def routine_card(day: date, today: date, sessions=()) -> tuple[str, str]:
        stats = one_day(sessions=sessions, day=day)
        card = {c.title: c for c in day_cards(stats, 6 * 3600, LIMIT, today)}["Routine"]
        return card.value, card.detail

    assert routine_card(DAY, DAY)[0] == "Not yet"
    assert routine_card(DAY, DAY + timedelta(days=1))[0] == "None"
    done = [session(at(DAY, 8), SessionStatus.COMPLETED, 6)]
    assert routine_card(DAY, DAY + timedelta(days=3), done) == ("Done", "6 exercises done")


def test_a_bout_across_midnight_is_split_between_the_days_and_hours() -> None:
    monday, tuesday = DAY, DAY + timedelta(days=1)
    late = bout(at(monday, 23, 15), at(tuesday, 1, 30), EndReason.AWAY)  # 2 h 15 min
    mon, tue = day_stats([monday, tuesday], [late], [], [], LIMIT)

    assert mon.sitting_seconds == 45 * 60
    assert tue.sitting_seconds == 90 * 60
    assert mon.sitting_by_hour[23] == 45 * 60
    assert tue.sitting_by_hour[0] == 60 * 60
    assert tue.sitting_by_hour[1] == 30 * 60
    # The bout is one 2 h 15 min bout on both days; its break belongs to the day it ended.
    assert mon.bouts == tue.bouts == 1
    assert mon.longest_bout_seconds == tue.longest_bout_seconds == 135 * 60
    assert mon.bouts_over_limit == tue.bouts_over_limit == 1
    assert mon.breaks == 0
    assert tue.breaks_by_kind[BreakKind.NATURAL] == 1


def test_the_spring_dst_day_has_23_hours() -> None:
    # Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST.
    dst = date(2026, 3, 29)
    whole_day = bout(at(dst, 0, 0, CET), at(dst + timedelta(days=1), 0, 0, CEST), EndReason.AWAY)
    (s,) = day_stats([dst], [whole_day], [], [], LIMIT)
    assert s.sitting_seconds == 23 * 3600


def test_the_autumn_dst_day_has_25_hours() -> None:
    # Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET.
    dst = date(2026, 10, 25)
    whole_day = bout(at(dst, 0, 0, CEST), at(dst + timedelta(days=1), 0, 0, CET), EndReason.AWAY)
    (s,) = day_stats([dst], [whole_day], [], [], LIMIT)
    assert s.sitting_seconds == 25 * 3600


def test_records_go_to_the_local_day_of_their_own_offset() -> None:
    # 23:30 UTC on 1 March is already 00:30 on 2 March in Berlin.
    utc_late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC).astimezone(CET)
    s = one_day([bout(utc_late, utc_late + timedelta(minutes=20))])
    assert s.sitting_seconds == 20 * 60
    assert s.sitting_by_hour[0] == 20 * 60


def test_an_empty_day_is_all_zero() -> None:
    s = one_day()
    assert s.sitting_seconds == 0
    assert s.bouts == 0
    assert s.breaks == 0
    assert s.longest_bout_seconds == 0
    assert s.sitting_by_hour == (0.0,) * 24
    assert not s.has_data


def test_a_day_only_standing_has_no_sitting_and_no_bouts() -> None:
    s = one_day([bout(at(DAY, 9), at(DAY, 12), EndReason.AWAY, Posture.STANDING)])
    assert s.standing_seconds == 3 * 3600
    assert s.sitting_seconds == 0
    assert s.bouts == 0
    assert s.bouts_over_limit == 0
    assert s.breaks == 0
    assert s.has_data


def test_an_open_bout_counts_up_to_its_last_saved_moment() -> None:
    s = one_day([bout(at(DAY, 9), at(DAY, 9, 25), reason=None)])
    assert s.sitting_seconds == 25 * 60
    assert s.bouts == 1
    assert s.breaks == 0


def history(routines: list[int], over: list[int], sitting: list[float] | None = None):
    sitting = sitting or [3600.0] * len(routines)
    return [
        DayStats(
            DAY + timedelta(days=i),
            sitting_seconds=sit,
            routines_completed=r,
            bouts_over_limit=o,
        )
        for i, (r, o, sit) in enumerate(zip(routines, over, sitting, strict=True))
    ]


def test_routine_streak_counts_days_in_a_row_and_today_not_done_yet_does_not_break_it() -> None:
    assert streaks(history([1, 0, 1, 1, 1], [0] * 5)).routine_days == 3
    assert streaks(history([1, 0, 1, 1, 0], [0] * 5)).routine_days == 2
    assert streaks(history([1, 1, 1, 0, 0], [0] * 5)).routine_days == 0


def test_under_limit_streak_skips_days_without_sitting() -> None:
    days = history([0] * 5, [1, 0, 0, 0, 0], sitting=[3600, 3600, 0, 3600, 3600])
    assert streaks(days).under_limit_days == 3
    days = history([0] * 3, [0, 0, 2])
    assert streaks(days).under_limit_days == 0


def test_trend_compares_tracked_days_with_the_period_before() -> None:
    sitting = [7200.0] * 7 + [3600.0, 5400.0, 0.0, 3600.0, 5400.0, 3600.0, 5400.0]
    t = trend(history([0] * 14, [0] * 14, sitting), 7)
    assert t.average_sitting_seconds == 4500.0  # days without sitting are left out
    assert t.previous_average_sitting_seconds == 7200.0
    assert t.change_fraction == -0.375
    short = trend(history([0] * 3, [0] * 3), 7)
    assert short.previous_average_sitting_seconds is None
    assert short.change_fraction is None


def test_timeline_clips_bouts_and_breaks_to_the_day_and_keeps_prompt_outcomes() -> None:
    prev = DAY - timedelta(days=1)
    bouts = [
        bout(at(prev, 23, 0), at(DAY, 0, 30), EndReason.AWAY),
        bout(at(DAY, 9, 0), at(DAY, 9, 50), EndReason.STOOD_UP),
        bout(at(DAY, 10, 0), at(DAY, 10, 20), reason=None),
    ]
    prompts = [
        prompt(PromptKind.STAND, at(DAY, 9, 45), Outcome.ACCEPTED),
        prompt(PromptKind.SQUEEZE, at(prev, 23, 30), Outcome.SKIPPED),
    ]
    tl = timeline(DAY, bouts, prompts, LIMIT, now=at(DAY, 10, 20))

    assert tl.start == at(DAY, 0)
    assert tl.end == at(DAY + timedelta(days=1), 0)
    assert [(b.start, b.end, b.over_limit, b.open) for b in tl.bouts] == [
        (at(DAY, 0), at(DAY, 0, 30), True, False),  # part of a 90-minute bout
        (at(DAY, 9), at(DAY, 9, 50), True, False),
        (at(DAY, 10), at(DAY, 10, 20), False, True),
    ]
    # The night after the first bout is a long break: a 20-minute stub that continues.
    assert [(b.start, b.end, b.kind, b.continues) for b in tl.breaks] == [
        (at(DAY, 0, 30), at(DAY, 0, 50), BreakKind.NATURAL, True),
        (at(DAY, 9, 50), at(DAY, 10), BreakKind.PROMPTED, False),
    ]
    assert [(p.kind, p.outcome) for p in tl.prompts] == [(PromptKind.STAND, Outcome.ACCEPTED)]


def test_a_break_still_going_lasts_until_now() -> None:
    tl = timeline(DAY, [bout(at(DAY, 9), at(DAY, 10), EndReason.LOCK)], [], LIMIT, at(DAY, 11))
    assert [(b.start, b.end, b.kind) for b in tl.breaks] == [
        (at(DAY, 10), at(DAY, 11), BreakKind.LOCK_SUSPEND)
    ]


def test_a_night_bout_across_midnight_and_the_dst_switch_keeps_both_days_right() -> None:
    # 23:00 CET on 28 March to 04:30 CEST on 29 March is 4 h 30 min of real time.
    sat, sun = date(2026, 3, 28), date(2026, 3, 29)
    night = bout(at(sat, 23, 0, CET), at(sun, 4, 30, CEST), EndReason.AWAY)
    first, second = day_stats([sat, sun], [night], [], [], LIMIT)
    assert first.sitting_seconds == 3600
    assert second.sitting_seconds == 3.5 * 3600
    assert first.sitting_by_hour[23] == 3600
    assert sum(second.sitting_by_hour) == 3.5 * 3600


def test_a_day_between_two_work_days_shows_no_break() -> None:
    friday, saturday, monday = DAY - timedelta(days=3), DAY - timedelta(days=2), DAY
    bouts = [
        bout(at(friday, 16), at(friday, 17), EndReason.LOCK),
        bout(at(monday, 9), at(monday, 10), EndReason.AWAY),
    ]
    assert timeline(saturday, bouts, [], LIMIT, at(monday, 10)).breaks == ()


@given(
    st.lists(
        st.tuples(
            st.integers(0, 3000),  # minutes of gap before the bout
            st.integers(0, 2000),  # minutes the bout lasts
            st.sampled_from(list(Posture)),
            st.sampled_from([CET, CEST]),
        ),
        max_size=12,
    )
)
def test_days_add_up_to_the_bouts_and_never_exceed_wall_time(spec) -> None:
    t = at(DAY, 0)
    bouts = []
    for gap, length, posture, tz in spec:
        start = (t + timedelta(minutes=gap)).astimezone(tz)
        end = start + timedelta(minutes=length)
        bouts.append(bout(start, end, EndReason.AWAY, posture))
        t = end
    days = [DAY + timedelta(days=i) for i in range(-1, 40)]
    stats = day_stats(days, bouts, [], [], LIMIT)
    sitting = sum(b.seconds for b in bouts if b.posture is Posture.SITTING)
    standing = sum(b.seconds for b in bouts if b.posture is Posture.STANDING)
    assert sum(s.sitting_seconds for s in stats) == pytest.approx(sitting)
    assert sum(s.standing_seconds for s in stats) == pytest.approx(standing)
    for s in stats:
        assert s.sitting_seconds + s.standing_seconds <= 25 * 3600
        assert sum(s.sitting_by_hour) == pytest.approx(s.sitting_seconds)
        assert s.longest_bout_seconds <= max((b.seconds for b in bouts), default=0)


def test_a_squeeze_guided_from_its_prompt_counts_once() -> None:
    moment = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    prompt = PromptRecord(1, PromptKind.SQUEEZE, moment, moment, moment, Outcome.ACCEPTED, 0, False)
    guided = RoutineSessionRecord(
        1, "seated_squeeze", "squeeze", moment, moment, SessionStatus.COMPLETED, 1, ()
    )
    from_tray = RoutineSessionRecord(
        2, "seated_squeeze", "tray", moment, moment, SessionStatus.COMPLETED, 1, ()
    )
    (day,) = day_stats([moment.date()], [], [prompt], [guided, from_tray], 45 * 60)
    assert day.squeezes == 2  # the prompt, and the squeeze guided from the tray
