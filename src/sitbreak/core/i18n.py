"""The one translation hook of the code that does not import Qt.

`translate(context, source, disambiguation, n)` has the shape of
`QCoreApplication.translate`, so `pyside6-lupdate` finds the strings (pass `n`
positionally: it does not see keywords). The composition root installs Qt's
translator once; until then, and for a language without a translation, the
English source comes back with `%n` filled in. Strings kept in constants are
marked with `QT_TRANSLATE_NOOP` and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


class _Hook:
    """Holds the installed translator (one per process, like Qt's own)."""

    translator: Translator = staticmethod(_english)


def install(translator: Translator | None) -> None:
    """Route every `translate` call through `translator` (None: back to English)."""
    _Hook.translator = translator if translator is not None else _english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the user's language; `%n` becomes `n` in the right plural form."""
    return _Hook.translator(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Marks `source` for translation without translating it yet."""
    return source
