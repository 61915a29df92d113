"""APScheduler is imported without asyncio, ssl, importlib.metadata and multiprocessing,
and those stay importable, for real, afterwards. Each check runs in a fresh interpreter
(pytest itself has importlib.metadata and often asyncio loaded already)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

KEPT_OUT = ("asyncio", "ssl", "importlib.metadata", "email", "multiprocessing")


def run(code: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    result: dict[str, object] = json.loads(out.splitlines()[-1])
    return result


def test_the_scheduler_module_loads_none_of_what_apscheduler_never_uses_here() -> None:
    result = run(
        f"""
        import json, sys
        import sitbreak.runtime.scheduler
        print(json.dumps({{"loaded": [m for m in {KEPT_OUT!r} if m in sys.modules]}}))
        """
    )
    assert result["loaded"] == []


def test_the_real_modules_come_back_after_it_and_apscheduler_still_works() -> None:
    result = run(
        """
        import json, sys, types
        from datetime import UTC, datetime, timedelta
        import sitbreak.runtime.scheduler
        import asyncio, importlib.metadata, multiprocessing
        import concurrent.futures.process
        from apscheduler.util import iscoroutinefunction

        async def coroutine(): pass

        def stand_ins_left():  # a module outside APScheduler holding a stand-in
            names = {"asyncio", "importlib.metadata", "multiprocessing",
                     "concurrent.futures.process"}
            return sorted(
                f"{owner}.{attr}"
                for owner, module in list(sys.modules.items())
                if module is not None and not owner.startswith("apscheduler")
                for attr, value in list(vars(module).items())
                if isinstance(value, types.ModuleType)
                and value.__name__ in names and getattr(value, "__file__", None) is None
            )

        from apscheduler.schedulers.base import BaseScheduler
        from apscheduler.triggers.date import DateTrigger
        ran = []
        trigger = DateTrigger(run_date=datetime.now(UTC) + timedelta(hours=1), timezone=UTC)
        print(json.dumps({
            "asyncio": hasattr(asyncio, "get_event_loop_policy"),
            "metadata": importlib.metadata.version("APScheduler").startswith("3."),
            "multiprocessing": hasattr(multiprocessing, "get_context"),
            "process": hasattr(concurrent.futures.process, "ProcessPoolExecutor"),
            "coroutines": [iscoroutinefunction(coroutine), iscoroutinefunction(print)],
            "next": trigger.get_next_fire_time(None, datetime.now(UTC)) is not None,
            "stand_ins_left": stand_ins_left(),
        }))
        """
    )
    assert result == {
        "asyncio": True,
        "metadata": True,
        "multiprocessing": True,
        "process": True,
        "coroutines": [True, False],
        "next": True,
        "stand_ins_left": [],
    }


def test_modules_imported_after_qt_are_not_read_as_source_once_the_scan_is_skipped() -> None:
    code = """
        import json, linecache, sys
        import PySide6.QtCore
        {skip}
        import colorsys
        from sitbreak.core.clock import SystemClock
        read = [m for m in ("colorsys", "sitbreak.core.clock")
                if sys.modules[m].__file__ in linecache.cache]
        print(json.dumps({{"read": read}}))
        """
    skipped = "from sitbreak.runtime.lean_import import skip_pyside_source_scan\n"
    skipped += "        skip_pyside_source_scan()"
    assert run(code.format(skip=skipped))["read"] == []
    # Without it, PySide6 reads them (the saving is real in this PySide6).
    assert run(code.format(skip=""))["read"] == ["colorsys", "sitbreak.core.clock"]
