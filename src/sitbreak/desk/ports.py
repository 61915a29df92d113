"""What the desk layer needs from the world, as small interfaces: the app hands in the
real things (runtime's Scheduler, the prompt presenter, a platform idle source, the
database), tests hand in fakes. Named for their role, never after a real class."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Protocol

from sitbreak.core.desk import ShownPrompt
from sitbreak.core.holds import HoldReason
from sitbreak.core.records import (
    BoutRecord,
    EndReason,
    ExerciseResult,
    Outcome,
    Posture,
    PromptKind,
    PromptRecord,
    RoutineSessionRecord,
    SessionStatus,
)
from sitbreak.core.stats import DayStats


class JobScheduler(Protocol):
    def schedule_at(self, job_id: str, when: datetime, func: Callable[[], None]) -> None: ...
    def schedule_every(self, job_id: str, seconds: float, func: Callable[[], None]) -> None: ...
    def schedule_daily(self, job_id: str, at: time, func: Callable[[], None]) -> None: ...
    def cancel(self, job_id: str) -> None: ...


class IdleReader(Protocol):
    def idle_seconds(self) -> float:
        """Seconds since the last input; raises OSError when it cannot be read."""
        ...


class HoldReader(Protocol):
    def check(self) -> frozenset[HoldReason]:
        """The hold reasons the platform's detectors see now (a failing one: none)."""
        ...


class PromptDisplay(Protocol):
    def show_prompt(self, prompt: ShownPrompt) -> None: ...
    def close_prompt(self) -> None: ...


class DeskStore(Protocol):
    """Where bouts and prompts are recorded; raises StorageError when it cannot."""

    def save_bout(
        self,
        bout_id: int | None,
        start: datetime,
        end: datetime,
        posture: Posture,
        end_reason: EndReason | None,
    ) -> int: ...

    def delete_bout(self, bout_id: int) -> None: ...

    def add_prompt(
        self, kind: PromptKind, due: datetime, shown: datetime, snooze_count: int, urgent: bool
    ) -> int: ...

    def answer_prompt(self, prompt_id: int, outcome: Outcome, answered: datetime) -> None: ...

    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]: ...


class StatsSource(Protocol):
    """What the stats reader reads; raises StorageError when it cannot."""

    def bouts_between(self, start: datetime, end: datetime) -> list[BoutRecord]: ...

    def prompts_between(self, start: datetime, end: datetime) -> list[PromptRecord]: ...

    def routine_sessions_between(
        self, start: datetime, end: datetime
    ) -> list[RoutineSessionRecord]: ...

    def day_totals(
        self, first: date, last: date, limit_seconds: float, detail_from: date | None
    ) -> list[DayStats]:
        """Each local day's stats, added up where the records are; prompts and hour
        buckets only from `detail_from` on (None: not at all)."""
        ...


class SessionStore(Protocol):
    """Where routine sessions are recorded; raises StorageError when it cannot."""

    def start_routine_session(
        self, routine_id: str, trigger: str, started: datetime, exercise_ids: Sequence[str]
    ) -> int: ...

    def update_routine_session(
        self,
        session_id: int,
        status: SessionStatus,
        results: Iterable[ExerciseResult],
        finished: datetime | None = None,
    ) -> None: ...
