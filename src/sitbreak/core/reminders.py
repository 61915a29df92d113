"""When each prompt is due, and what the user's answer does to it.

Due times follow the sitting bout: a squeeze every `squeeze_every_minutes` of continuous
sitting, a stand-up prompt after `stand_after_minutes`. Nothing is due while away,
standing or paused; quiet hours and work hours hold prompts back (tracking goes on).
A new bout never starts with a prompt: after a return, a resume or a pause, the first
prompt is at least RETURN_GRACE away.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sitbreak.core.clock import Clock
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.core.settings import DAY_NAMES, PromptSettings, ScheduleSettings
from sitbreak.core.status import State

RETURN_GRACE = timedelta(minutes=2)
ALLOWED_CACHE_SIZE = 32

# Which prompt wins when two are due together: standing up beats a squeeze.
PRECEDENCE = {PromptKind.STAND: 0, PromptKind.ROUTINE: 1, PromptKind.SQUEEZE: 2}


@dataclass(frozen=True)
class DuePrompt:
    kind: PromptKind
    due: datetime
    snooze_count: int = 0

    def urgent_after(self, escalate_after: int) -> bool:
        return self.snooze_count >= escalate_after


class ReminderPolicy:
    def __init__(
        self,
        clock: Clock,
        prompts: PromptSettings,
        schedule: ScheduleSettings,
    ) -> None:
        self._clock = clock
        self.prompts = prompts
        self.schedule = schedule
        self._plans: dict[PromptKind, DuePrompt] = {}
        self._bout_start: datetime | None = None
        self._not_before: datetime | None = None
        # Keyed by the moment and its local offset: a changed time zone asks afresh.
        self._allowed_cache: dict[tuple[datetime, timedelta | None], datetime | None] = {}

    # -- settings ------------------------------------------------------------------
    @property
    def squeeze_every(self) -> timedelta:
        return timedelta(minutes=self.prompts.squeeze_every_minutes)

    @property
    def stand_after(self) -> timedelta:
        return timedelta(minutes=self.prompts.stand_after_minutes)

    def configure(self, prompts: PromptSettings, schedule: ScheduleSettings) -> None:
        """New settings. A changed interval moves its pending prompt by the change; an
        unchanged one keeps its plan (a skipped prompt stays skipped)."""
        old_intervals = {PromptKind.SQUEEZE: self.squeeze_every, PromptKind.STAND: self.stand_after}
        self.prompts, self.schedule = prompts, schedule
        self._allowed_cache.clear()  # work days, hours and quiet hours may have changed
        new_intervals = {PromptKind.SQUEEZE: self.squeeze_every, PromptKind.STAND: self.stand_after}
        earliest = self._clock.now() + min(RETURN_GRACE, *new_intervals.values())
        for kind, new in new_intervals.items():
            plan = self._plans.get(kind)
            change = new - old_intervals[kind]
            if plan is None or plan.snooze_count or not change:
                continue
            self._plans[kind] = replace(plan, due=max(plan.due + change, earliest))

    def shift(self, step: timedelta) -> None:
        """The wall clock was set back (or on): keep every plan the same distance away."""
        if self._bout_start is not None:
            self._bout_start += step
        if self._not_before is not None:
            self._not_before += step
        self._plans = {k: replace(p, due=p.due + step) for k, p in self._plans.items()}

    # -- the bout ------------------------------------------------------------------
    def bout_started(self, start: datetime) -> None:
        self._bout_start = start
        routine = self._plans.get(PromptKind.ROUTINE)
        self._plans = {
            PromptKind.SQUEEZE: DuePrompt(PromptKind.SQUEEZE, start + self.squeeze_every),
            PromptKind.STAND: DuePrompt(PromptKind.STAND, start + self.stand_after),
        }
        if routine is not None:
            self._plans[PromptKind.ROUTINE] = routine
        # A held-over routine offer waits a little after the return; short test intervals
        # (1 minute) are not stretched by the grace.
        grace = min(RETURN_GRACE, self.squeeze_every, self.stand_after)
        self._not_before = self._clock.now() + grace

    def bout_ended(self) -> None:
        self._bout_start = None
        self._plans.pop(PromptKind.SQUEEZE, None)
        self._plans.pop(PromptKind.STAND, None)

    def offer_routine(self) -> None:
        """The daily routine time came: offer it when the user is at the desk."""
        self._plans[PromptKind.ROUTINE] = DuePrompt(PromptKind.ROUTINE, self._clock.now())

    def withdraw_routine(self) -> None:
        """The routine was done another way (from the tray): no need to offer it."""
        self._plans.pop(PromptKind.ROUTINE, None)

    def released(self) -> None:
        """Prompts were held back (pause ended, standing ended): none fires at once."""
        self._not_before = self._clock.now() + RETURN_GRACE

    # -- deciding ------------------------------------------------------------------
    def next_prompt(self, state: State) -> DuePrompt | None:
        """The next prompt to show and when, or None while nothing can be due."""
        candidates = self.candidates(state)
        if not candidates:
            return None
        return min(candidates, key=lambda p: (p.due, PRECEDENCE[p.kind]))

    def candidates(self, state: State) -> list[DuePrompt]:
        """Every prompt that is planned, each at the first moment it is allowed."""
        if state not in (State.SITTING, State.STANDING):
            return []
        candidates = []
        for plan in self._plans.values():
            if state is State.STANDING and plan.kind is not PromptKind.ROUTINE:
                continue  # standing is the break; only the daily routine is still offered
            if plan.kind is not PromptKind.ROUTINE and self._bout_start is None:
                continue
            due = plan.due
            if self._not_before is not None and due < self._not_before:
                due = self._not_before
            allowed = self.allowed_from(due)
            if allowed is None:
                continue
            candidates.append(replace(plan, due=allowed))
        return candidates

    def allowed_from(self, moment: datetime) -> datetime | None:
        """The first moment at or after `moment` within work days and hours and outside
        quiet hours, or None if there is none within a week (all days switched off).

        Remembered per moment: a weekend's search walks thousands of minutes, and the
        same due times are asked about at every idle sample."""
        local = self._clock.to_local(moment)
        key = (moment, local.utcoffset())
        if key in self._allowed_cache:
            return self._allowed_cache[key]
        if len(self._allowed_cache) > ALLOWED_CACHE_SIZE:
            self._allowed_cache.clear()
        found = self._search_allowed(moment, local)
        self._allowed_cache[key] = found
        return found

    def _search_allowed(self, moment: datetime, local: datetime) -> datetime | None:
        if self._allowed_local(local):
            return moment
        # Boundaries are whole local minutes: step minute by minute (a week is 10k steps).
        probe = moment + timedelta(seconds=60 - local.second, microseconds=-local.microsecond)
        limit = moment + timedelta(days=8)
        while probe < limit:
            if self._allowed_local(self._clock.to_local(probe)):
                return probe
            probe += timedelta(minutes=1)
        return None

    def _allowed_local(self, local: datetime) -> bool:
        day = DAY_NAMES[local.weekday()]
        moment = local.time().replace(tzinfo=None)
        if day not in self.schedule.work_days:
            return False
        if not self.schedule.work_hours.contains(moment):
            return False
        quiet = self.schedule.quiet_hours
        return quiet is None or not quiet.contains(moment)

    # -- answers -------------------------------------------------------------------
    def answer(self, kind: PromptKind, outcome: Outcome) -> None:
        """Apply the user's answer to the prompt of this kind that was on screen."""
        now = self._clock.now()
        plan = self._plans.get(kind, DuePrompt(kind, now))
        if outcome is Outcome.SNOOZED:
            count = plan.snooze_count + 1
            self._plans[kind] = DuePrompt(kind, now + self.snooze_delay(count), count)
            return
        if kind is PromptKind.ROUTINE:
            self._plans.pop(kind, None)  # done, declined or missed: offered again tomorrow
            return
        if kind is PromptKind.STAND:
            if outcome is Outcome.ACCEPTED:
                self._plans.pop(kind, None)  # the tracker ends the bout
                return
            if outcome is Outcome.MISSED:  # still sitting, prompt unseen: ask again soon
                delay = timedelta(minutes=self.prompts.snooze_minutes)
                self._plans[kind] = DuePrompt(kind, now + delay, plan.snooze_count)
                return
            self._plans[kind] = DuePrompt(kind, now + self.stand_after)
            return
        self._plans[kind] = DuePrompt(kind, now + self.squeeze_every)

    def supersede(self, kind: PromptKind) -> None:
        """Another prompt was shown in place of this one (both fell due in a hold): start
        this one's interval afresh, so the two never come as a burst."""
        plan = self._plans.get(kind)
        if plan is None:
            return
        now = self._clock.now()
        delay = self.squeeze_every if kind is PromptKind.SQUEEZE else self.snooze_delay(0)
        self._plans[kind] = replace(plan, due=now + delay)

    def snooze_delay(self, snooze_count: int) -> timedelta:
        """From the escalate_after-th snooze on, snoozes are halved (at least a minute)."""
        minutes = self.prompts.snooze_minutes
        if snooze_count >= self.prompts.escalate_after_snoozes:
            minutes = max(1, minutes // 2)
        return timedelta(minutes=minutes)

    def is_urgent(self, prompt: DuePrompt) -> bool:
        return prompt.urgent_after(self.prompts.escalate_after_snoozes)

    def plan(self, kind: PromptKind) -> DuePrompt | None:
        return self._plans.get(kind)
