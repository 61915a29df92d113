"""The translation sources stay complete (CI fails when a string of the code is missing
from a .ts file or a German one is unfinished), the tool keeps translations while the
code changes, and the command line follows the user's language."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from sitbreak.core.settings import LANGUAGES
from sitbreak.runtime.language import (
    choose_language,
    english_without_qt,
    environment_languages,
    language_setting,
)
from tests.packaging.scripts import ROOT


def load_tool() -> ModuleType:
    """tools/translations.py is a program, not a package: loaded by path."""
    spec = importlib.util.spec_from_file_location("sitbreak_translations_tool", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


TOOL = ROOT / "tools" / "translations.py"
tool = load_tool()
GERMAN = ROOT / "resources" / "translations" / "sitbreak_de.ts"


def test_every_string_of_the_code_is_in_every_ts_file_and_german_is_complete() -> None:
    assert tool.problems() == []


def test_the_german_file_has_no_unfinished_entry() -> None:
    unfinished = []
    for key, message in tool.messages(ET.parse(GERMAN)):
        translation = tool.translation_of(message)
        if translation is None:
            unfinished.append(key)
        elif "%n" in key[1]:  # a plural: one text per German form
            assert message.get("numerus") == "yes", key
            assert len(translation.forms) == 2, key
    assert unfinished == []
    assert len(list(tool.messages(ET.parse(GERMAN)))) > 250


def test_the_settings_offer_english_and_each_shipped_language() -> None:
    shipped = sorted(p.stem.split("_", 1)[1] for p in GERMAN.parent.glob("sitbreak_*.ts"))
    assert ("en", *shipped) == LANGUAGES


SOURCE = """
from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
TITLE = QT_TRANSLATE_NOOP("Demo", "Stand up")
def minutes(n):
    return translate("Demo", "%n minute(s)", None, n)
def hidden(day):
    return translate("Demo", "%n break(s)", None, day.breaks)
"""
OLD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de"><context><name>Demo</name>
<message><source>Stand up</source><translation>Aufstehen</translation></message>
<message><source>Gone from the code</source><translation>Weg</translation></message>
<message><source>%n minute(s)</source><translation>%n Minuten</translation></message>
</context></TS>
"""
PART_TS = """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de"><context><name>Demo</name>
<message numerus="yes"><source>%n break(s)</source><translation>
<numerusform>%n Pause</numerusform><numerusform>%n Pausen</numerusform></translation></message>
<message><source>Stand up</source><translation>Stehen Sie auf</translation></message>
<message><source>%n minute(s)</source><translation type="unfinished">%n Min</translation></message>
</context></TS>
"""


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tool pointed at a small source tree of its own."""
    code = tmp_path / "src"
    code.mkdir()
    (code / "demo.py").write_text(SOURCE)
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    (ts_dir / "sitbreak_de.ts").write_text(OLD_TS)
    monkeypatch.setattr(tool, "SOURCES", code)
    monkeypatch.setattr(tool, "TS_DIR", ts_dir)
    monkeypatch.setattr(tool, "EXERCISE_STRINGS", tmp_path / "no_exercise_strings.py")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    return ts_dir / "sitbreak_de.ts"


def translations(ts: Path) -> dict[str, tuple[str, ...] | None]:
    found = {}
    for (_context, source, _comment), message in tool.messages(ET.parse(ts)):
        translation = tool.translation_of(message)
        found[source] = None if translation is None else translation.forms
    return found


def test_update_keeps_translations_makes_plurals_and_drops_what_the_code_lost(
    sandbox: Path,
) -> None:
    tool.update([])
    assert translations(sandbox) == {
        "Stand up": ("Aufstehen",),
        "%n minute(s)": ("%n Minuten", "%n Minuten"),  # kept, now with both plural forms
    }
    # lupdate cannot see "%n break(s)" (n is an attribute): check says where and why
    problems = tool.problems()
    assert any("demo.py:7: lupdate does not see [Demo] '%n break(s)'" in p for p in problems)


def test_merge_from_copies_finished_translations_of_a_part(sandbox: Path, tmp_path: Path) -> None:
    (sandbox.parent.parent / "src" / "demo.py").write_text(
        SOURCE.replace("day.breaks", "breaks").replace("(day)", "(breaks)")
    )
    part = tmp_path / "de-part.ts"
    part.write_text(PART_TS)
    tool.update([part])
    assert translations(sandbox) == {
        "Stand up": ("Stehen Sie auf",),  # a part's finished translation is the newer work
        "%n minute(s)": ("%n Minuten", "%n Minuten"),  # an unfinished one is not taken
        "%n break(s)": ("%n Pause", "%n Pausen"),
    }
    assert tool.problems() == []


def test_check_names_a_missing_and_an_unfinished_string(sandbox: Path) -> None:
    visible = SOURCE.replace("day.breaks", "breaks").replace("(day)", "(breaks)")
    (sandbox.parent.parent / "src" / "demo.py").write_text(visible)
    problems = tool.problems()  # the old file: before update
    assert "translations/sitbreak_de.ts: missing [Demo] '%n break(s)'" in problems
    assert "translations/sitbreak_de.ts: %n without plural forms [Demo] '%n minute(s)'" in problems
    assert "translations/sitbreak_de.ts: missing [Demo] 'Stand up'" not in problems
    assert "translations/sitbreak_de.ts: no longer in the code [Demo] 'Gone from the code'" in (
        problems
    )
    (sandbox.parent.parent / "src" / "demo.py").write_text(visible + 'translate("Demo", "New")\n')
    tool.update([])
    assert "translations/sitbreak_de.ts: unfinished [Demo] 'New'" in tool.problems()


@pytest.mark.parametrize(
    ("setting", "ui_languages", "chosen"),
    [
        ("", ["de-DE", "de"], "de"),
        ("", ["en-US", "en", "de-DE", "de"], "en"),  # English first: English
        ("", ["fr-FR", "fr", "de-DE", "de"], "de"),  # no French: the next one we speak
        ("", ["C"], "en"),
        ("de", ["en-US"], "de"),
        ("en", ["de-DE"], "en"),
        ("fr", ["de-DE"], "en"),  # not shipped (a hand-edited file): English
    ],
)
def test_the_language_follows_the_setting_then_the_system(
    setting: str, ui_languages: list[str], chosen: str
) -> None:
    assert choose_language(setting, ui_languages, ("de",)) == chosen


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ('[app]\nlanguage = "de"\n', "de"),
        ('[app]\nlanguage = "xx"\n', ""),  # bad: the default, quietly
        ("[app\nlanguage =", ""),  # not TOML
        ("", ""),
        (b"\xff\xfe", ""),  # not UTF-8
        ("a = " + "[" * 100_000, ""),  # nested too deep for tomllib
    ],
)
def test_the_language_setting_is_read_quietly(
    tmp_path: Path, text: str | bytes, setting: str
) -> None:
    path = tmp_path / "settings.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    assert language_setting(path) == setting
    assert language_setting(tmp_path / "missing.toml") == ""


def run_cli(tmp_path: Path, env: dict[str, str], *args: str) -> str:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    done = subprocess.run(
        [sys.executable, "-m", "sitbreak", "--config-dir", str(tmp_path), *args],
        env={**base, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return done.stdout + done.stderr


@pytest.mark.parametrize(
    "env", [{"LANGUAGE": "de"}, {"LANG": "de_DE.UTF-8"}, {"LC_ALL": "de_DE.UTF-8"}]
)
def test_the_command_line_speaks_the_systems_german(tmp_path: Path, env: dict[str, str]) -> None:
    said = run_cli(tmp_path, env, "config", "set", "prompts.snooze_minutes", "0")
    assert "0 liegt außerhalb des Bereichs; erlaubt ist eine ganze Zahl von 1 bis 120" in said


def test_the_language_setting_overrides_the_system(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('[app]\nlanguage = "de"\n')
    said = run_cli(tmp_path, {"LANG": "en_US.UTF-8"}, "config", "set", "app.language", "xx")
    assert "'xx' ist keine Sprache, die Sitbreak spricht" in said
    (tmp_path / "settings.toml").write_text('[app]\nlanguage = "en"\n')
    said = run_cli(tmp_path, {"LANGUAGE": "de"}, "config", "set", "app.language", "xx")
    assert "'xx' is not a language Sitbreak speaks" in said


QT_CHOICE = (
    "from PySide6.QtCore import QLocale\n"
    "from sitbreak.runtime.language import choose_language\n"
    "print(choose_language('', QLocale.system().uiLanguages(), ('de',)))\n"
)


@pytest.mark.parametrize(
    "env",
    [
        {"LANGUAGE": "de"},
        {"LANGUAGE": "de", "LANG": "C.UTF-8"},
        {"LANG": "de_DE.UTF-8"},
        {"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"},
        {"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"},
        {"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"},
        {"LANGUAGE": "en:de", "LANG": "de_DE.UTF-8"},
        {"LANG": "en_US.UTF-8"},
        {"LANG": "C"},
        {},
    ],
)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux reads the environment")
def test_the_quick_english_check_agrees_with_qt(env: dict[str, str]) -> None:
    """The command line skips Qt when the environment says English: it must agree with
    what Qt itself reads from the environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    done = subprocess.run(
        [sys.executable, "-c", QT_CHOICE], env={**base, **env},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    by_qt = done.stdout.strip()
    assert choose_language("", environment_languages(env), ("de",)) == by_qt
    assert english_without_qt("", env, "linux") == (by_qt == "en")


def test_only_english_settles_the_language_without_qt() -> None:
    assert english_without_qt("en", {"LANGUAGE": "de"}, "linux")
    assert not english_without_qt("de", {"LANG": "en_US.UTF-8"}, "linux")
    assert not english_without_qt("", {"LANG": "en_US.UTF-8"}, "win32")  # Qt asks Windows


EXERCISE_STRINGS = """
from pathlib import Path


def write_marked_source(path: Path) -> None:
    path.write_text('QT_TRANSLATE_NOOP("Exercise", "Bridge")\\n'
                    'QT_TRANSLATE_NOOP("Routine", "Daily glute activation")\\n')
"""


def test_the_exercise_files_strings_come_from_tools_exercise_strings(
    sandbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "exercise_strings.py"
    marker.write_text(EXERCISE_STRINGS)
    monkeypatch.setattr(tool, "EXERCISE_STRINGS", marker)
    tool.update([])
    sources = {key[:2] for key, _message in tool.messages(ET.parse(sandbox))}
    assert {("Exercise", "Bridge"), ("Routine", "Daily glute activation")} <= sources
    assert "translations/sitbreak_de.ts: unfinished [Exercise] 'Bridge'" in tool.problems()
