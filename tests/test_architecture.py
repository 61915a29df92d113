"""The shape DESIGN.md promises, checked on the source: no import cycle (imports inside
functions and under TYPE_CHECKING count), no widget reaching the database, three modules
at the package top, classes small enough to read in one sitting, and a Qt-free core and
desk."""

from __future__ import annotations

import ast
from pathlib import Path

import sitbreak

PACKAGE = Path(sitbreak.__file__).resolve().parent
MAX_CLASS_LINES = 250
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_names(path: Path) -> set[str]:
    """Every module name an import statement in the file names, wherever it stands."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imports_of(module: str) -> set[str]:
    """The sitbreak modules this module imports (a name that is no module is left out)."""
    return {name for name in imported_names(MODULES[module]) if name in MODULES} - {module}


GRAPH = {module: imports_of(module) for module in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(module: str) -> list[str] | None:
        path.append(module)
        on_path.add(module)
        for target in sorted(graph[module]):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done and (cycle := visit(target)):
                return cycle
        on_path.discard(path.pop())
        done.add(module)
        return None

    for module in sorted(graph):
        if module not in done and (cycle := visit(module)):
            return cycle
    return None


def test_the_graph_sees_imports_in_functions_and_under_type_checking() -> None:
    assert "sitbreak.runtime.tray_start" in GRAPH["sitbreak.cli.main"]  # inside main()
    assert "sitbreak.core.routine_player" in GRAPH["sitbreak.ui.windows"]  # TYPE_CHECKING


def test_a_cycle_is_found_and_named() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_there_is_no_import_cycle() -> None:
    assert find_cycle(GRAPH) is None


def test_no_widget_imports_storage_or_the_desk_coordinator() -> None:
    offenders = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if module.startswith("sitbreak.ui.")
        for target in targets
        if target.startswith(("sitbreak.storage", "sitbreak.desk.coordinator"))
    ]
    assert offenders == []


def test_core_and_desk_never_import_qt_and_desk_reaches_storage_only_through_ports() -> None:
    offenders = []
    for module, path in MODULES.items():
        if not module.startswith(("sitbreak.core", "sitbreak.desk")):
            continue
        for name in imported_names(path):
            if name.split(".")[0] in QT:
                offenders.append(f"{module} imports {name}")
            layers = ("sitbreak.ui", "sitbreak.runtime", "sitbreak.platform", "sitbreak.storage")
            if module.startswith("sitbreak.desk") and name.startswith(layers):
                offenders.append(f"{module} imports {name}")
    assert offenders == []


def test_at_most_three_modules_at_the_package_top() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    assert top == ["__main__.py", "app.py", "paths.py"]


def test_no_class_is_longer_than_one_sitting() -> None:
    long = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    long.append(f"{module}.{node.name}: {lines} lines")
    assert long == []


def test_the_layout_has_the_packages_design_names() -> None:
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert packages == {"cli", "core", "desk", "platform", "runtime", "storage", "ui"}


def test_no_qt_event_catch_alls_in_python() -> None:
    """`event()` and `eventFilter()` in Python get every event of a widget, each converted
    to its Python type; that conversion built ten PySide event types (0.4 MB kept) the
    first time a window with one showed. Override the typed handler or use a signal."""
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}"
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name in ("event", "eventFilter")
    ]
    assert found == []
