"""Every user-facing sentence of the tray, the status window and the prompts.

Pure: the widgets ask here what to say and only lay it out. Durations read like
"45 s", "7 min", "1 h 05 min"; a countdown rounds up so it never says "in 0 min".
Every sentence goes through the translation hook when it is made (never at import:
the translator is installed later); constants are marked and translated where used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime

from sitbreak.core.clock import Clock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, clock_time, short_day, translate
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status

SQUEEZE_HOLD_SECONDS = 5
SQUEEZE_REPS = 10
SIT_TO_STAND_REPS = 10
# Marked English sources: show them through the function of the same name (or
# translate("PromptText", CONSTANT)), never as they are.
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "PromptText", "General guidance, not medical advice. Stop any exercise that hurts."
)
ROUTINE_LABEL = QT_TRANSLATE_NOOP("PromptText", "Do the 2-minute routine")  # a stand prompt's
GUIDE_LABEL = QT_TRANSLATE_NOOP("PromptText", "Guide me")  # a squeeze prompt's guided squeeze
NO_TRAY_REASON = QT_TRANSLATE_NOOP(
    "PromptText",
    "This desktop has no system tray, so Sitbreak shows this small window instead. "
    "Minimise it; closing it does not stop Sitbreak.",
)

MANUAL_MODE_LINE = QT_TRANSLATE_NOOP(
    "PromptText", "Can't see keyboard and mouse activity here; tell Sitbreak when you stand up"
)
GNOME_TRAY_HINT = QT_TRANSLATE_NOOP(
    "PromptText",
    "For a tray icon on GNOME, turn on the AppIndicator extension "
    "(package gnome-shell-extension-appindicator).",
)

# What the daily routine offer asks for (resources/routines/daily.toml).
DAILY_ROUTINE_DOSE = QT_TRANSLATE_NOOP("PromptText", "One set of 10 of each, good form first")


def safety_note() -> str:
    return translate("PromptText", SAFETY_NOTE)


def routine_label() -> str:
    return translate("PromptText", ROUTINE_LABEL)


def guide_label() -> str:
    return translate("PromptText", GUIDE_LABEL)


def no_tray_reason() -> str:
    return translate("PromptText", NO_TRAY_REASON)


def format_duration(seconds: float) -> str:
    """A length of time, rounded down: "45 s", "7 min", "1 h 05 min", "2 h"."""
    total = max(0, int(seconds))
    if total < 60:
        return _seconds(total)
    minutes = total // 60
    if minutes < 60:
        return translate("Duration", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes == 0:
        return translate("Duration", "{hours} h").format(hours=hours)
    return translate(
        "Duration", "{hours} h {minutes} min", "minutes zero-padded: 1 h 05 min"
    ).format(hours=hours, minutes=f"{minutes:02d}")


def _seconds(seconds: int) -> str:
    return translate("Duration", "{seconds} s").format(seconds=seconds)


def format_countdown(seconds: float) -> str:
    """Time left, rounded up so a pending event never reads as past: 61 s -> "2 min"."""
    left = max(0.0, seconds)
    if left < 60:
        return _seconds(math.ceil(left))
    return format_duration(math.ceil(left / 60) * 60)


def format_about(seconds: float) -> str:
    """A rough time left, to the nearest minute ("About 2 min left" for 2 min 14 s);
    under a minute in seconds, rounded up."""
    left = max(0.0, seconds)
    if left < 60:
        return _seconds(math.ceil(left))
    return format_duration(math.floor(left / 60 + 0.5) * 60)


def format_clock(seconds: float) -> str:
    """A short m:ss countdown for the prompt's self-closing timer."""
    left = max(0, math.ceil(seconds))
    return f"{left // 60}:{left % 60:02d}"


def next_prompt_phrase(status: Status) -> str | None:
    """ "stand-up prompt in 7 min", "squeeze now", or None when nothing is planned."""
    kind, due_in = status.next_prompt_kind, status.next_prompt_in_seconds
    if kind is None or due_in is None:
        return None
    if due_in < 1:
        if kind is PromptKind.SQUEEZE:
            return translate("PromptText", "squeeze now")
        if kind is PromptKind.STAND:
            return translate("PromptText", "stand-up prompt now")
        return translate("PromptText", "daily routine now")
    if kind is PromptKind.SQUEEZE:
        pattern = translate("PromptText", "squeeze in {time}", "{time}: 7 min")
    elif kind is PromptKind.STAND:
        pattern = translate("PromptText", "stand-up prompt in {time}", "{time}: 7 min")
    else:
        pattern = translate("PromptText", "daily routine in {time}", "{time}: 7 min")
    return pattern.format(time=format_countdown(due_in))


def weekday_time(local: datetime) -> str:
    """ "Tue 09:00", "Di. 09:00", "Tue 9:00 AM": the locale's short weekday and its 12 or
    24 h time."""
    return translate("Weekday", "{weekday} {time}", "Tue 09:00").format(
        weekday=short_day(local), time=clock_time(local)
    )


def _until(moment: datetime, clock: Clock) -> str:
    local = clock.to_local(moment)
    if clock.to_local(clock.now()).date() != local.date():
        return weekday_time(local)
    return clock_time(local)


def away_phrase(status: Status) -> str:
    """ "Away for 12 min", or "Away from the desk" before the first bout ended."""
    if status.away_seconds is None:
        return translate("PromptText", "Away from the desk")
    return translate("PromptText", "Away for {time}").format(
        time=format_duration(status.away_seconds)
    )


def sitting_phrase(status: Status) -> str:
    """ "Sitting 38 min"."""
    return translate("PromptText", "Sitting {time}").format(
        time=format_duration(status.bout_seconds)
    )


def standing_phrase(status: Status) -> str:
    """ "Standing 5 min"."""
    return translate("PromptText", "Standing {time}").format(
        time=format_duration(status.standing_seconds)
    )


def paused_phrase(status: Status, clock: Clock) -> str:
    """ "Prompts paused until 14:30" or "Prompts paused until you resume"."""
    if status.paused_until is None:
        return translate("PromptText", "Prompts paused until you resume")
    return translate(
        "PromptText", "Prompts paused until {time}", "{time}: 14:30 or Tue 09:00"
    ).format(time=_until(status.paused_until, clock))


def status_summary(status: Status, clock: Clock) -> str:
    """One line: "Sitting 38 min · stand-up prompt in 7 min"."""
    if status.state is State.AWAY:
        return " · ".join((away_phrase(status), translate("PromptText", "on a break")))
    if status.state is State.STANDING:
        return standing_phrase(status)
    if status.state is State.PAUSED:
        paused = paused_phrase(status, clock)
        if not status.bout_seconds:
            return paused
        sitting = translate("PromptText", "sitting {time}", "after a dot: ... · sitting 38 min")
        return " · ".join((paused, sitting.format(time=format_duration(status.bout_seconds))))
    parts = [sitting_phrase(status)]
    overdue = status.stand_after_seconds > 0 and status.bout_seconds >= status.stand_after_seconds
    if overdue:
        parts.append(translate("PromptText", "time to stand up"))
    nxt = next_prompt_phrase(status)
    if nxt is not None and not (overdue and status.next_prompt_kind is PromptKind.STAND):
        parts.append(nxt)
    return " · ".join(parts)


def manual_mode_line(status: Status) -> str | None:
    """One short line when the app cannot see when you stand, or None when it can.

    The backends' reasons are long and technical: they go to the log, `status --json`
    and the status window's Details, never into the menu.
    """
    if status.detection_note is None:
        return None
    return translate("PromptText", MANUAL_MODE_LINE)


def tray_hint(desktops: list[str]) -> str | None:
    """How to get a tray icon, for a desktop without one: known for GNOME only."""
    return translate("PromptText", GNOME_TRAY_HINT) if "gnome" in desktops else None


def tooltip(status: Status, clock: Clock) -> str:
    lines = ["Sitbreak", status_summary(status, clock)]
    lines += filter(None, [held_line(status.held_by), status_backoff_line(status, clock)])
    manual = manual_mode_line(status)
    if manual is not None:
        lines.append(manual)
    return "\n".join(lines)


def bout_progress_text(status: Status) -> str:
    """The status window's progress caption: "38 min of 45 min before standing up"."""
    return translate(
        "PromptText", "{sitting} of {limit} before standing up", "38 min of 45 min"
    ).format(
        sitting=format_duration(status.bout_seconds),
        limit=format_duration(status.stand_after_seconds),
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
    skip_label: str = field(default_factory=lambda: translate("PromptText", "Skip"))
    note: str = field(default_factory=safety_note)
    offers_routine: bool = False  # "Do the 2-minute routine"
    offers_guide: bool = False  # "Guide me" through a seated squeeze
    hold_seconds: int | None = None
    reps: int | None = None

    @property
    def snooze_label(self) -> str:
        return translate("PromptText", "Snooze {minutes} min").format(minutes=self.snooze_minutes)

    @property
    def notification_text(self) -> str:
        """The body for notifications-only mode: no buttons there, so say it all."""
        return f"{self.body} {self.instruction}"


def _snoozed(snooze_count: int) -> str:
    """The sentence that says how often the prompt was snoozed."""
    if snooze_count == 1:
        return translate("PromptText", "Snoozed once.")
    return translate("PromptText", "Snoozed %n times.", None, snooze_count)


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
    return replace(text, body=f"{after_hold} {text.body}")  # two sentences


def _prompt_text(
    kind: PromptKind,
    snooze_minutes: int,
    urgent: bool,
    snooze_count: int,
    sitting_seconds: float,
) -> PromptText:
    if kind is PromptKind.SQUEEZE:
        return _squeeze_text(snooze_minutes, urgent, snooze_count)
    if kind is PromptKind.STAND:
        return _stand_text(snooze_minutes, urgent, snooze_count, sitting_seconds)
    return _routine_text(snooze_minutes, urgent, snooze_count)


def _squeeze_text(snooze_minutes: int, urgent: bool, snooze_count: int) -> PromptText:
    kind = PromptKind.SQUEEZE
    instruction = translate(
        "PromptText", "Squeeze, hold {seconds} s, release · {reps} times", "hold 5 s, 10 times"
    ).format(seconds=SQUEEZE_HOLD_SECONDS, reps=SQUEEZE_REPS)
    done = translate("PromptText", "Done")
    if urgent:
        body = " ".join(
            (
                _snoozed(snooze_count),
                translate(
                    "PromptText",
                    "It takes under a minute, right in your chair: "
                    "squeeze both glutes hard, hold, let go.",
                ),
            )
        )
        title = translate("PromptText", "Squeeze your glutes now")
        return PromptText(
            kind,
            True,
            title,
            body,
            instruction,
            done,
            snooze_minutes,
            offers_guide=True,
            hold_seconds=SQUEEZE_HOLD_SECONDS,
            reps=SQUEEZE_REPS,
        )
    return PromptText(
        kind,
        False,
        translate("PromptText", "Squeeze your glutes"),
        translate(
            "PromptText",
            "Squeeze both glutes hard, hold about 5 seconds, then release. "
            "Firing them often keeps them switched on while you sit.",
        ),
        instruction,
        done,
        snooze_minutes,
        offers_guide=True,
        hold_seconds=SQUEEZE_HOLD_SECONDS,
        reps=SQUEEZE_REPS,
    )


def _stand_text(
    snooze_minutes: int, urgent: bool, snooze_count: int, sitting_seconds: float
) -> PromptText:
    kind = PromptKind.STAND
    sitting = format_duration(sitting_seconds)
    instruction = translate(
        "PromptText",
        "{reps} sit-to-stands: drive through your heels, squeeze your glutes at the top",
        "{reps}: 10",
    ).format(reps=SIT_TO_STAND_REPS)
    stood = translate("PromptText", "I stood up")
    if urgent:
        if snooze_count == 1:
            sat = translate("PromptText", "You have been sitting for {time} and snoozed once.")
        else:
            sat = translate(
                "PromptText",
                "You have been sitting for {time} and snoozed %n times.",
                None,
                snooze_count,
            )
        body = " ".join(
            (
                sat.format(time=sitting),
                translate(
                    "PromptText",
                    "Your lower back takes the load while your glutes rest: stand up and move.",
                ),
            )
        )
        return PromptText(
            kind,
            True,
            translate("PromptText", "Please stand up now"),
            body,
            instruction,
            stood,
            snooze_minutes,
            offers_routine=True,
        )
    return PromptText(
        kind,
        False,
        translate("PromptText", "Time to stand up"),
        translate(
            "PromptText",
            "You have been sitting for {time}. Stand up and move for a minute, "
            "or do the 2-minute routine.",
        ).format(time=sitting),
        instruction,
        stood,
        snooze_minutes,
        offers_routine=True,
    )


def _routine_text(snooze_minutes: int, urgent: bool, snooze_count: int) -> PromptText:
    kind = PromptKind.ROUTINE
    dose = translate("PromptText", DAILY_ROUTINE_DOSE)
    start = translate("PromptText", "Start the routine")
    not_today = translate("PromptText", "Not today")
    if urgent:
        body = " ".join(
            (
                _snoozed(snooze_count),
                translate(
                    "PromptText",
                    "Ten minutes or less of clam shells, bridges and monster walks keep "
                    "your lower back happy.",
                ),
            )
        )
        return PromptText(
            kind,
            True,
            translate("PromptText", "Your glute routine is still waiting"),
            body,
            dose,
            start,
            snooze_minutes,
            skip_label=not_today,
        )
    return PromptText(
        kind,
        False,
        translate("PromptText", "Time for your glute routine"),
        translate(
            "PromptText",
            "Your daily glute activation: six short exercises, shown by the figure.",
        ),
        dose,
        start,
        snooze_minutes,
        skip_label=not_today,
    )


# Keyed by HoldReason's values (what `status --json` prints), so the tray's texts load
# without the hold rules (core/holds.py) on the way to the icon.
HOLD_PHRASES = {
    "fullscreen": QT_TRANSLATE_NOOP("PromptText", "a full-screen window"),
    "call": QT_TRANSLATE_NOOP("PromptText", "in a call"),
    "screen-share": QT_TRANSLATE_NOOP("PromptText", "sharing the screen"),
    "desktop-dnd": QT_TRANSLATE_NOOP("PromptText", "the desktop's do not disturb"),
    "routine": QT_TRANSLATE_NOOP("PromptText", "a routine is running"),
}
MIN_HOLD_TO_MENTION = 60.0  # seconds: a shorter hold is not worth a sentence


def held_line(held_by: tuple[str, ...]) -> str | None:
    """ "Prompts held: in a call, a full-screen window", or None when nothing holds."""
    if not held_by:
        return None
    # A reason this version does not know (a newer app answering) is shown as it is.
    reasons = ", ".join(
        translate("PromptText", HOLD_PHRASES[r]) if r in HOLD_PHRASES else r for r in held_by
    )
    return translate("PromptText", "Prompts held: {reasons}").format(reasons=reasons)


def status_backoff_line(status: Status, clock: Clock) -> str | None:
    return backoff_line(status.missed_in_row, status.spaced_until, clock)


def after_hold_line(held_seconds: float, sitting_seconds: float | None) -> str | None:
    """The first sentence of the prompt that waited through a hold (with how long the
    user sat, unless the prompt says that itself)."""
    if held_seconds < MIN_HOLD_TO_MENTION:
        return None
    held = format_duration(held_seconds)
    if sitting_seconds is None:
        return translate("PromptText", "Held back for {held} so as not to disturb you.").format(
            held=held
        )
    return translate(
        "PromptText",
        "Held back for {held} so as not to disturb you; you have been sitting for {sitting}.",
    ).format(held=held, sitting=format_duration(sitting_seconds))


def backoff_line(misses: int, not_before: datetime | None, clock: Clock) -> str | None:
    """The tooltip's note while ignored prompts are spaced out."""
    if not_before is None:
        return None
    return translate(
        "PromptText",
        "%n prompts in a row went unanswered: the next waits until {time}. "
        "Answer one to go back to normal.",
        "{time}: 14:30 or Tue 09:00",
        misses,
    ).format(time=_until(not_before, clock))
