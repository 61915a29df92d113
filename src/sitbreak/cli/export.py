"""`sitbreak export`: bouts, prompts and routine sessions as JSON or CSV files.

Reads the database read-only beside the running app, never changing it. Exit codes are
the registry's (cli/registry.py): FAILED also when nothing was recorded in that period
or the output cannot be written; USAGE for --from after --to, or csv without --output.

Formats (times are local, in the UTC offset of that moment):

  json  one object {"from", "to", "bouts": [...], "prompts": [...],
        "routine_sessions": [... each with "exercises": [...]]}; times are ISO 8601
        with offset ("2026-03-02T09:15:00+01:00"). To stdout, or atomically to --output.

  csv   --output is a folder (created if needed); it receives, each written atomically:
        bouts.csv              id, date, start, end, utc_offset, minutes, posture,
                               end_reason, is_break
        prompts.csv            id, date, kind, due, shown, answered, utc_offset, outcome,
                               snooze_count, urgent
        routine_sessions.csv   id, date, routine_id, trigger, started, finished, utc_offset,
                               status, exercises_total, exercises_completed, reps_done, dose
        routine_exercises.csv  session_id, position, exercise_id, sets_done, reps_done,
                               completed
        date is the local day (YYYY-MM-DD); times are "YYYY-MM-DD HH:MM:SS" local (which
        spreadsheets read as date-times); utc_offset is that of the first time in the row
        ("+01:00"); minutes has two decimals; booleans are 1/0; empty cells mean none.

  A routine session's dose (JSON "dose", CSV column dose) is "short" or "full" for the
  glute activation routine (one set of each exercise, or 3 sets of 10-12), empty for
  other routines; completing either is the day's routine done.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitbreak.cli.registry import ExitCode
from sitbreak.cli.stats import (
    RECORDED_FROM,
    RECORDED_TO,
    open_source,
    parse_date,
    report_bad_rows,
)
from sitbreak.core.i18n import translate
from sitbreak.core.records import BoutRecord, PromptRecord, RoutineSessionRecord
from sitbreak.core.stats import routine_dose, utc_window
from sitbreak.desk.ports import StatsSource
from sitbreak.paths import AppPaths
from sitbreak.storage.atomic import write_text_atomic
from sitbreak.storage.database import DatabaseError

_ALL_FROM = RECORDED_FROM
_ALL_TO = RECORDED_TO
CSV_FILES = ("bouts.csv", "prompts.csv", "routine_sessions.csv", "routine_exercises.csv")

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
    *("exercises_total", "exercises_completed", "reps_done", "dose"),
)
EXERCISE_COLUMNS = ("session_id", "position", "exercise_id", "sets_done", "reps_done", "completed")


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("csv", "json"),
        required=True,
        help=translate("ExportCommand", "csv (four files into a folder) or json"),
    )
    parser.add_argument(
        "--from",
        dest="from_date",
        type=parse_date,
        help=translate("ExportCommand", "first day, YYYY-MM-DD"),
    )
    parser.add_argument(
        "--to",
        dest="to_date",
        type=parse_date,
        help=translate("ExportCommand", "last day, YYYY-MM-DD"),
    )
    parser.add_argument(
        "--output",
        type=Path,
        help=translate(
            "ExportCommand",
            "csv: a folder for the four files (required); json: a file (default: stdout)",
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "ExportCommand", "replace output files that exist (never a link or a device)"
        ),
    )


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    first: date = args.from_date or date.min
    last: date = args.to_date or date.max
    if first > last:
        text = translate("ExportCommand", "--from {first} is after --to {last}.")
        _say(text.format(first=first, last=last))
        return ExitCode.USAGE
    if args.format == "csv" and args.output is None:
        _say(translate("ExportCommand", "csv needs --output FOLDER (it writes four files)."))
        return ExitCode.USAGE
    first, last = max(first, _ALL_FROM), min(last, _ALL_TO)
    if args.output is not None:
        names = CSV_FILES if args.format == "csv" else ()
        targets = [args.output / name for name in names] or [args.output]
        refusal = output_refusal(args.output, args.format, targets, args.force)
        if refusal is not None:
            _say(refusal)
            return ExitCode.FAILED
    if first > last:  # asked only for days before 1970 or after 9998
        _say(translate("ExportCommand", "nothing recorded in that period."))
        return ExitCode.FAILED
    source = open_source(paths)
    if source is None:
        return ExitCode.FAILED
    try:
        records = read_records(source, first, last)
    except DatabaseError as error:
        _say(str(error))
        return ExitCode.FAILED
    finally:
        source.close()
    report_bad_rows("export", source)
    if not any(records):
        _say(translate("ExportCommand", "nothing recorded in that period."))
        return ExitCode.FAILED
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
    except OSError as error:  # strerror only: the message must not name our temp file
        text = translate("ExportCommand", "cannot write {path}: {problem}")
        _say(text.format(path=args.output, problem=error.strerror or error))
        return ExitCode.FAILED
    return ExitCode.OK


def _say(message: str) -> None:
    print(f"sitbreak export: {message}", file=sys.stderr)


def output_refusal(output: Path, fmt: str, targets: list[Path], force: bool) -> str | None:
    """Why the export must not write there, or None. Only regular files are ever replaced,
    and only with --force: a link, a device or a folder in the way is refused."""
    if fmt == "json" and output.is_dir():
        text = translate(
            "ExportCommand", "{path} is a folder; json is written to a file (give a file name)."
        )
        return text.format(path=output)
    if fmt == "csv" and output.is_symlink():
        text = translate("ExportCommand", "{path} is a symbolic link; give the folder itself.")
        return text.format(path=output)
    if fmt == "csv" and output.exists() and not output.is_dir():
        text = translate(
            "ExportCommand", "{path} is not a folder; csv writes four files into a folder."
        )
        return text.format(path=output)
    for target in targets:
        if target.is_symlink():
            text = translate("ExportCommand", "{path} is a symbolic link; it was left as it is.")
            return text.format(path=target)
        if not target.exists():
            continue
        if not target.is_file():
            text = translate(
                "ExportCommand",
                "{path} is not a regular file (a device, pipe or folder); it was left alone.",
            )
            return text.format(path=target)
        if not force:
            text = translate("ExportCommand", "{path} exists; add --force to replace it.")
            return text.format(path=target)
    return None


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
                "dose": routine_dose(s),
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
                    routine_dose(s) or "",
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
