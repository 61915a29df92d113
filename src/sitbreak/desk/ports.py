"""What the desk layer needs from the world, as small interfaces: the app hands in the
real things (runtime's Scheduler, the prompt presenter, a platform idle source), tests
hand in fakes. Named for their role, never after a real class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol

from sitbreak.core.records import PromptKind


class JobScheduler(Protocol):
    def schedule_at(self, job_id: str, when: datetime, func: Callable[[], None]) -> None: ...
    def schedule_every(self, job_id: str, seconds: float, func: Callable[[], None]) -> None: ...
    def schedule_daily(self, job_id: str, at: time, func: Callable[[], None]) -> None: ...
    def cancel(self, job_id: str) -> None: ...


class IdleReader(Protocol):
    def idle_seconds(self) -> float: ...


@dataclass(frozen=True)
class ShownPrompt:
    record_id: int
    kind: PromptKind
    due: datetime
    shown: datetime
    snooze_count: int
    urgent: bool
    snooze_minutes: int  # what Snooze will postpone by now (escalation halves it)
    timeout_seconds: int
    sitting_seconds: float  # the bout's length when shown ("you have been sitting for...")


class PromptDisplay(Protocol):
    def show_prompt(self, prompt: ShownPrompt) -> None: ...
    def close_prompt(self) -> None: ...
