"""`sitbreak config`: every key type, every error, the file kept as the user wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitbreak.cli.main import main
from sitbreak.core.settings import SCHEMA, settings_template
from sitbreak.storage.settings_file import load_settings


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"  # the conftest points the app here


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["config", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("key", "text", "shown", "in_file"),
    [
        ("prompts.snooze_minutes", "7", "7", "snooze_minutes = 7"),
        ("prompts.chime", "yes", "true", "chime = true"),
        ("prompts.style", "notification", "notification", 'style = "notification"'),
        ("app.tray_icon", "mono", "mono", 'tray_icon = "mono"'),
        ("app.language", "de", "de", 'language = "de"'),
        ("app.language", "", "", 'language = ""'),
        ("schedule.work_days", "fri, mon", "mon,fri", 'work_days = ["mon", "fri"]'),
        ("routine.daily_time", "17:30", "17:30", 'daily_time = "17:30"'),
        ("routine.daily_time", "off", "off", 'daily_time = ""'),
        ("schedule.work_hours", "08:00-18:00", "08:00-18:00", 'work_hours = "08:00-18:00"'),
        ("schedule.quiet_hours", "22:00-07:00", "22:00-07:00", 'quiet_hours = "22:00-07:00"'),
        ("schedule.quiet_hours", "", "off", 'quiet_hours = ""'),
    ],
)
def test_set_and_get_every_kind_of_key(
    capsys: pytest.CaptureFixture[str],
    settings_file: Path,
    key: str,
    text: str,
    shown: str,
    in_file: str,
) -> None:
    assert run(capsys, "set", key, text) == (0, f"{shown}\n", "")
    assert run(capsys, "get", key) == (0, f"{shown}\n", "")
    assert f"\n{in_file}\n" in settings_file.read_text()
    assert load_settings(settings_file).problems == []


def test_no_file_gets_the_commented_template_first(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    assert not settings_file.exists()
    assert run(capsys, "get", "prompts.snooze_minutes")[:2] == (0, "5\n")
    assert settings_file.read_text() == settings_template()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "prompts.snoze", "3"), "unknown key 'prompts.snoze'"),
        (("get", "nothing"), "unknown key 'nothing'"),
        (("reset", "app.colour"), "unknown key 'app.colour'"),
        (("set", "prompts.snooze_minutes", "five"), "'five' is not a whole number"),
        (("set", "prompts.snooze_minutes", "0"), "0 is out of range; allowed is a whole number"),
        (("set", "prompts.chime", "maybe"), "'maybe' is not true or false"),
        (
            ("set", "app.tray_icon", "rainbow"),
            "'rainbow' is not a choice; allowed is one of \"colour\"",
        ),
        (("set", "schedule.work_days", "mon,funday"), "unknown day 'funday'"),
        (("set", "app.language", "klingon"), "'klingon' is not a language Sitbreak speaks"),
        (("set", "routine.daily_time", "25:00"), "not a time like 07:30"),
        (("set", "schedule.work_hours", "9-5"), "is not a time like 07:30"),
        (("set", "schedule.work_hours", "off"), "is not a range like 08:00-18:00"),
        (("set", "schedule.quiet_hours", "08:00-08:00"), "empty range"),
    ],
)
def test_a_bad_key_or_value_is_one_line_exit_2_and_the_file_untouched(
    capsys: pytest.CaptureFixture[str],
    settings_file: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("# mine\n[prompts]\nsnooze_minutes = 9\n")
    before = settings_file.read_bytes()
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.startswith("sitbreak config: ")
    assert message in err
    assert err.count("\n") == 1  # one line
    assert settings_file.read_bytes() == before


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "set", "prompts.chime")[0] == 2
    assert run(capsys)[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_a_file_that_is_not_toml_is_said_and_left_alone(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[prompts\nsnooze_minutes = 9\n")
    before = settings_file.read_bytes()
    for args in (("set", "prompts.snooze_minutes", "4"), ("list",), ("get", "prompts.chime")):
        code, out, err = run(capsys, *args)
        assert (code, out) == (1, "")
        assert "is not valid TOML" in err
        assert err.count("\n") == 1
    assert settings_file.read_bytes() == before


def test_a_file_that_cannot_be_written_is_exit_1(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.mkdir(parents=True)  # a folder where the file should be
    code, _out, err = run(capsys, "set", "prompts.snooze_minutes", "4")
    assert code == 1
    assert "settings file" in err


def test_reset_puts_the_default_back_keeping_the_comment(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[prompts]\n# I snooze a lot\nsnooze_minutes = 15\n")
    assert run(capsys, "reset", "prompts.snooze_minutes") == (0, "5\n", "")
    assert settings_file.read_text() == "[prompts]\n# I snooze a lot\nsnooze_minutes = 5\n"
    assert run(capsys, "reset", "prompts.chime") == (0, "false\n", "")  # not in the file
    assert settings_file.read_text() == "[prompts]\n# I snooze a lot\nsnooze_minutes = 5\n"


def test_list_json_has_every_key_with_value_default_allowed_and_source(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(
        '[prompts]\nsnooze_minutes = 9\nchime = "loud"\n[schedule]\nquiet_hours = ""\n'
    )
    code, out, _err = run(capsys, "list", "--json")
    assert code == 0
    entries = {e["key"]: e for e in json.loads(out)}
    assert list(entries) == [f"{k.section}.{k.name}" for k in SCHEMA]
    assert entries["prompts.snooze_minutes"] == {
        "key": "prompts.snooze_minutes",
        "value": 9,
        "default": 5,
        "allowed": "a whole number from 1 to 120",
        "source": "file",
    }
    assert entries["prompts.chime"]["value"] is False  # the file's value is not usable
    assert entries["prompts.chime"]["source"] == "default"
    assert "'loud' is not true or false" in entries["prompts.chime"]["problem"]
    assert entries["schedule.quiet_hours"]["value"] is None
    assert entries["schedule.work_days"]["value"] == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    assert entries["schedule.work_days"]["source"] == "default"
    assert entries["app.tray_icon"]["allowed"] == 'one of "colour", "mono"'


def test_list_as_text_shows_non_defaults_and_what_is_allowed(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[prompts]\nsnooze_minutes = 9\n")
    code, out, _err = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    at = lines.index("prompts.snooze_minutes = 9  (default 5)")
    assert lines[at + 1] == "    a whole number from 1 to 120"
    assert "prompts.chime = false" in lines


def test_a_key_under_its_former_name_is_read_and_moved_to_its_new_name(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[prompts]\nnotifications_only = true\n")
    assert run(capsys, "get", "prompts.style") == (0, "notification\n", "")
    assert run(capsys, "get", "prompts.notifications_only")[:2] == (0, "notification\n")
    assert run(capsys, "set", "prompts.style", "window") == (0, "window\n", "")
    assert settings_file.read_text() == '[prompts]\nstyle = "window"\n'
