"""core/ stays pure: no Qt, no file or network I/O, no wall-clock reads of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import sitbreak.core

CORE = Path(sitbreak.core.__file__).parent
FORBIDDEN_MODULES = {
    "PySide6",
    "PyQt5",
    "PyQt6",
    "shiboken6",
    "os",
    "io",
    "pathlib",
    "shutil",
    "socket",
    "sqlite3",
    "subprocess",
    "tempfile",
    "urllib",
    "http",
    "requests",
    "platformdirs",
    "apscheduler",
    "logging",
    "sitbreak.storage",
    "sitbreak.ui",
    "sitbreak.platform",
}
FORBIDDEN_CALLS = {"open", "input", "print"}


def core_files() -> list[Path]:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 6
    return files


def test_core_imports_nothing_impure() -> None:
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES):
                    offenders.append(f"{path.name}: imports {name}")
    assert offenders == []


def test_core_calls_no_io_builtins() -> None:
    offenders = []
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                offenders.append(f"{path.name}:{node.lineno} calls {node.func.id}()")
    assert offenders == []


def test_only_the_clock_module_reads_the_system_time() -> None:
    offenders = []
    for path in core_files():
        if path.name == "clock.py":
            continue
        source = path.read_text(encoding="utf-8")
        for needle in ("datetime.now(", "time.time(", "time.monotonic(", "date.today("):
            if needle in source:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []
