"""Child of bench/idle_cost.py: Sitbreak's composition root in this process, on the X
display it is given; opens and closes the routine and stats windows N times and prints
this process's RSS (MB) before and after each cycle as one JSON line.

Reaches into the composition root's window opener (what the tray menu calls); a
benchmark, not a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from sitbreak.app import Sitbreak
from sitbreak.core.clock import SystemClock
from sitbreak.paths import AppPaths
from sitbreak.runtime.tray_start import tray_for


def rss_mb() -> float:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def turn(ms: int) -> None:
    """Run Qt's event loop for `ms` (painting, deferred deletes), then flush deletes."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    app = QApplication(["sitbreak"])
    app.setApplicationName("Sitbreak")
    app.setQuitOnLastWindowClosed(False)
    paths, clock = AppPaths.resolve(), SystemClock()
    root = Sitbreak(app, paths, clock, tray_for(paths, clock))
    root.start()
    turn(3000)
    windows = root._windows  # what the tray menu calls

    def open_routine() -> None:
        windows.open_routine("daily", "tray")

    def close_routine() -> None:
        controller, window = windows.routine_controller, windows._routine_window
        if controller is not None and window is not None:
            controller.abandon()  # as quitting does: no question asked
            window.close_now()

    def close_stats() -> None:
        window = windows._stats_window
        if window is not None:
            window.close()

    result: dict[str, list[float]] = {}
    for name, opener, closer in (
        ("routine window", open_routine, close_routine),
        ("stats window", windows.open_stats, close_stats),
    ):
        rss = [rss_mb()]
        for _ in range(cycles):
            opener()
            turn(700)
            closer()
            turn(300)
            rss.append(rss_mb())
        result[name] = rss
    root.shutdown()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
