"""Memory the settings dialog leaves in the tray: the tray must not pay for it.

Builds the tray (offscreen), settles, reads its resident memory; then opens the settings
dialog ten times the way the app does (`sitbreak settings`, a process of its own), each
time waiting for the dialog to come up and closing it; settles again and reads the
tray's resident memory. Target: back within 5 MB. For comparison it also opens, saves
and closes the dialog ten times inside the tray's own process, the way it was first
built, and prints what that kept.

    QT_QPA_PLATFORM=offscreen python bench/settings_dialog_memory.py
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 5.0


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from sitbreak.core.clock import SystemClock
    from sitbreak.core.exercise import LoadedCatalogue
    from sitbreak.core.settings import Settings
    from sitbreak.paths import AppPaths
    from sitbreak.ui.tray import TrayController
    from sitbreak.ui.windows import RoutineSources, WindowOpener

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="sitbreak-bench-"))
    paths = AppPaths(folder / "config", folder / "data")
    clock = SystemClock()
    tray = TrayController(clock=clock, tray_available=lambda: False, tray_retries=0)
    sources = RoutineSources(lambda: LoadedCatalogue(None, ()), dict, None)  # type: ignore[arg-type]
    opener = WindowOpener(clock, sources, None, Settings)  # type: ignore[arg-type]

    def settle() -> float:
        for _ in range(3):
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
        return rss_mb()

    tray_only = settle()
    dialog_process = 0.0
    for _ in range(10):
        opener.open_settings(paths)
        process = opener._settings_process
        assert process is not None
        process.waitForStarted(10_000)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and rss_mb(process.processId()) < 40:
            app.processEvents()  # until its Qt and dialog are up
            time.sleep(0.05)
        time.sleep(0.5)
        dialog_process = max(dialog_process, rss_mb(process.processId()))
        opener.close_all()
        settle()
    after = settle()
    grown = after - tray_only
    print(f"tray alone:                          {tray_only:7.1f} MB")
    print(f"the settings dialog's own process:   {dialog_process:7.1f} MB (gone when closed)")
    print(f"tray after 10 dialogs opened/closed: {after:7.1f} MB")
    print(f"growth: {grown:+.1f} MB, target within {TARGET_MB:.0f} MB "
          f"({grown / TARGET_MB:.0%} of the allowance)")  # fmt: skip

    from sitbreak.storage.settings_edit import SettingsFileStore
    from sitbreak.ui.settings_dialog import SettingsDialog

    before = settle()
    for round_number in range(10):
        dialog = SettingsDialog(SettingsFileStore(paths.settings_file))
        dialog.show()
        app.processEvents()
        key = next(k for k in dialog.rows if k.name == "snooze_minutes")
        dialog.rows[key].editor.set_value(5 + round_number % 3 + 1)
        assert dialog.apply()
        dialog.close()
        dialog.deleteLater()
        del dialog
        settle()
    kept = settle() - before
    print(f"for comparison, the dialog inside the tray's process kept {kept:+.1f} MB "
          "after 10 open/save/close")  # fmt: skip
    tray.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())
