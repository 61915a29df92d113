"""Reads resources/exercises/*.toml and resources/routines/*.toml into a Catalogue.

Every field is checked; a bad file is reported by file name and field (for example
"clam_shell.toml: [dosage] sets must be a whole number from 1 to 10") and left out,
so one broken file never hides the others.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sitbreak.core.exercise import (
    BAND_POSITIONS,
    EQUIPMENT,
    Catalogue,
    Exercise,
    LoadedCatalogue,
    Routine,
    RoutineItem,
    Tempo,
)
from sitbreak.core.figure.animation import (
    MARKERS,
    PLANTED,
    Animation,
    Camera,
    JointRotation,
    Keyframe,
    RootPose,
    Vec3,
)
from sitbreak.core.figure.skeleton import MOVABLE_JOINTS

log = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_PROPS = ("mat", "chair")


class ExerciseFileError(ValueError):
    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file, self.field, self.problem = file, field, problem
        super().__init__(f"{file}: {field} {problem}" if field else f"{file}: {problem}")


class _Table:
    """One TOML table of one file; every getter names file and field when it fails."""

    def __init__(self, file: str, section: str, data: Mapping[str, Any]) -> None:
        self.file, self.section, self.data = file, section, data

    def _fail(self, key: str, problem: str) -> ExerciseFileError:
        where = f"[{self.section}] {key}" if self.section else key
        return ExerciseFileError(self.file, where, problem)

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise self._fail(key, "is missing")
        return self.data[key]

    def table(self, key: str, required: bool = True) -> _Table:
        name = f"{self.section}.{key}" if self.section else key
        if key not in self.data and not required:
            return _Table(self.file, name, {})
        value = self.raw(key)
        if not isinstance(value, dict):
            raise self._fail(key, "must be a table")
        return _Table(self.file, name, value)

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(key, "must be a non-empty text")
        return value.strip()

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not _ID.match(value):
            raise self._fail(key, "must be lower-case letters, digits and _")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.raw(key)
        if value not in choices:
            raise self._fail(key, f"must be one of {', '.join(choices)}")
        return str(value)

    def texts(self, key: str, allow_empty: bool = False) -> tuple[str, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self._fail(key, "must be a list of texts")
        if not value and not allow_empty:
            raise self._fail(key, "must not be empty")
        return tuple(v.strip() for v in value)

    def whole(self, key: str, low: int, high: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(key, f"must be a whole number from {low} to {high}")
        return value

    def number(self, key: str, low: float, high: float, default: float | None = None) -> float:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not low <= value <= high:
            raise self._fail(key, f"must be a number from {low:g} to {high:g}")
        return float(value)

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise self._fail(key, "must be true or false")
        return value

    def vector(self, key: str, default: Vec3) -> Vec3:
        if key not in self.data:
            return default
        value = self.data[key]
        if (
            not isinstance(value, list)
            or len(value) != 3
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            raise self._fail(key, "must be three numbers [x, y, z]")
        return (float(value[0]), float(value[1]), float(value[2]))

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self._fail(key, "is not a known field")


def _keyframe(
    table: _Table, base_root: RootPose, base_joints: Mapping[str, JointRotation]
) -> Keyframe:
    table.unknown_keys({"root", "joints", "tension"})
    root = base_root
    if table.has("root"):
        r = table.table("root")
        r.unknown_keys({"position", "pitch", "roll", "yaw"})
        root = RootPose(
            r.vector("position", base_root.position),
            r.number("pitch", -360, 360, base_root.pitch),
            r.number("roll", -360, 360, base_root.roll),
            r.number("yaw", -360, 360, base_root.yaw),
        )
    joints = dict(base_joints)
    if table.has("joints"):
        jt = table.table("joints")
        for name in jt.data:
            if name not in MOVABLE_JOINTS:
                raise jt._fail(name, "is not a known joint")
            j = jt.table(name)
            j.unknown_keys({"flex", "abd", "twist"})
            joints[name] = JointRotation(
                j.number("flex", -180, 180, 0.0),
                j.number("abd", -180, 180, 0.0),
                j.number("twist", -180, 180, 0.0),
            )
    tension = table.number("tension", 0, 1, 0.0)
    return Keyframe(root, tuple(sorted(joints.items(), key=lambda item: item[0])), tension)


def _animation(table: _Table) -> Animation:
    table.unknown_keys(
        {"camera", "props", "planted", "markers", "chair_front", "base", "start", "middle"}
        | {"end", "lift_via", "lower_via"}
    )
    cam = table.table("camera")
    cam.unknown_keys({"yaw", "pitch", "perspective"})
    camera = Camera(
        cam.number("yaw", -360, 360),
        cam.number("pitch", -90, 90),
        cam.number("perspective", 0, 0.5, Camera().perspective),
    )
    props = table.texts("props", allow_empty=True) if table.has("props") else ()
    for prop in props:
        if prop not in _PROPS:
            raise table._fail("props", f"must only name {', '.join(_PROPS)}")
    planted = table.table("planted", required=False)
    planted.unknown_keys({"lift", "lower"})
    lift_planted, lower_planted = (
        planted.choice(key, PLANTED) if planted.has(key) else None for key in ("lift", "lower")
    )
    markers = table.texts("markers") if table.has("markers") else ("glutes",)
    for marker in markers:
        if marker not in MARKERS:
            raise table._fail("markers", f"must only name {', '.join(MARKERS)}")
    chair_front = table.number("chair_front", 0.0, 0.42, Animation.chair_front)
    base = _keyframe(table.table("base", required=False), RootPose(), {})
    base_joints = base.as_dict()
    start = _keyframe(table.table("start"), base.root, base_joints)
    middle = _keyframe(table.table("middle"), base.root, base_joints)
    end = _keyframe(table.table("end"), base.root, base_joints) if table.has("end") else start
    vias = [
        _keyframe(table.table(key), base.root, base_joints) if table.has(key) else None
        for key in ("lift_via", "lower_via")
    ]
    return Animation(
        start,
        middle,
        end,
        camera,
        vias[0],
        vias[1],
        props,
        lift_planted,
        lower_planted,
        markers,
        chair_front,
    )


def parse_exercise(file: str, data: Mapping[str, Any]) -> Exercise:
    top = _Table(file, "", data)
    top.unknown_keys(
        {"id", "name", "summary", "muscles", "start_position", "cues", "progression_after"}
        | {"equipment", "dosage", "tempo", "animation"}
    )
    equipment = top.table("equipment")
    equipment.unknown_keys({"kind", "band_position"})
    kind = equipment.choice("kind", EQUIPMENT)
    band_position = None
    if kind == "mini_band":
        band_position = equipment.choice("band_position", BAND_POSITIONS)
    elif equipment.has("band_position"):
        raise equipment._fail("band_position", 'is only for kind = "mini_band"')
    dosage = top.table("dosage")
    dosage.unknown_keys({"sets", "reps", "reps_range", "hold_seconds", "rest_seconds", "per_side"})
    reps = dosage.whole("reps", 1, 50)
    reps_range = None
    if dosage.has("reps_range"):
        value = dosage.raw("reps_range")
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 1 <= value[0] <= reps <= value[1] <= 50
        ):
            raise dosage._fail("reps_range", "must be [low, high] around reps, from 1 to 50")
        reps_range = (value[0], value[1])
    hold = dosage.number("hold_seconds", 1, 60) if dosage.has("hold_seconds") else None
    tempo_table = top.table("tempo")
    tempo_table.unknown_keys({"lift", "hold", "lower", "rest_between_reps"})
    tempo = Tempo(
        tempo_table.number("lift", 0.2, 10),
        tempo_table.number("hold", 0, 60),
        tempo_table.number("lower", 0.2, 10),
        tempo_table.number("rest_between_reps", 0, 30, 0.0),
    )
    progression = top.ident("progression_after") if top.has("progression_after") else None
    return Exercise(
        id=top.ident("id"),
        name=top.text("name"),
        summary=top.text("summary"),
        muscles=top.texts("muscles"),
        equipment=kind,
        band_position=band_position,
        start_position=top.text("start_position"),
        cues=top.texts("cues"),
        sets=dosage.whole("sets", 1, 10),
        reps=reps,
        reps_range=reps_range,
        hold_seconds=hold,
        tempo=tempo,
        rest_seconds=dosage.whole("rest_seconds", 0, 600),
        per_side=dosage.boolean("per_side"),
        progression_after=progression,
        animation=_animation(top.table("animation")),
    )


def parse_routine(file: str, data: Mapping[str, Any], exercise_ids: set[str]) -> Routine:
    top = _Table(file, "", data)
    top.unknown_keys({"id", "name", "description", "rest_between_exercises_seconds", "items"})
    raw_items = top.raw("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise top._fail("items", "must be a non-empty list of [[items]] tables")
    items = []
    for number, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            raise top._fail("items", "must be a list of [[items]] tables")
        item = _Table(file, f"items {number}", raw)
        item.unknown_keys({"exercise", "sets", "reps"})
        exercise_id = item.ident("exercise")
        if exercise_id not in exercise_ids:
            raise item._fail("exercise", f"names an unknown exercise {exercise_id!r}")
        items.append(
            RoutineItem(
                exercise_id,
                item.whole("sets", 1, 10) if item.has("sets") else None,
                item.whole("reps", 1, 50) if item.has("reps") else None,
            )
        )
    return Routine(
        id=top.ident("id"),
        name=top.text("name"),
        description=top.text("description"),
        items=tuple(items),
        rest_between_exercises_seconds=top.whole("rest_between_exercises_seconds", 0, 600),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ExerciseFileError(path.name, "", f"not valid TOML ({error})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ExerciseFileError(path.name, "", f"cannot be read ({error})") from None


def load_exercise_file(path: Path) -> Exercise:
    exercise = parse_exercise(path.name, _read(path))
    if exercise.id != path.stem:
        raise ExerciseFileError(path.name, "id", f"must match the file name ({path.stem!r})")
    return exercise


def load_catalogue(resources: Path) -> LoadedCatalogue:
    """All good exercises and routines under the `resources` folder (its exercises/ and
    routines/), each bad file left out and named in `problems`."""
    root = resources
    problems: list[str] = []
    exercises: dict[str, Exercise] = {}
    for path in sorted((root / "exercises").glob("*.toml")):
        try:
            exercise = load_exercise_file(path)
        except ExerciseFileError as error:
            problems.append(str(error))
            continue
        exercises[exercise.id] = exercise
    for exercise in list(exercises.values()):
        after = exercise.progression_after
        if after is not None and after not in exercises:
            problems.append(
                f"{exercise.id}.toml: progression_after names an unknown exercise {after!r}"
            )
    routines: dict[str, Routine] = {}
    for path in sorted((root / "routines").glob("*.toml")):
        try:
            routine = parse_routine(path.name, _read(path), set(exercises))
            if routine.id != path.stem:
                raise ExerciseFileError(
                    path.name, "id", f"must match the file name ({path.stem!r})"
                )
        except ExerciseFileError as error:
            problems.append(str(error))
            continue
        routines[routine.id] = routine
    for problem in problems:
        log.warning("Exercise file left out: %s", problem)
    catalogue = Catalogue(MappingProxyType(exercises), MappingProxyType(routines))
    return LoadedCatalogue(catalogue, tuple(problems))
