"""Import APScheduler 3.x without the parts of the standard library it never uses here.

At import, APScheduler 3.x loads asyncio for one function (`iscoroutinefunction`, in
apscheduler.util), and asyncio loads ssl and OpenSSL; its package `__init__` and its
scheduler base class load importlib.metadata (with the email package) to read its own
version and look up plugins by name; its pool executors load multiprocessing. Together
about 13 MB of a tray app's memory, for an event loop that never runs, plugins never
named and pools never started: the scheduler here passes its triggers, executor and job
store as instances (runtime/scheduler.py), so no entry point is ever looked up.

While APScheduler's modules load, those modules are small stand-ins offering just what
the imports take; afterwards the names are free again, so a later `import asyncio` (or
any of the others) gets the real module. A module already loaded (a test run, a plugin
host) is left alone: there is nothing to save then.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


class _PackageNotFoundError(ModuleNotFoundError):
    """What importlib.metadata raises for an unknown distribution."""


def _no_version(name: str) -> str:
    # APScheduler falls back to a fixed version string; nothing reads it.
    raise _PackageNotFoundError(name)


def _no_entry_points(**_selection: str) -> Iterable[object]:
    return ()


def _stand_ins() -> dict[str, types.ModuleType]:
    from concurrent.futures import BrokenExecutor  # here: the tray start needs none of it

    asyncio = types.ModuleType("asyncio", "A stand-in while APScheduler loads.")
    # asyncio's own adds only the marker of generator-based coroutines, gone since 3.11.
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata = types.ModuleType("importlib.metadata", "A stand-in while APScheduler loads.")
    metadata.PackageNotFoundError = _PackageNotFoundError  # type: ignore[attr-defined]
    metadata.version = _no_version  # type: ignore[attr-defined]
    metadata.entry_points = _no_entry_points  # type: ignore[attr-defined]
    # The process pool executor names these only when a process pool is used: never here.
    multiprocessing = types.ModuleType("multiprocessing", "A stand-in while APScheduler loads.")
    process = types.ModuleType("concurrent.futures.process", "A stand-in while APScheduler loads.")
    process.BrokenProcessPool = BrokenExecutor  # type: ignore[attr-defined]
    return {
        "asyncio": asyncio,
        "importlib.metadata": metadata,
        "multiprocessing": multiprocessing,
        "concurrent.futures.process": process,
    }


@contextmanager
def lean_apscheduler_import() -> Iterator[None]:
    """Import APScheduler's modules inside this block."""
    if "apscheduler" in sys.modules:
        yield
        return
    placed = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _uses_no_feature(_module: types.ModuleType) -> bool:
    return False


def skip_pyside_source_scan() -> None:
    """Import Qt without PySide6 reading the source of every module imported after it.

    PySide6 6.x hooks `__import__` and, for each module imported once Qt is loaded, reads
    its whole source (`inspect.getsource`, kept in linecache for good) to see whether it
    says "PySide6", for its opt-in `from __feature__ import ...`. Sitbreak uses no feature,
    so the answer does not matter: a module that does opt in registers itself anyway.
    Skipping the reading saves a tray start about 6 MB and 50 ms. A PySide6 without that
    hook is left alone.
    """
    import PySide6.QtCore  # noqa: F401  (installs the hook quieted here)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
