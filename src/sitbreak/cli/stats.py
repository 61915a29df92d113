"""`sitbreak stats`: daily sitting stats, read from the database beside the running app.

The database is opened read-only (WAL lets it be read while the app writes) and never
changed. Exit codes are the registry's (cli/registry.py): FAILED also when nothing was
recorded in the days asked for; USAGE for a bad --date or --days.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from sitbreak.cli.registry import ExitCode
from sitbreak.core.clock import SystemClock
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.prompt_text import format_duration
from sitbreak.core.settings import Settings
from sitbreak.core.stats import DayStats
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.paths import AppPaths
from sitbreak.storage.database import Database, DatabaseError
from sitbreak.storage.settings_file import load_settings

MAX_DAYS = 3660
# The human table's column titles (the JSON keys and CSV columns stay English).
STATS_COLUMNS = (
    QT_TRANSLATE_NOOP("StatsCommand", "date"),
    QT_TRANSLATE_NOOP("StatsCommand", "sitting"),
    QT_TRANSLATE_NOOP("StatsCommand", "standing"),
    QT_TRANSLATE_NOOP("StatsCommand", "bouts"),
    QT_TRANSLATE_NOOP("StatsCommand", "longest"),
    QT_TRANSLATE_NOOP("StatsCommand", "over"),
    QT_TRANSLATE_NOOP("StatsCommand", "breaks"),
    QT_TRANSLATE_NOOP("StatsCommand", "squeezes"),
    QT_TRANSLATE_NOOP("StatsCommand", "routine"),
)


# The days a record can have: nothing is stored before the epoch, and date arithmetic
# stops at 9999-12-31. Asked-for days outside are days with nothing recorded.
RECORDED_FROM = date(1970, 1, 1)
RECORDED_TO = date(9998, 12, 31)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("StatsCommand", "{text} is not a date like 2026-03-02 (YYYY-MM-DD)")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        message = translate("StatsCommand", "--days takes a whole number from 1 to {most}")
        raise argparse.ArgumentTypeError(message.format(most=MAX_DAYS))
    return days


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--date",
        type=parse_date,
        help=translate("StatsCommand", "one day, YYYY-MM-DD (default: today)"),
    )
    which.add_argument(
        "--days", type=_positive_days, help=translate("StatsCommand", "the last N days up to today")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("StatsCommand", "print JSON instead of a table"),
    )


def run_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    source = open_source(paths)
    if source is None:
        return ExitCode.FAILED
    try:
        settings = read_settings(paths)
        reader = StatsReader(
            source,
            SystemClock(),
            lambda: settings.prompts.stand_after_minutes * 60.0,
            lambda: settings.stats.daily_sitting_goal_minutes * 60.0,
        )
        last = args.date or reader.today()
        first = date.fromordinal(max(1, last.toordinal() - (args.days or 1) + 1))
        shown_first, shown_last = max(first, RECORDED_FROM), min(last, RECORDED_TO)
        days = reader.days(shown_first, shown_last) if shown_first <= shown_last else []
    except DatabaseError as error:
        print(f"sitbreak stats: {error}", file=sys.stderr)
        return ExitCode.FAILED
    finally:
        source.close()
    report_bad_rows("stats", source)
    if not any(d.has_data for d in days):
        if first == last:
            text = translate("StatsCommand", "nothing recorded for {day}.").format(day=first)
        else:
            text = translate("StatsCommand", "nothing recorded for {first} to {last}.")
            text = text.format(first=first, last=last)
        print(f"sitbreak stats: {text}", file=sys.stderr)
        return ExitCode.FAILED
    if args.json:
        print(json.dumps([day_to_json(d) for d in days], indent=2))
    else:
        print(stats_table(days, settings.stats.daily_sitting_goal_minutes * 60.0))
    return ExitCode.OK


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
    header = tuple(translate("StatsCommand", title) for title in STATS_COLUMNS)
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
        count = len(tracked)  # a plain name: lupdate does not read a call as n
        avg = sum(d.sitting_seconds for d in tracked) / count
        lines.append("")
        text = translate(
            "StatsCommand",
            "Average sitting on %n tracked day(s): {average} (goal: at most {goal})",
            None,
            count,
        )
        lines.append(text.format(average=format_duration(avg), goal=format_duration(goal_seconds)))
    elif len(days) == 1:
        d = days[0]
        prompts = ", ".join(
            f"{_word(PROMPT_KIND_WORDS, kind.value)} {sum(o.values())}"
            for kind, o in d.prompts.items()
            if sum(o.values())
        )
        kinds = ", ".join(
            f"{n} {_word(BREAK_KIND_WORDS, k.value)}" for k, n in d.breaks_by_kind.items()
        )
        lines.append("")
        lines.append(translate("StatsCommand", "Breaks: {kinds}").format(kinds=kinds))
        lines.append(
            translate("StatsCommand", "Prompts shown: {prompts}").format(
                prompts=prompts or translate("StatsCommand", "none", "no prompts shown")
            )
        )
        lines.append(
            translate("StatsCommand", "Exercises done: {count}").format(count=d.exercises_done)
        )
    return "\n".join(lines)


# The words of the one-day summary for the stored kinds (JSON/CSV keep the kinds).
PROMPT_KIND_WORDS = {
    "squeeze": QT_TRANSLATE_NOOP("StatsCommand", "squeeze"),
    "stand": QT_TRANSLATE_NOOP("StatsCommand", "stand"),
    "routine": QT_TRANSLATE_NOOP("StatsCommand", "routine"),
}
BREAK_KIND_WORDS = {
    "prompted": QT_TRANSLATE_NOOP("StatsCommand", "prompted"),
    "natural": QT_TRANSLATE_NOOP("StatsCommand", "natural"),
    "lock_suspend": QT_TRANSLATE_NOOP("StatsCommand", "lock/suspend"),
}


def _word(words: dict[str, str], kind: str) -> str:
    return translate("StatsCommand", words[kind]) if kind in words else kind.replace("_", "/")


def report_bad_rows(command: str, source: Database) -> None:
    """Rows that could not be read were skipped: say which, on stderr."""
    bad = list(source.bad_rows.values())
    if bad:
        names = ", ".join(f"{row.table} #{row.row_id}" for row in bad[:5])
        count, more = len(bad), len(bad) - 5  # plain names: lupdate does not read a call as n
        if more > 0:
            names += translate("StatsCommand", " and %n more", None, more)
        text = translate(
            "StatsCommand",
            "skipped %n stored record(s) that cannot be read ({rows}: {problem}); "
            "the rest is shown.",
            None,
            count,
        )
        print(
            f"sitbreak {command}: {text.format(rows=names, problem=bad[0].problem)}",
            file=sys.stderr,
        )


def open_source(paths: AppPaths) -> Database | None:
    try:
        return Database.open_readonly(paths.database_file, SystemClock())
    except DatabaseError as error:
        print(f"sitbreak: {error}", file=sys.stderr)
        return None


def read_settings(paths: AppPaths) -> Settings:
    """The user's limit and goal; the defaults when there is no settings file (no file is
    created: these commands only read)."""
    if not paths.settings_file.exists():
        return Settings()
    return load_settings(paths.settings_file).settings
