"""Child of bench/idle_cost.py: Sitbreak's composition root in this process, on the X
display it is given; shows the tray menu once (as a user reaching a window from the tray
does: on an XEmbed tray Qt draws that menu, the process's first text), then opens and
closes the routine and stats windows N times and prints this process's RSS (MB) before
and after the menu and each cycle as one JSON line. Each routine cycle goes through the
routine as a user does, in short: the first exercise's countdown and its moving figure,
then each other exercise's get-ready figure, then stops it midway and closes.

    window_cycles.py [CYCLES] [--preload]

`--preload` imports the routine window's code before the start, to tell that code's
share of the first open from the rest. Reaches into the composition root's window opener
(what the tray menu calls); a benchmark, not a test.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from sitbreak.runtime.lean_import import skip_pyside_source_scan


def rss_mb() -> float:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def turn(ms: int) -> None:
    """Run Qt's event loop for `ms` (painting, deferred deletes), then flush deletes."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> int:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    cycles = int(numbers[0]) if numbers else 10
    # Started as run_app starts the tray (cli/main.py, app.py): no PySide source scan of
    # the modules imported later, one paint thread.
    skip_pyside_source_scan()
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from sitbreak.app import Sitbreak
    from sitbreak.core.clock import SystemClock
    from sitbreak.paths import AppPaths
    from sitbreak.runtime.tray_start import tray_for

    if "--preload" in sys.argv:
        import sitbreak.ui.routine_window  # noqa: F401

    app = QApplication(["sitbreak"])
    app.setApplicationName("Sitbreak")
    app.setQuitOnLastWindowClosed(False)
    paths, clock = AppPaths.resolve(), SystemClock()
    root = Sitbreak(app, paths, clock, tray_for(paths, clock))
    root.start()
    turn(3000)
    windows = root._windows  # what the tray menu calls
    menu = root._tray.menu
    before_menu = rss_mb()
    menu.popup(QPoint(600, 40))
    turn(500)
    menu.hide()
    turn(300)
    result: dict[str, list[float]] = {"tray menu shown once": [before_menu, rss_mb()]}

    def open_routine() -> None:
        """Open the daily routine and go through it as a user does: each exercise's
        figure moving for a while (skipped on, so the run stays short)."""
        windows.open_routine("daily", "tray")
        turn(6500)  # the first get-ready (5 s), then the figure moving with its cues
        controller = windows.routine_controller
        for _ in range(8):  # on to each other exercise's get-ready figure
            if controller is None or not controller.player.in_progress:
                break
            controller.next_exercise()
            turn(300)

    def close_routine() -> None:
        controller, window = windows.routine_controller, windows._routine_window
        if controller is not None and window is not None:
            controller.abandon()  # as quitting does: no question asked
            window.close_now()

    def close_stats() -> None:
        window = windows._stats_window
        if window is not None:
            window.close()

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
