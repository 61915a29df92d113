from __future__ import annotations

import tomllib
from datetime import time

import pytest

from sitbreak.core.settings import (
    SCHEMA,
    Settings,
    parse_time_range,
    settings_from_mapping,
    settings_template,
    settings_to_mapping,
)


def test_defaults_match_the_documented_values() -> None:
    s = Settings()
    assert s.tracking.away_after_seconds == 300
    assert s.prompts.squeeze_every_minutes == 20
    assert s.prompts.stand_after_minutes == 45
    assert s.prompts.snooze_minutes == 5


def test_template_parses_back_to_the_defaults_and_documents_every_key() -> None:
    text = settings_template()
    settings, problems = settings_from_mapping(tomllib.loads(text))
    assert problems == []
    assert settings == Settings()
    for key in SCHEMA:
        assert f"\n{key.name} = " in text


def test_round_trip_through_a_mapping() -> None:
    data = {
        "prompts": {"squeeze_every_minutes": 10, "style": "notification"},
        "schedule": {"work_days": ["Mon", "tuesday"], "quiet_hours": "22:00-07:00"},
        "routine": {"daily_time": "17:30"},
        "app": {"tray_icon": "mono"},
    }
    settings, problems = settings_from_mapping(data)
    assert problems == []
    assert settings.prompts.squeeze_every_minutes == 10
    assert settings.prompts.style == "notification"
    assert settings.schedule.work_days == ("mon", "tue")
    assert settings.routine.daily_time == time(17, 30)
    assert settings.app.tray_icon == "mono"
    again, _ = settings_from_mapping(settings_to_mapping(settings))
    assert again == settings


@pytest.mark.parametrize(
    ("section", "key", "value", "expected_words"),
    [
        (
            "tracking",
            "away_after_seconds",
            10,
            ["[tracking] away_after_seconds", "30 to 7200", "300"],
        ),
        (
            "prompts",
            "snooze_minutes",
            "five",
            ["[prompts] snooze_minutes", "not a whole number", "5"],
        ),
        ("prompts", "chime", 1, ["[prompts] chime", "true or false"]),
        ("schedule", "work_days", ["mon", "funday"], ["funday"]),
        ("schedule", "work_hours", "9-5", ["[schedule] work_hours", "08:00-18:00"]),
        ("routine", "daily_time", "25:00", ["[routine] daily_time"]),
        ("app", "tray_icon", "rainbow", ["[app] tray_icon", '"colour", "mono"', "colour"]),
    ],
)
def test_a_bad_value_names_the_key_and_range_and_uses_the_default(
    section: str, key: str, value: object, expected_words: list[str]
) -> None:
    settings, problems = settings_from_mapping({section: {key: value}})
    assert len(problems) == 1
    for word in expected_words:
        assert word in problems[0].message
    assert getattr(getattr(settings, section), key) == getattr(getattr(Settings(), section), key)


def test_good_keys_survive_a_bad_neighbour() -> None:
    settings, problems = settings_from_mapping(
        {"prompts": {"snooze_minutes": 0, "squeeze_every_minutes": 12}}
    )
    assert settings.prompts.squeeze_every_minutes == 12
    assert settings.prompts.snooze_minutes == 5
    assert len(problems) == 1


def test_unknown_keys_and_newer_versions_are_reported_not_fatal() -> None:
    settings, problems = settings_from_mapping(
        {"version": 99, "prompts": {"squeeze_evry_minutes": 3}, "colours": {}}
    )
    messages = " ".join(p.message for p in problems)
    assert "version 99" in messages
    assert "squeeze_evry_minutes" in messages
    assert "[colours]" in messages
    assert settings == Settings()


def test_time_ranges_wrap_midnight() -> None:
    night = parse_time_range("22:00-07:00")
    assert night.contains(time(23, 30))
    assert night.contains(time(6, 59))
    assert not night.contains(time(7, 0))
    day = parse_time_range("00:00-24:00")
    assert day.contains(time(23, 59))
    with pytest.raises(ValueError, match="empty"):
        parse_time_range("08:00-08:00")


@pytest.mark.parametrize(("old", "style"), [(True, "notification"), (False, "auto")])
def test_an_older_files_notifications_only_reads_as_the_prompt_style(old, style) -> None:
    settings, problems = settings_from_mapping({"prompts": {"notifications_only": old}})
    assert problems == []  # a known, older name: no "unknown key"
    assert settings.prompts.style == style


def test_the_new_style_wins_over_the_old_key_and_a_bad_old_value_is_reported() -> None:
    both = {"prompts": {"notifications_only": True, "style": "window"}}
    assert settings_from_mapping(both)[0].prompts.style == "window"
    settings, problems = settings_from_mapping({"prompts": {"notifications_only": "yes"}})
    assert settings.prompts.style == "auto"
    assert [p.key for p in problems] == ["[prompts] style"]  # the key's name today
    assert 'one of "auto", "window", "notification"' in problems[0].message


def test_an_unknown_style_is_refused_with_the_choices() -> None:
    settings, problems = settings_from_mapping({"prompts": {"style": "popup"}})
    assert settings.prompts.style == "auto"
    assert 'one of "auto", "window", "notification"' in problems[0].message


def test_the_template_writes_each_section_once_whatever_the_schema_order() -> None:
    import tomllib

    from sitbreak.core.settings import SCHEMA, settings_template

    interleaved = (*SCHEMA[1:], SCHEMA[0])  # the first section's key comes back at the end
    parsed = tomllib.loads(settings_template(schema=interleaved))
    assert {(k.section, k.name) for k in SCHEMA} == {
        (section, name)
        for section, table in parsed.items()
        if isinstance(table, dict)
        for name in table
    }
