"""Daily sitting stats, trends and streaks, computed from stored records.

Pure: the caller (desk/stats_reader.py) loads bouts, prompts and routine sessions and
passes them in with the stand-up limit. Days are local days in the UTC offset stored
with each record, so a DST day has 23 or 25 hours and travel keeps each day right.

Counting rules (what a user sees):
- A bout that crosses midnight is split: each day gets its own part of the sitting time
  (and each hour bucket its part). Midnights and hours of one bout are taken in the offset
  of its start; a bout spanning a DST switch at night may land an hour off in the hour
  buckets, never in the day totals.
- `bouts`, `longest_bout_seconds` and `bouts_over_limit` count every sitting bout that
  touches the day, with its whole length: a 3-hour bout from 23:00 to 02:00 is a 3-hour
  bout on both days.
- A break is a sitting bout that ended for a break reason (AWAY natural, STOOD_UP
  prompted, LOCK/SUSPEND/SLEEP lock or suspend); it counts on the day the bout ended.
- Prompts count on the day they were shown; one per showing, unanswered ones are left out.
- Squeezes are accepted squeeze prompts plus completed seated-squeeze sessions. Routines
  are completed sessions of the glute activation routine, short or full (a desk break is
  not the day's routine); exercises done are the exercises completed in the sessions of
  every routine but the seated squeeze (finished or not).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sitbreak.core.exercise import (
    DAILY_ROUTINE_ID,
    FULL_ROUTINE_ID,
    SQUEEZE_ROUTINE_ID,
    is_activation_routine,
)
from sitbreak.core.i18n import translate
from sitbreak.core.prompt_text import format_duration
from sitbreak.core.records import (
    BoutRecord,
    EndReason,
    Outcome,
    Posture,
    PromptKind,
    PromptRecord,
    RoutineSessionRecord,
    SessionStatus,
)

HOURS = 24
EARLIEST_OFFSET = timedelta(hours=14)  # UTC+14: a local day starts 14 h before UTC's
LATEST_OFFSET = timedelta(hours=12)  # UTC-12
LONG_BREAK_SECONDS = 3 * 3600
BREAK_STUB_SECONDS = 20 * 60


class BreakKind(StrEnum):
    PROMPTED = "prompted"
    NATURAL = "natural"
    LOCK_SUSPEND = "lock_suspend"


_BREAK_KIND = {
    EndReason.STOOD_UP: BreakKind.PROMPTED,
    EndReason.AWAY: BreakKind.NATURAL,
    EndReason.LOCK: BreakKind.LOCK_SUSPEND,
    EndReason.SUSPEND: BreakKind.LOCK_SUSPEND,
    EndReason.SLEEP: BreakKind.LOCK_SUSPEND,
}


def routine_dose(session: RoutineSessionRecord) -> str | None:
    """ "short" or "full" for a session of the glute activation routine, None for any other
    routine. A daily session from before the daily routine became the short one (its
    exercises done in several sets) was the full dose."""
    if session.routine_id == FULL_ROUTINE_ID:
        return "full"
    if session.routine_id != DAILY_ROUTINE_ID:
        return None
    return "full" if any(e.sets_done > 1 for e in session.exercises) else "short"


def break_kind(reason: EndReason | None) -> BreakKind | None:
    """How a bout's ending counts as a break, or None when it was not a break."""
    return None if reason is None else _BREAK_KIND.get(reason)


_KINDS, _OUTCOMES, _BREAK_KINDS = tuple(PromptKind), tuple(Outcome), tuple(BreakKind)


def _zero_prompts() -> dict[PromptKind, dict[Outcome, int]]:
    # From tuples: iterating an enum class costs ten times as much (a month's stats
    # build this for every day).
    return {kind: dict.fromkeys(_OUTCOMES, 0) for kind in _KINDS}


def _zero_breaks() -> dict[BreakKind, int]:
    return dict.fromkeys(_BREAK_KINDS, 0)


@dataclass(frozen=True)
class DayStats:
    day: date
    sitting_seconds: float = 0.0
    standing_seconds: float = 0.0
    bouts: int = 0
    longest_bout_seconds: float = 0.0
    bouts_over_limit: int = 0
    breaks_by_kind: Mapping[BreakKind, int] = field(default_factory=_zero_breaks)
    prompts: Mapping[PromptKind, Mapping[Outcome, int]] = field(default_factory=_zero_prompts)
    squeezes: int = 0
    routines_completed: int = 0
    exercises_done: int = 0
    sitting_by_hour: tuple[float, ...] = (0.0,) * HOURS

    @property
    def breaks(self) -> int:
        return sum(self.breaks_by_kind.values())

    @property
    def has_data(self) -> bool:
        """Anything at all was recorded this day."""
        return bool(
            self.sitting_seconds
            or self.standing_seconds
            or self.bouts
            or self.squeezes
            or self.routines_completed
            or self.exercises_done
            or any(any(c.values()) for c in self.prompts.values())
        )


@dataclass(frozen=True)
class Piece:
    """The part of one bout that falls on one local day."""

    day: date
    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


def split_by_day(bout: BoutRecord) -> list[Piece]:
    """The bout cut at each local midnight.

    Only the offsets at its start and end are known; when they differ (a DST switch or
    travel inside the bout) each moment takes the offset of the nearer end. That keeps a
    DST day at 23 or 25 hours; the hour buckets may be an hour off around the switch.
    """
    start = bout.start
    end = max(bout.end, start)
    if start.utcoffset() == end.utcoffset():
        return _split_fixed(start, end.astimezone(start.tzinfo))
    middle = start + (end - start) / 2
    return _split_fixed(start, middle.astimezone(start.tzinfo)) + _split_fixed(
        middle.astimezone(end.tzinfo), end
    )


def _split_fixed(start: datetime, end: datetime) -> list[Piece]:
    pieces: list[Piece] = []
    cursor = start
    while True:
        next_midnight = datetime.combine(
            cursor.date() + timedelta(days=1), time(0), tzinfo=start.tzinfo
        )
        if end <= next_midnight:
            if end > cursor or not pieces:
                pieces.append(Piece(cursor.date(), cursor, end))
            return pieces
        pieces.append(Piece(cursor.date(), cursor, next_midnight))
        cursor = next_midnight


def _add_by_hour(buckets: list[float], piece: Piece) -> None:
    cursor = piece.start
    while cursor < piece.end:
        next_hour = cursor.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        stop = min(next_hour, piece.end)
        buckets[cursor.hour] += (stop - cursor).total_seconds()
        cursor = stop


@dataclass
class DayBuilder:
    """One day's figures while they are added up (here, and by storage/day_totals.py)."""

    day: date
    sitting: float = 0.0
    standing: float = 0.0
    bouts: int = 0
    longest: float = 0.0
    over: int = 0
    breaks: dict[BreakKind, int] = field(default_factory=_zero_breaks)
    prompts: dict[PromptKind, dict[Outcome, int]] = field(default_factory=_zero_prompts)
    squeezes: int = 0
    routines: int = 0
    exercises: int = 0
    hours: list[float] = field(default_factory=lambda: [0.0] * HOURS)

    def build(self) -> DayStats:
        """The day's stats; the builder is spent (its mappings become the stats')."""
        return DayStats(
            day=self.day,
            sitting_seconds=self.sitting,
            standing_seconds=self.standing,
            bouts=self.bouts,
            longest_bout_seconds=self.longest,
            bouts_over_limit=self.over,
            breaks_by_kind=self.breaks,
            prompts=self.prompts,
            squeezes=self.squeezes,
            routines_completed=self.routines,
            exercises_done=self.exercises,
            sitting_by_hour=tuple(self.hours),
        )


def day_stats(
    days: Sequence[date],
    bouts: Iterable[BoutRecord],
    prompts: Iterable[PromptRecord],
    sessions: Iterable[RoutineSessionRecord],
    stand_limit_seconds: float,
) -> list[DayStats]:
    """One DayStats per requested day, in the order given; records of other days are ignored."""
    builders = {d: DayBuilder(d) for d in days}
    for bout in bouts:
        touched: set[date] = set()
        for piece in split_by_day(bout):
            b = builders.get(piece.day)
            if b is None:
                continue
            if bout.posture is Posture.STANDING:
                b.standing += piece.seconds
                continue
            b.sitting += piece.seconds
            _add_by_hour(b.hours, piece)
            touched.add(piece.day)
        for d in touched:
            b = builders[d]
            b.bouts += 1
            b.longest = max(b.longest, bout.seconds)
            if bout.seconds > stand_limit_seconds:
                b.over += 1
        kind = break_kind(bout.end_reason)
        end_day = builders.get(bout.end.date())
        if kind is not None and bout.posture is Posture.SITTING and end_day is not None:
            end_day.breaks[kind] += 1
    for prompt in prompts:
        b = builders.get(prompt.shown.date())
        if b is None or prompt.outcome is None:
            continue
        b.prompts[prompt.kind][prompt.outcome] += 1
        if prompt.kind is PromptKind.SQUEEZE and prompt.outcome is Outcome.ACCEPTED:
            b.squeezes += 1
    for session in sessions:
        b = builders.get(session.started.date())
        if b is None:
            continue
        completed = session.status is SessionStatus.COMPLETED
        if session.routine_id == SQUEEZE_ROUTINE_ID:
            # Guided from a squeeze prompt, the accepted prompt already counted it.
            b.squeezes += int(completed and session.trigger != "squeeze")
        else:
            b.routines += int(completed and is_activation_routine(session.routine_id))
            b.exercises += session.exercises_completed
    return [builders[d].build() for d in days]


# -- the day's timeline -----------------------------------------------------------------


@dataclass(frozen=True)
class TimelineBout:
    start: datetime
    end: datetime
    posture: Posture
    over_limit: bool  # the whole bout was longer than the stand-up limit
    open: bool  # still going


@dataclass(frozen=True)
class TimelineBreak:
    start: datetime
    end: datetime
    kind: BreakKind
    continues: bool = False  # a long break (the evening, a weekend) cut to a short stub


@dataclass(frozen=True)
class TimelinePrompt:
    at: datetime
    kind: PromptKind
    outcome: Outcome | None


@dataclass(frozen=True)
class Timeline:
    day: date
    start: datetime  # local midnight
    end: datetime  # the next local midnight
    bouts: tuple[TimelineBout, ...]
    breaks: tuple[TimelineBreak, ...]
    prompts: tuple[TimelinePrompt, ...]


def timeline(
    day: date,
    bouts: Sequence[BoutRecord],
    prompts: Iterable[PromptRecord],
    stand_limit_seconds: float,
    now: datetime,
) -> Timeline:
    """What happened on `day`, clipped to it: bouts, the breaks after them, prompts.

    A break lasts from a bout's break ending to the next bout's start (or `now`); one
    longer than LONG_BREAK_SECONDS (the evening, a weekend) shows as a short stub that
    says how the bout ended, so off-days are not painted as one long break. The day runs
    from local midnight to the next one in the offset of its first record.
    """
    ordered = sorted(bouts, key=lambda b: b.start)
    shown = [p for p in prompts if p.shown.date() == day]
    tl_bouts: list[TimelineBout] = []
    raw_breaks: list[TimelineBreak] = []
    for i, bout in enumerate(ordered):
        over = bout.posture is Posture.SITTING and bout.seconds > stand_limit_seconds
        tl_bouts.extend(
            TimelineBout(piece.start, piece.end, bout.posture, over, bout.end_reason is None)
            for piece in split_by_day(bout)
            if piece.day == day
        )
        kind = break_kind(bout.end_reason)
        if kind is not None and bout.posture is Posture.SITTING:
            until = ordered[i + 1].start if i + 1 < len(ordered) else max(now, bout.end)
            if (until - bout.end).total_seconds() > LONG_BREAK_SECONDS:
                stub = bout.end + timedelta(seconds=BREAK_STUB_SECONDS)
                raw_breaks.append(TimelineBreak(bout.end, stub, kind, continues=True))
            else:
                raw_breaks.append(TimelineBreak(bout.end, until, kind))
    if tl_bouts:
        tz = tl_bouts[0].start.tzinfo
    elif shown:
        tz = shown[0].shown.tzinfo
    else:
        tz = now.tzinfo  # the caller passes `now` in local time
    day_start = datetime.combine(day, time(0), tzinfo=tz)
    day_end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    tl_breaks = tuple(
        TimelineBreak(max(b.start, day_start), min(b.end, day_end), b.kind, b.continues)
        for b in raw_breaks
        if b.end > day_start and b.start < day_end
    )
    tl_prompts = tuple(TimelinePrompt(p.shown, p.kind, p.outcome) for p in shown)
    return Timeline(day, day_start, day_end, tuple(tl_bouts), tl_breaks, tl_prompts)


# -- over days --------------------------------------------------------------------------


@dataclass(frozen=True)
class Trend:
    """Average sitting per tracked day over a period, and over the period before it."""

    days: int
    average_sitting_seconds: float | None  # None: nothing tracked in the period
    previous_average_sitting_seconds: float | None

    @property
    def change_fraction(self) -> float | None:
        """+0.1 means 10 % more sitting than the period before."""
        now, before = self.average_sitting_seconds, self.previous_average_sitting_seconds
        if now is None or before is None or before == 0:
            return None
        return (now - before) / before


def average_sitting(days: Iterable[DayStats]) -> float | None:
    """Average sitting over days with any sitting; None when there were none."""
    tracked = [d.sitting_seconds for d in days if d.sitting_seconds > 0]
    return sum(tracked) / len(tracked) if tracked else None


def trend(history: Sequence[DayStats], days: int) -> Trend:
    """`history` is consecutive days ending with the latest; uses its last 2 x `days` days."""
    recent = history[-days:]
    previous = history[-2 * days : -days] if len(history) > days else []
    return Trend(days, average_sitting(recent), average_sitting(previous))


@dataclass(frozen=True)
class Streaks:
    routine_days: int  # days in a row with a routine done, up to today
    under_limit_days: int  # tracked days in a row with no bout over the stand-up limit


def streaks(history: Sequence[DayStats]) -> Streaks:
    """Current streaks; `history` is consecutive days ending today.

    Today not (yet) done does not break the routine streak; it starts from yesterday.
    Days without sitting neither extend nor break the under-limit streak (weekends).
    """
    routine = 0
    for i, d in enumerate(reversed(history)):
        if d.routines_completed > 0:
            routine += 1
        elif i > 0:
            break
    under = 0
    for d in reversed(history):
        if d.sitting_seconds <= 0:
            continue
        if d.bouts_over_limit > 0:
            break
        under += 1
    return Streaks(routine, under)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def utc_window(first: date, last: date) -> tuple[datetime, datetime]:
    """A UTC range that holds every moment of the local days first..last, in any offset:
    a local day starts anywhere from 14 h before to 12 h after its UTC midnight."""
    start = datetime.combine(first, time(0), tzinfo=UTC) - EARLIEST_OFFSET
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC) + LATEST_OFFSET
    return start, end


# -- words for the window ---------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One summary card of the stats window: a title, a big value, a line of detail."""

    title: str
    value: str
    detail: str
    warn: bool = False  # drawn in the warning colour


def _bouts(n: int) -> str:
    if n == 1:
        return translate("Stats", "%n bout", None, n)
    return translate("Stats", "%n bouts", None, n)


def _days(n: int) -> str:
    if n == 1:
        return translate("Stats", "%n day", None, n)
    return translate("Stats", "%n days", None, n)


def _nb(seconds: float) -> str:
    """A duration that does not wrap inside ("6 h", not "6" and "h" on two lines)."""
    return format_duration(seconds).replace(" ", "\u00a0")


def _sitting_card(day: DayStats, goal_seconds: float) -> Card:
    over_goal = day.sitting_seconds > goal_seconds
    if over_goal:
        detail = translate("Stats", "over the {goal} goal", "{goal}: 6 h").format(
            goal=_nb(goal_seconds)
        )
    else:
        detail = translate("Stats", "goal: under {goal}", "{goal}: 6 h").format(
            goal=_nb(goal_seconds)
        )
    if day.standing_seconds:
        detail += translate("Stats", " · stood {time}", "after the goal: · stood 25 min").format(
            time=_nb(day.standing_seconds)
        )
    return Card(translate("Stats", "Sitting"), _nb(day.sitting_seconds), detail, warn=over_goal)


def _longest_card(day: DayStats, limit_seconds: float) -> Card:
    title = translate("Stats", "Longest bout")
    if day.bouts == 0:
        return Card(title, "–", translate("Stats", "no sitting recorded"))
    if day.bouts_over_limit:
        detail = translate("Stats", "{bouts} over {limit}", "2 bouts over 45 min").format(
            bouts=_bouts(day.bouts_over_limit), limit=_nb(limit_seconds)
        )
        return Card(title, _nb(day.longest_bout_seconds), detail, warn=True)
    detail = translate("Stats", "{bouts}, all under {limit}", "5 bouts, all under 45 min").format(
        bouts=_bouts(day.bouts), limit=_nb(limit_seconds)
    )
    return Card(title, _nb(day.longest_bout_seconds), detail)


def _squeeze_card(day: DayStats) -> Card:
    squeeze_prompts = day.prompts[PromptKind.SQUEEZE]
    shown = sum(squeeze_prompts.values())
    if not shown:
        detail = translate("Stats", "no squeeze prompts")
    else:
        if shown == 1:
            detail = translate("Stats", "{done} of %n prompt done", None, shown)
        else:
            detail = translate("Stats", "{done} of %n prompts done", None, shown)
        detail = detail.format(done=squeeze_prompts[Outcome.ACCEPTED])
    return Card(translate("Stats", "Squeezes"), str(day.squeezes), detail)


def _routine_card(day: DayStats, today: date) -> Card:
    done = day.routines_completed
    if done == 0:  # a past day is over
        value = translate("Stats", "Not yet") if day.day >= today else translate("Stats", "None")
    elif done == 1:
        value = translate("Stats", "Done")
    else:
        value = translate("Stats", "Done ×%n", None, done)
    n = day.exercises_done
    if n == 1:
        detail = translate("Stats", "%n exercise done", None, n)
    else:
        detail = translate("Stats", "%n exercises done", None, n)
    return Card(translate("Stats", "Routine"), value, detail)


def day_cards(
    day: DayStats, goal_seconds: float, limit_seconds: float, today: date
) -> tuple[Card, ...]:
    """Sitting, longest bout, breaks, squeezes and routine for one day."""
    kinds = day.breaks_by_kind
    breaks = translate(
        "Stats", "{prompted} prompted · {natural} natural · {lock} lock", "counts of breaks"
    ).format(
        prompted=kinds[BreakKind.PROMPTED],
        natural=kinds[BreakKind.NATURAL],
        lock=kinds[BreakKind.LOCK_SUSPEND],
    )
    return (
        _sitting_card(day, goal_seconds),
        _longest_card(day, limit_seconds),
        Card(translate("Stats", "Breaks"), str(day.breaks), breaks),
        _squeeze_card(day),
        _routine_card(day, today),
    )


def history_summary(
    days: Sequence[DayStats], found: Streaks, period: Trend, limit_seconds: float
) -> str:
    """Two lines over the history chart: average and change; streaks."""
    parts = []
    average = average_sitting(days)
    if average is None:
        parts.append(translate("Stats", "No sitting recorded in these days"))
    else:
        parts.append(
            translate("Stats", "Average {time} sitting a day").format(time=format_duration(average))
        )
        change, n = period.change_fraction, period.days  # lupdate needs a plain name as n
        if change is not None:
            if change > 0:
                pattern = translate("Stats", "{percent} more than the %n days before", None, n)
            else:
                pattern = translate("Stats", "{percent} less than the %n days before", None, n)
            parts.append(pattern.format(percent=f"{abs(change):.0%}"))
    streak_line = translate(
        "Stats",
        "Routine streak: {routine_days} · {limit_days} in a row without a bout over {limit}",
        "Routine streak: 3 days · 2 days in a row without a bout over 45 min",
    ).format(
        routine_days=_days(found.routine_days),
        limit_days=_days(found.under_limit_days),
        limit=format_duration(limit_seconds),
    )
    return " · ".join(parts) + "\n" + streak_line
