"""A snapshot of what the app knows, for the tray, the status window and `sitbreak status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sitbreak.core.i18n import SourceLanguage, Text
from sitbreak.core.records import PromptKind

# The key of the status reply that carries `Status.in_words()`: `status --json` leaves it out.
IN_WORDS = "in_words"


class State(StrEnum):
    SITTING = "sitting"
    AWAY = "away"
    STANDING = "standing"
    PAUSED = "paused"  # prompts held back; tracking goes on


@dataclass(frozen=True)
class Status:
    state: State
    bout_seconds: float  # length of the current sitting bout (0 when not sitting)
    stand_after_seconds: float  # when the stand prompt is due in a bout
    next_prompt_kind: PromptKind | None
    next_prompt_in_seconds: float | None
    paused_until: datetime | None = None  # None with PAUSED means until resumed
    detection_note: Text | None = None  # why idle detection is off (manual mode), if it is
    standing_seconds: float = 0.0  # length of the current standing period
    prompt_showing: PromptKind | None = None  # the prompt on screen now, if one is
    saving_problem: Text | None = None  # why nothing is saved now (kept in memory meanwhile)
    idle_source: str = "manual"  # the idle backend in use, e.g. "gnome-mutter"
    held_by: tuple[str, ...] = ()  # hold reasons keeping prompts back ("call", ...)
    missed_in_row: int = 0  # prompts missed in a row (the backoff of ignored prompts)
    spaced_until: datetime | None = None  # ignored prompts back off: none before this
    away_seconds: float | None = None  # how long away, when known (AWAY only)

    @property
    def bout_fraction(self) -> float:
        """How far the bout is towards the stand prompt, 0..1 (drives the tray ring)."""
        if self.stand_after_seconds <= 0:
            return 0.0
        return max(0.0, min(1.0, self.bout_seconds / self.stand_after_seconds))

    def to_json(self) -> dict[str, Any]:
        """The object `sitbreak status --json` prints: its texts in English, whatever the
        user's language (scripts read it; `in_words` says them in the user's)."""
        next_prompt = None
        if self.next_prompt_kind is not None and self.next_prompt_in_seconds is not None:
            next_prompt = {
                "kind": self.next_prompt_kind.value,
                "due_in_seconds": round(max(0.0, self.next_prompt_in_seconds)),
            }
        return {
            "state": self.state.value,
            "bout_seconds": round(self.bout_seconds),
            "standing_seconds": round(self.standing_seconds),
            "away_seconds": None if self.away_seconds is None else round(self.away_seconds),
            "next_prompt": next_prompt,
            "paused_until": None if self.paused_until is None else self.paused_until.isoformat(),
            "manual_mode": self.detection_note is not None,
            "detection_note": _english(self.detection_note),
            "prompt_showing": None if self.prompt_showing is None else self.prompt_showing.value,
            "saving_problem": _english(self.saving_problem),
            "idle_source": self.idle_source,
            "held_by": list(self.held_by),
        }

    def in_words(self) -> dict[str, str | None]:
        """The texts of `to_json` in the user's language, for `sitbreak status` in words."""
        return {
            "detection_note": _said(self.detection_note),
            "saving_problem": _said(self.saving_problem),
        }


def _said(text: Text | None) -> str | None:
    return None if text is None else str(text)


def _english(text: Text | None) -> str | None:
    with SourceLanguage():
        return _said(text)
