"""Writing settings.toml: only the keys asked for change; comments, layout, unknown and
newer keys stay; a refused change leaves the file byte for byte."""

from __future__ import annotations

import difflib
import stat
from datetime import time
from pathlib import Path

import pytest

from sitbreak.core.setting_values import find_key
from sitbreak.core.settings import SettingKey, Settings, parse_time_range, settings_template
from sitbreak.storage.settings_edit import (
    BadValueError,
    NotTomlError,
    read_file_values,
    reset_keys,
    write_changes,
)
from sitbreak.storage.settings_file import load_settings

USER_FILE = """\
# my settings, tuned over the years
version = 1

[prompts]
squeeze_every_minutes = 25   # a bit calmer than the default
# I snooze a lot
snooze_minutes = 10

[tracking]
away_after_seconds = 240

[plugins]                    # a section this version does not know
colour = "teal"

[schedule]
work_days = ["mon", "tue", "wed", "thu", "fri"]
future_key = 3               # from a newer Sitbreak
"""


def key(name: str) -> SettingKey:
    found = find_key(name)
    assert found is not None
    return found


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "settings.toml"
    file.write_text(USER_FILE)
    return file


def test_one_change_touches_one_line_and_keeps_comments(path: Path) -> None:
    write_changes(path, {key("prompts.snooze_minutes"): 7})
    after = path.read_text()
    assert changed_lines(USER_FILE, after) == ["-snooze_minutes = 10", "+snooze_minutes = 7"]
    assert load_settings(path).settings.prompts.snooze_minutes == 7


def test_a_trailing_comment_on_the_changed_line_stays(path: Path) -> None:
    write_changes(path, {key("prompts.squeeze_every_minutes"): 30})
    assert "squeeze_every_minutes = 30   # a bit calmer than the default" in path.read_text()


def test_a_key_not_in_the_file_is_added_to_its_section(path: Path) -> None:
    write_changes(path, {key("prompts.chime"): True, key("routine.daily_time"): time(17, 30)})
    after = path.read_text()
    assert after.startswith(USER_FILE.split("[tracking]", maxsplit=1)[0].rstrip("\n"))
    loaded = load_settings(path).settings
    assert loaded.prompts.chime is True
    assert loaded.routine.daily_time == time(17, 30)
    assert "[routine]" in after
    assert 'daily_time = "17:30"' in after


def test_unknown_sections_and_newer_keys_are_edited_around(path: Path) -> None:
    days = ("mon", "wed")
    write_changes(path, {key("schedule.work_days"): days})
    after = path.read_text()
    assert (
        '[plugins]                    # a section this version does not know\ncolour = "teal"'
        in after
    )
    assert "future_key = 3               # from a newer Sitbreak" in after
    assert load_settings(path).settings.schedule.work_days == days


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("schedule.work_hours", parse_time_range("08:00-18:00")),
        ("schedule.quiet_hours", None),
        ("schedule.quiet_hours", parse_time_range("22:00-07:00")),
        ("app.tray_icon", "mono"),
        ("stats.daily_sitting_goal_minutes", 300),
    ],
)
def test_every_kind_round_trips(path: Path, name: str, value: object) -> None:
    write_changes(path, {key(name): value})
    k = key(name)
    assert getattr(getattr(load_settings(path).settings, k.section), k.name) == value


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("prompts.snooze_minutes", 0, "0 is out of range; allowed is a whole number from 1 to 120"),
        ("app.tray_icon", "rainbow", "'rainbow' is not a choice"),
        ("schedule.work_days", ("mon", "funday"), "unknown day 'funday'"),
    ],
)
def test_a_bad_value_is_refused_and_the_file_untouched(
    path: Path, name: str, value: object, words: str
) -> None:
    before = path.read_bytes()
    with pytest.raises(BadValueError, match=words) as refused:
        write_changes(path, {key(name): value})
    assert refused.value.key == key(name)
    assert path.read_bytes() == before


def test_a_file_that_is_not_toml_is_never_overwritten(path: Path) -> None:
    path.write_text("[prompts\nsnooze_minutes = 5\n")
    before = path.read_bytes()
    with pytest.raises(NotTomlError, match="not valid TOML"):
        write_changes(path, {key("prompts.snooze_minutes"): 7})
    assert path.read_bytes() == before
    with pytest.raises(NotTomlError):
        read_file_values(path)


def test_no_file_yet_gets_the_commented_template_first(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    write_changes(path, {key("prompts.snooze_minutes"): 8})
    text = path.read_text()
    assert changed_lines(settings_template(), text) == [
        "-snooze_minutes = 5",
        "+snooze_minutes = 8",
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_reset_writes_the_default_where_the_file_sets_a_key(path: Path) -> None:
    reset_keys(path, [key("prompts.snooze_minutes"), key("prompts.chime")])
    after = path.read_text()
    assert changed_lines(USER_FILE, after) == ["-snooze_minutes = 10", "+snooze_minutes = 5"]
    assert "# I snooze a lot" in after
    assert load_settings(path).settings.prompts == Settings().prompts.__class__(
        squeeze_every_minutes=25
    )


def test_file_values_say_which_keys_the_file_sets(path: Path) -> None:
    values = read_file_values(path)
    assert values.has(key("prompts.snooze_minutes"))
    assert not values.has(key("prompts.chime"))
    assert values.raw["tracking.away_after_seconds"] == 240


def test_a_key_set_under_a_former_name_moves_to_its_new_name(tmp_path: Path) -> None:
    from sitbreak.core.settings import WholeNumber

    renamed = SettingKey(
        "prompts",
        "snooze_minutes",
        WholeNumber(1, 120),
        "How long Snooze postpones a prompt.",
        renamed_from=("snooze_for",),
    )
    path = tmp_path / "settings.toml"
    path.write_text("[prompts]\n# mine\nsnooze_for = 7\nchime = true\n")
    write_changes(path, {renamed: 9})
    assert path.read_text() == "[prompts]\n# mine\nchime = true\nsnooze_minutes = 9\n"


def test_a_file_from_a_newer_version_keeps_its_version_and_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    newer = 'version = 7\n\n[prompts]\nsnooze_minutes = 5\nmood = "calm"\n\n[holds]\ncalls = true\n'
    path.write_text(newer)
    write_changes(path, {key("prompts.snooze_minutes"): 6})
    assert changed_lines(newer, path.read_text()) == ["-snooze_minutes = 5", "+snooze_minutes = 6"]
