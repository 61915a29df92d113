"""The status window's words: each state said in full, in lines that keep their place.

The window has one layout for every state: a headline, a line about prompts, a bar
with its caption and a line for today so far. Each function here fills one of them
for any state, so nothing appears or disappears when the state changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitbreak.core.clock import Clock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.prompt_text import (
    away_phrase,
    bout_progress_text,
    format_duration,
    next_prompt_phrase,
    paused_phrase,
    sitting_phrase,
    standing_phrase,
)
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status

if TYPE_CHECKING:  # the tray does not load the stats until the numbers are asked for
    from sitbreak.core.stats import DayStats


def headline(status: Status, clock: Clock) -> str:
    """What the user is doing: "Sitting 38 min", "Away for 12 min", "Standing 5 min"."""
    if status.state is State.SITTING:
        return sitting_phrase(status)
    if status.state is State.AWAY:
        return away_phrase(status)
    if status.state is State.STANDING:
        return standing_phrase(status)
    return paused_phrase(status, clock)


_ON_SCREEN = {  # one whole sentence per kind: a word put into a sentence translates badly
    PromptKind.STAND: QT_TRANSLATE_NOOP("StatusText", "A stand-up prompt is on screen now"),
    PromptKind.SQUEEZE: QT_TRANSLATE_NOOP("StatusText", "A squeeze prompt is on screen now"),
    PromptKind.ROUTINE: QT_TRANSLATE_NOOP("StatusText", "A routine prompt is on screen now"),
}


def prompt_line(status: Status) -> str:
    """What comes next in the way of prompts."""
    if status.state is State.AWAY:
        return translate("StatusText", "On a break: no prompts until you are back")
    if status.state is State.STANDING:
        return translate("StatusText", "Standing: no stand-up prompts until you sit again")
    if status.state is State.PAUSED:
        return translate("StatusText", "No prompts until then; your sitting time is still counted")
    if status.prompt_showing is not None:
        return translate("StatusText", _ON_SCREEN[status.prompt_showing])
    overdue = status.stand_after_seconds > 0 and status.bout_seconds >= status.stand_after_seconds
    nxt = next_prompt_phrase(status)
    if overdue and status.next_prompt_kind in (PromptKind.STAND, None):
        return translate("StatusText", "Time to stand up")
    if nxt is None:
        return translate("StatusText", "No prompt planned (outside work hours or quiet hours)")
    if overdue:
        pattern = translate("StatusText", "Time to stand up · {next}", "{next}: squeeze in 5 min")
    else:
        pattern = translate("StatusText", "Next: {next}", "{next}: squeeze in 5 min")
    return pattern.format(next=nxt)


def progress_caption(status: Status) -> str:
    """The line under the bar."""
    if status.state is State.AWAY:
        return translate("StatusText", "Sitting time starts again from zero when you are back")
    if status.state is State.STANDING:
        return translate("StatusText", "Standing is not counted as sitting")
    return bout_progress_text(status)


def today_line(day: DayStats | None) -> str:
    """ "Today so far: 3 h 47 min sitting · 3 breaks · 4 squeezes"."""
    if day is None:
        return translate("StatusText", "Today so far: not available (see the log)")
    # lupdate misses a call whose count is an attribute (day.breaks): plain names only
    n_breaks, n_squeezes = day.breaks, day.squeezes
    if n_breaks == 1:
        breaks = translate("StatusText", "%n break", None, n_breaks)
    else:
        breaks = translate("StatusText", "%n breaks", None, n_breaks)
    if n_squeezes == 1:
        squeezes = translate("StatusText", "%n squeeze", None, n_squeezes)
    else:
        squeezes = translate("StatusText", "%n squeezes", None, n_squeezes)
    return translate(
        "StatusText", "Today so far: {sitting} sitting · {breaks} · {squeezes}"
    ).format(sitting=format_duration(day.sitting_seconds), breaks=breaks, squeezes=squeezes)
