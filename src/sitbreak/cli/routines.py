"""`sitbreak routines`: the shipped routines, and the routine ids `sitbreak routine` takes.

`routines` runs here, without the app: it reads the shipped exercise and routine files,
and the user's progress from the database (read-only), so each routine is listed as the
routine window will play it, with the player's estimate of its length.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sitbreak.cli.registry import ExitCode
from sitbreak.core.i18n import translate
from sitbreak.paths import AppPaths, resources_dir

if TYPE_CHECKING:  # the parser is built for every command: the catalogue only for this one
    from sitbreak.core.routine_overview import RoutineOverview


def routine_ids() -> list[str]:
    """The shipped routines' ids: their file names (the loader holds each id to its name)."""
    return sorted(path.stem for path in (resources_dir() / "routines").glob("*.toml"))


def add_routine_arguments(parser: argparse.ArgumentParser) -> None:
    """`sitbreak routine [ID]`: an unknown id is a usage error naming the valid ones."""
    ids = routine_ids()
    parser.add_argument(
        "routine_id",
        nargs="?",
        default="daily",
        choices=ids,
        metavar="ID",
        help=translate(
            "RoutinesCommand", "one of {ids} (default: daily); see `sitbreak routines`"
        ).format(ids=", ".join(ids)),
    )


def add_routines_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("RoutinesCommand", "print JSON instead of a table"),
    )


def run_routines(args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.core.exercise import localized
    from sitbreak.core.routine_overview import overviews
    from sitbreak.storage.exercise_files import load_catalogue

    loaded = load_catalogue(resources_dir())
    for problem in loaded.problems:
        text = translate("RoutinesCommand", "left out: {problem}")
        print(f"sitbreak routines: {text.format(problem=problem)}", file=sys.stderr)
    if not loaded.catalogue.routines:
        text = translate("RoutinesCommand", "no routine could be loaded.")
        print(f"sitbreak routines: {text}", file=sys.stderr)
        return ExitCode.FAILED
    progress = read_progress(paths)
    if args.json:  # what scripts read: the files' English
        listed = overviews(loaded.catalogue, progress)
        print(json.dumps([overview_to_json(o) for o in listed], indent=2))
    else:
        print(routines_table(overviews(localized(loaded.catalogue), progress)))
    return ExitCode.OK


def read_progress(paths: AppPaths) -> Mapping[str, int]:
    """Completions per exercise; none without a database yet (as for a new user). An
    unreadable database is said on stderr and the routines are listed as for a new user."""
    from sitbreak.core.clock import SystemClock
    from sitbreak.storage.database import Database, DatabaseError

    if not paths.database_file.exists():
        return {}
    try:
        database = Database.open_readonly(paths.database_file, SystemClock())
    except DatabaseError as error:
        _say_listed_as_new(error)
        return {}
    try:
        return database.exercise_completions()
    except DatabaseError as error:
        _say_listed_as_new(error)
        return {}
    finally:
        database.close()


def _say_listed_as_new(error: Exception) -> None:
    text = translate("RoutinesCommand", "{problem} Listed as for a new user.")
    print(f"sitbreak routines: {text.format(problem=error)}", file=sys.stderr)


def overview_to_json(overview: RoutineOverview) -> dict[str, Any]:
    return {
        "id": overview.id,
        "name": overview.name,
        "estimated_seconds": round(overview.estimated_seconds),
        "exercises": [
            {"id": e.id, "sets": e.sets, "reps": e.reps, "per_side": e.per_side}
            for e in overview.exercises
        ],
        "held_back": [e.id for e in overview.held_back],
    }


def routines_table(listed: list[RoutineOverview]) -> str:
    """Each routine with its name (in the user's language) and length, what it is for,
    then its exercises (by the ids of the files) and their dose, indented."""
    from sitbreak.core.prompt_text import format_about
    from sitbreak.core.routine_overview import dose_text, held_back_text

    id_width = max(len(o.id) for o in listed)
    name_width = max(len(o.name) for o in listed)
    lines: list[str] = []
    for overview in listed:
        if lines:
            lines.append("")
        about = translate("RoutinesCommand", "about {duration}", "a routine's length").format(
            duration=format_about(overview.estimated_seconds)
        )
        lines.append(f"{overview.id.ljust(id_width)}  {overview.name.ljust(name_width)}  {about}")
        if overview.description:
            lines.append(
                textwrap.fill(
                    overview.description, 88, initial_indent=" " * 4, subsequent_indent=" " * 4
                )
            )
        exercise_width = max(len(e.id) for e in overview.exercises)
        for exercise in overview.exercises:
            lines.append(f"    {exercise.id.ljust(exercise_width)}  {dose_text(exercise)}")
        for held in overview.held_back:
            lines.append(f"    ({held_back_text(held)})")
    return "\n".join(lines)
