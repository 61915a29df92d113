"""Full screen on KDE Plasma (Wayland): a small KWin script reports whether the active
window is full screen, calling back over the session bus on every change.

Wayland keeps other apps' windows private; KWin's scripting API does not, and KWin
loads scripts over D-Bus (org.kde.kwin.Scripting). The script watches each window's
`fullScreenChanged` and the activation of another window, so the change is pushed;
`active()` answers the last report. Written for KWin 5 (clients) and 6 (windows).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.holds import HoldReason
from sitbreak.platform.dbus_call import DBusCallError, call
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

log = logging.getLogger(__name__)

KWIN = "org.kde.KWin"
SCRIPTING_PATH = "/Scripting"
SCRIPTING = "org.kde.kwin.Scripting"
PLUGIN = "sitbreak-fullscreen"
PATH = "/org/sitbreak/KWinFullscreen"
INTERFACE = "org.sitbreak.KWinFullscreen"

SCRIPT = """
(function () {
    var service = "%(service)s", path = "%(path)s", iface = "%(iface)s";
    function active() {
        return workspace.activeWindow !== undefined ? workspace.activeWindow
                                                    : workspace.activeClient;
    }
    function report() {
        var w = active();
        callDBus(service, path, iface, "Fullscreen", w ? w.fullScreen === true : false);
    }
    function watch(w) {
        if (w && w.fullScreenChanged) w.fullScreenChanged.connect(report);
    }
    var all = workspace.windowList ? workspace.windowList() : workspace.clientList();
    for (var i = 0; i < all.length; i++) watch(all[i]);
    (workspace.windowAdded || workspace.clientAdded).connect(watch);
    (workspace.windowActivated || workspace.clientActivated).connect(report);
    report();
})();
"""


# The stubs know only the keyword form; "D-Bus Interface" is no Python name.
@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _Reports(QObject):  # type: ignore[operator]
    """The object the script calls; exported on the session bus."""

    def __init__(self, detector: KWinFullscreenDetector) -> None:
        super().__init__(detector)
        self._detector = detector

    @Slot(bool)
    def Fullscreen(self, full: bool) -> None:
        self._detector.reported(bool(full))


class KWinFullscreenDetector(HoldDetector):
    reason = HoldReason.FULLSCREEN
    name = "kwin-script"
    pushes = True

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not session_bus.isConnected():
            raise HoldSourceError(f"no session bus ({session_bus.lastError().message()})")
        self._bus = session_bus
        self._full = False
        self._reports = _Reports(self)
        self._script: Path | None = None
        if not session_bus.registerObject(
            PATH, self._reports, QDBusConnection.RegisterOption.ExportAllSlots
        ):
            raise HoldSourceError(f"cannot export {PATH}: {session_bus.lastError().message()}")
        try:
            self._load(session_bus.baseService())
        except HoldSourceError:
            self.close()
            raise

    def _load(self, service: str) -> None:
        fd, name = tempfile.mkstemp(prefix="sitbreak-kwin-", suffix=".js")  # private: 0600
        with os.fdopen(fd, "w", encoding="utf-8") as script:
            script.write(SCRIPT % {"service": service, "path": PATH, "iface": INTERFACE})
        self._script = Path(name)
        try:
            # One left behind by a Sitbreak that crashed would report to a dead name.
            call(self._bus, KWIN, SCRIPTING_PATH, SCRIPTING, "unloadScript", PLUGIN)
            (number,) = call(self._bus, KWIN, SCRIPTING_PATH, SCRIPTING, "loadScript", name, PLUGIN)
            if int(number) < 0:
                raise HoldSourceError("KWin did not load the full-screen script")
            call(self._bus, KWIN, SCRIPTING_PATH, SCRIPTING, "start")
        except (DBusCallError, ValueError) as error:
            raise HoldSourceError(f"KWin scripting did not answer: {error}") from error

    def reported(self, full: bool) -> None:
        if full != self._full:
            self._full = full
            log.debug("KWin: full screen %s", "on" if full else "off")
            self.changed.emit()

    def active(self) -> bool:
        return self._full

    def close(self) -> None:
        if self._script is None:
            return
        try:
            call(self._bus, KWIN, SCRIPTING_PATH, SCRIPTING, "unloadScript", PLUGIN)
        except DBusCallError as error:
            log.info("could not unload the KWin script: %s", error)
        self._bus.unregisterObject(PATH)
        self._script.unlink(missing_ok=True)
        self._script = None
