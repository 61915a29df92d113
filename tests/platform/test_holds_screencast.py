"""Screen sharing on GNOME against a mock of Mutter's ScreenCast service."""

from __future__ import annotations

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds import gnome_screencast
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.gnome_screencast import GnomeScreenCastDetector, child_nodes

SESSION_IFACE = "org.gnome.Mutter.ScreenCast.Session"


def test_a_screen_cast_session_holds_until_it_is_gone(qt_bus, spawn_mock):
    mock = spawn_mock(
        "session",
        gnome_screencast.SERVICE,
        "/org/gnome/Mutter/ScreenCast",
        "org.gnome.Mutter.ScreenCast",
    )
    monitor = HoldMonitor([GnomeScreenCastDetector(qt_bus("session"))])
    try:
        assert monitor.check() == frozenset()
        path = f"{gnome_screencast.SESSIONS}/u1"
        mock.control.AddObject(path, SESSION_IFACE, {}, [])
        assert monitor.check() == {HoldReason.SCREEN_SHARE}
        mock.control.RemoveObject(path)
        assert monitor.check() == frozenset()
    finally:
        monitor.close()


def test_no_mutter_is_a_clear_error(qt_bus):
    detector = GnomeScreenCastDetector(qt_bus("session"))
    with pytest.raises(HoldSourceError, match="screen cast service did not answer"):
        detector.active()


def test_child_nodes_of_an_introspection_answer():
    xml = '<node><interface name="x"/><node name="u3"/><node name="u4"/></node>'
    assert child_nodes(xml) == ["u3", "u4"]
    with pytest.raises(HoldSourceError):
        child_nodes("<node")
