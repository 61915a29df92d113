"""The Day tab's zoom, prompt clusters and words, without a display."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from sitbreak.core.records import Outcome, Posture, PromptKind
from sitbreak.core.stats import BreakKind, Timeline, TimelineBout, TimelineBreak, TimelinePrompt
from sitbreak.core.timeline_view import (
    FULL_DAY,
    HourSpan,
    active_span,
    bout_tooltip,
    break_tooltip,
    cluster_prompts,
    cluster_tooltip,
    describe_timeline,
)

CET = timezone(timedelta(hours=1))
DAY = date(2026, 3, 2)


def at(hh: int, mm: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hh, mm, tzinfo=CET)


def day_of(
    bouts: tuple[TimelineBout, ...] = (),
    prompts: tuple[TimelinePrompt, ...] = (),
    breaks: tuple[TimelineBreak, ...] = (),
) -> Timeline:
    return Timeline(DAY, at(0), at(0) + timedelta(days=1), bouts, breaks, prompts)


def sitting(start: datetime, end: datetime, *, over: bool = False) -> TimelineBout:
    return TimelineBout(start, end, Posture.SITTING, over, open=False)


def test_a_working_morning_is_zoomed_to_its_hours_with_a_margin() -> None:
    tl = day_of((sitting(at(9), at(9, 50)), sitting(at(10), at(10, 20))))
    assert active_span(tl) == HourSpan(8, 12)  # 08:45-10:35, widened to four hours
    assert active_span(tl, now=at(12)) == HourSpan(8, 13)  # today keeps "now" in view


def test_a_full_day_is_not_zoomed_and_an_empty_day_shows_all_of_it() -> None:
    assert active_span(day_of((sitting(at(0, 5), at(23, 50)),))) == FULL_DAY
    assert active_span(day_of()) == FULL_DAY


@pytest.mark.parametrize(
    ("start", "end", "span"),
    [
        (at(0, 10), at(0, 30), HourSpan(0, 4)),  # just after midnight: widened forwards
        (at(22, 40), at(23, 55), HourSpan(20, 24)),  # late: widened backwards
        (at(13), at(13, 20), HourSpan(11, 15)),
    ],
)
def test_a_short_day_still_shows_four_hours_within_the_day(
    start: datetime, end: datetime, span: HourSpan
) -> None:
    assert active_span(day_of((sitting(start, end),))) == span


def test_axis_labels_thin_out_when_hours_are_narrow() -> None:
    span = HourSpan(8, 18)
    assert span.label_step(pixels_per_hour=60) == 1
    assert span.label_step(pixels_per_hour=20) == 2
    assert span.label_step(pixels_per_hour=5) == 6
    assert span.fraction(13 * 3600) == pytest.approx(0.5)
    assert span.fraction(2 * 3600) == 0.0  # clipped to the axis


def prompts_every(minutes: int, count: int, outcome: Outcome | None) -> list[TimelinePrompt]:
    return [
        TimelinePrompt(at(11) + timedelta(minutes=minutes * i), PromptKind.SQUEEZE, outcome)
        for i in range(count)
    ]


def test_a_run_of_missed_prompts_becomes_one_counted_cluster() -> None:
    prompts = (
        TimelinePrompt(at(9), PromptKind.STAND, Outcome.ACCEPTED),
        *prompts_every(3, 12, Outcome.MISSED),
    )
    clusters = cluster_prompts(prompts, day_of(prompts=prompts), min_gap_seconds=5 * 60)
    assert [c.count for c in clusters] == [1, 12]
    run = clusters[1]
    assert (run.first, run.last) == (at(11), at(11, 33))
    assert run.outcome is Outcome.MISSED
    tip = cluster_tooltip(run)
    assert tip.splitlines()[0] == "12 prompts 11:00–11:33: 12 missed"
    assert "11:03 squeeze: missed" in tip
    assert cluster_tooltip(clusters[0]) == "Stand-up prompt at 09:00: done"


def test_prompts_far_enough_apart_stay_single_marks() -> None:
    prompts = tuple(prompts_every(20, 4, Outcome.ACCEPTED))
    clusters = cluster_prompts(prompts, day_of(prompts=prompts), min_gap_seconds=5 * 60)
    assert [c.count for c in clusters] == [1, 1, 1, 1]


def test_a_cluster_takes_the_colour_of_its_commonest_outcome_and_a_tie_the_urgent_one() -> None:
    mixed = (*prompts_every(1, 2, Outcome.ACCEPTED)[:2], *prompts_every(1, 1, Outcome.MISSED))
    tl = day_of(prompts=mixed)
    (cluster,) = cluster_prompts(mixed, tl, 600)
    assert cluster.outcome is Outcome.ACCEPTED
    tie = (*prompts_every(1, 1, Outcome.ACCEPTED), *prompts_every(1, 1, Outcome.SKIPPED))
    (cluster,) = cluster_prompts(tie, day_of(prompts=tie), 600)
    assert cluster.outcome is Outcome.SKIPPED
    assert "1 done" in cluster_tooltip(cluster)
    assert "1 skipped" in cluster_tooltip(cluster)


def test_tooltips_say_what_each_bar_was() -> None:
    assert bout_tooltip(sitting(at(9), at(9, 50))) == "Sitting 09:00–09:50 (50 min)"
    assert bout_tooltip(sitting(at(9), at(10, 5), over=True)) == (
        "Sitting 09:00–10:05 (1 h 05 min), over the stand-up limit"
    )
    still = TimelineBout(at(11), at(11, 12), Posture.SITTING, False, open=True)
    assert bout_tooltip(still) == "Sitting since 11:00 (12 min so far)"
    standing = TimelineBout(at(11), at(11, 30), Posture.STANDING, False, open=False)
    assert bout_tooltip(standing) == "Standing 11:00–11:30 (30 min)"
    natural = TimelineBreak(at(9, 50), at(10), BreakKind.NATURAL)
    assert break_tooltip(natural) == "Natural break 09:50–10:00 (10 min)"
    evening = TimelineBreak(at(17), at(17, 30), BreakKind.LOCK_SUSPEND, continues=True)
    assert break_tooltip(evening) == "Lock / suspend from 17:00, a long one"


def test_the_day_in_words_for_a_screen_reader() -> None:
    tl = day_of(
        (sitting(at(9), at(9, 50)), sitting(at(10), at(11, 5), over=True)),
        (TimelinePrompt(at(9, 20), PromptKind.SQUEEZE, Outcome.ACCEPTED),),
        (TimelineBreak(at(9, 50), at(10), BreakKind.NATURAL),),
    )
    assert describe_timeline(tl) == (
        "2 sitting bouts from 09:00 to 11:05, the longest 1 h 05 min; "
        "1 over the stand-up limit. 1 break. 1 prompt: 1 done."
    )
    assert describe_timeline(day_of()) == "Nothing recorded on this day."
