"""The platform parts wired to the core the way app.py does it, on Xvfb and private buses."""

from __future__ import annotations

import os
import subprocess

import pytest

from sitbreak.core.clock import SystemClock
from sitbreak.core.sitting import SittingTracker
from sitbreak.core.status import State
from sitbreak.platform.detect import create_session_events, detect_idle_source

pytestmark = pytest.mark.xvfb


def test_idle_and_lock_reach_the_sitting_tracker(qtbot, qapp, qt_bus, spawn_mock):
    logind = spawn_mock("system", template="logind")
    logind.control.AddSession("c2", "seat0", 1000, "sam", True)
    environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": os.environ["DISPLAY"], "XDG_SESSION_ID": "c2"}
    tracker = SittingTracker(SystemClock(), away_after_seconds=300, sample_seconds=5)

    detection = detect_idle_source(environ, "linux", session_bus=qt_bus("session"))
    assert detection.source is not None
    events = create_session_events(
        environ, qapp, "linux", system_bus=qt_bus("system"), session_bus=qt_bus("session")
    )
    events.locked.connect(tracker.lock)
    events.unlocked.connect(tracker.unlock)
    events.suspending.connect(tracker.suspend)
    events.resumed.connect(tracker.resume)
    events.start()
    try:
        subprocess.run(["xdotool", "mousemove", "10", "20"], check=True, timeout=10)
        tracker.observe_idle(detection.source.idle_seconds())
        assert tracker.state() is State.SITTING
        session = logind.interface(
            "/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session"
        )
        with qtbot.waitSignal(events.locked, timeout=3000):
            session.Lock()
        assert tracker.state() is State.AWAY
    finally:
        events.close()
        detection.source.close()
