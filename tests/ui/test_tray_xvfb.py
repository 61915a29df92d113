"""The tray icon in a real tray: trayer on the Xvfb that pytest-xvfb started.

In-process Qt stays offscreen, so the app side runs in a subprocess on xcb. It shows
the TrayController, waits for the icon to be embedded, shows a prompt by it while a
text field has the keyboard, and reports what it saw as one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.desktop import start_trayer as start_desktop_trayer

pytestmark = pytest.mark.xvfb

SCREENSHOT = Path("/tmp/sitbreak-tray-xvfb.png")

WAIT = textwrap.dedent(
    """
    from tests.support.waiting import WaitTimeoutError, wait_until

    def wait(predicate, seconds):
        # Reports rather than raises: the test asserts on the report with the whole picture.
        try:
            return bool(wait_until(predicate, timeout=seconds, interval=0.02))
        except WaitTimeoutError:
            return False
    """
)

APP = textwrap.dedent(
    """
    import json, subprocess, sys
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon
    from sitbreak.core.prompt_text import prompt_text
    from sitbreak.core.records import PromptKind
    from sitbreak.core.status import State, Status
    from sitbreak.ui.prompt_window import PromptWindow
    from sitbreak.ui.tray import TrayController

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)

    def focused():
        return subprocess.run(
            ["xdotool", "getwindowfocus"], capture_output=True, text=True, check=True, timeout=5
        ).stdout.strip()

    report = {"available": wait(QSystemTrayIcon.isSystemTrayAvailable, 6)}
    tray = TrayController(tray_retry_ms=100, tray_retries=40)
    tray.set_status(Status(State.SITTING, 30 * 60, 45 * 60, PromptKind.STAND, 900))
    tray.start()
    wait(lambda: not tray.tray.geometry().isEmpty(), 5)
    embedded = tray.tray.geometry()
    report["has_tray"] = tray.has_tray
    report["fallback_window"] = tray.status_window.isVisible()
    report["icon_size"] = [embedded.width(), embedded.height()]
    # XEmbed: Qt first reports (0, 0), the real place once trayer has docked the icon
    wait(lambda: not tray.icon_geometry().isEmpty(), 5)
    anchor = tray.icon_geometry()
    report["icon"] = [anchor.x(), anchor.y(), anchor.width(), anchor.height()]
    screen = app.primaryScreen()
    corner = screen.geometry()

    def icon_colours():
        # trayer docks at the top right; our icon is its only one
        shot = screen.grabWindow(0, corner.right() - 40, 0, 40, 32)
        image = shot.toImage()
        return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})

    wait(lambda: icon_colours() > 8, 5)  # embedded first, painted a moment later
    report["icon_colours"] = icon_colours()

    # Someone is typing: the prompt must not take the keyboard away.
    editor = QLineEdit()
    editor.setWindowTitle("editor")
    editor.setGeometry(40, 200, 300, 40)
    editor.show()
    wait(lambda: editor.windowHandle().isExposed(), 3)
    editor_id = str(int(editor.winId()))
    subprocess.run(["xdotool", "windowfocus", "--sync", editor_id], check=True, timeout=5)
    wait(lambda: editor.hasFocus(), 3)
    report["focus_before"] = focused() == editor_id
    prompt = PromptWindow()
    prompt.show_prompt(prompt_text(PromptKind.SQUEEZE, snooze_minutes=5), 60, tray.icon_geometry())
    wait(lambda: prompt.windowHandle() is not None and prompt.windowHandle().isExposed(), 3)
    wait(lambda: False, 0.3)
    report["focus_after"] = focused() == editor_id
    frame = prompt.frameGeometry()
    report["prompt"] = [frame.x(), frame.y(), frame.width(), frame.height()]
    area = screen.availableGeometry()
    report["prompt_inside"] = screen.geometry().contains(frame)
    report["screen"] = [area.x(), area.y(), area.width(), area.height()]
    print(json.dumps(report), flush=True)
    sys.stdin.readline()  # the test takes its screenshot

    # Once clicked, the prompt takes keys: the focus starts on Done, Tab moves it to
    # Snooze and Return presses that.
    answers = []
    prompt.accepted.connect(lambda: answers.append("accepted"))
    prompt.snoozed.connect(lambda minutes: answers.append(f"snoozed {minutes}"))
    click = [str(frame.x() + 40), str(frame.y() + 90)]  # on the body text
    subprocess.run(["xdotool", "mousemove", *click, "click", "1"], check=True, timeout=5)
    prompt_id = str(int(prompt.winId()))
    wait(lambda: focused() == prompt_id, 2)
    report = {"focus_after_click": focused() == prompt_id}
    report["focus_widget"] = type(app.focusWidget()).__name__ + ":" + app.focusWidget().text()
    subprocess.run(["xdotool", "key", "Tab", "Return"], check=True, timeout=5)
    wait(lambda: bool(answers), 2)
    report["answers"] = answers
    report["prompt_visible"] = prompt.isVisible()
    print(json.dumps(report), flush=True)
    sys.stdin.readline()
    """
)


LATE_TRAY = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    from sitbreak.ui.tray import TrayController

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)

    tray = TrayController(tray_retry_ms=100, tray_retries=100)
    tray.start()
    window = tray.status_window
    wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), 3)
    report = {
        "available": QSystemTrayIcon.isSystemTrayAvailable(),
        "has_tray": tray.has_tray,
        "window": window.isVisible(),
        "reason": window.reason.text(),
    }
    window.close()
    wait(lambda: False, 0.2)
    report["window_after_close"] = window.isVisible()
    print(json.dumps(report), flush=True)
    sys.stdin.readline()  # the test starts a tray now
    wait(lambda: tray.has_tray and not tray.tray.geometry().isEmpty(), 8)
    report = {"has_tray": tray.has_tray, "window": window.isVisible()}
    print(json.dumps(report), flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def display() -> str:
    value = os.environ.get("DISPLAY")
    if not value:
        pytest.skip("no X server: pytest-xvfb is disabled (-p no:xvfb)")
    return value


def start_trayer(display: str) -> subprocess.Popen[bytes]:
    return start_desktop_trayer({**os.environ, "DISPLAY": display})


@pytest.fixture
def trayers(display: str) -> Iterator[Callable[[], subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        started.append(start_trayer(display))
        return started[-1]

    yield start
    for process in started:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class RunningApp:
    """The app script on xcb; it prints one JSON report per phase and waits for a line."""

    def __init__(self, process: subprocess.Popen[str], errors: Path) -> None:
        self.process = process
        self.errors = errors

    def report(self) -> dict[str, object]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=5)
            pytest.fail(f"the app ended early:\n{self.errors.read_text()}")
        result: dict[str, object] = json.loads(line)
        return result

    def next_phase(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("next\n")
        self.process.stdin.flush()


@pytest.fixture
def run_app(display: str, tmp_path: Path) -> Iterator[Callable[[str], RunningApp]]:
    started: list[tuple[RunningApp, threading.Timer]] = []

    def start(code: str) -> RunningApp:
        script = tmp_path / f"app{len(started)}.py"
        script.write_text(code)
        root = Path(__file__).resolve().parents[2]
        path = os.pathsep.join([str(root / "src"), str(root)])  # sitbreak, tests.support
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": path}
        errors = tmp_path / f"stderr{len(started)}.txt"
        with errors.open("w") as stderr:
            process = subprocess.Popen(
                [sys.executable, str(script)],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        watchdog = threading.Timer(20, process.kill)  # a hung app must not hang the suite
        watchdog.start()
        app = RunningApp(process, errors)
        started.append((app, watchdog))
        return app

    yield start
    for app, watchdog in started:
        watchdog.cancel()
        with app.process:
            if app.process.poll() is None:
                app.process.kill()


def screenshot(display: str) -> None:
    subprocess.run(
        ["import", "-window", "root", str(SCREENSHOT)],
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=10,
    )


def test_icon_is_embedded_in_a_real_tray_and_the_prompt_leaves_the_keyboard_alone(
    display: str,
    trayers: Callable[[], subprocess.Popen[bytes]],
    run_app: Callable[[str], RunningApp],
) -> None:
    trayers()
    app = run_app(WAIT + APP)
    report = app.report()
    screenshot(display)
    app.next_phase()
    keyboard = app.report()
    app.next_phase()
    assert app.process.wait(timeout=5) == 0, app.errors.read_text()
    assert report["available"]
    assert report["has_tray"]
    assert not report["fallback_window"]
    width, height = report["icon_size"]
    assert 16 <= width <= 32
    assert 16 <= height <= 32
    x, y, _w, icon_height = report["icon"]
    assert x > 1280 / 2  # trayer's top-right corner
    assert 0 <= y < 32
    assert report["icon_colours"] > 8  # our ring and figure in trayer's panel
    assert report["focus_before"]
    assert report["focus_after"]  # the prompt showed without taking the keyboard
    assert report["prompt_inside"]
    px, py, pw, _ph = report["prompt"]
    sx, sy, sw, sh = report["screen"]
    assert px + pw > sx + sw / 2  # on the icon's side
    assert py > y + icon_height  # just below a tray at the top
    assert py < sy + sh / 2
    assert SCREENSHOT.stat().st_size > 0
    assert keyboard["focus_after_click"]
    assert keyboard["focus_widget"] == "QPushButton:Done"
    assert keyboard["answers"] == ["snoozed 5"]
    assert not keyboard["prompt_visible"]


def test_without_a_tray_the_status_window_stands_in_until_a_tray_starts(
    trayers: Callable[[], subprocess.Popen[bytes]], run_app: Callable[[str], RunningApp]
) -> None:
    app = run_app(WAIT + LATE_TRAY)
    before = app.report()
    assert not before["available"]
    assert not before["has_tray"]
    assert before["window"]
    assert "no system tray" in str(before["reason"])
    assert before["window_after_close"]  # closing it would strand the user
    trayers()  # as when the panel starts after us at login
    app.next_phase()
    after = app.report()
    app.next_phase()
    assert app.process.wait(timeout=5) == 0, app.errors.read_text()
    assert after["has_tray"]
    assert not after["window"]
