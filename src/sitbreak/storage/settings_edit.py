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

from sitbreak.core.setting_values import check, dotted, file_value
from sitbreak.core.settings import SettingKey, Settings, settings_template
from sitbreak.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)


class SettingsEditError(Exception):
    """A change that was not written; the text says why, for the user."""


class NotTomlError(SettingsEditError):
    """The file is not valid TOML: it is left alone (the user may be mid-edit)."""


class BadValueError(SettingsEditError):
    def __init__(self, key: SettingKey, message: str) -> None:
        super().__init__(message)
        self.key = key


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
        raise SettingsEditError(f"Cannot read the settings file {path}: {error}.") from error


def read_file_values(path: Path) -> FileValues:
    """The keys the file sets (none when there is no file). Raises NotTomlError."""
    if not path.exists():
        return FileValues({})
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as error:
        raise NotTomlError(f"The settings file {path} is not valid TOML: {error}.") from error
    raw = {
        f"{section}.{name}": value
        for section, table in data.items()
        if isinstance(table, dict)
        for name, value in table.items()
    }
    return FileValues(raw)


def ensure_file(path: Path) -> bool:
    """Create the commented template if there is no file; True if it was created."""
    if path.exists():
        return False
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_text_atomic(path, settings_template())
    except OSError as error:
        raise SettingsEditError(
            f"Cannot create the settings file {path}: {error.strerror or error}."
        ) from error
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
        raise NotTomlError(f"The settings file {path} is not valid TOML: {error}.") from error
    for key, value in changes.items():
        section = document.get(key.section)
        if section is None:
            section = tomlkit.table()
            document[key.section] = section
        elif not isinstance(section, dict):
            raise SettingsEditError(
                f"[{key.section}] in {path} is not a table; fix it in the file first."
            )
        section[key.name] = file_value(key, value)
    try:
        write_text_atomic(path, tomlkit.dumps(document))
    except OSError as error:
        raise SettingsEditError(
            f"Cannot write the settings file {path}: {error.strerror or error}."
        ) from error
    log.info("settings file: wrote %s", ", ".join(dotted(k) for k in changes))


def reset_keys(path: Path, keys: list[SettingKey]) -> None:
    """Back to the defaults: keys the file sets get their default value written."""
    present = read_file_values(path)
    defaults = Settings()
    changes = {
        key: getattr(getattr(defaults, key.section), key.name) for key in keys if present.has(key)
    }
    if changes:
        write_changes(path, changes)
