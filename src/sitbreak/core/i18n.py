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
from dataclasses import dataclass, replace
from datetime import date, datetime, time

_PLACE = re.compile(r"%(\d+)")
Translator = Callable[[str, str, str | None, int], str]


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source itself, with `%n` filled in and an English "(s)" plural resolved:
    "%n day(s)" reads "1 day", "7 days" (no English translation file is needed)."""
    if n < 0:
        return source
    return source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def _clock_24h(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


def _english_day(weekday: int) -> str:
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[weekday]


class _Hook:
    """Holds the installed translator and the locale's ways of writing a time and a day
    (one per process, like Qt's own)."""

    translator: Translator = staticmethod(english)
    clock: Callable[[int, int], str] = staticmethod(_clock_24h)
    day: Callable[[int], str] = staticmethod(_english_day)


def install(translator: Translator | None) -> None:
    """Route every `translate` call through `translator` (None: back to English)."""
    _Hook.translator = translator if translator is not None else english


def install_locale(
    clock: Callable[[int, int], str] | None, day: Callable[[int], str] | None
) -> None:
    """How the user's locale writes a time of day (hour, minute: "14:05" or "2:05 PM")
    and a short weekday (0 = Monday: "Mon", "Mo."); None: back to 24 h and English."""
    _Hook.clock = clock if clock is not None else _clock_24h
    _Hook.day = day if day is not None else _english_day


def clock_time(moment: datetime | time) -> str:
    """A local time of day as the user's locale writes it (12 or 24 hours)."""
    return _Hook.clock(moment.hour, moment.minute)


def short_day(moment: datetime | date) -> str:
    """The short weekday name of a local date in the user's language."""
    return _Hook.day(moment.weekday())


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the user's language; `%n` becomes `n` in the right plural form."""
    return _Hook.translator(context, source, disambiguation, n)


class SourceLanguage:
    """English while inside `with SourceLanguage():`, whatever is installed: for the text
    that scripts read (JSON)."""

    def __enter__(self) -> None:
        self._installed = _Hook.translator
        install(None)

    def __exit__(self, *_error: object) -> None:
        install(self._installed)


@dataclass(frozen=True)
class Message:
    """A text kept for later, said in the language installed when it is shown: the user's
    on screen, English in what scripts read (`str()` inside `SourceLanguage`). Its values
    may be Messages too (or exceptions that carry one).

    `Message.translate(context, source, disambiguation)` marks it for lupdate as
    `translate` does; `.format(name=value)` fills its `{name}` places when shown.
    """

    context: str
    source: str
    disambiguation: str | None = None
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def translate(cls, context: str, source: str, disambiguation: str | None = None) -> Message:
        return cls(context, source, disambiguation)

    def format(self, **values: object) -> Message:
        return replace(self, values=(*self.values, *values.items()))

    def __str__(self) -> str:
        text = translate(self.context, self.source, self.disambiguation)
        return (
            text.format(**{name: str(value) for name, value in self.values})
            if self.values
            else text
        )


Text = str | Message  # a text shown later: a Message where scripts may read it too


def message_of(error: BaseException) -> Text:
    """What an error says: its Message, kept to be said in either language, or its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


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
