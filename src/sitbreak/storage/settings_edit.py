"""Changing settings.toml for the settings dialog and `sitbreak config`.

Only the keys asked for are touched: the user's comments, layout, unknown keys and
sections, and a newer version's keys stay as they are (tomlkit keeps them; it is
imported only here, while writing). Every value is checked as the file's loader would
check it before anything is written, and the file is replaced atomically, so a
refused change leaves it byte for byte as it was. A missing file is first created
from the commented template.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitbreak.core.i18n import translate
from sitbreak.core.setting_values import (
    BadValueError,
    NotTomlError,
    SettingsEditError,
    check,
    dotted,
    file_value,
    typed_value,
)
from sitbreak.core.settings import SCHEMA, SettingKey, Settings, settings_template
from sitbreak.storage.atomic import write_text_atomic
from sitbreak.storage.settings_file import load_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileValues:
    """What the file holds: each key's raw value if set there (None: not in the file)."""

    raw: Mapping[str, Any]  # "section.name" -> the TOML value, for keys in the file

    def has(self, key: SettingKey) -> bool:
        return dotted(key) in self.raw


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        text = translate("SettingsFile", "Cannot read the settings file {path}: {problem}.")
        raise SettingsEditError(text.format(path=path, problem=error)) from error


def read_file_values(path: Path) -> FileValues:
    """The keys the file sets (none when there is no file). Raises NotTomlError."""
    if not path.exists():
        return FileValues({})
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as error:
        raise _not_toml(path, error) from error
    raw: dict[str, Any] = {}
    for key in SCHEMA:  # under its name, or else under a former one (as the loader reads)
        for section, name in [(key.section, key.name), *key.old_places()]:
            table = data.get(section)
            if isinstance(table, dict) and name in table:
                raw[dotted(key)] = table[name]
                break
    return FileValues(raw)


def _not_toml(path: Path, error: Exception) -> NotTomlError:
    text = translate("SettingsFile", "The settings file {path} is not valid TOML: {problem}.")
    return NotTomlError(text.format(path=path, problem=error))


def ensure_file(path: Path) -> bool:
    """Create the commented template if there is no file; True if it was created."""
    if path.exists():
        return False
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_text_atomic(path, settings_template())
    except OSError as error:
        text = translate("SettingsFile", "Cannot create the settings file {path}: {problem}.")
        raise SettingsEditError(text.format(path=path, problem=error.strerror or error)) from error
    return True


def write_changes(path: Path, changes: Mapping[SettingKey, Any]) -> None:
    """Set each key to its typed value, keeping everything else in the file.

    A key set to its default is written as the default (its line and comment stay).
    Raises BadValueError for a value the file would refuse, NotTomlError for a file
    that is not TOML, SettingsEditError when it cannot be written; the file is then
    unchanged.
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    for key, value in changes.items():
        try:
            check(key, file_value(key, value))
        except ValueError as error:
            raise BadValueError(key, str(error)) from error
    ensure_file(path)
    text = _read(path)
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as error:
        raise _not_toml(path, error) from error
    for key, value in changes.items():
        section = document.get(key.section)
        if section is None:
            section = tomlkit.table()
            document[key.section] = section
        elif not isinstance(section, dict):
            text = translate(
                "SettingsFile", "[{section}] in {path} is not a table; fix it in the file first."
            )
            raise SettingsEditError(text.format(section=key.section, path=path))
        section[key.name] = file_value(key, value)
        for old_section, old_name in key.old_places():  # the file follows a rename
            table = document.get(old_section)
            if isinstance(table, dict) and old_name in table:
                del table[old_name]
    try:
        write_text_atomic(path, tomlkit.dumps(document))
    except OSError as error:
        text = translate("SettingsFile", "Cannot write the settings file {path}: {problem}.")
        raise SettingsEditError(text.format(path=path, problem=error.strerror or error)) from error
    log.info("settings file: wrote %s", ", ".join(dotted(k) for k in changes))


def reset_keys(path: Path, keys: list[SettingKey]) -> None:
    """Back to the defaults: keys the file sets get their default value written."""
    present = read_file_values(path)
    defaults = Settings()
    changes = {key: typed_value(defaults, key) for key in keys if present.has(key)}
    if changes:
        write_changes(path, changes)


class SettingsFileStore:
    """settings.toml as the settings dialog sees it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def file_values(self) -> FileValues:
        """Raises NotTomlError or SettingsEditError."""
        return read_file_values(self.path)

    def load(self) -> Settings:
        return load_settings(self.path).settings

    def write(self, changes: Mapping[SettingKey, Any]) -> None:
        write_changes(self.path, changes)


__all__ = [
    "BadValueError",
    "FileValues",
    "NotTomlError",
    "SettingsEditError",
    "SettingsFileStore",
    "ensure_file",
    "read_file_values",
    "reset_keys",
    "write_changes",
]
