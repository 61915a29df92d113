"""The words of the domain as values: postures, prompt kinds, outcomes, stored records
(and the error raised when records cannot be read or written).

Record times are aware datetimes in the *local UTC offset of that moment*, so
`record.start.date()` is the local day it happened, across DST and travel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class StorageError(Exception):
    """Records could not be read or written; the text is worded for the user. Storage
    raises its own subclass; the layers above catch this one."""


class Posture(StrEnum):
    SITTING = "sitting"
    STANDING = "standing"


class EndReason(StrEnum):
    """Why a bout ended. AWAY, STOOD_UP, LOCK, SUSPEND and SLEEP are breaks."""

    AWAY = "away"  # no input for away_after_seconds: a natural break
    STOOD_UP = "stood_up"  # the user accepted a stand prompt: a prompted break
    LOCK = "lock"
    SUSPEND = "suspend"
    SLEEP = "sleep"  # a wall-clock gap between samples: the machine slept unnoticed
    POSTURE = "posture"  # switched between sitting and standing (not a break)
    QUIT = "quit"  # the app stopped (not a break)
    CRASH = "crash"  # found open at start-up after a crash (not a break)

    @property
    def is_break(self) -> bool:
        return self in BREAK_REASONS


BREAK_REASONS = frozenset(
    {EndReason.AWAY, EndReason.STOOD_UP, EndReason.LOCK, EndReason.SUSPEND, EndReason.SLEEP}
)


class PromptKind(StrEnum):
    SQUEEZE = "squeeze"
    STAND = "stand"
    ROUTINE = "routine"


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    DISMISSED = "dismissed"
    MISSED = "missed"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class BoutRecord:
    id: int
    start: datetime
    end: datetime
    posture: Posture
    end_reason: EndReason | None  # None while the bout is open

    @property
    def seconds(self) -> float:
        return max(0.0, (self.end - self.start).total_seconds())


@dataclass(frozen=True)
class PromptRecord:
    """One showing of a prompt; a snoozed prompt shows again as a new record."""

    id: int
    kind: PromptKind
    due: datetime
    shown: datetime
    answered: datetime | None
    outcome: Outcome | None  # None while on screen
    snooze_count: int  # snoozes before this showing
    urgent: bool


@dataclass(frozen=True)
class ExerciseResult:
    exercise_id: str
    sets_done: int
    reps_done: int
    completed: bool


@dataclass(frozen=True)
class RoutineSessionRecord:
    id: int
    routine_id: str
    trigger: str  # "tray", "prompt", "daily", "squeeze", "cli"
    started: datetime
    finished: datetime | None
    status: SessionStatus
    exercises_total: int
    exercises: tuple[ExerciseResult, ...]

    @property
    def exercises_completed(self) -> int:
        return sum(1 for e in self.exercises if e.completed)

    @property
    def reps_done(self) -> int:
        return sum(e.reps_done for e in self.exercises)
