"""settings.toml: created with comments on first start, read on start and on change.

The file is only ever written when it does not exist; a bad file is reported, never
"fixed" behind the user's back.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from sitbreak.core.settings import (
    SCHEMA,
    SettingKey,
    Settings,
    SettingsProblem,
    settings_from_mapping,
    settings_template,
)
from sitbreak.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: list[SettingsProblem] = field(default_factory=list)
    created: bool = False


def load_settings(path: Path, schema: tuple[SettingKey, ...] = SCHEMA) -> LoadedSettings:
    """Read the settings file, creating a commented default one if there is none."""
    if not path.exists():
        try:
            write_text_atomic(path, settings_template(schema=schema))
        except OSError as error:
            message = (
                f"Cannot create the settings file {path}: {error.strerror or error}. "
                "Using the defaults."
            )
            log.warning(message)
            return LoadedSettings(Settings(), [SettingsProblem("", message)])
        return LoadedSettings(Settings(), created=True)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        message = f"Cannot read the settings file {path}: {error}. Using the defaults."
        log.warning(message)
        return LoadedSettings(Settings(), [SettingsProblem("", message)])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = (
            f"The settings file {path} is not valid TOML ({error}). "
            "Using the defaults until it is fixed; the file was left as it is."
        )
        log.warning(message)
        return LoadedSettings(Settings(), [SettingsProblem("", message)])
    settings, problems = settings_from_mapping(data, schema)
    for problem in problems:
        log.warning("%s: %s", path, problem.message)
    return LoadedSettings(settings, problems)
