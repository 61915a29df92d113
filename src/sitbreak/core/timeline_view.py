"""What the Day tab's timeline shows: the day's active hours, prompts merged into
counted clusters where they would overlap, and the words for tooltips and screen readers.

A 24-hour axis makes a three-hour day a sliver and turns a run of missed prompts into
one red bar; these rules decide the zoom and the merging, the chart only draws them.
Times are read on each moment's own wall clock (its stored offset), as the chart does.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sitbreak.core.prompt_text import format_duration
from sitbreak.core.records import Outcome, Posture, PromptKind
from sitbreak.core.stats import BreakKind, Timeline, TimelineBout, TimelineBreak, TimelinePrompt

DAY_HOURS = 24
MIN_SPAN_HOURS = 4  # a short day still shows some context either side
MARGIN_SECONDS = 15 * 60  # room around the first and last thing of the day

# Which outcome colours a cluster when counts tie: the one the user most needs to see.
_OUTCOME_WEIGHT = {
    Outcome.MISSED: 5,
    Outcome.SKIPPED: 4,
    Outcome.DISMISSED: 3,
    Outcome.SNOOZED: 2,
    Outcome.ACCEPTED: 1,
}
OUTCOME_WORD = {
    Outcome.ACCEPTED: "done",
    Outcome.SNOOZED: "snoozed",
    Outcome.SKIPPED: "skipped",
    Outcome.DISMISSED: "dismissed",
    Outcome.MISSED: "missed",
}
PENDING_WORD = "showing now"
KIND_WORD = {
    PromptKind.SQUEEZE: "squeeze",
    PromptKind.STAND: "stand-up",
    PromptKind.ROUTINE: "routine",
}
BREAK_WORD = {
    BreakKind.PROMPTED: "prompted break",
    BreakKind.NATURAL: "natural break",
    BreakKind.LOCK_SUSPEND: "lock / suspend",
}


def second_of_day(moment: datetime, timeline: Timeline) -> float:
    """Seconds since the timeline day's midnight by the moment's wall clock, 0..86400."""
    if moment.date() > timeline.day:
        return DAY_HOURS * 3600.0
    if moment.date() < timeline.day:
        return 0.0
    return moment.hour * 3600.0 + moment.minute * 60.0 + moment.second


@dataclass(frozen=True)
class HourSpan:
    """The hours the chart shows: [first_hour, last_hour), whole hours within 0..24."""

    first_hour: int
    last_hour: int

    @property
    def hours(self) -> int:
        return self.last_hour - self.first_hour

    def fraction(self, second: float) -> float:
        """Where a second of the day falls on the axis, 0..1 (clipped)."""
        start = self.first_hour * 3600.0
        return min(1.0, max(0.0, (second - start) / (self.hours * 3600.0)))

    def label_step(self, pixels_per_hour: float, label_pixels: float = 36.0) -> int:
        """Hours between axis labels, so labels never crowd: 1, 2, 3, 4 or 6."""
        for step in (1, 2, 3, 4, 6):
            if step * pixels_per_hour >= label_pixels:
                return step
        return 6


FULL_DAY = HourSpan(0, DAY_HOURS)


def active_span(timeline: Timeline, now: datetime | None = None) -> HourSpan:
    """The day's active hours with a margin, at least MIN_SPAN_HOURS; the whole day
    when nothing happened. `now` (today only) is kept in view for the "now" mark."""
    seconds = [second_of_day(m, timeline) for m in _moments(timeline)]
    if not seconds:
        return FULL_DAY
    if now is not None and now.date() == timeline.day:
        seconds.append(second_of_day(now, timeline))
    first = max(0, math.floor((min(seconds) - MARGIN_SECONDS) / 3600))
    last = min(DAY_HOURS, math.ceil((max(seconds) + MARGIN_SECONDS) / 3600))
    missing = MIN_SPAN_HOURS - (last - first)
    if missing > 0:  # widen evenly, then against whichever end of the day it hit
        first = max(0, first - missing // 2)
        last = min(DAY_HOURS, first + MIN_SPAN_HOURS)
        first = max(0, last - MIN_SPAN_HOURS)
    return HourSpan(first, last)


def _moments(timeline: Timeline) -> list[datetime]:
    moments: list[datetime] = []
    for bout in timeline.bouts:
        moments += (bout.start, bout.end)
    for brk in timeline.breaks:
        moments += (brk.start, brk.end)
    moments += (p.at for p in timeline.prompts)
    return moments


@dataclass(frozen=True)
class PromptCluster:
    """Prompts close enough to overlap on screen, drawn as one mark with a count."""

    prompts: tuple[TimelinePrompt, ...]

    @property
    def first(self) -> datetime:
        return self.prompts[0].at

    @property
    def last(self) -> datetime:
        return self.prompts[-1].at

    @property
    def count(self) -> int:
        return len(self.prompts)

    def outcome_counts(self) -> dict[Outcome | None, int]:
        return dict(Counter(p.outcome for p in self.prompts))

    @property
    def outcome(self) -> Outcome | None:
        """The outcome that colours the mark: the most common, the more urgent on a tie."""
        counts = self.outcome_counts()
        return max(counts, key=lambda o: (counts[o], _OUTCOME_WEIGHT.get(o, 0) if o else 6))


def cluster_prompts(
    prompts: tuple[TimelinePrompt, ...], timeline: Timeline, min_gap_seconds: float
) -> tuple[PromptCluster, ...]:
    """Merge prompts less than `min_gap_seconds` after the previous one (the width of a
    mark on screen, in seconds of the axis)."""
    ordered = sorted(prompts, key=lambda p: p.at)
    clusters: list[list[TimelinePrompt]] = []
    for prompt in ordered:
        at = second_of_day(prompt.at, timeline)
        if clusters and at - second_of_day(clusters[-1][-1].at, timeline) < min_gap_seconds:
            clusters[-1].append(prompt)
        else:
            clusters.append([prompt])
    return tuple(PromptCluster(tuple(c)) for c in clusters)


# -- words -------------------------------------------------------------------------------


def _hhmm(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _outcome_word(outcome: Outcome | None) -> str:
    return PENDING_WORD if outcome is None else OUTCOME_WORD[outcome]


def cluster_tooltip(cluster: PromptCluster) -> str:
    if cluster.count == 1:
        prompt = cluster.prompts[0]
        kind, outcome = KIND_WORD[prompt.kind].capitalize(), _outcome_word(prompt.outcome)
        return f"{kind} prompt at {_hhmm(prompt.at)}: {outcome}"
    counts = cluster.outcome_counts()
    breakdown = ", ".join(
        f"{counts[o]} {_outcome_word(o)}" for o in sorted(counts, key=lambda o: -counts[o])
    )
    lines = [f"{cluster.count} prompts {_hhmm(cluster.first)}–{_hhmm(cluster.last)}: {breakdown}"]
    lines += (
        f"{_hhmm(p.at)} {KIND_WORD[p.kind]}: {_outcome_word(p.outcome)}" for p in cluster.prompts
    )
    return "\n".join(lines)


def bout_tooltip(bout: TimelineBout) -> str:
    seconds = (bout.end - bout.start).total_seconds()
    if bout.posture is Posture.STANDING:
        text = "Standing {start}–{end} ({length})"
    elif bout.open:
        text = "Sitting since {start} ({length} so far)"
    elif bout.over_limit:
        text = "Sitting {start}–{end} ({length}), over the stand-up limit"
    else:
        text = "Sitting {start}–{end} ({length})"
    return text.format(
        start=_hhmm(bout.start), end=_hhmm(bout.end), length=format_duration(seconds)
    )


def break_tooltip(brk: TimelineBreak) -> str:
    word = BREAK_WORD[brk.kind].capitalize()
    if brk.continues:
        return f"{word} from {_hhmm(brk.start)}, a long one"
    length = format_duration((brk.end - brk.start).total_seconds())
    return f"{word} {_hhmm(brk.start)}–{_hhmm(brk.end)} ({length})"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe_timeline(timeline: Timeline) -> str:
    """The timeline in one paragraph, for screen readers."""
    sitting = [b for b in timeline.bouts if b.posture is Posture.SITTING]
    if not timeline.bouts and not timeline.prompts:
        return "Nothing recorded on this day."
    parts = []
    if sitting:
        longest = max((b.end - b.start).total_seconds() for b in sitting)
        over = sum(1 for b in sitting if b.over_limit)
        parts.append(
            "{bouts} from {first} to {last}, the longest {longest}".format(
                bouts=_count(len(sitting), "sitting bout", "sitting bouts"),
                first=_hhmm(sitting[0].start),
                last=_hhmm(sitting[-1].end),
                longest=format_duration(longest),
            )
            + ("" if not over else f"; {over} over the stand-up limit")
            + "."
        )
    standing = [b for b in timeline.bouts if b.posture is Posture.STANDING]
    if standing:
        total = sum((b.end - b.start).total_seconds() for b in standing)
        parts.append(f"Standing {format_duration(total)}.")
    if timeline.breaks:
        parts.append(_count(len(timeline.breaks), "break.", "breaks."))
    if timeline.prompts:
        counts = Counter(p.outcome for p in timeline.prompts)
        breakdown = ", ".join(f"{n} {_outcome_word(o)}" for o, n in counts.most_common())
        parts.append(f"{_count(len(timeline.prompts), 'prompt', 'prompts')}: {breakdown}.")
    return " ".join(parts)
