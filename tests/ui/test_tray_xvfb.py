"""The tray icon in a real tray: trayer on the Xvfb that pytest-xvfb started.

In-process Qt stays offscreen, so the app side runs in a subprocess on xcb. It shows
the TrayController, waits for the icon to be embedded, shows a prompt by it while a
text field has the keyboard, and reports what it saw as one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

SCREENSHOT = Path("/tmp/sitbreak-tray-xvfb.png")

APP = textwrap.dedent(
    """
    import json, subprocess, sys, time
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon
    from sitbreak.core.prompt_text import prompt_text
    from sitbreak.core.records import PromptKind
    from sitbreak.core.status import State, Status
    from sitbreak.ui.prompt_window import PromptWindow
    from sitbreak.ui.tray import TrayController

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)

    def wait(predicate, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if predicate():
                return True
            time.sleep(0.02)
        return predicate()

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
    wait(lambda: not tray.icon_geometry().isEmpty(), 3)
    anchor = tray.icon_geometry()
    report["icon"] = [anchor.x(), anchor.y(), anchor.width(), anchor.height()]
    screen = app.primaryScreen()
    corner = screen.geometry()

    def icon_colours():
        # trayer docks at the top right; our icon is its only one
        shot = screen.grabWindow(0, corner.right() - 40, 0, 40, 32)
        image = shot.toImage()
        return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})

    wait(lambda: icon_colours() > 8, 3)  # embedded first, painted a moment later
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
    report["focus_before"] = subprocess.run(
        ["xdotool", "getwindowfocus"], capture_output=True, text=True, check=True
    ).stdout.strip() == editor_id
    prompt = PromptWindow()
    prompt.show_prompt(prompt_text(PromptKind.SQUEEZE, snooze_minutes=5), 60, tray.icon_geometry())
    wait(lambda: prompt.windowHandle() is not None and prompt.windowHandle().isExposed(), 3)
    wait(lambda: False, 0.3)
    report["focus_after"] = subprocess.run(
        ["xdotool", "getwindowfocus"], capture_output=True, text=True, check=True
    ).stdout.strip() == editor_id
    frame = prompt.frameGeometry()
    report["prompt"] = [frame.x(), frame.y(), frame.width(), frame.height()]
    area = screen.availableGeometry()
    report["prompt_inside"] = screen.geometry().contains(frame)
    report["screen"] = [area.x(), area.y(), area.width(), area.height()]
    print(json.dumps(report), flush=True)
    sys.stdin.readline()  # the test takes its screenshot, then lets us go
    """
)


@pytest.fixture
def display() -> str:
    value = os.environ.get("DISPLAY")
    if not value:
        pytest.skip("no X server: pytest-xvfb is disabled (-p no:xvfb)")
    return value


@pytest.fixture
def trayer(display: str) -> Iterator[subprocess.Popen[bytes]]:
    assert shutil.which("trayer"), "trayer is needed: apt install trayer"
    process = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "request",
            "--height",
            "32",
            "--transparent",
            "false",
            "--SetDockType",
            "true",
        ],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield process
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def test_icon_is_embedded_in_a_real_tray_and_the_prompt_leaves_the_keyboard_alone(
    display: str, trayer: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    script = tmp_path / "tray_app.py"
    script.write_text(APP)
    src = Path(__file__).resolve().parents[2] / "src"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(src),
    }
    errors = tmp_path / "stderr.txt"
    with (
        errors.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, str(script)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as app,
    ):
        watchdog = threading.Timer(20, app.kill)  # a hung app must not hang the suite
        watchdog.start()
        try:
            assert app.stdout is not None
            assert app.stdin is not None
            line = app.stdout.readline()
            if not line:
                app.wait(timeout=5)
                pytest.fail(f"the tray app ended early:\n{errors.read_text()}")
            report = json.loads(line)
            subprocess.run(
                ["import", "-window", "root", str(SCREENSHOT)],
                env={**os.environ, "DISPLAY": display},
                check=True,
                timeout=10,
            )
            app.stdin.write("quit\n")
            app.stdin.flush()
            assert app.wait(timeout=5) == 0, errors.read_text()
        finally:
            watchdog.cancel()
            if app.poll() is None:
                app.kill()
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
