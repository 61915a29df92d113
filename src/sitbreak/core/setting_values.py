"""Settings as text and as plain values, for `sitbreak config` and the settings dialog.

The file's own validation (settings_from_mapping) stays the judge: a value read from
text is turned into what the TOML file would hold, and that is validated exactly as
the file is. These helpers only translate between the schema's kinds and text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitbreak.core.settings import (
    SCHEMA,
    SettingKey,
    Settings,
    settings_from_mapping,
)

_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")
_OFF = ("", "off", "none", "never")


def dotted(key: SettingKey) -> str:
    return f"{key.section}.{key.name}"


def find_key(name: str) -> SettingKey | None:
    """`prompts.snooze_minutes` (or `[prompts] snooze_minutes`) -> its key."""
    wanted = name.strip().replace("[", "").replace("] ", ".").replace("]", ".")
    for key in SCHEMA:
        if dotted(key) == wanted:
            return key
    return None


def typed_value(settings: Settings, key: SettingKey) -> Any:
    return getattr(getattr(settings, key.section), key.name)


def with_value(settings: Settings, key: SettingKey, value: Any) -> Settings:
    group = getattr(settings, key.section)
    return replace(settings, **{key.section: replace(group, **{key.name: value})})


def file_value(key: SettingKey, value: Any) -> Any:
    """A typed value as the TOML file holds it (int, bool, str or a list of str)."""
    if key.kind == "days":
        return list(value)
    if key.kind == "time":
        return "" if value is None else value.strftime("%H:%M")
    if key.kind in ("time_range", "optional_time_range"):
        return "" if value is None else str(value)
    return value


def plain_text(key: SettingKey, value: Any) -> str:
    """A typed value as a person types it: 20, true, mon,tue, 17:30, 08:00-18:00, off."""
    raw = file_value(key, value)
    if key.kind == "bool":
        return "true" if raw else "false"
    if key.kind == "days":
        return ",".join(raw)
    if key.kind in ("time", "optional_time_range") and raw == "":
        return "off"
    return str(raw)


def file_value_from_text(key: SettingKey, text: str) -> Any:
    """What the file would hold for `text`; ValueError says what is wrong. Validated
    afterwards like the file (see `check`)."""
    words = text.strip()
    if key.kind == "int":
        try:
            return int(words)
        except ValueError:
            raise ValueError(f"{text!r} is not a whole number") from None
    if key.kind == "bool":
        if words.lower() in _TRUE:
            return True
        if words.lower() in _FALSE:
            return False
        raise ValueError(f"{text!r} is not true or false")
    if key.kind == "days":
        return [d for d in words.replace(",", " ").split() if d]
    if key.kind in ("time", "optional_time_range") and words.lower() in _OFF:
        return ""
    return words


def check(key: SettingKey, raw: Any) -> Any:
    """The typed value for a file value, or ValueError with the file's own message."""
    settings, problems = settings_from_mapping({key.section: {key.name: raw}})
    mine = [p for p in problems if p.key == key.label]
    if mine:
        message = mine[0].message
        # the file's message ends with what happens there ("Using the default ..."):
        # here nothing is used, so it stops after what is allowed.
        cut = message.find(". Using the default")
        raise ValueError(message[:cut] + "." if cut > 0 else message)
    return typed_value(settings, key)


def json_value(key: SettingKey, value: Any) -> Any:
    """A typed value for JSON: numbers and booleans as such, off as null."""
    raw = file_value(key, value)
    if key.kind in ("time", "optional_time_range") and raw == "":
        return None
    return raw
