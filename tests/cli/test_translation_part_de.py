"""The German part for the command line, platform, storage, runtime and app.py messages:
complete, and each translation keeps its source's placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "resources" / "translations" / "parts" / "de-cli.ts"
SOURCES = [
    *(
        path
        for folder in ("cli", "platform", "storage", "runtime")
        for path in sorted((ROOT / "src" / "sitbreak" / folder).rglob("*.py"))
    ),
    ROOT / "src" / "sitbreak" / "app.py",
    ROOT / "src" / "sitbreak" / "__main__.py",
]
# {name} for str.format, %n for plurals, %1 for Qt's arg(), %(name)s / %s / %r for argparse
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d|%\(\w+\)[sr]|%[sr]")


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(PART).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def marked_strings() -> set[tuple[str, str]]:
    """Every (context, source) the code marks with literal arguments, as lupdate reads them."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, source = [*node.args, None, None][:2]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                found.add((context.value, source.value))
    return found


def test_every_marked_string_is_in_the_part_and_nothing_else() -> None:
    in_part = {(context, message.findtext("source") or "") for context, message in messages()}

    assert marked_strings() == in_part


@pytest.mark.parametrize("context_message", messages(), ids=lambda cm: cm[0])
def test_each_message_is_translated_with_the_same_placeholders(context_message) -> None:
    context, message = context_message
    source = message.findtext("source") or ""
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") is None, (context, source)  # not unfinished, not obsolete
    if "%n" in source:
        assert message.get("numerus") == "yes", source
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert len(forms) == 2, source  # German: singular, plural
    else:
        assert message.get("numerus") is None, source
        forms = [translation.text or ""]
    for form in forms:
        assert form.strip(), (context, source)
        assert Counter(PLACEHOLDER.findall(form)) == Counter(PLACEHOLDER.findall(source)), (
            context,
            source,
            form,
        )


def test_the_part_is_german() -> None:
    assert ET.parse(PART).getroot().get("language") == "de_DE"
