"""Which language Sitbreak speaks, decided without Qt: the `[app] language` setting,
the languages shipped, and on Linux the user's languages from the environment (so the
command line in English never loads Qt for it)."""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path

from sitbreak.paths import resources_dir

SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def shipped_languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages with a compiled translation (sitbreak_xx.qm), sorted."""
    folder = folder or translations_dir()
    return tuple(sorted(p.stem.split("_", 1)[1] for p in folder.glob("sitbreak_*.qm")))


def choose_language(setting: str, ui_languages: Sequence[str], shipped: tuple[str, ...]) -> str:
    """The language to speak: the setting when we ship it, else the first of the user's
    languages that is English or shipped, else English."""
    if setting:
        return setting if setting in shipped else SOURCE_LANGUAGE
    for name in ui_languages:
        base = name.replace("_", "-").split("-")[0].lower()
        if base == SOURCE_LANGUAGE or base in shipped:
            return base
    return SOURCE_LANGUAGE


def language_setting(settings_file: Path) -> str:
    """`[app] language` of the settings file, "" when it is missing, unreadable or bad
    (the app itself reports a broken file; this reading stays quiet)."""
    try:
        data = tomllib.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return ""  # RecursionError: tables nested thousands deep
    app = data.get("app")
    if not isinstance(app, dict) or "language" not in app:
        return ""
    from sitbreak.core.settings import settings_from_mapping  # only when one is set: slow

    settings, _problems = settings_from_mapping({"app": {"language": app["language"]}})
    return settings.app.language


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The user's languages as Qt reads them on Linux: LANGUAGE's list, then the locale
    of LC_ALL, LC_MESSAGES or LANG ("C" when none is set)."""
    listed = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or "C"
    return [*listed, locale.split(".")[0].split("@")[0]]


def english_without_qt(
    setting: str, environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> bool:
    """Whether the language is surely English, known without loading Qt (Linux reads
    the environment; elsewhere only the setting can tell)."""
    if setting == SOURCE_LANGUAGE:
        return True
    if setting or not platform.startswith("linux"):
        return False
    env = os.environ if environ is None else environ
    languages = environment_languages(env)
    return choose_language("", languages, shipped_languages()) == SOURCE_LANGUAGE
