"""The notification channel: the window's signals, the window's timeout."""

from __future__ import annotations

from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.ui.notification_prompts import NotificationPrompts
from tests.support.notify import FakeNotifier
from tests.support.waiting import wait_until


def _stand():
    return prompt_text(PromptKind.STAND, snooze_minutes=5, sitting_seconds=3000)


def _channel(qapp, **kwargs):
    notifier = FakeNotifier(**kwargs)
    channel = NotificationPrompts(notifier)
    seen: list[str] = []
    channel.answered.connect(seen.append)
    channel.routine_requested.connect(lambda: seen.append("routine"))
    channel.open_requested.connect(lambda: seen.append("open"))
    return channel, notifier, seen


def test_second_buttons_follow_what_the_app_has(qapp):
    channel, notifier, _ = _channel(qapp)
    channel.show_prompt(_stand(), 60)
    assert "routine" not in [a.value for a, _ in notifier.posted[-1].buttons]
    channel.set_available(routine=True, guide=True)
    channel.show_prompt(_stand(), 60)
    assert "routine" in [a.value for a, _ in notifier.posted[-1].buttons]


def test_an_unanswered_prompt_is_missed_and_taken_away(qapp):
    channel, notifier, seen = _channel(qapp)
    channel.show_prompt(_stand(), 1)
    wait_until(lambda: seen, 5, what="the prompt's timeout")
    assert seen == [Outcome.MISSED.value]
    assert notifier.removed == 1
    assert not channel.showing


def test_an_answer_stops_the_timeout(qapp):
    channel, notifier, seen = _channel(qapp)
    channel.set_available(routine=True, guide=False)
    channel.show_prompt(_stand(), 1)
    notifier.press("routine")
    assert seen == ["routine"]
    assert not channel._timeout.isActive()


def test_a_click_without_buttons_asks_to_open_sitbreak_and_keeps_the_prompt(qapp):
    channel, notifier, seen = _channel(qapp, buttons=False)
    channel.show_prompt(_stand(), 60)
    assert notifier.posted[-1].buttons == ()
    notifier.press("default")
    assert seen == ["open"]
    assert channel.showing
    channel.withdraw()
    assert notifier.removed == 1
