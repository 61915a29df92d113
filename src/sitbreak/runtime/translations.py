"""The Qt translators that speak the user's language (runtime/language.py decides it).

`[app] language` chooses: "" follows the system (the first of the user's UI languages
that is English or one we ship: LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux), a code
such as "de" overrides it. Our own `.qm` and Qt's for its standard buttons are loaded;
the code without Qt (core, desk, the command line) translates through the hook of
core/i18n.py, which is installed here too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTime, QTranslator

from sitbreak.core import i18n
from sitbreak.runtime.language import (
    SOURCE_LANGUAGE,
    choose_language,
    shipped_languages,
    translations_dir,
)

log = logging.getLogger(__name__)


def _qt_translations() -> list[Path]:
    """Where Qt's own translations are: Qt's configured folder (a system Qt, Flatpak's
    runtime), else the PySide6 wheel's (a frozen build keeps them beside the package)."""
    import PySide6

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [configured, Path(PySide6.__file__).parent / "Qt" / "translations"]


@dataclass
class Translators:
    """The installed translators; kept alive as long as the language is in use."""

    language: str
    loaded: list[QTranslator] = field(default_factory=list)
    on_application: bool = False  # installed on the Qt application too

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """As QCoreApplication.translate, without needing an application object."""
        for translator in self.loaded:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return text.replace("%n", str(n)) if n >= 0 else text
        return i18n.english(context, source, disambiguation, n)


def install_translations(setting: str, folder: Path | None = None) -> Translators:
    """Load and install the translation for `setting` ("" = the system's language).

    The hook of core/i18n.py (which the widgets use too) asks our translators directly,
    so the command line needs no application object; with one, the translators also go
    onto it for Qt's own texts."""
    folder = folder or translations_dir()
    i18n.install_locale(_locale_clock, _locale_day)
    language = choose_language(setting, QLocale.system().uiLanguages(), shipped_languages(folder))
    chosen = Translators(language)
    if setting and language != SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(language))
    elif setting == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory()))
    if language == SOURCE_LANGUAGE:
        i18n.install(None)
        return chosen
    ours = QTranslator()
    if ours.load(str(folder / f"sitbreak_{language}.qm")):
        chosen.loaded.append(ours)
    else:
        log.warning("cannot load the %s translation from %s", language, folder)
    qt = QTranslator()
    if any(qt.load(f"qtbase_{language}", str(place)) for place in _qt_translations()):
        chosen.loaded.append(qt)
    if QCoreApplication.instance() is not None:  # for Qt's own texts (standard buttons)
        chosen.on_application = True
        for translator in chosen.loaded:
            QCoreApplication.installTranslator(translator)
    i18n.install(chosen.translate)
    return chosen


def _locale_clock(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def _locale_day(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def uninstall_translations(chosen: Translators) -> None:
    """Back to English (tests switch languages)."""
    if chosen.on_application and QCoreApplication.instance() is not None:
        for translator in chosen.loaded:
            QCoreApplication.removeTranslator(translator)
    i18n.install(None)
    i18n.install_locale(None, None)
