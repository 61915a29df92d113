"""settings.toml: created with comments on first start, read on start and on change.

The file is only ever written when it does not exist; a bad file is reported, never
"fixed" behind the user's back.
"""

from __future__ import annotations

import logging
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitbreak.core.i18n import translate
from sitbreak.core.settings import (
    SCHEMA,
    SETTINGS_VERSION,
    SettingKey,
    Settings,
    SettingsProblem,
    settings_from_mapping,
    settings_template,
)
from sitbreak.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)


MAX_BYTES = 1_000_000  # a settings file is a few kB; more is a mistake (and a slow start)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: list[SettingsProblem] = field(default_factory=list)
    created: bool = False
    readable: bool = True  # False: the file as a whole could not be used (defaults given)


def load_settings(path: Path, schema: tuple[SettingKey, ...] = SCHEMA) -> LoadedSettings:
    """Read the settings file, creating a commented default one if there is none.

    Whatever the file holds, this returns: an unreadable file gives the defaults and one
    problem saying why, and is left as it is.
    """
    if not path.exists() and not path.is_symlink():
        try:
            write_text_atomic(path, settings_template(schema=schema))
        except OSError as error:
            message = translate(
                "SettingsFile",
                "Cannot create the settings file {path}: {problem}. Using the defaults.",
            )
            return _unusable(message.format(path=path, problem=error.strerror or error))
        return LoadedSettings(Settings(), created=True)
    text = _read(path)
    if isinstance(text, LoadedSettings):
        return text
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        text = translate("SettingsFile", "The settings file {path} is not valid TOML ({problem}).")
        return _left_as_it_is(text.format(path=path, problem=error))
    except RecursionError:
        text = translate("SettingsFile", "The settings file {path} nests too deeply to be read.")
        return _left_as_it_is(text.format(path=path))
    except Exception as error:  # a parser failure of any other kind must not stop the app
        text = translate("SettingsFile", "The settings file {path} could not be read ({problem}).")
        return _left_as_it_is(text.format(path=path, problem=f"{type(error).__name__}: {error}"))
    problems = _version_problems(data)
    settings, more = settings_from_mapping(data, schema)
    problems += more
    for problem in problems:
        log.warning("%s: %s", path, problem.message)
    return LoadedSettings(settings, problems)


def _read(path: Path) -> str | LoadedSettings:
    """The file's text, or why it cannot be used (as defaults with one problem)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            text = translate(
                "SettingsFile",
                "The settings file {path} is not a regular file. Using the defaults.",
            )
            return _unusable(text.format(path=path))
        if info.st_size > MAX_BYTES:
            return _unusable(_too_big(path, info.st_size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # it may have grown since stat
    except OSError as error:
        text = translate(
            "SettingsFile", "Cannot read the settings file {path}: {problem}. Using the defaults."
        )
        return _unusable(text.format(path=path, problem=error.strerror or error))
    if len(raw) > MAX_BYTES:
        return _unusable(_too_big(path, len(raw)))
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark from a Windows editor is fine
    except UnicodeDecodeError as error:
        text = translate(
            "SettingsFile", "The settings file {path} is not UTF-8 text (byte {byte})."
        )
        return _left_as_it_is(text.format(path=path, byte=error.start))


def _too_big(path: Path, size: int) -> str:
    text = translate(
        "SettingsFile",
        "The settings file {path} is {size} MB; a settings file is a few kB, "
        "so it was not read (the limit is {limit} kB). Using the defaults.",
    )
    return text.format(path=path, size=f"{size / 1_000_000:.1f}", limit=MAX_BYTES // 1000)


def _version_problems(data: dict[str, Any]) -> list[SettingsProblem]:
    """`version` must be a whole number this Sitbreak knows (newer ones are told by core)."""
    if "version" not in data:
        return []
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        return [
            SettingsProblem(
                "version",
                translate(
                    "SettingsFile",
                    "version = {value} is not a whole number (write version = "
                    "{known}); the file is read as version {known}.",
                ).format(value=repr(version), known=SETTINGS_VERSION),
            )
        ]
    if version < 1:
        return [
            SettingsProblem(
                "version",
                translate(
                    "SettingsFile",
                    "version = {value} is not a settings version; the file is read as "
                    "version {known}.",
                ).format(value=version, known=SETTINGS_VERSION),
            )
        ]
    return []


def _left_as_it_is(problem: str) -> LoadedSettings:
    text = translate(
        "SettingsFile",
        "{problem} Using the defaults until it is fixed; the file was left as it is.",
    )
    return _unusable(text.format(problem=problem))


def _unusable(message: str) -> LoadedSettings:
    log.warning(message)
    return LoadedSettings(Settings(), [SettingsProblem("", message)], readable=False)
