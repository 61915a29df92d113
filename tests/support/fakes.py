"""Fakes shared by tests: a scheduler that runs on a FakeClock, a user at a desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sitbreak.core.clock import FakeClock
from sitbreak.core.desk import ShownPrompt


@dataclass
class _Job:
    when: datetime
    func: Callable[[], None]
    every: timedelta | None = None


class FakeScheduler:
    """Runs jobs in due order as the fake clock is moved through time."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.jobs: dict[str, _Job] = {}
        self.runs: list[str] = []

    def schedule_at(self, job_id: str, when: datetime, func: Callable[[], None]) -> None:
        self.jobs[job_id] = _Job(when, func)

    def schedule_every(self, job_id: str, seconds: float, func: Callable[[], None]) -> None:
        every = timedelta(seconds=seconds)
        self.jobs[job_id] = _Job(self.clock.now() + every, func, every)

    def schedule_daily(self, job_id: str, at: time, func: Callable[[], None]) -> None:
        now = self.clock.now()
        when = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
        if when <= now:
            when += timedelta(days=1)
        self.jobs[job_id] = _Job(when, func, timedelta(days=1))

    def cancel(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)

    def run_for(self, seconds: float, on_step: Callable[[], None] | None = None) -> None:
        end = self.clock.now() + timedelta(seconds=seconds)
        while True:
            due = [(job.when, job_id) for job_id, job in self.jobs.items() if job.when <= end]
            if not due:
                break
            when, job_id = min(due)
            if when > self.clock.now():
                self.clock.advance((when - self.clock.now()).total_seconds())
            job = self.jobs[job_id]
            if job.every is None:
                del self.jobs[job_id]
            else:
                job.when = max(job.when + job.every, self.clock.now())
            if on_step is not None:
                on_step()
            self.runs.append(job_id)
            job.func()
        if end > self.clock.now():
            self.clock.advance((end - self.clock.now()).total_seconds())


class DeskUser:
    """Idle time as the platform reports it: time since the user's last input. While
    `typing`, input comes all the time; the last key press is when typing stops, however
    long ago idle time was read (readings are rare: core/sampling.py)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._typing = True
        self.last_input = clock.now()

    @property
    def typing(self) -> bool:
        return self._typing

    @typing.setter
    def typing(self, typing: bool) -> None:
        if self._typing:
            self.last_input = self.clock.now()
        self._typing = typing

    def idle_seconds(self) -> float:
        if self._typing:
            self.last_input = self.clock.now()
        return (self.clock.now() - self.last_input).total_seconds()


class RecordingPresenter:
    def __init__(self) -> None:
        self.shown: list[ShownPrompt] = []
        self.on_screen: ShownPrompt | None = None

    def show_prompt(self, prompt: ShownPrompt) -> None:
        self.shown.append(prompt)
        self.on_screen = prompt

    def close_prompt(self) -> None:
        self.on_screen = None


def window_opener_without_routines(clock: FakeClock):  # type: ignore[no-untyped-def]
    """A WindowOpener for tests of the welcome and settings: no catalogue, no stats."""
    from sitbreak.core.exercise import LoadedCatalogue
    from sitbreak.core.settings import Settings
    from sitbreak.ui.windows import RoutineSources, WindowOpener

    def nothing(*_args: object) -> object:
        raise AssertionError("not needed here")

    sources = RoutineSources(lambda: LoadedCatalogue(None, ()), nothing, nothing)  # type: ignore[arg-type]
    return WindowOpener(clock, sources, nothing, Settings)  # type: ignore[arg-type]
