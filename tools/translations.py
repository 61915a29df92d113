#!/usr/bin/env python3
"""Sitbreak's translation sources: extract, merge, check and compile.

    python3 tools/translations.py update [--merge-from PART.ts ...]
    python3 tools/translations.py check
    python3 tools/translations.py compile [--out DIR]

`update` runs pyside6-lupdate over src/sitbreak (and over the exercise and routine texts
that tools/exercise_strings.py marks, when that file exists) into every
resources/translations/sitbreak_*.ts, drops what the code no longer says, makes every
message with `%n` a plural one, and keeps every translation already made.
`--merge-from` copies finished translations of other .ts files (parts translated
elsewhere) by context, source and comment into the files of the same language.
`check` exits 1 and lists what is wrong when a string of the code or the exercise files
is missing from a .ts file, or a German entry is unfinished or empty. `compile` turns
each .ts into the .qm the app loads (a build output, never committed).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "sitbreak"
TS_DIR = ROOT / "resources" / "translations"
EXERCISE_STRINGS = ROOT / "tools" / "exercise_strings.py"
COMPLETE = ("de",)  # languages whose file must have no unfinished entry
PLURAL_FORMS = {"de": 2, "en": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pl": 3, "ru": 3}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str, str]  # context, source, comment (disambiguation)


@dataclass(frozen=True)
class Translation:
    forms: tuple[str, ...]  # one text, or one per plural form
    numerus: bool

    @property
    def finished(self) -> bool:
        return bool(self.forms) and all(self.forms)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python, in PySide6, on PATH, or
    Qt's own lrelease (a Flatpak SDK has that one)."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "bin" / name):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    for found in (f"pyside6-{name}", name, f"{name}-qt6", f"/usr/lib/qt6/bin/{name}"):
        path = shutil.which(found)
        if path:
            return path
    raise SystemExit(f"error: cannot find {name} (install PySide6 or Qt's linguist tools)")


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("sitbreak_*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.split("_", 1)[1]


def source_files(work: Path) -> list[Path]:
    """The code, plus a file of the exercise and routine texts when it can be made."""
    files = sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    if EXERCISE_STRINGS.exists():
        spec = importlib.util.spec_from_file_location("exercise_strings", EXERCISE_STRINGS)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        marked = work / "exercise_strings_marked.py"
        module.write_marked_source(marked)
        files.append(marked)
    return files


# -- reading and writing .ts ----------------------------------------------------------
def _key(context: ET.Element, message: ET.Element) -> Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def messages(tree: ET.ElementTree) -> Iterable[tuple[Key, ET.Element]]:
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield _key(context, message), message


def translation_of(message: ET.Element) -> Translation | None:
    """The message's finished translation, or None (unfinished, vanished or empty)."""
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [f.text or "" for f in element.iter("numerusform")]
    numerus = message.get("numerus") == "yes"
    found = Translation(tuple(forms) if numerus else (element.text or "",), numerus)
    return found if found.finished else None


def set_translation(message: ET.Element, found: Translation, plurals: int) -> None:
    element = message.find("translation")
    if element is None:
        element = ET.SubElement(message, "translation")
    element.attrib.pop("type", None)
    for child in list(element):
        element.remove(child)
    element.text = None
    if message.get("numerus") == "yes":
        forms = list(found.forms) if found.numerus else [found.forms[0]] * plurals
        forms = (forms + [forms[-1]] * plurals)[: max(plurals, len(found.forms))]
        for text in forms:
            ET.SubElement(element, "numerusform").text = text
    else:
        element.text = found.forms[0]


def make_plural(message: ET.Element, plurals: int) -> None:
    """A `%n` message becomes numerus, its translation (if any) one text per form."""
    if message.get("numerus") == "yes" or "%n" not in (message.findtext("source") or ""):
        return
    old = translation_of(message)
    message.set("numerus", "yes")
    element = message.find("translation")
    if element is None:
        element = ET.SubElement(message, "translation", {"type": "unfinished"})
    if old is not None:
        set_translation(message, old, plurals)
        return
    element.text = None
    for _ in range(plurals):
        ET.SubElement(element, "numerusform")


def read(ts: Path) -> ET.ElementTree:
    return ET.parse(ts)


def write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(HEADER + body + "\n", encoding="utf-8")


def finished(paths: Iterable[Path]) -> dict[Key, Translation]:
    found: dict[Key, Translation] = {}
    for path in paths:
        for key, message in messages(read(path)):
            translation = translation_of(message)
            if translation is not None:
                found[key] = translation
    return found


def new_ts(language: str) -> str:
    return f'{HEADER}<TS version="2.1" language="{language}"></TS>\n'


# -- commands -------------------------------------------------------------------------
def lupdate(sources: Sequence[Path], ts: Path) -> None:
    command = [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    done = subprocess.run(
        [*command, *map(str, sources), "-ts", str(ts)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"error: lupdate failed:\n{done.stdout}{done.stderr}")


def update(merge_from: Sequence[Path]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if not ts_files():
        (TS_DIR / "sitbreak_de.ts").write_text(new_ts("de"), encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        sources = source_files(Path(work))
        for ts in ts_files():
            language = language_of(ts)
            plurals = PLURAL_FORMS.get(language.split("_")[0], 2)
            parts = [p for p in merge_from if _language_of_file(p) in (language, None)]
            kept, merged = finished([ts]), finished(parts)
            lupdate(sources, ts)
            tree = read(ts)
            done = total = 0
            for key, message in messages(tree):
                total += 1
                make_plural(message, plurals)
                if key in merged:  # a part's finished translation is the newer work
                    set_translation(message, merged[key], plurals)
                elif translation_of(message) is None and key in kept:
                    set_translation(message, kept[key], plurals)
                done += translation_of(message) is not None
            write(tree, ts)
            print(f"{ts.relative_to(ROOT)}: {done} of {total} translated")
    return 0


def _language_of_file(path: Path) -> str | None:
    language = read(path).getroot().get("language") or ""
    return language.split("_")[0] or None


def extracted() -> set[Key]:
    """Every (context, source, comment) the code and the exercise files say today."""
    with tempfile.TemporaryDirectory() as work:
        ts = Path(work) / "extracted.ts"
        ts.write_text(new_ts("en"), encoding="utf-8")
        lupdate(source_files(Path(work)), ts)
        return {key for key, _message in messages(read(ts))}


class _Marked(ast.NodeVisitor):
    """Every translate(...) / QCoreApplication.translate / QT_TRANSLATE_NOOP / self.tr
    call with literal texts, as the code says it (lupdate silently skips some forms)."""

    def __init__(self) -> None:
        self.found: dict[Key, str] = {}
        self._classes: list[str] = []
        self.where = ""

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        name = node.func.id if isinstance(node.func, ast.Name) else name
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
            context, source, comment = texts[0], texts[1], texts[2] if len(texts) > 2 else ""
        elif name == "tr" and self._classes and texts:
            context, source = self._classes[-1], texts[0]
            comment = texts[1] if len(texts) > 1 else ""
        else:
            context = source = comment = None
        if isinstance(context, str) and isinstance(source, str):
            key = (context, source, comment if isinstance(comment, str) else "")
            self.found[key] = f"{self.where}:{node.lineno}"
        self.generic_visit(node)


def marked_in_code(files: Iterable[Path]) -> dict[Key, str]:
    marked = _Marked()
    for path in files:
        marked.where = path.name
        marked.visit(ast.parse(path.read_text(encoding="utf-8")))
    return marked.found


def problems() -> list[str]:
    found: list[str] = []
    wanted = extracted()
    code = [p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts]
    for key, where in sorted(marked_in_code(code).items()):
        if key not in wanted:
            found.append(
                f"{where}: lupdate does not see {_show(key)}: pass n as a plain name or "
                "number (not an attribute, call or expression) and no keyword arguments"
            )
    files = ts_files()
    if not files:
        return [f"no sitbreak_*.ts under {TS_DIR.relative_to(ROOT)}"]
    for ts in files:
        name = ts.relative_to(ROOT).as_posix()
        have: set[Key] = set()
        for key, message in messages(read(ts)):
            element = message.find("translation")
            state = element.get("type") if element is not None else "unfinished"
            if state in ("vanished", "obsolete"):
                found.append(f"{name}: obsolete entry {_show(key)}")
                continue
            have.add(key)
            if "%n" in key[1] and message.get("numerus") != "yes":
                found.append(f"{name}: %n without plural forms {_show(key)}")
            if language_of(ts) in COMPLETE and translation_of(message) is None:
                found.append(f"{name}: unfinished {_show(key)}")
        found += [f"{name}: missing {_show(key)}" for key in sorted(wanted - have)]
        found += [f"{name}: no longer in the code {_show(key)}" for key in sorted(have - wanted)]
    return found


def _show(key: Key) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def check() -> int:
    found = problems()
    for line in found:
        print(line)
    if found:
        print(
            f"{len(found)} translation problem(s); run `python3 tools/translations.py update`"
            " and translate what is unfinished",
            file=sys.stderr,
        )
        return 1
    print(f"translations: {len(ts_files())} file(s) complete")
    return 0


def compile_all(out: Path | None = None) -> list[Path]:
    """Each sitbreak_xx.ts as sitbreak_xx.qm (beside it, or in `out`)."""
    made = []
    lrelease = qt_tool("lrelease")
    for ts in ts_files():
        qm = (out or TS_DIR) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm.exists():
            raise SystemExit(f"error: lrelease failed for {ts}:\n{done.stdout}{done.stderr}")
        made.append(qm)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract the strings into every .ts, keeping translations")
    up.add_argument("--merge-from", nargs="+", type=Path, default=[], metavar="FILE.ts")
    sub.add_parser("check", help="fail when a string is missing or a German one unfinished")
    comp = sub.add_parser("compile", help="make the .qm files")
    comp.add_argument("--out", type=Path, help="folder for the .qm files (default: beside)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "update":
        return update(args.merge_from)
    if args.command == "check":
        return check()
    for qm in compile_all(args.out):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
