"""The status window's words: each state said in full, in lines that keep their place.

The window has one layout for every state: a headline, a line about prompts, a bar
with its caption and a line for today so far. Each function here fills one of them
for any state, so nothing appears or disappears when the state changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitbreak.core.clock import Clock
from sitbreak.core.prompt_text import (
    away_phrase,
    bout_progress_text,
    format_duration,
    next_prompt_phrase,
    status_summary,
)
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status

if TYPE_CHECKING:  # the tray does not load the stats until the numbers are asked for
    from sitbreak.core.stats import DayStats


def headline(status: Status, clock: Clock) -> str:
    """What the user is doing: "Sitting 38 min", "Away for 12 min", "Standing 5 min"."""
    if status.state is State.SITTING:
        return f"Sitting {format_duration(status.bout_seconds)}"
    if status.state is State.AWAY:
        return away_phrase(status)
    # standing and paused already say it in a few words
    return status_summary(status, clock).split(" · ")[0]


def prompt_line(status: Status) -> str:
    """What comes next in the way of prompts."""
    if status.state is State.AWAY:
        return "On a break: no prompts until you are back"
    if status.state is State.STANDING:
        return "Standing: no stand-up prompts until you sit again"
    if status.state is State.PAUSED:
        return "No prompts until then; your sitting time is still counted"
    overdue = status.stand_after_seconds > 0 and status.bout_seconds >= status.stand_after_seconds
    nxt = next_prompt_phrase(status)
    if overdue and status.next_prompt_kind in (PromptKind.STAND, None):
        return "Time to stand up"
    if nxt is None:
        return "No prompt planned (outside work hours or quiet hours)"
    return f"Time to stand up · {nxt}" if overdue else f"Next: {nxt}"


def progress_caption(status: Status) -> str:
    """The line under the bar."""
    if status.state is State.AWAY:
        return "Sitting time starts again from zero when you are back"
    if status.state is State.STANDING:
        return "Standing is not counted as sitting"
    return bout_progress_text(status)


def today_line(day: DayStats | None) -> str:
    """ "Today so far: 3 h 47 min sitting · 3 breaks · 4 squeezes"."""
    if day is None:
        return "Today so far: not available (see the log)"
    breaks = f"{day.breaks} break" if day.breaks == 1 else f"{day.breaks} breaks"
    squeezes = f"{day.squeezes} squeeze" if day.squeezes == 1 else f"{day.squeezes} squeezes"
    return f"Today so far: {format_duration(day.sitting_seconds)} sitting · {breaks} · {squeezes}"
