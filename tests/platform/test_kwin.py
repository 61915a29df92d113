"""The Wayland idle source against a real KWin (Plasma's compositor), run headless.

`/usr/bin/kwin_wayland` carries a file capability this kind of machine cannot grant, so
a plain copy of the binary runs. KWin 5.27 offers ext_idle_notifier_v1 version 1; with
KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 it offers org_kde_kwin_fake_input to any client,
which is the user's hand here. Needs the `kwin-wayland` package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitbreak.platform.detect import detect_idle_source
from sitbreak.platform.wayland import WaylandIdleSource
from tests.support.app_process import app_env, away_and_back, running_app, status
from tests.support.waiting import wait_until
from tests.support.wayland_input import FakeInput

SOCKET = "sitbreak-kwin"


@pytest.fixture
def kwin(kwin_process) -> dict[str, str]:
    return kwin_process[0]


@pytest.fixture
def kwin_process(private_buses) -> Iterator[tuple[dict[str, str], subprocess.Popen[bytes]]]:
    binary = shutil.which("kwin_wayland")
    assert binary, "install kwin-wayland (apt) to run the KDE test"
    runtime = Path(tempfile.mkdtemp(prefix="sitbreak-kwin-"))
    runtime.chmod(0o700)
    copy = runtime / "kwin_wayland"
    shutil.copy(binary, copy)  # without the file capability the copy can run
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": private_buses["session"].address,
        "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    log = (runtime / "kwin.log").open("w")
    process = subprocess.Popen(
        [str(copy), "--virtual", "--no-lockscreen", "--socket", SOCKET,
         "--width", "1280", "--height", "800"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until(
            lambda: (runtime / SOCKET).exists() or process.poll() is not None,
            20,
            interval=0.1,
            what="KWin's Wayland socket",
        )
        assert process.poll() is None, (runtime / "kwin.log").read_text()
        yield {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": SOCKET}, process
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()
        shutil.rmtree(runtime, ignore_errors=True)


def test_real_kwin_is_picked_on_plasma_wayland(kwin):
    environ = {**kwin, "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    detection = detect_idle_source(environ, "linux")
    assert detection.source is not None, detection.note
    assert detection.source.name == "wayland-ext-idle"
    detection.source.close()


def test_real_kwin_pushes_idle_and_resume(kwin, qapp):
    hand = FakeInput(Path(kwin["XDG_RUNTIME_DIR"]) / SOCKET)
    source = WaylandIdleSource(kwin, threshold_seconds=5)
    events: list[str] = []
    source.events.idled.connect(lambda seconds: events.append(f"idle {seconds:.0f}"))
    source.events.resumed.connect(lambda: events.append("active"))
    try:
        assert source.protocol == "ext_idle_notifier_v1 v1"
        hand.move_pointer()
        assert source.watch(1.0)
        # Nothing polls: the events arrive through the socket notifier while Qt's loop turns.
        wait_until(lambda: events, 10, what="KWin's idled event")
        assert events == ["idle 1"]
        hand.move_pointer()
        wait_until(lambda: len(events) == 2, 5, what="KWin's resumed event")
        assert events == ["idle 1", "active"]
        assert source.idle_seconds() < 1.0
    finally:
        hand.close()
        source.close()


def test_kwin_going_away_is_reported_once(kwin_process, qapp):
    env, process = kwin_process
    source = WaylandIdleSource(env, threshold_seconds=5)
    failures: list[str] = []
    source.events.failed.connect(failures.append)
    try:
        assert source.watch(60.0)
        process.terminate()
        wait_until(lambda: failures, 10, what="the lost compositor to be reported")
        assert failures[0].startswith("lost the Wayland compositor")
    finally:
        source.close()


def test_the_app_on_real_kwin_goes_away_and_comes_back(kwin, private_buses, tmp_path):
    """The whole app on a headless Plasma session: it picks ext_idle_notify_v1, is fed by
    its events, goes away after `away_after_seconds` without input, sits again on input."""
    desktop = kwin | {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "KDE",
        "DBUS_SESSION_BUS_ADDRESS": private_buses["session"].address,
    }
    env = app_env(tmp_path, "[tracking]\naway_after_seconds = 30\n", desktop)
    hand = FakeInput(Path(kwin["XDG_RUNTIME_DIR"]) / SOCKET)
    try:
        with running_app(env, tmp_path / "app.log"):
            first = wait_until(lambda: status(env), 30, interval=0.25, what="`status`")
            assert first["idle_source"] == "wayland-ext-idle"
            away_and_back(env, hand.move_pointer)
    finally:
        hand.close()
    log = (tmp_path / "data" / "logs" / "sitbreak.log").read_text()
    assert "Wayland idle watch at 30.0 s" in log  # pushed, not polled
