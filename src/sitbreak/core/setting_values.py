"""Settings as text and as plain values, for `sitbreak config` and the settings dialog.

The keys' own value types stay the judge: a value typed on a command line is turned
into what the TOML file would hold (`file_value_from_text`), and `check` validates that
exactly as the file's loader does. These helpers only translate between text, the
file's values and the typed ones.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitbreak.core.i18n import fill, translate
from sitbreak.core.settings import (
    SCHEMA,
    DailyRange,
    Days,
    SettingKey,
    Settings,
    Switch,
    TimeOfDay,
    WholeNumber,
)


class SettingsEditError(Exception):
    """A change to the settings file that was not made; the text says why, for the user."""


class NotTomlError(SettingsEditError):
    """The file is not valid TOML: it is left alone (the user may be mid-edit)."""


class BadValueError(SettingsEditError):
    def __init__(self, key: SettingKey, message: str) -> None:
        super().__init__(message)
        self.key = key


_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")
_OFF = ("", "off", "none", "never")


def dotted(key: SettingKey) -> str:
    return f"{key.section}.{key.name}"


def find_key(name: str) -> SettingKey | None:
    """`prompts.snooze_minutes` (or `[prompts] snooze_minutes`, or a former name)."""
    wanted = name.strip().replace("[", "").replace("] ", ".").replace("]", ".")
    for key in SCHEMA:
        if dotted(key) == wanted:
            return key
    for key in SCHEMA:
        if any(f"{section}.{old}" == wanted for section, old in key.old_places()):
            return key
    return None


def typed_value(settings: Settings, key: SettingKey) -> Any:
    return getattr(getattr(settings, key.section), key.attribute)


def with_value(settings: Settings, key: SettingKey, value: Any) -> Settings:
    group = getattr(settings, key.section)
    return replace(settings, **{key.section: replace(group, **{key.attribute: value})})


def file_value(key: SettingKey, value: Any) -> Any:
    """A typed value as the TOML file holds it (int, bool, str or a list of str)."""
    return key.type.to_toml(value)


def _optional(key: SettingKey) -> bool:
    return isinstance(key.type, TimeOfDay) or (
        isinstance(key.type, DailyRange) and key.type.optional
    )


def plain_text(key: SettingKey, value: Any) -> str:
    """A typed value as a person types it: 20, true, mon,tue, 17:30, 08:00-18:00, off."""
    raw = file_value(key, value)
    if isinstance(key.type, Switch):
        return "true" if raw else "false"
    if isinstance(key.type, Days):
        return ",".join(raw)
    if _optional(key) and raw == "":
        return "off"
    return str(raw)


def file_value_from_text(key: SettingKey, text: str) -> Any:
    """What the file would hold for `text`; ValueError says what is wrong. Validate the
    result with `check`, as the file is."""
    words = text.strip()
    if isinstance(key.type, WholeNumber):
        try:
            return int(words)
        except ValueError:
            message = translate("SettingsSchema", "%1 is not a whole number")
            raise ValueError(fill(message, repr(text))) from None
    if isinstance(key.type, Switch):
        if words.lower() in _TRUE:
            return True
        if words.lower() in _FALSE:
            return False
        raise ValueError(fill(translate("SettingsSchema", "%1 is not true or false"), repr(text)))
    if isinstance(key.type, Days):
        return [d for d in words.replace(",", " ").split() if d]
    if _optional(key) and words.lower() in _OFF:
        return ""
    return words


def check(key: SettingKey, raw: Any) -> Any:
    """The typed value for a file value, or ValueError in the file's own words."""
    try:
        return key.type.parse(raw)
    except ValueError as error:
        message = translate("SettingsSchema", "%1: %2; allowed is %3.")
        raise ValueError(fill(message, key.label, error, key.allowed())) from error


def json_value(key: SettingKey, value: Any) -> Any:
    """A typed value for JSON: numbers and booleans as such, off as null."""
    raw = file_value(key, value)
    if _optional(key) and raw == "":
        return None
    return raw
