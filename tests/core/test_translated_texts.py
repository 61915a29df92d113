"""Every sentence of core goes through the translation hook when it is made.

A fake translator marks each text with its context; a text that bypasses the hook (an
f-string, a constant shown as it is) comes out without the mark and fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from sitbreak.core import i18n
from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import localized, safety_note
from sitbreak.core.prompt_notice import prompt_notice
from sitbreak.core.prompt_text import (
    backoff_line,
    format_about,
    format_countdown,
    format_duration,
    held_line,
    prompt_text,
    status_summary,
    tooltip,
)
from sitbreak.core.records import Outcome, Posture, PromptKind
from sitbreak.core.routine_overview import dose_text, overviews
from sitbreak.core.stats import (
    BreakKind,
    DayStats,
    Streaks,
    Timeline,
    TimelineBout,
    TimelineBreak,
    TimelinePrompt,
    Trend,
    day_cards,
    history_summary,
)
from sitbreak.core.status import State, Status
from sitbreak.core.status_text import headline, progress_caption, prompt_line, today_line
from sitbreak.core.timeline_view import (
    PromptCluster,
    bout_tooltip,
    break_tooltip,
    cluster_tooltip,
    describe_timeline,
)
from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
CLOCK = FakeClock(NOW)


def fake(context: str, source: str, disambiguation: str | None, n: int) -> str:
    text = source.replace("%n", f"<{n}>") if n >= 0 else source
    return f"[{context}] {text}"


@pytest.fixture(autouse=True)
def marking_translator() -> Iterator[None]:
    i18n.install(fake)
    yield
    i18n.install(None)


def test_durations_are_translated_patterns() -> None:
    assert format_duration(45) == "[Duration] 45 s"
    assert format_duration(7 * 60) == "[Duration] 7 min"
    assert format_duration(3600) == "[Duration] 1 h"
    assert format_duration(3900) == "[Duration] 1 h 05 min"
    assert format_countdown(0.2) == "[Duration] 1 s"
    assert format_about(134) == "[Duration] 2 min"


def test_the_status_line_is_translated_piece_by_piece() -> None:
    status = Status(State.SITTING, 38 * 60, 45 * 60, PromptKind.STAND, 7 * 60)
    assert status_summary(status, CLOCK) == (
        "[PromptText] Sitting [Duration] 38 min · [PromptText] stand-up prompt in [Duration] 7 min"
    )
    assert headline(status, CLOCK) == "[PromptText] Sitting [Duration] 38 min"
    assert prompt_line(status) == (
        "[StatusText] Next: [PromptText] stand-up prompt in [Duration] 7 min"
    )
    assert progress_caption(status) == (
        "[PromptText] [Duration] 38 min of [Duration] 45 min before standing up"
    )
    assert tooltip(status, CLOCK).splitlines()[1].startswith("[PromptText] Sitting")


@pytest.mark.parametrize("state", list(State))
def test_every_state_is_said_in_translated_words(state: State) -> None:
    paused_until = NOW + timedelta(days=1) if state is State.PAUSED else None
    status = Status(
        state, 600, 2700, PromptKind.SQUEEZE, 60, paused_until=paused_until, away_seconds=300
    )
    for text in (
        headline(status, CLOCK),
        prompt_line(status),
        progress_caption(status),
        status_summary(status, CLOCK),
    ):
        assert text.startswith("["), text
    if state is State.PAUSED:  # another day: the weekday is translated too
        assert "[Weekday] Tue" in headline(status, CLOCK)


@pytest.mark.parametrize("kind", list(PromptKind))
@pytest.mark.parametrize("urgent", [False, True])
def test_every_prompt_is_translated(kind: PromptKind, urgent: bool) -> None:
    text = prompt_text(kind, snooze_minutes=10, urgent=urgent, snooze_count=3, held_seconds=120)
    for part in (text.title, text.accept_label, text.skip_label, text.note, text.snooze_label):
        assert part.startswith("[PromptText] "), part
    assert text.body.startswith("[PromptText] Held back for [Duration] 2 min")
    assert text.instruction.startswith("[PromptText] ")
    if urgent:
        assert "snoozed <3> times." in text.body or "Snoozed <3> times." in text.body
    notice = prompt_notice(
        text, 60, with_buttons=True, routine_available=True, guide_available=True
    )
    assert all(label.startswith("[PromptText] ") for _, label in notice.buttons)
    plain = prompt_notice(text, 60, with_buttons=False)
    assert plain.body.endswith("[PromptNotice] Click this notification to answer in Sitbreak.")


def test_counts_get_n_through_the_plural_forms() -> None:
    day = DayStats(date(2026, 3, 2), sitting_seconds=3600, squeezes=1)
    assert today_line(day) == (
        "[StatusText] Today so far: [Duration] 1 h sitting · "
        "[StatusText] <0> breaks · [StatusText] <1> squeeze"
    )
    assert held_line(("call", "fullscreen")) == (
        "[PromptText] Prompts held: [PromptText] in a call, [PromptText] a full-screen window"
    )
    assert backoff_line(4, NOW + timedelta(hours=1), CLOCK) is not None
    assert "<4> prompts in a row" in str(backoff_line(4, NOW + timedelta(hours=1), CLOCK))


def test_stats_cards_and_history_are_translated() -> None:
    day = DayStats(
        date(2026, 3, 2),
        sitting_seconds=7 * 3600,
        standing_seconds=600,
        bouts=3,
        longest_bout_seconds=3600,
        bouts_over_limit=1,
        routines_completed=2,
        exercises_done=6,
    )
    for card in day_cards(day, 6 * 3600, 2700, date(2026, 3, 2)):
        assert card.title.startswith("[Stats] "), card
        assert card.detail.startswith("[Stats] "), card
    cards = {c.title: c for c in day_cards(day, 6 * 3600, 2700, date(2026, 3, 2))}
    assert cards["[Stats] Routine"].value == "[Stats] Done ×<2>"
    assert cards["[Stats] Routine"].detail == "[Stats] <6> exercises done"
    summary = history_summary([day], Streaks(3, 1), Trend(7, 7 * 3600, 6 * 3600), 2700)
    first, second = summary.splitlines()
    assert first.startswith("[Stats] Average [Duration] 7 h sitting a day")
    assert "[Stats] 17% more than the <7> days before" in first
    assert second.startswith("[Stats] Routine streak: [Stats] <3> days · [Stats] <1> day")


def test_timeline_words_are_translated() -> None:
    start = NOW.replace(hour=9)
    bout = TimelineBout(start, start + timedelta(minutes=50), Posture.SITTING, True, False)
    brk = TimelineBreak(bout.end, bout.end + timedelta(minutes=10), BreakKind.NATURAL)
    prompts = (
        TimelinePrompt(start, PromptKind.SQUEEZE, Outcome.ACCEPTED),
        TimelinePrompt(start + timedelta(minutes=1), PromptKind.STAND, Outcome.MISSED),
    )
    day = Timeline(date(2026, 3, 2), NOW, NOW, (bout,), (brk,), prompts)
    assert bout_tooltip(bout).startswith("[Timeline] Sitting 09:00–09:50 ([Duration] 50 min)")
    assert break_tooltip(brk).startswith("[Timeline] [Timeline] Natural break 09:50–10:00")
    one = cluster_tooltip(PromptCluster(prompts[:1]))
    assert one == "[Timeline] [Timeline] Squeeze prompt at 09:00: [Timeline] done"
    two = cluster_tooltip(PromptCluster(prompts)).splitlines()
    assert two[0].startswith("[Timeline] <2> prompts 09:00–09:01: ")
    assert two[1] == "[Timeline] 09:00 [Timeline] squeeze: [Timeline] done"
    described = describe_timeline(day)
    assert described.startswith("[Timeline] <1> sitting bout from 09:00 to 09:50")
    assert "[Timeline] <1> break." in described
    assert "[Timeline] <2> prompts: " in described


def test_exercise_and_routine_texts_are_translated_for_display() -> None:
    loaded = load_catalogue(resources_dir())
    shown = localized(loaded.catalogue)
    clam = shown.exercise("clam_shell")
    assert clam.id == "clam_shell"  # ids never change
    assert clam.name == "[Exercise] Clam shell"
    assert clam.cues[0] == "[Exercise] Keep your feet touching the whole time."
    for exercise in shown.exercises.values():
        texts = (exercise.name, exercise.summary, exercise.start_position)
        for text in (*texts, *exercise.cues, *exercise.muscles):
            assert text.startswith("[Exercise] "), text
    for routine in shown.routines.values():
        assert routine.name.startswith("[Routine] ")
        assert routine.description.startswith("[Routine] ")
    assert safety_note().startswith("[Exercise] This is general guidance")
    daily = {o.id: o for o in overviews(shown, {})}["daily"]
    assert daily.name == "[Routine] Daily glute activation"
    assert dose_text(daily.exercises[0]) == "[RoutineOverview] <1> set of 10 each side"
