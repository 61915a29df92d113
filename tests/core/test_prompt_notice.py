"""A prompt as a notification says what the window says and offers the same answers."""

from __future__ import annotations

from sitbreak.core.prompt_notice import ANSWERS, NoticeAction, prompt_notice
from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import Outcome, PromptKind


def _labels(notice):
    return [label for _action, label in notice.buttons]


def test_buttons_match_the_prompt_window_labels():
    text = prompt_text(PromptKind.ROUTINE, snooze_minutes=30)
    notice = prompt_notice(text, 120, with_buttons=True, routine_available=True)
    assert _labels(notice) == ["Start the routine", "Snooze 30 min", "Not today"]
    assert notice.title == "Time for your glute routine"
    assert notice.timeout_ms == 120_000
    assert not notice.critical


def test_second_buttons_only_where_the_window_offers_them():
    stand = prompt_text(PromptKind.STAND, snooze_minutes=5, sitting_seconds=3000)
    squeeze = prompt_text(PromptKind.SQUEEZE, snooze_minutes=10)
    with_routine = prompt_notice(stand, 60, with_buttons=True, routine_available=True)
    assert NoticeAction.ROUTINE in dict(with_routine.buttons)
    without = prompt_notice(stand, 60, with_buttons=True, routine_available=False)
    assert NoticeAction.ROUTINE not in dict(without.buttons)
    guided = prompt_notice(squeeze, 60, with_buttons=True, routine_available=True)
    assert NoticeAction.ROUTINE not in dict(guided.buttons)  # squeezes offer no routine
    assert NoticeAction.GUIDE not in dict(guided.buttons)  # and no guide unless available


def test_only_the_urgent_stand_prompt_is_critical():
    urgent_stand = prompt_text(PromptKind.STAND, snooze_minutes=5, urgent=True, snooze_count=3)
    urgent_squeeze = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5, urgent=True, snooze_count=3)
    assert prompt_notice(urgent_stand, 60, with_buttons=True).critical
    assert not prompt_notice(urgent_squeeze, 60, with_buttons=True).critical


def test_without_buttons_the_body_says_how_to_answer():
    text = prompt_text(PromptKind.SQUEEZE, snooze_minutes=10)
    notice = prompt_notice(text, 60, with_buttons=False, guide_available=True)
    assert notice.buttons == ()
    assert text.instruction in notice.body
    assert notice.body.endswith("Click this notification to answer in Sitbreak.")


def test_answer_buttons_mean_what_the_window_buttons_mean():
    assert ANSWERS == {
        NoticeAction.DONE: Outcome.ACCEPTED,
        NoticeAction.SNOOZE: Outcome.SNOOZED,
        NoticeAction.SKIP: Outcome.SKIPPED,
    }
