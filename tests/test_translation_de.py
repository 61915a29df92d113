"""The German translation: complete and consistent.

Every string core, desk and the exercise files mark (read from the code itself, so a call
lupdate did not see is caught too) is in it (tools/translations.py `check` covers the rest
of the code and entries the code lost); every translation has its source's placeholders;
each %n message has a singular and a plural; compiled, it speaks German through the hook.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tools.exercise_strings import marked_strings, write_marked_source

ROOT = Path(__file__).resolve().parent.parent
PART = ROOT / "resources" / "translations" / "sitbreak_de.ts"
CODE = [ROOT / "src" / "sitbreak" / "core", ROOT / "src" / "sitbreak" / "desk"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")

Key = tuple[str, str, str | None]  # context, source, disambiguation


def file_messages() -> dict[Key, ET.Element]:
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(PART).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment"))
            messages[key] = message
    return messages


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_in_code(path: Path) -> list[Key]:
    """translate("Ctx", "text", "comment"?, n?), Message.translate(...) (said later) and
    QT_TRANSLATE_NOOP("Ctx", "text") calls."""
    found: list[Key] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            name = f"{func.value.id}.{func.attr}"
        else:
            name = func.id if isinstance(func, ast.Name) else ""
        if name not in ("translate", "Message.translate", "QT_TRANSLATE_NOOP"):
            continue
        if len(node.args) < 2:
            continue
        context, source = _literal(node.args[0]), _literal(node.args[1])
        if context is None or source is None:
            continue  # a marked constant translated where it is used
        comment = _literal(node.args[2]) if len(node.args) > 2 else None
        found.append((context, source, comment))
    return found


def expected() -> set[Key]:
    keys = {(ctx, text, None) for ctx, text, _ in marked_strings()}
    for folder in CODE:
        for path in folder.rglob("*.py"):
            keys.update(marked_in_code(path))
    return keys


def test_every_marked_string_of_core_desk_and_the_exercise_files_is_in_the_file() -> None:
    missing = expected() - set(file_messages())
    assert not missing, f"run lupdate again (or a call lupdate cannot read): {sorted(missing)}"


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") not in ("unfinished", "vanished", "obsolete")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize(
    ("key", "message"),
    [pytest.param(key, message, id=str(key)[:60]) for key, message in file_messages().items()],
)
def test_each_translation_is_there_with_the_placeholders_of_its_source(
    key: Key, message: ET.Element
) -> None:
    source = key[1]
    forms = _forms(message)
    if "%n" in source:
        assert message.get("numerus") == "yes", "a %n message needs plural forms"
        assert len(forms) == 2, "German has a singular and a plural"
    wanted = sorted(PLACEHOLDER.findall(source))
    for form in forms:
        assert form.strip(), f"no German for {source!r}"
        assert sorted(PLACEHOLDER.findall(form)) == wanted, (source, form)


def test_the_marked_source_file_lists_every_exercise_and_routine_text(tmp_path: Path) -> None:
    out = tmp_path / "exercise_strings.py"
    write_marked_source(out)
    listed = [(ctx, text) for ctx, text, _ in marked_in_code(out)]
    assert listed == [(ctx, text) for ctx, text, _ in marked_strings()]
    assert ("Exercise", "Clam shell") in listed
    assert ("Exercise", "Close slowly against the band.") in listed
    assert ("Routine", "Daily glute activation") in listed
    assert len(listed) >= 70


def test_the_file_compiled_by_lrelease_speaks_german_through_the_hook(
    tmp_path: Path, qapp: object
) -> None:
    import subprocess
    import sys
    from datetime import date

    from PySide6.QtCore import QCoreApplication, QTranslator

    from sitbreak.core import i18n
    from sitbreak.core.prompt_text import format_duration, prompt_text
    from sitbreak.core.records import PromptKind
    from sitbreak.core.stats import BreakKind, DayStats
    from sitbreak.core.status_text import today_line

    qm = tmp_path / "de-core.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(PART), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        assert format_duration(3900) == "1 Std. 05 Min."
        one = today_line(DayStats(date(2026, 3, 2), sitting_seconds=600, squeezes=1))
        assert one == "Heute bisher: 10 Min. Sitzen · 0 Pausen · 1-mal angespannt"
        one_break = DayStats(date(2026, 3, 2), breaks_by_kind={BreakKind.NATURAL: 1})
        assert "· 1 Pause ·" in today_line(one_break)
        stand = prompt_text(PromptKind.STAND, snooze_minutes=10, urgent=True, snooze_count=2)
        assert stand.title == "Bitte stehen Sie jetzt auf"
        assert stand.body.startswith("Sie sitzen seit 0 s und haben 2-mal verschoben.")
        assert i18n.translate("Exercise", "Clam shell") == "Muschel (Clamshell)"
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)
