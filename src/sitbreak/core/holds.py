"""Holds: what keeps prompts back for a while (do not disturb). Tracking never stops.

A hold has reasons (a full-screen window, a call, a shared screen, the desktop's own do
not disturb, a Sitbreak routine on screen). The platform detectors report what they see;
the user's `[respect]` settings say which reasons count. `HoldGate` stands between the
reminder policy's planned prompts and the screen:

- while any respected reason holds, no prompt is shown (the bout goes on being counted);
- when every hold has ended, the prompts that fell due meanwhile become one prompt, shown
  `grace_seconds` after the release: the most important (stand, then the daily routine,
  then a squeeze), also standing in for one due within MERGE_WINDOW after it. The others
  are superseded: their interval starts afresh, never a burst;
- the prompt after a hold knows how long the hold lasted, so it can say how long the
  user sat.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sitbreak.core.clock import Clock
from sitbreak.core.records import PromptKind
from sitbreak.core.reminders import PRECEDENCE, DuePrompt
from sitbreak.core.settings import RespectSettings

# While a prompt is held, the detectors that cannot push are asked again this often.
RECHECK_SECONDS = 5.0
# The one prompt after a hold also stands in for a prompt due this soon after it.
MERGE_WINDOW = timedelta(minutes=2)


class HoldReason(StrEnum):
    """Why prompts are held back; the values are what `sitbreak status --json` prints."""

    FULLSCREEN = "fullscreen"
    CALL = "call"
    SCREEN_SHARE = "screen-share"
    DESKTOP_DND = "desktop-dnd"
    ROUTINE = "routine"


HOLD_ORDER: tuple[HoldReason, ...] = tuple(HoldReason)


def respected(reasons: Iterable[HoldReason], respect: RespectSettings) -> tuple[HoldReason, ...]:
    """The reasons the user's settings let hold prompts, in a fixed order.

    A running routine always holds: prompts over the routine window hide its cues."""
    switches = {
        HoldReason.FULLSCREEN: respect.fullscreen,
        HoldReason.CALL: respect.calls,
        HoldReason.SCREEN_SHARE: respect.screen_sharing,
        HoldReason.DESKTOP_DND: respect.desktop_dnd,
        HoldReason.ROUTINE: True,
    }
    seen = set(reasons)
    return tuple(r for r in HOLD_ORDER if r in seen and switches[r])


@dataclass(frozen=True)
class HoldChanged:
    """The respected reasons changed. `held_for` is set when the last of them ended."""

    held_by: tuple[HoldReason, ...]
    held_for: timedelta | None = None


@dataclass(frozen=True)
class GatedPrompt:
    """The prompt to show next, at the moment it may be shown."""

    prompt: DuePrompt
    # Prompts that are due by then as well: superseded by this one once it is shown.
    superseded: tuple[PromptKind, ...] = ()
    # How long it was held back (0 if it did not fall due in a hold).
    held_seconds: float = 0.0


class HoldGate:
    """Holds as one observation of the desk rules: reasons in, the gated prompt out."""

    def __init__(self, clock: Clock, respect: RespectSettings) -> None:
        self._clock = clock
        self._respect = respect
        self._seen: frozenset[HoldReason] = frozenset()  # what the detectors report
        self._held_by: tuple[HoldReason, ...] = ()
        self._since: datetime | None = None  # start of the current hold
        self._released: datetime | None = None  # end of the last hold, until a prompt used it
        self._held_from: datetime | None = None  # start of the last hold
        self._held_for = timedelta(0)

    # -- observations ----------------------------------------------------------------
    def configure(self, respect: RespectSettings) -> HoldChanged | None:
        """New settings: a reason switched off stops holding at once (and vice versa)."""
        self._respect = respect
        return self._update()

    def observe(self, reasons: Iterable[HoldReason]) -> HoldChanged | None:
        """Every reason the detectors see now (respected or not)."""
        self._seen = frozenset(reasons)
        return self._update()

    def set_reason(self, reason: HoldReason, active: bool) -> HoldChanged | None:
        """One detector changed its mind (a push event), or the desk's own routine hold."""
        seen = set(self._seen)
        if active:
            seen.add(reason)
        else:
            seen.discard(reason)
        return self.observe(seen)

    def _update(self) -> HoldChanged | None:
        held_by = respected(self._seen, self._respect)
        if held_by == self._held_by:
            return None
        now = self._clock.now()
        was_held, self._held_by = bool(self._held_by), held_by
        if held_by and not was_held:
            self._since = now
            self._released = None
            return HoldChanged(held_by)
        if not held_by:
            since, self._since = self._since, None
            self._held_from = since or now
            self._held_for = now - self._held_from
            self._released = now
            return HoldChanged((), self._held_for)
        return HoldChanged(held_by)

    # -- state -----------------------------------------------------------------------
    @property
    def held_by(self) -> tuple[HoldReason, ...]:
        return self._held_by

    @property
    def seen(self) -> frozenset[HoldReason]:
        return self._seen

    @property
    def held_since(self) -> datetime | None:
        return self._since

    @property
    def grace(self) -> timedelta:
        return timedelta(seconds=self._respect.grace_seconds)

    # -- deciding ----------------------------------------------------------------------
    def next_prompt(
        self, candidates: Sequence[DuePrompt], not_before: datetime | None = None
    ) -> GatedPrompt | None:
        """Which planned prompt to show and when; None while held or nothing is planned.

        `candidates` are the policy's planned prompts; `not_before` is another rule's
        floor (the backoff of ignored prompts). No prompt is planned in the past: all
        that are due by the chosen moment compete, and precedence (not due time) wins.
        """
        if self._held_by or not candidates:
            return None
        floor = self._clock.now()
        if self._released is not None:
            floor = max(floor, self._released + self.grace)
        if not_before is not None:
            floor = max(floor, not_before)
        when = min(max(c.due, floor) for c in candidates)
        horizon, held = when, 0.0
        released = self._released
        fell_due = [c.due for c in candidates if released is not None and c.due <= released]
        if released is not None and fell_due:
            # The prompt after a hold also stands in for one due just after it, and says
            # how long it was held back: from the first due time within the hold.
            horizon = when + MERGE_WINDOW
            start = max(min(fell_due), self._held_from or released)
            held = (released - start).total_seconds()
        ready = sorted(
            (c for c in candidates if c.due <= horizon), key=lambda c: PRECEDENCE[c.kind]
        )
        return GatedPrompt(
            replace(ready[0], due=when), tuple(c.kind for c in ready[1:]), held_seconds=held
        )

    def shown(self) -> None:
        """A prompt reached the screen: the release it waited for is used up."""
        self._released = None
