"""`sitbreak config list|get|set|reset`: the settings schema for scripts and terminals.

Works on settings.toml directly (the running app reloads it when it changes), creating
the commented template first when there is none. A bad key or value is one line on
stderr and exit 2, with the file untouched; a file that cannot be read, is not TOML or
cannot be written is exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import Any

from sitbreak.cli.registry import ExitCode
from sitbreak.core.i18n import SourceLanguage, translate
from sitbreak.core.setting_values import (
    check,
    dotted,
    file_value_from_text,
    find_key,
    json_value,
    plain_text,
    typed_value,
)
from sitbreak.core.settings import SCHEMA, SettingKey, Settings
from sitbreak.paths import AppPaths

PROG = "sitbreak config"


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help=translate("ConfigCommand", "every key: value, default, allowed, source")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("ConfigCommand", "print JSON")
    )
    get = actions.add_parser("get", help=translate("ConfigCommand", "print one key's value"))
    get.add_argument("key", metavar="SECTION.KEY")
    put = actions.add_parser(
        "set", help=translate("ConfigCommand", "set one key (checked like the file)")
    )
    put.add_argument("key", metavar="SECTION.KEY")
    put.add_argument(
        "value",
        metavar="VALUE",
        help=translate("ConfigCommand", 'e.g. 30, true, "mon,tue", 08:00-18:00, off'),
    )
    reset = actions.add_parser(
        "reset", help=translate("ConfigCommand", "set one key back to its default")
    )
    reset.add_argument("key", metavar="SECTION.KEY")


def _fail(code: ExitCode, message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _key(name: str) -> SettingKey | None:
    key = find_key(name)
    if key is None:
        text = translate(
            "ConfigCommand", "unknown key {key}; `sitbreak config list` shows every key."
        )
        print(f"{PROG}: {text.format(key=repr(name))}", file=sys.stderr)
    return key


def run_config(args: argparse.Namespace, paths: AppPaths) -> int:
    from sitbreak.storage.settings_edit import (
        BadValueError,
        SettingsEditError,
        ensure_file,
        read_file_values,
        reset_keys,
        write_changes,
    )

    action = args.config_action
    key = None
    if action != "list":
        key = _key(args.key)
        if key is None:
            return ExitCode.USAGE
    path = paths.settings_file
    raw: Any = None
    if key is not None and action == "set":
        try:  # a bad value is refused before the file is looked at
            raw = file_value_from_text(key, args.value)
            check(key, raw)
        except ValueError as error:
            return _fail(ExitCode.USAGE, _with_label(key, str(error)))
    try:
        ensure_file(path)
        if action == "list":
            return _list(read_file_values(path).raw, args.json)
        assert key is not None
        if action == "set":
            write_changes(path, {key: check(key, raw)})
        elif action == "reset":
            reset_keys(path, [key])
        values = read_file_values(path).raw
    except BadValueError as error:
        return _fail(ExitCode.USAGE, str(error))
    except SettingsEditError as error:
        return _fail(ExitCode.FAILED, str(error))
    value, _source, _problem = _effective(key, values)
    print(plain_text(key, value))
    return ExitCode.OK


def _with_label(key: SettingKey, message: str) -> str:
    return message if message.startswith(key.label) else f"{key.label}: {message}"


def _effective(key: SettingKey, values: Mapping[str, Any]) -> tuple[Any, str, str | None]:
    """(typed value in use, "file" or "default", the file's problem with it if any)."""
    default = typed_value(Settings(), key)
    if dotted(key) not in values:
        return default, "default", None
    try:
        return check(key, values[dotted(key)]), "file", None
    except ValueError as error:
        return default, "default", str(error)


def _entries(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    entries = []
    for key in SCHEMA:
        value, source, problem = _effective(key, values)
        entry: dict[str, Any] = {
            "key": dotted(key),
            "value": json_value(key, value),
            "default": json_value(key, typed_value(Settings(), key)),
            "allowed": key.allowed(),
            "source": source,
        }
        if problem is not None:
            entry["problem"] = problem
        entries.append(entry)
    return entries


def _list(values: Mapping[str, Any], as_json: bool) -> int:
    if as_json:
        with SourceLanguage():  # "allowed" and "problem" for scripts: in English
            print(json.dumps(_entries(values), indent=2))
        return ExitCode.OK
    entries = _entries(values)
    defaults = Settings()
    for key, entry in zip(SCHEMA, entries, strict=True):
        value, _source, _problem = _effective(key, values)
        default = typed_value(defaults, key)
        text = f"{entry['key']} = {plain_text(key, value)}"
        if value != default:
            note = translate("ConfigCommand", "(default {value})", "config list: the default value")
            text += "  " + note.format(value=plain_text(key, default))
        print(text)
        print(f"    {entry['allowed']}")
        if "problem" in entry:
            problem = translate("ConfigCommand", "the file's value is not used: {problem}")
            print("    " + problem.format(problem=entry["problem"]))
    return ExitCode.OK
