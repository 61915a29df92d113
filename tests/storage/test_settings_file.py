from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from sitbreak.core.settings import SCHEMA, SettingKey, Settings
from sitbreak.storage.settings_file import load_settings


def test_first_start_writes_a_commented_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    loaded = load_settings(path)
    assert loaded.created
    assert loaded.settings == Settings()
    assert "squeeze_every_minutes = 20" in path.read_text()


def test_broken_toml_gives_defaults_and_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[prompts\nsnooze_minutes = 3\n")
    before = path.read_bytes()
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "not valid TOML" in loaded.problems[0].message
    assert "line 1" in loaded.problems[0].message
    assert path.read_bytes() == before


def test_bad_value_is_reported_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[prompts]\nstand_after_minutes = 0\nsnooze_minutes = 7\n")
    loaded = load_settings(path)
    assert loaded.settings.prompts.snooze_minutes == 7
    assert loaded.settings.prompts.stand_after_minutes == 45
    assert "[prompts] stand_after_minutes" in loaded.problems[0].message


def test_config_path_that_is_a_file_falls_back_to_defaults(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    loaded = load_settings(blocker / "settings.toml")
    assert loaded.settings == Settings()
    assert "Cannot create" in loaded.problems[0].message


def test_deep_nesting_gives_defaults_and_one_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("x = " + "[" * 600 + "]" * 600 + "\n")
    before = path.read_bytes()
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert not loaded.readable
    (problem,) = loaded.problems
    assert "nests too deeply" in problem.message
    assert path.read_bytes() == before


def test_any_parser_failure_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_text: str) -> dict:
        raise MemoryError("parser ran out")

    monkeypatch.setattr("sitbreak.storage.settings_file.tomllib.loads", broken)
    path = tmp_path / "settings.toml"
    path.write_text("[prompts]\n")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "MemoryError" in loaded.problems[0].message


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xef\xbb\xbfversion = 1\n[prompts]\nsnooze_minutes = 7\n")
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.prompts.snooze_minutes == 7


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('version = "2"', "not a whole number"),
        ("version = 2.5", "not a whole number"),
        ("version = true", "not a whole number"),
        ("version = 0", "not a settings version"),
        ("version = 99", "newer than this Sitbreak"),
    ],
)
def test_a_wrong_or_unknown_version_is_reported(tmp_path: Path, line: str, words: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"{line}\n[prompts]\nsnooze_minutes = 7\n")
    loaded = load_settings(path)
    assert loaded.settings.prompts.snooze_minutes == 7  # the keys are still used
    assert [p.key for p in loaded.problems] == ["version"]
    assert words in loaded.problems[0].message


def test_several_problems_are_reported_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[prompts]\nstand_after_minutes = 0\nsnooze_minutes = -3\n[nonsense]\n")
    loaded = load_settings(path)
    assert len(loaded.problems) == 3
    assert all("\n" not in p.message for p in loaded.problems)


def test_a_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    with path.open("wb") as handle:
        handle.truncate(20_000_000)  # sparse: 20 MB without writing them
    monkeypatch.setattr(Path, "read_text", lambda *_a, **_k: pytest.fail("read it whole"))
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "20.0 MB" in loaded.problems[0].message
    assert path.stat().st_size == 20_000_000


def test_a_settings_path_that_is_a_folder_or_fifo_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    os.mkfifo(path)  # opening it to read would block forever
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "not a regular file" in loaded.problems[0].message


FIXTURE = Path(__file__).with_name("fixtures") / "settings-0.1.toml"


def renamed(section: str, old_name: str, new_name: str) -> tuple[SettingKey, ...]:
    """The schema as it would be after a release renames one key in the file."""
    return tuple(
        replace(key, name=new_name, field=key.attribute, renamed_from=(f"{section}.{old_name}",))
        if (key.section, key.name) == (section, old_name)
        else key
        for key in SCHEMA
    )


def test_the_fixture_loads_as_it_is_today(tmp_path: Path) -> None:
    loaded = load_settings(copy(FIXTURE, tmp_path))
    assert loaded.problems == []
    assert loaded.settings.prompts.snooze_minutes == 7
    assert loaded.settings.routine.daily_time == time(17, 30)


def test_a_renamed_key_still_loads_from_a_file_with_the_old_name(tmp_path: Path) -> None:
    schema = renamed("prompts", "snooze_minutes", "snooze_length_minutes")
    path = copy(FIXTURE, tmp_path)
    before = path.read_bytes()
    loaded = load_settings(path, schema)
    assert loaded.problems == []  # the old name is known, not reported as unknown
    assert loaded.settings.prompts.snooze_minutes == 7
    assert loaded.settings.prompts.squeeze_every_minutes == 25
    assert path.read_bytes() == before  # never rewritten


def test_the_new_name_wins_over_the_old_and_a_new_file_has_only_the_new(
    tmp_path: Path,
) -> None:
    schema = renamed("routine", "daily_time", "offer_at")
    path = copy(FIXTURE, tmp_path)
    assert load_settings(path, schema).settings.routine.daily_time == time(17, 30)
    path.write_text(path.read_text().replace("[routine]\n", '[routine]\noffer_at = "08:15"\n'))
    assert load_settings(path, schema).settings.routine.daily_time == time(8, 15)
    fresh = tmp_path / "new" / "settings.toml"
    load_settings(fresh, schema)  # a first start writes the new name only
    assert 'offer_at = ""' in fresh.read_text()
    assert "daily_time" not in fresh.read_text()


def copy(source: Path, folder: Path) -> Path:
    target = folder / "settings.toml"
    shutil.copyfile(source, target)
    return target
