"""A month of believable desk days in a Sitbreak database, for the store screenshots.

Seeded, so the same month comes out every time: weekdays of 8-9 hours at the desk in
bouts of 20-80 minutes that grow shorter as the habit takes hold, squeeze and stand
prompts with mostly kind answers, the daily routine on most evenings (every evening for the
last ten days), quiet weekends. Each routine session is a shipped routine as the user's
progress resolves it that day (the single-leg bridge joins after three bridges), with the
sets, reps and length the routine player records for a routine done to the end.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import DAILY_ROUTINE_ID, Catalogue
from sitbreak.core.records import (
    EndReason,
    ExerciseResult,
    Outcome,
    Posture,
    PromptKind,
    SessionStatus,
)
from sitbreak.core.routine_player import RoutinePlayer
from sitbreak.paths import resources_dir
from sitbreak.storage.database import Database
from sitbreak.storage.exercise_files import load_catalogue

ZONE = timezone(timedelta(hours=1))  # one fixed offset: the pictures never depend on the host
DAYS = 30


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=ZONE) + timedelta(minutes=minute)


class DemoMonth:
    """Writes DAYS days ending at `now`; the last bout is still open (the user is sitting)."""

    def __init__(self, db: Database, now: datetime, seed: int = 14) -> None:
        self._db = db
        self._now = now
        self._rng = random.Random(seed)
        self._catalogue: Catalogue = load_catalogue(resources_dir()).catalogue

    def write(self) -> None:
        today = self._now.date()
        for back in range(DAYS - 1, -1, -1):
            day = today - timedelta(days=back)
            habit = 1.0 - back / DAYS  # 0 a month ago, 1 today: shorter bouts, more yeses
            if day.weekday() >= 5:
                self._weekend(day)
            else:
                self._workday(day, habit)
            done_today = day == today
            if not done_today and (back <= 10 or self._rng.random() < 0.3 + 0.4 * habit):
                self._daily_routine(at(day, 17, 45 + self._rng.randrange(30)))

    # -- days ---------------------------------------------------------------------------
    def _workday(self, day: date, habit: float) -> None:
        rng = self._rng
        start = at(day, 8, 20 + rng.randrange(25))
        end_of_day = at(day, 16, 30 + rng.randrange(60))
        lunch_done = False
        moment = start
        while moment < min(end_of_day, self._now):
            longest = 85 - 40 * habit
            minutes = rng.uniform(18, longest)
            end = moment + timedelta(minutes=minutes)
            if end >= self._now:
                self._bout(moment, self._now, habit, still_open=True)
                return
            reason = self._bout(moment, end, habit)
            gap = rng.uniform(3, 9) + 14 * habit  # breaks grow as the habit takes hold
            if reason is EndReason.LOCK:
                gap += rng.uniform(5, 10)
            if not lunch_done and end.time() >= time(12, 0):
                gap, lunch_done = rng.uniform(35, 55), True
            moment = end + timedelta(minutes=gap)

    def _weekend(self, day: date) -> None:
        if self._rng.random() < 0.6:
            start = at(day, 10, self._rng.randrange(50))
            self._bout(start, start + timedelta(minutes=self._rng.uniform(25, 70)), 0.5)

    # -- records ------------------------------------------------------------------------
    def _bout(
        self, start: datetime, end: datetime, habit: float, still_open: bool = False
    ) -> EndReason:
        """A sitting bout with the prompts it met; returns how it ended."""
        rng = self._rng
        reason = EndReason.AWAY
        squeeze_at = start + timedelta(minutes=20)
        while squeeze_at < end - timedelta(minutes=1):
            self._prompt(PromptKind.SQUEEZE, squeeze_at, habit)
            squeeze_at += timedelta(minutes=20)
        stand_at = start + timedelta(minutes=45)
        if stand_at < end:
            outcome = self._prompt(PromptKind.STAND, stand_at, habit)
            if outcome is Outcome.ACCEPTED:
                end = stand_at + timedelta(seconds=rng.uniform(20, 90))
                reason = EndReason.STOOD_UP
                if rng.random() < 0.25:
                    self._desk_routine(end)
        elif rng.random() < 0.15:
            reason = EndReason.LOCK
        self._db.save_bout(None, start, end, Posture.SITTING, None if still_open else reason)
        return reason

    def _prompt(self, kind: PromptKind, shown: datetime, habit: float) -> Outcome:
        roll = self._rng.random()
        kind_answer = 0.55 + 0.35 * habit
        if roll < kind_answer:
            outcome = Outcome.ACCEPTED
        elif roll < kind_answer + 0.12:
            outcome = Outcome.SNOOZED
        elif roll < kind_answer + 0.2:
            outcome = Outcome.SKIPPED
        else:
            outcome = Outcome.MISSED
        prompt_id = self._db.add_prompt(kind, shown, shown, 0, False)
        answered = shown + timedelta(seconds=self._rng.uniform(4, 40))
        self._db.answer_prompt(prompt_id, outcome, answered)
        return outcome

    def _desk_routine(self, started: datetime) -> None:
        self._routine("desk", "prompt", started)

    def _daily_routine(self, started: datetime) -> None:
        self._routine(DAILY_ROUTINE_ID, "daily", started)

    def _routine(self, routine_id: str, trigger: str, started: datetime) -> None:
        """A session done to the end, as the shipped routine resolves at that day's progress."""
        catalogue = self._catalogue.for_progress(self._db.exercise_completions())
        routine = catalogue.routine(routine_id)
        exercises = catalogue.resolve(routine)
        session = self._db.start_routine_session(
            routine.id, trigger, started, [exercise.id for exercise in exercises]
        )
        # Every rep on every side, as the routine player tallies a routine done to the end.
        results = [
            ExerciseResult(e.id, e.sets, e.sets * e.reps * len(e.sides), True) for e in exercises
        ]
        length = RoutinePlayer(exercises, FakeClock(), routine.rest_between_exercises_seconds)
        ended = started + timedelta(seconds=length.total_seconds)
        self._db.update_routine_session(session, SessionStatus.COMPLETED, results, ended)
