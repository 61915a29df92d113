"""A prompt as a desktop notification: its words, its buttons and what each button means.

Pure, so the freedesktop notifier and the Notification portal say the same thing and a
button answers exactly as the prompt window's button of the same label does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.prompt_text import PromptText, guide_label, routine_label
from sitbreak.core.records import Outcome, PromptKind

NO_BUTTONS_HINT = QT_TRANSLATE_NOOP(
    "PromptNotice", "Click this notification to answer in Sitbreak."
)


class NoticeAction(StrEnum):
    """Action keys sent to the notification server; scripts never see them."""

    DONE = "done"
    SNOOZE = "snooze"
    SKIP = "skip"
    GUIDE = "guide"
    ROUTINE = "routine"
    OPEN = "default"  # a click on the notification itself (the spec's default action)


# The buttons that answer the prompt, as the window's Done / Snooze / Skip do.
ANSWERS: dict[NoticeAction, Outcome] = {
    NoticeAction.DONE: Outcome.ACCEPTED,
    NoticeAction.SNOOZE: Outcome.SNOOZED,
    NoticeAction.SKIP: Outcome.SKIPPED,
}


@dataclass(frozen=True)
class PromptNotice:
    title: str
    body: str
    buttons: tuple[tuple[NoticeAction, str], ...]  # (action, label), in the window's order
    critical: bool
    timeout_ms: int


def prompt_notice(
    text: PromptText,
    timeout_seconds: int,
    *,
    with_buttons: bool,
    routine_available: bool = False,
    guide_available: bool = False,
) -> PromptNotice:
    """The notification for a prompt; `with_buttons` is False where the server shows none."""
    if not with_buttons:
        hint = translate("PromptNotice", NO_BUTTONS_HINT)
        body = f"{text.body}\n{text.instruction}\n{hint}"
        return PromptNotice(text.title, body, (), _critical(text), timeout_seconds * 1000)
    buttons: list[tuple[NoticeAction, str]] = [(NoticeAction.DONE, text.accept_label)]
    if text.offers_routine and routine_available:
        buttons.append((NoticeAction.ROUTINE, routine_label()))
    if text.offers_guide and guide_available:
        buttons.append((NoticeAction.GUIDE, guide_label()))
    buttons += [(NoticeAction.SNOOZE, text.snooze_label), (NoticeAction.SKIP, text.skip_label)]
    body = f"{text.body}\n{text.instruction}"
    return PromptNotice(text.title, body, tuple(buttons), _critical(text), timeout_seconds * 1000)


def _critical(text: PromptText) -> bool:
    """Only the urgent stand prompt insists: critical notifications stay until answered."""
    return text.urgent and text.kind is PromptKind.STAND
