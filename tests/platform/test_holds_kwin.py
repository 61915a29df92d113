"""Full screen on KDE Wayland, seen through a KWin script, on a real headless KWin 5.27
with a real Wayland client (a Qt window) going full screen and back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dbus
import pytest
from dbusmock.testcase import BusType, PrivateDBus
from PySide6.QtDBus import QDBusConnection

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.kwin_fullscreen import KWinFullscreenDetector
from tests.support.waiting import wait_until

CLIENT = """
import os, sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("sitbreak-talk")
window.resize(400, 300)
window.show()
def command():  # "full" / "normal" from the test, read as the loop runs
    line = os.read(0, 64).decode().strip()
    if not line:
        app.quit()
    for word in line.split():
        (window.showFullScreen if word == "full" else window.showNormal)()
notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
notifier.activated.connect(command)
app.exec()
"""


@pytest.fixture
def kwin(qapp) -> Iterator[dict[str, str]]:
    """Headless KWin on a private session bus; yields the environment of its clients."""
    binary = shutil.which("kwin_wayland")
    assert binary, "kwin_wayland is needed: run the README's test command"
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    bus = PrivateDBus(BusType.SESSION)
    bus.start()
    if saved is None:
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    else:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
    with tempfile.TemporaryDirectory(prefix="sitbreak-kwin-") as runtime:
        os.chmod(runtime, 0o700)
        # The packaged binary carries a file capability this kind of machine refuses.
        plain = Path(runtime) / "kwin_wayland"
        shutil.copy(binary, plain)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(
            XDG_RUNTIME_DIR=runtime,
            DBUS_SESSION_BUS_ADDRESS=bus.address,
            KWIN_WAYLAND_NO_PERMISSION_CHECKS="1",
        )
        process = subprocess.Popen(
            [str(plain), "--virtual", "--no-lockscreen", "--socket", "sitbreak-kwin",
             "--width", "1280", "--height", "800"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        connection = dbus.bus.BusConnection(bus.address)
        try:
            wait_until(lambda: _scripting_ready(connection), 60, what="KWin's scripting")
            yield {**env, "WAYLAND_DISPLAY": "sitbreak-kwin", "QT_QPA_PLATFORM": "wayland"}
        finally:
            connection.close()
            process.terminate()
            process.wait(timeout=10)
            bus.stop()


def _scripting_ready(connection) -> bool:
    """KWin owns its name a moment before its /Scripting object answers."""
    try:
        scripting = connection.get_object("org.kde.KWin", "/Scripting", introspect=False)
        scripting.isScriptLoaded("none", dbus_interface="org.kde.kwin.Scripting")
    except dbus.exceptions.DBusException:
        return False
    return True


def test_a_full_screen_wayland_window_is_seen_and_pushed(kwin):
    qt = QDBusConnection.connectToBus(kwin["DBUS_SESSION_BUS_ADDRESS"], "sitbreak-test-kwin")
    detector = KWinFullscreenDetector(qt)
    monitor = HoldMonitor([detector])
    pushes: list[int] = []
    monitor.changed.connect(lambda: pushes.append(1))
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT], env=kwin, stdin=subprocess.PIPE, text=True
    )
    assert client.stdin is not None
    try:
        assert monitor.check() == frozenset()
        client.stdin.write("full\n")
        client.stdin.flush()
        wait_until(lambda: pushes, 20, what="KWin's report of full screen")
        assert monitor.check() == {HoldReason.FULLSCREEN}
        pushes.clear()
        client.stdin.write("normal\n")
        client.stdin.flush()
        wait_until(lambda: pushes, 20, what="KWin's report of the end of full screen")
        assert monitor.check() == frozenset()
    finally:
        client.stdin.close()
        client.wait(timeout=10)
        monitor.close()
        QDBusConnection.disconnectFromBus("sitbreak-test-kwin")


def test_without_kwin_the_detector_is_left_out(qt_bus):
    with pytest.raises(HoldSourceError, match="KWin scripting did not answer"):
        KWinFullscreenDetector(qt_bus("session"))
