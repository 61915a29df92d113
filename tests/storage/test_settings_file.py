from __future__ import annotations

from pathlib import Path

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
