"""argparse in the user's language: its own words go through the translation hook too.

argparse takes its words ("usage: ", "options", "show this help message and exit", its
error messages) from Python's gettext, for which no translation ships. This parser puts
the words of the help screen in place itself, and `error()` matches argparse's English
error templates and fills the translated ones; a message it does not know (another Python
version's wording) stays English, never wrong.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate

# argparse's error templates, word for word (Lib/argparse.py); the placeholders
# (%(name)s, %(name)r, %s) keep their names in the translation.
ERROR_TEMPLATES = (
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)
_PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)
    return re.compile("^" + "(.*?)".join(re.escape(part) for part in parts) + "$", re.DOTALL)


def translate_error(message: str, templates: Iterable[str] = ERROR_TEMPLATES) -> str:
    """argparse's English `message` in the user's language (an inner message too)."""
    for template in templates:
        found = _pattern(template).match(message)
        if found is None:
            continue
        tokens = _PLACEHOLDER.findall(template)
        values = [
            translate_error(value) if token == "%(message)s" else value
            for token, value in zip(tokens, found.groups(), strict=True)
        ]
        text = translate("argparse", template)
        for token, value in zip(tokens, values, strict=True):
            text = text.replace(token, value, 1)
        return text
    return message


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser (and, through add_subparsers, its sub-parsers) speaking the user's
    language. Build it after the translator is installed: its words are read here."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False  # added below, in the user's language
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("argparse", "positional arguments")
        self._optionals.title = translate("argparse", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("argparse", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = translate("argparse", "{prog}: error: {message}")
        self.exit(2, text.format(prog=self.prog, message=translate_error(message)) + "\n")
