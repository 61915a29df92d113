"""What "pause for 30 min / 1 h / until tomorrow" means as a moment."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from sitbreak.core.clock import Clock
from sitbreak.core.i18n import translate

_DURATION = re.compile(r"^\s*(\d+)\s*(m|min|mins|minutes?|h|hours?)\s*$", re.IGNORECASE)
MORNING = time(5, 0)
TOMORROW = "tomorrow"  # a pause until tomorrow's start of work hours
PauseLength = timedelta | str  # a length, or TOMORROW


class PauseSpecError(ValueError):
    pass


def parse_pause(text: str) -> PauseLength:
    """'30m' / '1h' / '90 min' -> a timedelta; 'tomorrow' -> TOMORROW."""
    if text.strip().lower() == TOMORROW:
        return TOMORROW
    match = _DURATION.match(text)
    if not match:
        raise PauseSpecError(
            translate("Pause", "{text} is not a pause length: use e.g. 30m, 1h or tomorrow").format(
                text=repr(text)
            )
        )
    amount = int(match.group(1))
    minutes = amount * 60 if match.group(2).lower().startswith("h") else amount
    if not 1 <= minutes <= 24 * 60:  # checked before timedelta, which overflows on huge ones
        raise PauseSpecError(
            translate("Pause", "a pause lasts from 1 minute to 24 hours, or until tomorrow")
        )
    return timedelta(minutes=minutes)


def pause_until(length: PauseLength, clock: Clock, work_start: time) -> datetime:
    """The end of a pause from now. TOMORROW is tomorrow's start of work hours, not
    before 05:00, in the clock's local zone."""
    now = clock.now()
    if isinstance(length, timedelta):
        return now + length
    local = clock.to_local(now)
    target = datetime.combine(local.date() + timedelta(days=1), max(work_start, MORNING))
    guess = target.replace(tzinfo=local.tzinfo)  # today's offset; tomorrow's may differ (DST)
    drift = clock.to_local(guess).replace(tzinfo=None) - target
    return guess - drift
