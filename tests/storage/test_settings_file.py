from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitbreak.core.settings import Settings
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
