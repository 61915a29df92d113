from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue
from tests.support.exercises import shipped_catalogue


def test_every_shipped_file_loads() -> None:
    loaded = shipped_catalogue()
    assert loaded.problems == ()
    assert set(loaded.catalogue.routines) == {"daily", "full", "desk", "seated_squeeze"}
    daily = [e.id for e in loaded.catalogue.resolve("daily")]
    assert len(daily) == 6
    assert daily.index("bridge") < daily.index("single_leg_bridge")
    desk = loaded.catalogue.resolve("desk")
    assert all(e.sets == 1 for e in desk)
    assert sum(e.reps * e.rep_tempo.rep_seconds for e in desk) < 180  # about two minutes


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(resources_dir() / "exercises", tmp_path / "exercises")
    shutil.copytree(resources_dir() / "routines", tmp_path / "routines")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "sets = 3",
            "sets = 30",
            "clam_shell.toml: [dosage] sets must be a whole number from 1 to 10",
        ),
        ("sets = 3", 'sets = "3"', "clam_shell.toml: [dosage] sets must be a whole number"),
        ('name = "Clam shell"\n', "", "clam_shell.toml: name is missing"),
        (
            "hip_l = { flex = 45, twist = 40 }",
            "tail = { flex = 4 }",
            "[animation.middle.joints] tail is not a known joint",
        ),
        ("lift = 1.0", "lift = -1", "clam_shell.toml: [tempo] lift must be a number"),
        (
            'band_position = "above_knees"',
            'band_position = "elbows"',
            "[equipment] band_position must be one of",
        ),
        ("[dosage]", "[dosage", "clam_shell.toml: not valid TOML"),
        (
            'markers = ["left_outer_hip"]',
            'markers = ["left_knee"]',
            "clam_shell.toml: [animation] markers must only name glutes,",
        ),
        (
            'markers = ["left_outer_hip"]',
            'planted = { lift = "hands" }',
            "clam_shell.toml: [animation.planted] lift must be one of left_foot,",
        ),
        ("props = [", "chair_front = 2\nprops = [", "[animation] chair_front must be a number"),
    ],
)
def test_a_broken_exercise_file_is_named_with_its_field(
    copy: Path, old: str, new: str, message: str
) -> None:
    _edit(copy / "exercises" / "clam_shell.toml", old, new)
    loaded = load_catalogue(copy)
    assert "clam_shell" not in loaded.catalogue.exercises
    assert "bridge" in loaded.catalogue.exercises  # the others still load
    assert any(message in problem for problem in loaded.problems), loaded.problems


def test_a_routine_naming_an_unknown_exercise_is_rejected(copy: Path) -> None:
    _edit(copy / "routines" / "desk.toml", 'exercise = "sit_to_stand"', 'exercise = "handstand"')
    loaded = load_catalogue(copy)
    assert "desk" not in loaded.catalogue.routines
    assert any(
        p.startswith("desk.toml: [items 1] exercise names an unknown exercise 'handstand'")
        for p in loaded.problems
    ), loaded.problems
