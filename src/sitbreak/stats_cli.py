"""`sitbreak stats` and `sitbreak export`: read the database beside the running app.

Both open the database read-only (WAL lets them read while the app writes) and never
change it.

Exit codes:
  0  printed or written what was asked
  1  nothing to show: no database yet, or no records in the days asked for;
     also a database that cannot be read, and an output that cannot be written
  2  usage error: a bad date, --from after --to, a bad --days, csv without --output

Export formats (times are local, in the UTC offset of that moment):

  json  one object {"from", "to", "bouts": [...], "prompts": [...],
        "routine_sessions": [... each with "exercises": [...]]}; times are ISO 8601
        with offset ("2026-03-02T09:15:00+01:00"). To stdout, or atomically to --output.

  csv   --output is a folder (created if needed); it receives, each written atomically:
        bouts.csv              id, date, start, end, utc_offset, minutes, posture,
                               end_reason, is_break
        prompts.csv            id, date, kind, due, shown, answered, utc_offset, outcome,
                               snooze_count, urgent
        routine_sessions.csv   id, date, routine_id, trigger, started, finished, utc_offset,
                               status, exercises_total, exercises_completed, reps_done
        routine_exercises.csv  session_id, position, exercise_id, sets_done, reps_done,
                               completed
        date is the local day (YYYY-MM-DD); times are "YYYY-MM-DD HH:MM:SS" local (which
        spreadsheets read as date-times); utc_offset is that of the first time in the row
        ("+01:00"); minutes has two decimals; booleans are 1/0; empty cells mean none.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sitbreak.core.clock import SystemClock
from sitbreak.core.prompt_text import format_duration
from sitbreak.core.records import BoutRecord, PromptRecord, RoutineSessionRecord
from sitbreak.core.settings import Settings
from sitbreak.core.stats import DayStats
from sitbreak.paths import AppPaths
from sitbreak.storage.atomic import write_text_atomic
from sitbreak.storage.database import DatabaseError
from sitbreak.storage.settings_file import load_settings
from sitbreak.storage.stats_queries import (
    SqliteStatsSource,
    StatsReader,
    StatsSource,
    open_stats_source,
    utc_window,
)

EXIT_OK = 0
EXIT_NOTHING = 1
EXIT_USAGE = 2
MAX_DAYS = 3660
_ALL_FROM = date(1970, 1, 2)
_ALL_TO = date(9998, 12, 30)

BOUT_COLUMNS = (
    *("id", "date", "start", "end", "utc_offset", "minutes", "posture", "end_reason"),
    "is_break",
)
PROMPT_COLUMNS = (
    *("id", "date", "kind", "due", "shown", "answered", "utc_offset", "outcome"),
    *("snooze_count", "urgent"),
)
SESSION_COLUMNS = (
    *("id", "date", "routine_id", "trigger", "started", "finished", "utc_offset", "status"),
    *("exercises_total", "exercises_completed", "reps_done"),
)
EXERCISE_COLUMNS = ("session_id", "position", "exercise_id", "sets_done", "reps_done", "completed")
STATS_COLUMNS = (
    *("date", "sitting", "standing", "bouts", "longest", "over", "breaks", "squeezes"),
    "routine",
)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date like 2026-03-02 (YYYY-MM-DD)"
        ) from None


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"--days takes a whole number from 1 to {MAX_DAYS}")
    return days


# -- stats --------------------------------------------------------------------------------


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--date", type=parse_date, help="one day, YYYY-MM-DD (default: today)")
    which.add_argument("--days", type=_positive_days, help="the last N days up to today")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    source = _open(paths)
    if source is None:
        return EXIT_NOTHING
    try:
        settings = _settings(paths)
        reader = StatsReader(
            source,
            SystemClock(),
            lambda: settings.prompts.stand_after_minutes * 60.0,
            lambda: settings.stats.daily_sitting_goal_minutes * 60.0,
        )
        last = args.date or reader.today()
        first = last - timedelta(days=(args.days or 1) - 1)
        days = reader.days(first, last)
    except DatabaseError as error:
        print(f"sitbreak stats: {error}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        source.close()
    if not any(d.has_data for d in days):
        span = str(first) if first == last else f"{first} to {last}"
        print(f"sitbreak stats: nothing recorded for {span}.", file=sys.stderr)
        return EXIT_NOTHING
    if args.json:
        print(json.dumps([day_to_json(d) for d in days], indent=2))
    else:
        print(stats_table(days, settings.stats.daily_sitting_goal_minutes * 60.0))
    return EXIT_OK


def day_to_json(day: DayStats) -> dict[str, Any]:
    return {
        "date": day.day.isoformat(),
        "sitting_seconds": round(day.sitting_seconds),
        "standing_seconds": round(day.standing_seconds),
        "bouts": day.bouts,
        "longest_bout_seconds": round(day.longest_bout_seconds),
        "bouts_over_limit": day.bouts_over_limit,
        "breaks": day.breaks,
        "breaks_by_kind": {k.value: n for k, n in day.breaks_by_kind.items()},
        "prompts": {
            kind.value: {o.value: n for o, n in outcomes.items()}
            for kind, outcomes in day.prompts.items()
        },
        "squeezes": day.squeezes,
        "routines_completed": day.routines_completed,
        "exercises_done": day.exercises_done,
        "sitting_by_hour": [round(s) for s in day.sitting_by_hour],
    }


def stats_table(days: Sequence[DayStats], goal_seconds: float) -> str:
    """A plain-text table, one row per day, and a total row for several days."""
    header = STATS_COLUMNS
    rows: list[tuple[str, ...]] = [header]
    for d in days:
        if not d.has_data:
            rows.append((d.day.isoformat(), *("-" for _ in header[1:])))
            continue
        rows.append(
            (
                d.day.isoformat(),
                format_duration(d.sitting_seconds),
                format_duration(d.standing_seconds),
                str(d.bouts),
                format_duration(d.longest_bout_seconds),
                str(d.bouts_over_limit),
                str(d.breaks),
                str(d.squeezes),
                str(d.routines_completed),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    tracked = [d for d in days if d.sitting_seconds > 0]
    if len(days) > 1 and tracked:
        avg = sum(d.sitting_seconds for d in tracked) / len(tracked)
        lines.append("")
        lines.append(
            f"Average sitting on {len(tracked)} tracked day(s): {format_duration(avg)}"
            f" (goal: at most {format_duration(goal_seconds)})"
        )
    elif len(days) == 1:
        d = days[0]
        prompts = ", ".join(
            f"{kind.value} {sum(o.values())}" for kind, o in d.prompts.items() if sum(o.values())
        )
        kinds = ", ".join(f"{n} {k.value.replace('_', '/')}" for k, n in d.breaks_by_kind.items())
        lines.append("")
        lines.append(f"Breaks: {kinds}")
        lines.append(f"Prompts shown: {prompts or 'none'}")
        lines.append(f"Exercises done: {d.exercises_done}")
    return "\n".join(lines)


# -- export -------------------------------------------------------------------------------


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "json"), required=True)
    parser.add_argument("--from", dest="from_date", type=parse_date, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="to_date", type=parse_date, help="last day, YYYY-MM-DD")
    parser.add_argument(
        "--output",
        type=Path,
        help="csv: a folder for the four files (required); json: a file (default: stdout)",
    )


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    first: date = args.from_date or _ALL_FROM
    last: date = args.to_date or _ALL_TO
    if first > last:
        print(f"sitbreak export: --from {first} is after --to {last}.", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "csv" and args.output is None:
        print("sitbreak export: csv needs --output FOLDER (it writes four files).", file=sys.stderr)
        return EXIT_USAGE
    source = _open(paths)
    if source is None:
        return EXIT_NOTHING
    try:
        records = read_records(source, first, last)
    except DatabaseError as error:
        print(f"sitbreak export: {error}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        source.close()
    if not any(records):
        print("sitbreak export: nothing recorded in that period.", file=sys.stderr)
        return EXIT_NOTHING
    try:
        if args.format == "json":
            text = json.dumps(export_json(*records, first, last), indent=2) + "\n"
            if args.output is None:
                sys.stdout.write(text)
            else:
                write_text_atomic(args.output, text)
        else:
            for name, text in export_csv(*records).items():
                write_text_atomic(args.output / name, text)
    except OSError as error:
        print(f"sitbreak export: cannot write {args.output}: {error}", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK


Records = tuple[list[BoutRecord], list[PromptRecord], list[RoutineSessionRecord]]


def read_records(source: StatsSource, first: date, last: date) -> Records:
    """The records of local days first..last: bouts by their start's day."""
    start, end = utc_window(first, last)
    bouts = source.bouts_between(start, end)
    prompts = source.prompts_between(start, end)
    sessions = source.routine_sessions_between(start, end)
    return (
        [b for b in bouts if first <= b.start.date() <= last],
        [p for p in prompts if first <= p.shown.date() <= last],
        [s for s in sessions if first <= s.started.date() <= last],
    )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def export_json(
    bouts: list[BoutRecord],
    prompts: list[PromptRecord],
    sessions: list[RoutineSessionRecord],
    first: date,
    last: date,
) -> dict[str, Any]:
    return {
        "from": None if first == _ALL_FROM else first.isoformat(),
        "to": None if last == _ALL_TO else last.isoformat(),
        "bouts": [
            {
                "id": b.id,
                "start": _iso(b.start),
                "end": _iso(b.end),
                "seconds": round(b.seconds, 1),
                "posture": b.posture.value,
                "end_reason": None if b.end_reason is None else b.end_reason.value,
                "is_break": b.end_reason is not None and b.end_reason.is_break,
            }
            for b in bouts
        ],
        "prompts": [
            {
                "id": p.id,
                "kind": p.kind.value,
                "due": _iso(p.due),
                "shown": _iso(p.shown),
                "answered": _iso(p.answered),
                "outcome": None if p.outcome is None else p.outcome.value,
                "snooze_count": p.snooze_count,
                "urgent": p.urgent,
            }
            for p in prompts
        ],
        "routine_sessions": [
            {
                "id": s.id,
                "routine_id": s.routine_id,
                "trigger": s.trigger,
                "started": _iso(s.started),
                "finished": _iso(s.finished),
                "status": s.status.value,
                "exercises_total": s.exercises_total,
                "exercises": [
                    {
                        "exercise_id": e.exercise_id,
                        "sets_done": e.sets_done,
                        "reps_done": e.reps_done,
                        "completed": e.completed,
                    }
                    for e in s.exercises
                ],
            }
            for s in sessions
        ],
    }


def _local(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")  # +0100
    return f"{text[:3]}:{text[3:]}"


def _csv(header: Sequence[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def export_csv(
    bouts: list[BoutRecord], prompts: list[PromptRecord], sessions: list[RoutineSessionRecord]
) -> dict[str, str]:
    """File name -> CSV text (RFC 4180, CRLF line ends, a header row)."""
    return {
        "bouts.csv": _csv(
            BOUT_COLUMNS,
            [
                [
                    b.id,
                    b.start.date().isoformat(),
                    _local(b.start),
                    _local(b.end),
                    _offset(b.start),
                    f"{b.seconds / 60:.2f}",
                    b.posture.value,
                    "" if b.end_reason is None else b.end_reason.value,
                    int(b.end_reason is not None and b.end_reason.is_break),
                ]
                for b in bouts
            ],
        ),
        "prompts.csv": _csv(
            PROMPT_COLUMNS,
            [
                [
                    p.id,
                    p.shown.date().isoformat(),
                    p.kind.value,
                    _local(p.due),
                    _local(p.shown),
                    _local(p.answered),
                    _offset(p.due),
                    "" if p.outcome is None else p.outcome.value,
                    p.snooze_count,
                    int(p.urgent),
                ]
                for p in prompts
            ],
        ),
        "routine_sessions.csv": _csv(
            SESSION_COLUMNS,
            [
                [
                    s.id,
                    s.started.date().isoformat(),
                    s.routine_id,
                    s.trigger,
                    _local(s.started),
                    _local(s.finished),
                    _offset(s.started),
                    s.status.value,
                    s.exercises_total,
                    s.exercises_completed,
                    s.reps_done,
                ]
                for s in sessions
            ],
        ),
        "routine_exercises.csv": _csv(
            EXERCISE_COLUMNS,
            [
                [s.id, i, e.exercise_id, e.sets_done, e.reps_done, int(e.completed)]
                for s in sessions
                for i, e in enumerate(s.exercises)
            ],
        ),
    }


# -- shared -------------------------------------------------------------------------------


def _open(paths: AppPaths) -> SqliteStatsSource | None:
    try:
        return open_stats_source(paths.database_file)
    except DatabaseError as error:
        print(f"sitbreak: {error}", file=sys.stderr)
        return None


def _settings(paths: AppPaths) -> Settings:
    """The user's limit and goal; the defaults when there is no settings file (no file is
    created: these commands only read)."""
    if not paths.settings_file.exists():
        return Settings()
    return load_settings(paths.settings_file).settings
