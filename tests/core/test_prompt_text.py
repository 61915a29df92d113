from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.prompt_text import (
    SAFETY_NOTE,
    bout_progress_text,
    format_clock,
    format_countdown,
    format_duration,
    manual_mode_line,
    prompt_text,
    status_summary,
    tooltip,
)
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status

BERLIN = timezone(timedelta(hours=1))  # in winter
CLOCK = FakeClock()


def sitting(bout_min: float, kind: PromptKind | None, due_in: float | None) -> Status:
    return Status(State.SITTING, bout_min * 60, 45 * 60, kind, due_in)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (-5, "0 s"),
        (45, "45 s"),
        (59.9, "59 s"),
        (60, "1 min"),
        (38 * 60 + 59, "38 min"),
        (3600, "1 h"),
        (3600 + 5 * 60, "1 h 05 min"),
        (2 * 3600 + 30 * 60 + 10, "2 h 30 min"),
    ],
)
def test_durations_read_naturally(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.2, "1 s"), (45, "45 s"), (60, "1 min"), (61, "2 min"), (6 * 60 + 30, "7 min")],
)
def test_countdowns_round_up_so_they_never_read_as_past(seconds: float, text: str) -> None:
    assert format_countdown(seconds) == text


def test_clock_countdown() -> None:
    assert format_clock(105) == "1:45"
    assert format_clock(9.2) == "0:10"
    assert format_clock(-1) == "0:00"


def test_sitting_summary_names_the_next_prompt_and_when() -> None:
    status = sitting(38.2, PromptKind.STAND, 6 * 60 + 40)
    assert status_summary(status, CLOCK) == "Sitting 38 min · stand-up prompt in 7 min"
    assert (
        status_summary(sitting(12, PromptKind.SQUEEZE, 30), CLOCK)
        == "Sitting 12 min · squeeze in 30 s"
    )
    assert (
        status_summary(sitting(20, PromptKind.SQUEEZE, 0), CLOCK) == "Sitting 20 min · squeeze now"
    )
    assert status_summary(sitting(5, None, None), CLOCK) == "Sitting 5 min"


def test_overdue_sitting_says_to_stand_up_once() -> None:
    status = sitting(65, PromptKind.STAND, 120)
    assert status_summary(status, CLOCK) == "Sitting 1 h 05 min · time to stand up"
    with_squeeze = sitting(65, PromptKind.SQUEEZE, 120)
    assert (
        status_summary(with_squeeze, CLOCK)
        == "Sitting 1 h 05 min · time to stand up · squeeze in 2 min"
    )


def test_other_states() -> None:
    away = Status(State.AWAY, 0, 2700, None, None)
    assert status_summary(away, CLOCK).startswith("Away")
    standing = Status(State.STANDING, 0, 2700, None, None, standing_seconds=725)
    assert status_summary(standing, CLOCK) == "Standing 12 min"
    paused = Status(State.PAUSED, 0, 2700, None, None)
    assert status_summary(paused, CLOCK) == "Prompts paused until you resume"


def test_pause_end_is_local_time_with_the_day_when_not_today() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC), zone=BERLIN)
    now = clock.now()
    today = Status(State.PAUSED, 600, 2700, None, None, paused_until=now + timedelta(minutes=30))
    assert status_summary(today, clock) == "Prompts paused until 13:30 · sitting 10 min"
    tomorrow = Status(
        State.PAUSED, 0, 2700, None, None, paused_until=datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
    )
    assert status_summary(tomorrow, clock) == "Prompts paused until Tue 07:00"


def test_tooltip_and_manual_mode() -> None:
    status = Status(State.SITTING, 600, 2700, PromptKind.SQUEEZE, 300, detection_note="no X11")
    assert manual_mode_line(status) == (
        "Can't see keyboard and mouse activity here; tell Sitbreak when you stand up"
    )
    assert tooltip(status, CLOCK).splitlines() == [
        "Sitbreak",
        "Sitting 10 min · squeeze in 5 min",
        "Can't see keyboard and mouse activity here; tell Sitbreak when you stand up",
    ]
    assert manual_mode_line(sitting(1, None, None)) is None
    assert len(tooltip(sitting(1, None, None), CLOCK).splitlines()) == 2


def test_bout_progress_caption() -> None:
    assert bout_progress_text(sitting(38, None, None)) == "38 min of 45 min before standing up"


def test_squeeze_prompt_teaches_hold_and_reps() -> None:
    text = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5)
    assert text.title == "Squeeze your glutes"
    assert (text.hold_seconds, text.reps) == (5, 10)
    assert "hold 5 s" in text.instruction
    assert "10 times" in text.instruction
    assert text.snooze_label == "Snooze 5 min"
    assert text.offers_guide
    assert not text.offers_routine
    assert not text.urgent
    assert text.note == SAFETY_NOTE


def test_stand_prompt_offers_sit_to_stands_and_the_routine() -> None:
    text = prompt_text(PromptKind.STAND, snooze_minutes=5, sitting_seconds=47 * 60)
    assert "47 min" in text.body
    assert "heels" in text.instruction
    assert "10 sit-to-stands" in text.instruction
    assert text.offers_routine
    assert not text.offers_guide
    assert text.accept_label == "I stood up"


def test_urgent_variants_say_how_often_it_was_snoozed() -> None:
    for kind in PromptKind:
        calm = prompt_text(kind, snooze_minutes=5)
        urgent = prompt_text(
            kind, snooze_minutes=2, urgent=True, snooze_count=3, sitting_seconds=4000
        )
        assert urgent.urgent
        assert urgent.title != calm.title
        assert "3 times" in urgent.body
        assert urgent.snooze_label == "Snooze 2 min"


def test_routine_prompt_and_notification_text() -> None:
    text = prompt_text(PromptKind.ROUTINE, snooze_minutes=10)
    assert text.title == "Time for your glute routine"
    assert text.accept_label == "Start the routine"
    assert text.skip_label == "Not today"
    squeeze = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5)
    assert squeeze.instruction in squeeze.notification_text
    assert squeeze.body in squeeze.notification_text


def test_pause_ends_follow_the_locales_clock_and_day_names() -> None:
    from sitbreak.core import i18n
    from sitbreak.core.prompt_text import weekday_time
    from sitbreak.core.status_text import headline

    days = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
    i18n.install_locale(lambda h, m: f"{h % 12 or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}",
                        days.__getitem__)  # fmt: skip
    try:
        assert weekday_time(datetime(2026, 12, 2, 21, 5)) == "Mi. 9:05 PM"
        clock = FakeClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
        later = Status(
            State.PAUSED, 0, 2700, None, None, paused_until=clock.now() + timedelta(hours=3)
        )
        assert "12:00 PM" in headline(later, clock)  # today: the time alone
        tomorrow = Status(
            State.PAUSED, 0, 2700, None, None, paused_until=clock.now() + timedelta(days=1)
        )
        assert "Do. 9:00 AM" in headline(tomorrow, clock)
    finally:
        i18n.install_locale(None, None)


def test_the_status_window_says_a_prompt_is_on_screen_rather_than_none_planned() -> None:
    from dataclasses import replace

    from sitbreak.core.status_text import prompt_line

    # a stand prompt is showing: nothing is scheduled next, but something is happening now
    waiting = Status(State.SITTING, 50 * 60, 45 * 60, None, None)
    assert prompt_line(replace(waiting, prompt_showing=PromptKind.STAND)) == (
        "A stand-up prompt is on screen now"
    )
    assert prompt_line(replace(waiting, prompt_showing=PromptKind.SQUEEZE)) == (
        "A squeeze prompt is on screen now"
    )
    assert prompt_line(waiting) == "Time to stand up"
