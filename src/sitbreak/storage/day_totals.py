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
    the offset strictly within a day, the UTC and the local time within datetime's years."""
    return (
        f"(typeof({utc}) IN ('integer', 'real') AND typeof({offset}) IN ('integer', 'real')"
        f" AND {offset} > -{DAY} AND {offset} < {DAY}"
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

_DAY_TOTALS = f"""
WITH RECURSIVE
b_all AS MATERIALIZED (
  SELECT id, start_utc AS s, end_utc AS e, start_offset AS so, end_offset AS eo, posture,
         end_reason, end_utc - start_utc AS len, {_BOUT_OK} AS ok
  FROM bouts
  WHERE start_utc >= (SELECT COALESCE(MAX(start_utc), -1e300) FROM bouts WHERE start_utc <= :lo)
    AND start_utc < :hi AND end_utc > :lo
),
b AS MATERIALIZED (SELECT * FROM b_all WHERE ok),
p_all AS MATERIALIZED (
  SELECT id, shown_utc, shown_offset, kind, outcome, {_PROMPT_OK} AS ok
  FROM prompts WHERE shown_utc >= :detail_lo AND shown_utc < :hi
),
s_all AS MATERIALIZED (
  SELECT id, routine_id, trigger, status, started_utc, started_offset, {_SESSION_OK} AS ok
  FROM routine_sessions WHERE started_utc >= :lo AND started_utc < :hi
),
seg AS (
  SELECT id, posture, len, s AS a, CASE WHEN so = eo THEN e ELSE s + (e - s) / 2.0 END AS z,
         so AS off
  FROM b
  UNION ALL
  SELECT id, posture, len, s + (e - s) / 2.0, e, eo FROM b WHERE so != eo
),
span AS MATERIALIZED (
  SELECT id, posture, len, a, z, off, {_day_of("a + off")} AS d0,
         CAST((z + off) / 86400.0 AS INTEGER)
           + ((z + off) / 86400.0 > CAST((z + off) / 86400.0 AS INTEGER)) - 1 AS d1_raw
  FROM seg
),
longest_span AS MATERIALIZED (SELECT COALESCE(MAX(d1_raw - d0), 0) AS n FROM span),
ks(k) AS MATERIALIZED (
  SELECT 0 UNION ALL SELECT k + 1 FROM ks, longest_span WHERE k < n
),
piece AS MATERIALIZED (
  SELECT id, posture, len, d0 + k AS day, off,
         MAX(a, (d0 + k) * 86400 - off) AS pa, MIN(z, (d0 + k + 1) * 86400 - off) AS pz
  FROM span CROSS JOIN ks ON k <= MAX(d1_raw, d0) - d0
),
hs(h) AS (SELECT 0 UNION ALL SELECT h + 1 FROM hs WHERE h < 23)
SELECT 'bouts', day, NULL, NULL,
       SUM(CASE WHEN posture = 'sitting' THEN pz - pa ELSE 0 END),
       SUM(CASE WHEN posture = 'standing' THEN pz - pa ELSE 0 END),
       COUNT(DISTINCT CASE WHEN posture = 'sitting' THEN id END),
       COALESCE(MAX(CASE WHEN posture = 'sitting' THEN len END), 0),
       COUNT(DISTINCT CASE WHEN posture = 'sitting' AND len > :limit THEN id END)
FROM piece WHERE day BETWEEN :first AND :last GROUP BY day
UNION ALL
SELECT 'hour', day, h, NULL,
       SUM(MIN(pz, day * 86400 - off + (h + 1) * 3600) - MAX(pa, day * 86400 - off + h * 3600)),
       0, 0, 0, 0
FROM piece CROSS JOIN hs
  ON h BETWEEN CAST((pa + off - day * 86400) / 3600 AS INTEGER)
  AND CAST((pz + off - day * 86400) / 3600.0 AS INTEGER)
  AND h * 3600 < pz + off - day * 86400
WHERE posture = 'sitting' AND pz > pa AND day BETWEEN :detail_first AND :last
GROUP BY day, h
UNION ALL
SELECT 'break', {_day_of("e + eo")} AS day, end_reason, NULL, COUNT(*), 0, 0, 0, 0
FROM b WHERE posture = 'sitting' AND end_reason IS NOT NULL
GROUP BY day, end_reason HAVING day BETWEEN :first AND :last
UNION ALL
SELECT 'prompt', {_day_of("shown_utc + shown_offset")} AS day, kind, outcome,
       COUNT(*), 0, 0, 0, 0
FROM p_all WHERE ok AND outcome IS NOT NULL
GROUP BY day, kind, outcome HAVING day BETWEEN :detail_first AND :last
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
    for what, number, key, outcome, v1, v2, v3, v4, v5 in conn.execute(_DAY_TOTALS, params):
        if what == "bad":
            unreadable[key].append(number)
            continue
        day = days.get(number)
        if day is None:
            day = days[number] = DayBuilder(date.fromordinal(number + EPOCH_DAY))
        if what == "bouts":
            day.sitting, day.standing = float(v1), float(v2)
            day.bouts, day.longest, day.over = int(v3), float(v4), int(v5)
        elif what == "hour":
            day.hours[int(key)] += float(v1)
        elif what == "break":
            kind = break_kind(EndReason(key))
            if kind is not None:
                day.breaks[kind] += int(v1)
        elif what == "prompt":
            prompt_kind, answer = PromptKind(key), Outcome(outcome)
            day.prompts[prompt_kind][answer] += int(v1)
            if prompt_kind is PromptKind.SQUEEZE and answer is Outcome.ACCEPTED:
                day.squeezes += int(v1)
        else:
            day.squeezes += int(v1 or 0)
            day.routines += int(v2 or 0)
            day.exercises += int(v3 or 0)
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
