"""Where Sitbreak's memory goes: resident memory after each layer is imported or built.

Each step runs in a fresh interpreter on Qt's offscreen platform (no display needed) and
adds one layer to the one before; the table shows RSS after it and what it added. The
last steps build the whole composition root and let it run, then the same with the freed
heap handed back (sitbreak.platform.memory), so the saving is measured, not assumed.
A real X session adds the X connection, fonts and D-Bus on top.

    .venv/bin/python bench/memory_probe.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

RSS = textwrap.dedent(
    """
    def _rss():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    """
)
QT = "from PySide6.QtWidgets import QApplication\napp = QApplication(['sitbreak'])\n"
RUN_APP = textwrap.dedent(
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from sitbreak.app import Sitbreak
    from sitbreak.core.clock import SystemClock
    from sitbreak.paths import AppPaths
    from sitbreak.runtime.tray_start import tray_for
    paths, clock = AppPaths.resolve(), SystemClock()
    root = Sitbreak(app, paths, clock, tray_for(paths, clock))
    root.start()
    loop = QEventLoop()
    QTimer.singleShot(4000, loop.quit)
    loop.exec()
    """
)
TRIM = "from sitbreak.platform import memory\nmemory.trim()\n"

STEPS: list[tuple[str, str]] = [
    ("Python", ""),
    ("+ Qt widgets, QApplication", QT),
    ("+ APScheduler (as runtime/scheduler imports it)", QT + "import sitbreak.runtime.scheduler\n"),
    ("+ all of Sitbreak's start-up modules", QT + "import sitbreak.app\n"),
    ("+ the app built and running 4 s", QT + RUN_APP),
    ("  ... with malloc_trim after start", QT + RUN_APP + TRIM),
]


def rss_after(code: str, env: dict[str, str]) -> float:
    script = RSS + code + "\nprint(_rss())\n"
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SITBREAK_CONFIG_DIR": f"{tmp}/config",
            "SITBREAK_DATA_DIR": f"{tmp}/data",
        }
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        print(f"{'step':<50} {'RSS MB':>7} {'added':>7}")
        previous = None
        for name, code in STEPS:
            rss = min(rss_after(code, env) for _ in range(3))
            added = "" if previous is None else f"{rss - previous:+7.1f}"
            print(f"{name:<50} {rss:>7.1f} {added:>7}")
            if not name.startswith("  ..."):
                previous = rss
    return 0


if __name__ == "__main__":
    sys.exit(main())
