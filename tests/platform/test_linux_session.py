"""Lock and suspend from a mock logind (private system bus) and screensavers (session bus)."""

from __future__ import annotations

import dbus
import pytest

from sitbreak.platform.linux_session import LinuxSessionEvents

MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"


@pytest.fixture
def logind(spawn_mock):
    mock = spawn_mock("system", template="logind")
    mock.control.AddSession("c7", "seat0", dbus.UInt32(1000), "sam", True)
    return mock


def _session(logind):
    return logind.interface("/org/freedesktop/login1/session/c7", SESSION)


@pytest.fixture
def events(qtbot, qt_bus):
    """events(environ) makes LinuxSessionEvents; all of a test's share one connection per bus."""
    made = []
    system, session = qt_bus("system"), qt_bus("session")

    def make(environ=None):
        created = LinuxSessionEvents(
            system,
            session,
            {"XDG_SESSION_ID": "c7"} if environ is None else environ,
        )
        made.append(created)
        return created

    yield make
    for created in made:
        created.close()


def test_prepare_for_sleep_reports_suspend_and_resume(qtbot, logind, events):
    session_events = events()
    session_events.start()
    with qtbot.waitSignal(session_events.suspending, timeout=3000):
        logind.control.EmitSignal(MANAGER, "PrepareForSleep", "b", [True])
    with qtbot.waitSignal(session_events.resumed, timeout=3000):
        logind.control.EmitSignal(MANAGER, "PrepareForSleep", "b", [False])


def test_session_lock_and_unlock_signals(qtbot, logind, events):
    session_events = events()
    session_events.start()
    assert session_events.session_path == "/org/freedesktop/login1/session/c7"
    session = _session(logind)
    with qtbot.waitSignal(session_events.locked, timeout=3000):
        session.Lock()
    assert session_events.is_locked
    with qtbot.waitSignal(session_events.unlocked, timeout=3000):
        session.Unlock()
    assert not session_events.is_locked


def test_locked_hint_change_reports_lock_once_with_lock_signal(qtbot, logind, events):
    session_events = events()
    session_events.start()
    session = _session(logind)
    locks = []
    session_events.locked.connect(lambda: locks.append("locked"))
    with qtbot.waitSignal(session_events.locked, timeout=3000):
        session.Lock()
        session.SetLockedHint(True)
    # The duplicate (LockedHint after Lock) must not become a second lock; an unlock
    # sent after it arrives after the duplicate, so waiting for it proves the order.
    with qtbot.waitSignal(session_events.unlocked, timeout=3000):
        session.SetLockedHint(False)
    assert locks == ["locked"]


def test_session_already_locked_at_start_is_reported(qtbot, logind, events):
    session = _session(logind)
    session.SetLockedHint(True)
    session_events = events()
    with qtbot.waitSignal(session_events.locked, timeout=3000):
        session_events.start()


def test_session_found_with_auto_when_no_session_id(qtbot, logind, events):
    session_events = events(environ={})
    session_events.start()
    # The mock's GetSession builds the path from its argument: logind got asked for 'auto'.
    assert session_events.session_path == "/org/freedesktop/login1/session/auto"


@pytest.mark.parametrize(
    ("service", "path", "interface"),
    [
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
        ),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_screensaver_active_changed_locks_and_unlocks(
    qtbot, spawn_mock, events, service, path, interface
):
    screensaver = spawn_mock("session", service, path, interface)
    session_events = events(environ={})
    session_events.start()
    with qtbot.waitSignal(session_events.locked, timeout=3000):
        screensaver.control.EmitSignal(interface, "ActiveChanged", "b", [True])
    with qtbot.waitSignal(session_events.unlocked, timeout=3000):
        screensaver.control.EmitSignal(interface, "ActiveChanged", "b", [False])


def test_without_logind_the_screensaver_still_works(qtbot, spawn_mock, events):
    screensaver = spawn_mock(
        "session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"
    )
    session_events = events(environ={})
    session_events.start()
    assert session_events.session_path is None
    with qtbot.waitSignal(session_events.locked, timeout=3000):
        screensaver.control.EmitSignal("org.gnome.ScreenSaver", "ActiveChanged", "b", [True])


def test_closed_events_stop_listening(qtbot, spawn_mock, events):
    screensaver = spawn_mock(
        "session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"
    )
    closed = events(environ={})
    closed.start()
    closed.close()
    witness = events(environ={})
    witness.start()
    with qtbot.assertNotEmitted(closed.locked), qtbot.waitSignal(witness.locked, timeout=3000):
        screensaver.control.EmitSignal("org.gnome.ScreenSaver", "ActiveChanged", "b", [True])
    assert not closed.is_locked
