"""GNOME and freedesktop idle sources against mock services on a private session bus."""

from __future__ import annotations

import dbus
import pytest

from sitbreak.platform import freedesktop_screensaver, gnome
from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.detect import detect_idle_source
from sitbreak.platform.freedesktop_screensaver import FreedesktopIdleSource
from sitbreak.platform.gnome import GnomeIdleSource


def _mutter(spawn_mock, idle_ms: int):
    mock = spawn_mock("session", gnome.SERVICE, gnome.PATH, gnome.INTERFACE)
    mock.control.AddMethod(gnome.INTERFACE, "GetIdletime", "", "t", f"ret = {idle_ms}")
    return mock


def test_gnome_reads_mutter_idle_time_in_seconds(qt_bus, spawn_mock):
    _mutter(spawn_mock, 93_250)
    source = GnomeIdleSource(qt_bus("session"))
    assert source.idle_seconds() == pytest.approx(93.25)


def test_gnome_source_fails_clearly_when_mutter_is_gone(qt_bus, spawn_mock):
    mock = _mutter(spawn_mock, 1000)
    source = GnomeIdleSource(qt_bus("session"))
    assert source.idle_seconds() == pytest.approx(1.0)
    mock.process.terminate()
    mock.process.wait(timeout=5)
    with pytest.raises(IdleSourceError, match="GNOME idle monitor did not answer"):
        source.idle_seconds()


def test_freedesktop_screensaver_idle_time_is_milliseconds(qt_bus, spawn_mock):
    mock = spawn_mock(
        "session",
        freedesktop_screensaver.SERVICE,
        freedesktop_screensaver.PATH,
        freedesktop_screensaver.INTERFACE,
    )
    mock.control.AddMethod(
        freedesktop_screensaver.INTERFACE, "GetSessionIdleTime", "", "u", "ret = 42000"
    )
    assert FreedesktopIdleSource(qt_bus("session")).idle_seconds() == pytest.approx(42.0)


def test_kde_wayland_not_supported_reply_falls_through_to_manual_mode(qt_bus, spawn_mock, tmp_path):
    mock = spawn_mock(
        "session",
        freedesktop_screensaver.SERVICE,
        freedesktop_screensaver.PATH,
        freedesktop_screensaver.INTERFACE,
    )
    mock.control.AddMethod(
        freedesktop_screensaver.INTERFACE,
        "GetSessionIdleTime",
        "",
        "u",
        "raise dbus.exceptions.DBusException('GetSessionIdleTime is not supported on this"
        " platform', name='org.freedesktop.DBus.Error.NotSupported')",
    )
    environ = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "KDE",
        "WAYLAND_DISPLAY": "wayland-0",
        "XDG_RUNTIME_DIR": str(tmp_path),  # no compositor socket there
    }
    detection = detect_idle_source(environ, "linux", session_bus=qt_bus("session"))
    assert detection.source is None
    assert detection.note is not None
    assert "wayland: cannot talk to the Wayland compositor" in str(detection.note)
    assert "not supported on this platform" in str(detection.note)
    assert "gnome:" in str(detection.note)


def test_gnome_wayland_session_detects_mutter(qt_bus, spawn_mock):
    _mutter(spawn_mock, 5000)
    environ = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}
    detection = detect_idle_source(environ, "linux", session_bus=qt_bus("session"))
    assert detection.note is None
    assert detection.source is not None
    assert detection.source.name == "gnome-mutter"
    assert detection.source.idle_seconds() == pytest.approx(5.0)


def test_gnome_without_idle_watches_falls_back_to_polling(qt_bus, spawn_mock):
    _mutter(spawn_mock, 5000)  # GetIdletime only, as on an IdleMonitor that refuses watches
    source = GnomeIdleSource(qt_bus("session"))
    assert source.name == "gnome-mutter"
    assert source.watch(300) is False
    assert not source.watching
    assert source.idle_seconds() == pytest.approx(5.0)
    source.close()


def test_gnome_watch_reports_idle_at_once_when_already_idle(qt_bus, spawn_mock):
    mock = _mutter(spawn_mock, 400_000)
    mock.control.AddMethod(gnome.INTERFACE, "AddIdleWatch", "t", "u", "ret = 7")
    mock.control.AddMethod(gnome.INTERFACE, "AddUserActiveWatch", "", "u", "ret = 8")
    mock.control.AddMethod(gnome.INTERFACE, "RemoveWatch", "u", "", "")
    source = GnomeIdleSource(qt_bus("session"))
    idled: list[float] = []
    source.events.idled.connect(idled.append)
    assert source.watch(300)
    assert idled == [400.0]  # the watch itself fires only at the next crossing of 300 s
    ((_, (interval,)),) = mock.control.GetMethodCalls("AddIdleWatch")
    assert interval == 300_000
    assert isinstance(interval, dbus.UInt64)  # Mutter rejects any other type
    source.close()
    removed = sorted(int(args[0]) for _, args in mock.control.GetMethodCalls("RemoveWatch"))
    assert removed == [7, 8]
