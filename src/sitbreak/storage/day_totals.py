"""Per-day stats computed inside SQLite: one query for any range of local days.

Reading every bout and prompt of a month into Python objects and adding them up costs
tens of milliseconds after a few years of history; SQLite adds them up in a few. The
rules are those of `core.stats.day_stats` (the tests compare both on random histories):
a bout is cut at the local midnights of its start offset, or, when its start and end
offsets differ, its first half in the start offset and its second half in the end one;
a bout counts on every day it touches with its whole length; a break counts on the day
its bout ended; prompts on the day they were shown; sessions on the day they started
(only the daily or full activation routine counts as the day's routine).

Damaged rows follow the one read path's rules (storage/queries.py): a row the records
could not be built from (a time or offset out of range, an unknown name, a bout longer
than LONGEST_PLAUSIBLE_BOUT or ending before it starts) counts nowhere; the same query
names it, and it is reported through the same conversion, in the same words.

Days are numbered from 1970-01-01 in local time: a moment's local day is
floor((utc + offset) / 86400).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from types import MappingProxyType

from sitbreak.core.exercise import ACTIVATION_ROUTINE_IDS, SQUEEZE_ROUTINE_ID
from sitbreak.core.records import EndReason, Outcome, Posture, PromptKind, SessionStatus
from sitbreak.core.stats import (
    BreakKind,
    DayBuilder,
    DayStats,
    break_kind,
    days_between,
    utc_window,
)
from sitbreak.storage.queries import LONGEST_PLAUSIBLE_BOUT, BadRows, report_unreadable

EPOCH_DAY = date(1970, 1, 1).toordinal()
DAY = 86400
# The UTC seconds Python's datetime can hold: 0001-01-01 up to (not including) 10000-01-01.
_FIRST_SECOND = (datetime.min - datetime(1970, 1, 1)).total_seconds()
_END_SECOND = (datetime.max - datetime(1970, 1, 1)).total_seconds() // 1 + 1


def _names(values: Iterable[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _moment_ok(utc: str, offset: str) -> str:
    """SQL: the record's aware datetime can be built (queries._LocalTimes.at): both numbers,
    the offset strictly within a day, the UTC and the local time within datetime's years.

    A value that is no number fails the range checks by itself: SQLite orders NULL before,
    and text and blobs after, every number (a NULL makes the CASE take its ELSE), and
    numeric text never stays text in these REAL and INTEGER columns (their affinity turns
    it into a number on writing). So no typeof() check is needed, which costs a third of
    the check (the tests write text and blobs into every column).
    """
    return (
        f"({offset} > -{DAY} AND {offset} < {DAY}"
        f" AND {utc} >= {_FIRST_SECOND} AND {utc} < {_END_SECOND}"
        f" AND {utc} + {offset} >= {_FIRST_SECOND} AND {utc} + {offset} < {_END_SECOND})"
    )


def _optional_moment_ok(utc: str, offset: str) -> str:
    """SQL: as _moment_ok for a time that may be missing (its offset read as `or 0`)."""
    zero_offset = f"({offset} IS NULL OR {offset} IN (0, '', X''))"
    return (
        f"({utc} IS NULL OR ({zero_offset} AND {_moment_ok(utc, '0')})"
        f" OR (NOT {zero_offset} AND {_moment_ok(utc, offset)}))"
    )


def _day_of(local_seconds: str) -> str:
    """SQL: floor(local_seconds / 86400), also before 1970 (CAST truncates towards zero)."""
    v = f"(({local_seconds}) / {float(DAY)})"
    return f"(CAST({v} AS INTEGER) - ({v} < CAST({v} AS INTEGER)))"


def _last_day_before(local_seconds: str) -> str:
    """SQL: the day of the last moment before local_seconds (ceil(v / 86400) - 1)."""
    v = f"(({local_seconds}) / {float(DAY)})"
    return f"(CAST({v} AS INTEGER) + ({v} > CAST({v} AS INTEGER)) - 1)"


_BOUT_OK = (
    f"CASE WHEN posture IN ({_names(Posture)})"
    f" AND (end_reason IS NULL OR end_reason IN ({_names(EndReason)}))"
    f" AND {_moment_ok('start_utc', 'start_offset')} AND {_moment_ok('end_utc', 'end_offset')}"
    f" AND end_utc - start_utc BETWEEN 0 AND {LONGEST_PLAUSIBLE_BOUT.total_seconds()}"
    " THEN 1 ELSE 0 END"
)
_PROMPT_OK = (
    f"CASE WHEN kind IN ({_names(PromptKind)})"
    f" AND (outcome IS NULL OR outcome IN ({_names(Outcome)}))"
    f" AND {_moment_ok('due_utc', 'due_offset')} AND {_moment_ok('shown_utc', 'shown_offset')}"
    f" AND {_optional_moment_ok('answered_utc', 'answered_offset')}"
    " THEN 1 ELSE 0 END"
)
_SESSION_OK = (
    f"CASE WHEN status IN ({_names(SessionStatus)})"
    f" AND {_moment_ok('started_utc', 'started_offset')}"
    f" AND {_optional_moment_ok('finished_utc', 'finished_offset')}"
    " THEN 1 ELSE 0 END"
)
_MIDDLE = "s + (e - s) / 2.0"

# Most bouts lie within one local day in one offset: they are their own piece, straight
# from b_all. Only the rest (across a midnight, or with two offsets: each half in its own)
# go through `span` and are cut at each midnight. Each day number is worked out once, in
# b_all; the hour buckets step through the hours a piece touches (one to three), not all
# 24 for every piece. (60 days after five years: 10 ms where cutting every bout and
# trying every hour took 14.)
_DAY_TOTALS = f"""
WITH RECURSIVE
b_all AS MATERIALIZED (
  SELECT id, start_utc AS s, end_utc AS e, start_offset AS so, end_offset AS eo, posture,
         end_reason, end_utc - start_utc AS len, {_BOUT_OK} AS ok,
         {_day_of("start_utc + start_offset")} AS d0, {_day_of("end_utc + end_offset")} AS d_end
  FROM bouts
  WHERE start_utc >= (SELECT COALESCE(MAX(start_utc), -1e300) FROM bouts WHERE start_utc <= :lo)
    AND start_utc < :hi AND end_utc > :lo
),
p_all AS MATERIALIZED (
  SELECT id, shown_utc, shown_offset, kind, outcome, {_PROMPT_OK} AS ok
  FROM prompts WHERE shown_utc >= :detail_lo AND shown_utc < :hi
),
s_all AS MATERIALIZED (
  SELECT id, routine_id, trigger, status, started_utc, started_offset, {_SESSION_OK} AS ok
  FROM routine_sessions WHERE started_utc >= :lo AND started_utc < :hi
),
span AS MATERIALIZED (
  SELECT id, posture, len, s AS a, e AS z, so AS off, d0, {_last_day_before("e + so")} AS d1
  FROM b_all WHERE ok AND so = eo AND e + so > (d0 + 1) * {DAY}
  UNION ALL
  SELECT id, posture, len, s, {_MIDDLE}, so, d0, {_last_day_before(f"{_MIDDLE} + so")}
  FROM b_all WHERE ok AND so != eo
  UNION ALL
  SELECT id, posture, len, {_MIDDLE}, e, eo, {_day_of(f"{_MIDDLE} + eo")},
         {_last_day_before("e + eo")}
  FROM b_all WHERE ok AND so != eo
),
longest_span AS MATERIALIZED (SELECT COALESCE(MAX(d1 - d0), 0) AS n FROM span),
ks(k) AS MATERIALIZED (
  SELECT 0 UNION ALL SELECT k + 1 FROM ks, longest_span WHERE k < n
),
piece AS MATERIALIZED (
  SELECT id, posture, len, d0 AS day, so AS off, s AS pa, e AS pz
  FROM b_all WHERE ok AND so = eo AND e + so <= (d0 + 1) * {DAY}
  UNION ALL
  SELECT id, posture, len, d0 + k, off,
         MAX(a, (d0 + k) * {DAY} - off), MIN(z, (d0 + k + 1) * {DAY} - off)
  FROM span CROSS JOIN ks ON k <= MAX(d1, d0) - d0
),
hour_piece(day, h, r0, r1) AS (
  SELECT day, CAST((pa + off - day * {DAY}) / 3600 AS INTEGER), pa + off - day * {DAY},
         pz + off - day * {DAY}
  FROM piece WHERE posture = 'sitting' AND pz > pa AND day BETWEEN :detail_first AND :last
  UNION ALL
  SELECT day, h + 1, r0, r1 FROM hour_piece WHERE h < 23 AND (h + 1) * 3600 < r1
)
SELECT 'hour', day, h, NULL, SUM(MIN(r1, (h + 1) * 3600) - MAX(r0, h * 3600)), 0, 0, 0, 0
FROM hour_piece GROUP BY day, h
UNION ALL
SELECT 'prompt', {_day_of("shown_utc + shown_offset")} AS day, kind, outcome,
       COUNT(*), 0, 0, 0, 0
FROM p_all WHERE ok AND outcome IS NOT NULL
GROUP BY day, kind, outcome HAVING day BETWEEN :detail_first AND :last
UNION ALL
SELECT 'break', d_end, end_reason, NULL, COUNT(*), 0, 0, 0, 0
FROM b_all WHERE ok AND posture = 'sitting' AND end_reason IS NOT NULL
  AND d_end BETWEEN :first AND :last
GROUP BY d_end, end_reason
UNION ALL
SELECT 'bouts', day, NULL, NULL,
       SUM(CASE WHEN posture = 'sitting' THEN pz - pa ELSE 0 END),
       SUM(CASE WHEN posture = 'standing' THEN pz - pa ELSE 0 END),
       COUNT(DISTINCT CASE WHEN posture = 'sitting' THEN id END),
       COALESCE(MAX(CASE WHEN posture = 'sitting' THEN len END), 0),
       COUNT(DISTINCT CASE WHEN posture = 'sitting' AND len > :limit THEN id END)
FROM piece WHERE day BETWEEN :first AND :last GROUP BY day
UNION ALL
SELECT 'session', {_day_of("started_utc + started_offset")} AS day, NULL, NULL,
       SUM(routine_id = :squeeze AND status = 'completed' AND trigger IS NOT 'squeeze'),
       SUM(routine_id IN (:daily, :full) AND status = 'completed'),
       SUM(CASE WHEN routine_id IS NOT :squeeze THEN (
         SELECT COUNT(*) FROM routine_exercises x
         WHERE x.session_id = s.id AND x.completed NOT IN (0, '', X'')
       ) ELSE 0 END),
       0, 0
FROM s_all s WHERE ok
GROUP BY day HAVING day BETWEEN :first AND :last
UNION ALL
SELECT 'bad', id, 'bouts', NULL, 0, 0, 0, 0, 0 FROM b_all WHERE NOT ok
UNION ALL
SELECT 'bad', id, 'prompts', NULL, 0, 0, 0, 0, 0 FROM p_all WHERE NOT ok
UNION ALL
SELECT 'bad', id, 'routine_sessions', NULL, 0, 0, 0, 0, 0 FROM s_all WHERE NOT ok
"""


_PROMPT_NAMES = {(k.value, o.value): (k, o) for k in PromptKind for o in Outcome}
_BREAK_KINDS = {reason.value: break_kind(reason) for reason in EndReason}
_NO_BREAKS = MappingProxyType(dict.fromkeys(BreakKind, 0))
_NO_PROMPTS = MappingProxyType(
    {kind: MappingProxyType(dict.fromkeys(Outcome, 0)) for kind in PromptKind}
)


def day_number(day: date) -> int:
    return day.toordinal() - EPOCH_DAY


def day_totals(
    conn: sqlite3.Connection,
    first: date,
    last: date,
    limit_seconds: float,
    detail_from: date | None = None,
    bad_rows: BadRows | None = None,
) -> list[DayStats]:
    """DayStats for each local day first..last, oldest first, from one query.

    Prompts and the hour buckets are counted from `detail_from` on; before it, or when it
    is None, they stay zero (trends and streaks need neither). Rows out of range count
    nowhere and are noted in `bad_rows`, as every read does.
    """
    window_start, window_end = utc_window(first, last)
    lo, hi = window_start.timestamp(), window_end.timestamp()
    if detail_from is None:
        detail_first, detail_lo = day_number(last) + 1, hi
    else:
        detail_first = day_number(detail_from)
        detail_lo = utc_window(detail_from, last)[0].timestamp()
    daily, full = ACTIVATION_ROUTINE_IDS
    params = {
        "lo": lo,
        "hi": hi,
        "first": day_number(first),
        "last": day_number(last),
        "detail_first": detail_first,
        "detail_lo": detail_lo,
        "limit": limit_seconds,
        "squeeze": SQUEEZE_ROUTINE_ID,
        "daily": daily,
        "full": full,
    }
    days: dict[int, DayBuilder] = {}
    unreadable: dict[str, list[int]] = defaultdict(list)

    def on(number: int) -> DayBuilder:
        day = days.get(number)
        if day is None:
            day = days[number] = DayBuilder(date.fromordinal(number + EPOCH_DAY))
        return day

    # The most frequent rows first (hours, then prompts); names are looked up in dicts,
    # as calling an enum costs a microsecond a row.
    for what, number, key, outcome, v1, v2, v3, v4, v5 in conn.execute(_DAY_TOTALS, params):
        if what == "hour":
            on(number).hours[key] += v1
        elif what == "prompt":
            prompt_kind, answer = _PROMPT_NAMES[key, outcome]
            day = on(number)
            day.prompts[prompt_kind][answer] += v1
            if prompt_kind is PromptKind.SQUEEZE and answer is Outcome.ACCEPTED:
                day.squeezes += v1
        elif what == "break":
            kind = _BREAK_KINDS[key]
            if kind is not None:
                on(number).breaks[kind] += v1
        elif what == "bouts":
            day = on(number)
            day.sitting, day.standing = float(v1), float(v2)
            day.bouts, day.longest, day.over = v3, float(v4), v5
        elif what == "session":
            day = on(number)
            day.squeezes += v1 or 0
            day.routines += v2 or 0
            day.exercises += v3 or 0
        else:
            unreadable[key].append(number)
    for table, ids in unreadable.items():
        report_unreadable(conn, table, ids, bad_rows)
    # Each day with records gets its own mappings; days without share read-only zeros.
    result = []
    start = day_number(first)
    for offset, when in enumerate(days_between(first, last)):
        d = days.get(start + offset)
        if d is None:
            result.append(DayStats(when, breaks_by_kind=_NO_BREAKS, prompts=_NO_PROMPTS))
            continue
        result.append(d.build())
    return result
