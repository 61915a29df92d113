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

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, clock_time, translate
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
# Marked English words: shown through outcome_word() / break_word() (or
# translate("Timeline", WORD)), never as they are.
OUTCOME_WORD = {
    Outcome.ACCEPTED: QT_TRANSLATE_NOOP("Timeline", "done"),
    Outcome.SNOOZED: QT_TRANSLATE_NOOP("Timeline", "snoozed"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Timeline", "skipped"),
    Outcome.DISMISSED: QT_TRANSLATE_NOOP("Timeline", "dismissed"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("Timeline", "missed"),
}
PENDING_WORD = QT_TRANSLATE_NOOP("Timeline", "showing now")
KIND_WORD = {
    PromptKind.SQUEEZE: QT_TRANSLATE_NOOP("Timeline", "squeeze"),
    PromptKind.STAND: QT_TRANSLATE_NOOP("Timeline", "stand-up"),
    PromptKind.ROUTINE: QT_TRANSLATE_NOOP("Timeline", "routine"),
}
BREAK_WORD = {
    BreakKind.PROMPTED: QT_TRANSLATE_NOOP("Timeline", "prompted break"),
    BreakKind.NATURAL: QT_TRANSLATE_NOOP("Timeline", "natural break"),
    BreakKind.LOCK_SUSPEND: QT_TRANSLATE_NOOP("Timeline", "lock / suspend"),
}


def break_word(kind: BreakKind) -> str:
    """ "prompted break", in the user's language."""
    return translate("Timeline", BREAK_WORD[kind])


def outcome_word(outcome: Outcome | None) -> str:
    """ "done", "snoozed", ... or "showing now" for a prompt not yet answered."""
    return translate("Timeline", PENDING_WORD if outcome is None else OUTCOME_WORD[outcome])


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
    return clock_time(moment)  # the locale's 12 or 24 hours


def _kind_prompt(kind: PromptKind) -> str:
    if kind is PromptKind.SQUEEZE:
        return translate("Timeline", "Squeeze prompt")
    if kind is PromptKind.STAND:
        return translate("Timeline", "Stand-up prompt")
    return translate("Timeline", "Routine prompt")


def _break_title(kind: BreakKind) -> str:
    if kind is BreakKind.PROMPTED:
        return translate("Timeline", "Prompted break")
    if kind is BreakKind.NATURAL:
        return translate("Timeline", "Natural break")
    return translate("Timeline", "Lock / suspend")


def _breakdown(counts: list[tuple[Outcome | None, int]]) -> str:
    """ "3 missed, 1 done"."""
    return ", ".join(
        translate("Timeline", "{count} {outcome}", "2 missed").format(
            count=n, outcome=outcome_word(o)
        )
        for o, n in counts
    )


def cluster_tooltip(cluster: PromptCluster) -> str:
    if cluster.count == 1:
        prompt = cluster.prompts[0]
        return translate(
            "Timeline", "{prompt} at {time}: {outcome}", "Squeeze prompt at 10:15: done"
        ).format(
            prompt=_kind_prompt(prompt.kind),
            time=_hhmm(prompt.at),
            outcome=outcome_word(prompt.outcome),
        )
    counts, n = cluster.outcome_counts(), cluster.count  # lupdate needs a plain name as n
    breakdown = _breakdown([(o, counts[o]) for o in sorted(counts, key=lambda o: -counts[o])])
    lines = [
        translate("Timeline", "%n prompts {first}–{last}: {breakdown}", None, n).format(
            first=_hhmm(cluster.first), last=_hhmm(cluster.last), breakdown=breakdown
        )
    ]
    lines += (
        translate("Timeline", "{time} {kind}: {outcome}", "10:15 squeeze: done").format(
            time=_hhmm(p.at),
            kind=translate("Timeline", KIND_WORD[p.kind]),
            outcome=outcome_word(p.outcome),
        )
        for p in cluster.prompts
    )
    return "\n".join(lines)


def bout_tooltip(bout: TimelineBout) -> str:
    seconds = (bout.end - bout.start).total_seconds()
    if bout.posture is Posture.STANDING:
        text = translate("Timeline", "Standing {start}–{end} ({length})")
    elif bout.open:
        text = translate("Timeline", "Sitting since {start} ({length} so far)")
    elif bout.over_limit:
        text = translate("Timeline", "Sitting {start}–{end} ({length}), over the stand-up limit")
    else:
        text = translate("Timeline", "Sitting {start}–{end} ({length})")
    return text.format(
        start=_hhmm(bout.start), end=_hhmm(bout.end), length=format_duration(seconds)
    )


def break_tooltip(brk: TimelineBreak) -> str:
    word = _break_title(brk.kind)
    if brk.continues:
        return translate(
            "Timeline", "{break} from {start}, a long one", "Natural break from 17:30"
        ).format(**{"break": word, "start": _hhmm(brk.start)})
    length = format_duration((brk.end - brk.start).total_seconds())
    return translate("Timeline", "{break} {start}–{end} ({length})").format(
        **{"break": word, "start": _hhmm(brk.start), "end": _hhmm(brk.end), "length": length}
    )


def describe_timeline(timeline: Timeline) -> str:
    """The timeline in one paragraph, for screen readers."""
    sitting = [b for b in timeline.bouts if b.posture is Posture.SITTING]
    if not timeline.bouts and not timeline.prompts:
        return translate("Timeline", "Nothing recorded on this day.")
    parts = []
    if sitting:
        longest = max((b.end - b.start).total_seconds() for b in sitting)
        over = sum(1 for b in sitting if b.over_limit)
        n = len(sitting)
        if n == 1:
            bouts = translate(
                "Timeline", "%n sitting bout from {first} to {last}, the longest {longest}", None, n
            )
        else:
            bouts = translate(
                "Timeline",
                "%n sitting bouts from {first} to {last}, the longest {longest}",
                None,
                n,
            )
        sentence = bouts.format(
            first=_hhmm(sitting[0].start),
            last=_hhmm(sitting[-1].end),
            longest=format_duration(longest),
        )
        if over:
            sentence += translate("Timeline", "; %n over the stand-up limit", None, over)
        parts.append(sentence + ".")
    standing = [b for b in timeline.bouts if b.posture is Posture.STANDING]
    if standing:
        total = sum((b.end - b.start).total_seconds() for b in standing)
        parts.append(translate("Timeline", "Standing {time}.").format(time=format_duration(total)))
    if timeline.breaks:
        n = len(timeline.breaks)
        if n == 1:
            parts.append(translate("Timeline", "%n break.", None, n))
        else:
            parts.append(translate("Timeline", "%n breaks.", None, n))
    if timeline.prompts:
        counts = Counter(p.outcome for p in timeline.prompts)
        n = len(timeline.prompts)
        breakdown = _breakdown(counts.most_common())
        if n == 1:
            line = translate("Timeline", "%n prompt: {breakdown}.", None, n)
        else:
            line = translate("Timeline", "%n prompts: {breakdown}.", None, n)
        parts.append(line.format(breakdown=breakdown))
    return " ".join(parts)
