"""The one translation hook of the code that does not import Qt.

`translate(context, source, disambiguation, n)` has the shape of
`QCoreApplication.translate`, so `pyside6-lupdate` finds the strings (pass `n`
positionally: it does not see keywords). The composition root installs Qt's
translator once; until then, and for a language without a translation, the
English source comes back with `%n` filled in. Strings kept in constants are
marked with `QT_TRANSLATE_NOOP` and translated where they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACE = re.compile(r"%(\d+)")
Translator = Callable[[str, str, str | None, int], str]


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source itself, with `%n` filled in and an English "(s)" plural resolved:
    "%n day(s)" reads "1 day", "7 days" (no English translation file is needed)."""
    if n < 0:
        return source
    return source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


class _Hook:
    """Holds the installed translator (one per process, like Qt's own)."""

    translator: Translator = staticmethod(english)


def install(translator: Translator | None) -> None:
    """Route every `translate` call through `translator` (None: back to English)."""
    _Hook.translator = translator if translator is not None else english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the user's language; `%n` becomes `n` in the right plural form."""
    return _Hook.translator(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Marks `source` for translation without translating it yet."""
    return source


def fill(text: str, *values: object) -> str:
    """A translated text with its %1, %2, ... filled in, in the order the translation puts
    them (as QString.arg)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)
