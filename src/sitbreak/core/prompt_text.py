"""Every user-facing sentence of the tray, the status window and the prompts.

Pure: the widgets ask here what to say and only lay it out. Durations read like
"45 s", "7 min", "1 h 05 min"; a countdown rounds up so it never says "in 0 min".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime

from sitbreak.core.clock import Clock
from sitbreak.core.holds import HoldReason
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status

SQUEEZE_HOLD_SECONDS = 5
SQUEEZE_REPS = 10
SIT_TO_STAND_REPS = 10
SAFETY_NOTE = "General guidance, not medical advice. Stop any exercise that hurts."
ROUTINE_LABEL = "Do the 2-minute routine"  # a stand prompt's second way to answer
GUIDE_LABEL = "Guide me"  # a squeeze prompt's: a guided seated squeeze
NO_TRAY_REASON = (
    "This desktop has no system tray, so Sitbreak shows this small window instead. "
    "Minimise it; closing it does not stop Sitbreak."
)

MANUAL_MODE_LINE = "Can't see keyboard and mouse activity here; tell Sitbreak when you stand up"
GNOME_TRAY_HINT = (
    "For a tray icon on GNOME, turn on the AppIndicator extension "
    "(package gnome-shell-extension-appindicator)."
)

# What the daily routine offer asks for (resources/routines/daily.toml).
DAILY_ROUTINE_DOSE = "One set of 10 of each, good form first"


def format_duration(seconds: float) -> str:
    """A length of time, rounded down: "45 s", "7 min", "1 h 05 min", "2 h"."""
    total = max(0, int(seconds))
    if total < 60:
        return f"{total} s"
    minutes = total // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h" if minutes == 0 else f"{hours} h {minutes:02d} min"


def format_countdown(seconds: float) -> str:
    """Time left, rounded up so a pending event never reads as past: 61 s -> "2 min"."""
    left = max(0.0, seconds)
    if left < 60:
        return f"{math.ceil(left)} s"
    return format_duration(math.ceil(left / 60) * 60)


def format_about(seconds: float) -> str:
    """A rough time left, to the nearest minute ("About 2 min left" for 2 min 14 s);
    under a minute in seconds, rounded up."""
    left = max(0.0, seconds)
    if left < 60:
        return f"{math.ceil(left)} s"
    return format_duration(math.floor(left / 60 + 0.5) * 60)


def format_clock(seconds: float) -> str:
    """A short m:ss countdown for the prompt's self-closing timer."""
    left = max(0, math.ceil(seconds))
    return f"{left // 60}:{left % 60:02d}"


_NEXT_NAME = {
    PromptKind.SQUEEZE: "squeeze",
    PromptKind.STAND: "stand-up prompt",
    PromptKind.ROUTINE: "daily routine",
}


def next_prompt_phrase(status: Status) -> str | None:
    """ "stand-up prompt in 7 min", "squeeze now", or None when nothing is planned."""
    kind, due_in = status.next_prompt_kind, status.next_prompt_in_seconds
    if kind is None or due_in is None:
        return None
    name = _NEXT_NAME[kind]
    if due_in < 1:
        return f"{name} now"
    return f"{name} in {format_countdown(due_in)}"


def _until(moment: datetime, clock: Clock) -> str:
    local = clock.to_local(moment)
    text = local.strftime("%H:%M")
    if clock.to_local(clock.now()).date() != local.date():
        return f"{local.strftime('%a')} {text}"
    return text


def away_phrase(status: Status) -> str:
    """ "Away for 12 min", or "Away from the desk" before the first bout ended."""
    if status.away_seconds is None:
        return "Away from the desk"
    return f"Away for {format_duration(status.away_seconds)}"


def status_summary(status: Status, clock: Clock) -> str:
    """One line: "Sitting 38 min · stand-up prompt in 7 min"."""
    if status.state is State.AWAY:
        return f"{away_phrase(status)} · on a break"
    if status.state is State.STANDING:
        return f"Standing {format_duration(status.standing_seconds)}"
    if status.state is State.PAUSED:
        until = (
            "until you resume"
            if status.paused_until is None
            else f"until {_until(status.paused_until, clock)}"
        )
        sitting = (
            f" · sitting {format_duration(status.bout_seconds)}" if status.bout_seconds else ""
        )
        return f"Prompts paused {until}{sitting}"
    parts = [f"Sitting {format_duration(status.bout_seconds)}"]
    if status.stand_after_seconds > 0 and status.bout_seconds >= status.stand_after_seconds:
        parts.append("time to stand up")
    nxt = next_prompt_phrase(status)
    if nxt is not None and not (
        parts[-1] == "time to stand up" and status.next_prompt_kind is PromptKind.STAND
    ):
        parts.append(nxt)
    return " · ".join(parts)


def manual_mode_line(status: Status) -> str | None:
    """One short line when the app cannot see when you stand, or None when it can.

    The backends' reasons are long and technical: they go to the log, `status --json`
    and the status window's Details, never into the menu.
    """
    if status.detection_note is None:
        return None
    return MANUAL_MODE_LINE


def tray_hint(desktops: list[str]) -> str | None:
    """How to get a tray icon, for a desktop without one: known for GNOME only."""
    return GNOME_TRAY_HINT if "gnome" in desktops else None


def tooltip(status: Status, clock: Clock) -> str:
    lines = ["Sitbreak", status_summary(status, clock)]
    lines += filter(None, [held_line(status.held_by), status_backoff_line(status, clock)])
    manual = manual_mode_line(status)
    if manual is not None:
        lines.append(manual)
    return "\n".join(lines)


def bout_progress_text(status: Status) -> str:
    """The status window's progress caption: "38 min of 45 min before standing up"."""
    return (
        f"{format_duration(status.bout_seconds)} of "
        f"{format_duration(status.stand_after_seconds)} before standing up"
    )


@dataclass(frozen=True)
class PromptText:
    """What one prompt says and which answers it offers."""

    kind: PromptKind
    urgent: bool
    title: str
    body: str
    instruction: str  # the short how-to line: hold, release, reps
    accept_label: str
    snooze_minutes: int
    skip_label: str = "Skip"
    note: str = SAFETY_NOTE
    offers_routine: bool = False  # "Do the 2-minute routine"
    offers_guide: bool = False  # "Guide me" through a seated squeeze
    hold_seconds: int | None = None
    reps: int | None = None

    @property
    def snooze_label(self) -> str:
        return f"Snooze {self.snooze_minutes} min"

    @property
    def notification_text(self) -> str:
        """The body for notifications-only mode: no buttons there, so say it all."""
        return f"{self.body} {self.instruction}"


def _snoozed(snooze_count: int) -> str:
    return "once" if snooze_count == 1 else f"{snooze_count} times"


def prompt_text(
    kind: PromptKind,
    *,
    snooze_minutes: int,
    urgent: bool = False,
    snooze_count: int = 0,
    sitting_seconds: float = 0.0,
    held_seconds: float = 0.0,
) -> PromptText:
    """The words for a prompt of this kind; urgent after repeated snoozes. A prompt that
    waited through a hold of a minute or more first says how long the user sat."""
    text = _prompt_text(kind, snooze_minutes, urgent, snooze_count, sitting_seconds)
    # A stand prompt's body already says how long you sat.
    sat = None if kind is PromptKind.STAND else sitting_seconds
    after_hold = after_hold_line(held_seconds, sat)
    if after_hold is None:
        return text
    return replace(text, body=f"{after_hold} {text.body}")


def _prompt_text(
    kind: PromptKind,
    snooze_minutes: int,
    urgent: bool,
    snooze_count: int,
    sitting_seconds: float,
) -> PromptText:
    sitting = format_duration(sitting_seconds)
    if kind is PromptKind.SQUEEZE:
        instruction = f"Squeeze, hold {SQUEEZE_HOLD_SECONDS} s, release · {SQUEEZE_REPS} times"
        if urgent:
            return PromptText(
                kind,
                True,
                "Squeeze your glutes now",
                f"Snoozed {_snoozed(snooze_count)}. It takes under a minute, right in "
                "your chair: squeeze both glutes hard, hold, let go.",
                instruction,
                "Done",
                snooze_minutes,
                offers_guide=True,
                hold_seconds=SQUEEZE_HOLD_SECONDS,
                reps=SQUEEZE_REPS,
            )
        return PromptText(
            kind,
            False,
            "Squeeze your glutes",
            "Squeeze both glutes hard, hold about 5 seconds, then release. "
            "Firing them often keeps them switched on while you sit.",
            instruction,
            "Done",
            snooze_minutes,
            offers_guide=True,
            hold_seconds=SQUEEZE_HOLD_SECONDS,
            reps=SQUEEZE_REPS,
        )
    if kind is PromptKind.STAND:
        instruction = (
            f"{SIT_TO_STAND_REPS} sit-to-stands: drive through your heels, "
            "squeeze your glutes at the top"
        )
        if urgent:
            return PromptText(
                kind,
                True,
                "Please stand up now",
                f"You have been sitting for {sitting} and snoozed {_snoozed(snooze_count)}. "
                "Your lower back takes the load while your glutes rest: stand up and move.",
                instruction,
                "I stood up",
                snooze_minutes,
                offers_routine=True,
            )
        return PromptText(
            kind,
            False,
            "Time to stand up",
            f"You have been sitting for {sitting}. Stand up and move for a minute, "
            "or do the 2-minute routine.",
            instruction,
            "I stood up",
            snooze_minutes,
            offers_routine=True,
        )
    if urgent:
        return PromptText(
            kind,
            True,
            "Your glute routine is still waiting",
            f"Snoozed {_snoozed(snooze_count)}. Ten minutes or less of clam shells, bridges "
            "and monster walks keep your lower back happy.",
            DAILY_ROUTINE_DOSE,
            "Start the routine",
            snooze_minutes,
            skip_label="Not today",
        )
    return PromptText(
        kind,
        False,
        "Time for your glute routine",
        "Your daily glute activation: six short exercises, shown by the figure.",
        DAILY_ROUTINE_DOSE,
        "Start the routine",
        snooze_minutes,
        skip_label="Not today",
    )


HOLD_PHRASES = {
    HoldReason.FULLSCREEN: "a full-screen window",
    HoldReason.CALL: "in a call",
    HoldReason.SCREEN_SHARE: "sharing the screen",
    HoldReason.DESKTOP_DND: "the desktop's do not disturb",
    HoldReason.ROUTINE: "a routine is running",
}
MIN_HOLD_TO_MENTION = 60.0  # seconds: a shorter hold is not worth a sentence


def held_line(held_by: tuple[str, ...]) -> str | None:
    """ "Prompts held: in a call, a full-screen window", or None when nothing holds."""
    if not held_by:
        return None
    # A reason this version does not know (a newer app answering) is shown as it is.
    phrases = {reason.value: phrase for reason, phrase in HOLD_PHRASES.items()}
    return "Prompts held: " + ", ".join(phrases.get(r, r) for r in held_by)


def status_backoff_line(status: Status, clock: Clock) -> str | None:
    return backoff_line(status.missed_in_row, status.spaced_until, clock)


def after_hold_line(held_seconds: float, sitting_seconds: float | None) -> str | None:
    """The first sentence of the prompt that waited through a hold (with how long the
    user sat, unless the prompt says that itself)."""
    if held_seconds < MIN_HOLD_TO_MENTION:
        return None
    held = f"Held back for {format_duration(held_seconds)} so as not to disturb you"
    if sitting_seconds is None:
        return held + "."
    return f"{held}; you have been sitting for {format_duration(sitting_seconds)}."


def backoff_line(misses: int, not_before: datetime | None, clock: Clock) -> str | None:
    """The tooltip's note while ignored prompts are spaced out."""
    if not_before is None:
        return None
    when = _until(not_before, clock)
    return (
        f"{misses} prompts in a row went unanswered: the next waits until {when}. "
        "Answer one to go back to normal."
    )
