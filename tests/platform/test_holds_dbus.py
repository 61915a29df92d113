"""Desktop do not disturb against mock services on a private session bus: GNOME's
show-banners through the Settings portal, and `Inhibited` of the notification daemon."""

from __future__ import annotations

import dbus
import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds import gnome_banners, notifications_inhibited
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.gnome_banners import GnomeBannersDetector
from sitbreak.platform.holds.notifications_inhibited import NotificationsInhibitedDetector
from tests.support.waiting import wait_until

DND = frozenset({HoldReason.DESKTOP_DND})


def _notification_daemon(spawn_mock, inhibited: bool):
    mock = spawn_mock(
        "session",
        notifications_inhibited.SERVICE,
        notifications_inhibited.PATH,
        notifications_inhibited.INTERFACE,
    )
    mock.control.AddProperty(
        notifications_inhibited.INTERFACE, "Inhibited", dbus.Boolean(inhibited)
    )
    return mock


def _set_inhibited(mock, value: bool) -> None:
    # dbusmock's Set emits PropertiesChanged, as a daemon does.
    props = mock.interface(notifications_inhibited.PATH, "org.freedesktop.DBus.Properties")
    props.Set(notifications_inhibited.INTERFACE, "Inhibited", dbus.Boolean(value))


def test_inhibited_notifications_hold_and_each_change_is_pushed(qt_bus, spawn_mock):
    mock = _notification_daemon(spawn_mock, inhibited=False)
    monitor = HoldMonitor([NotificationsInhibitedDetector(qt_bus("session"))])
    pushes: list[int] = []
    monitor.changed.connect(lambda: pushes.append(1))
    try:
        assert monitor.check() == frozenset()
        _set_inhibited(mock, True)
        wait_until(lambda: pushes, timeout=10, what="PropertiesChanged for Inhibited")
        assert monitor.check() == DND
        pushes.clear()
        _set_inhibited(mock, False)
        wait_until(lambda: pushes, timeout=10, what="PropertiesChanged back")
        assert monitor.check() == frozenset()
    finally:
        monitor.close()


def test_a_daemon_without_inhibited_or_none_at_all_is_no_dnd(qt_bus, spawn_mock):
    detector = NotificationsInhibitedDetector(qt_bus("session"))
    try:
        assert not detector.active()  # no daemon
        spawn_mock(
            "session",
            notifications_inhibited.SERVICE,
            notifications_inhibited.PATH,
            notifications_inhibited.INTERFACE,
        )
        assert not detector.active()  # a daemon without the property (dunst, GNOME)
    finally:
        detector.close()


def _portal(spawn_mock, show_banners: bool):
    mock = spawn_mock(
        "session", gnome_banners.PORTAL, gnome_banners.PORTAL_PATH, gnome_banners.SETTINGS
    )
    mock.control.AddProperty(gnome_banners.SETTINGS, "sb_show_banners", dbus.Boolean(show_banners))
    # Read() answers a variant inside a variant, as xdg-desktop-portal does.
    mock.control.AddMethod(
        gnome_banners.SETTINGS,
        "Read",
        "ss",
        "v",
        "if args[0] != 'org.gnome.desktop.notifications' or args[1] != 'show-banners':\n"
        "    raise dbus.exceptions.DBusException('not found',"
        " name='org.freedesktop.portal.Error.NotFound')\n"
        "ret = dbus.Boolean(self.props['org.freedesktop.portal.Settings']['sb_show_banners'],"
        " variant_level=2)",
    )
    return mock


def _set_banners(mock, value: bool) -> None:
    props = mock.interface(gnome_banners.PORTAL_PATH, "org.freedesktop.DBus.Properties")
    props.Set(gnome_banners.SETTINGS, "sb_show_banners", dbus.Boolean(value))
    mock.control.EmitSignal(
        gnome_banners.SETTINGS,
        "SettingChanged",
        "ssv",
        [gnome_banners.NAMESPACE, gnome_banners.KEY, dbus.Boolean(value, variant_level=1)],
    )


def test_gnome_banners_off_is_do_not_disturb_and_pushed(qt_bus, spawn_mock):
    mock = _portal(spawn_mock, show_banners=True)
    monitor = HoldMonitor([GnomeBannersDetector(qt_bus("session"))])
    pushes: list[int] = []
    monitor.changed.connect(lambda: pushes.append(1))
    try:
        assert monitor.check() == frozenset()
        _set_banners(mock, False)
        wait_until(lambda: pushes, timeout=10, what="SettingChanged for show-banners")
        assert monitor.check() == DND
        pushes.clear()
        _set_banners(mock, True)
        wait_until(lambda: pushes, timeout=10, what="SettingChanged back")
        assert monitor.check() == frozenset()
    finally:
        monitor.close()


def test_no_portal_is_an_error_the_monitor_counts_as_no_hold(qt_bus, caplog):
    detector = GnomeBannersDetector(qt_bus("session"))
    monitor = HoldMonitor([detector])
    try:
        with pytest.raises(HoldSourceError, match="Settings portal did not answer"):
            detector.active()
        assert monitor.check() == frozenset()
        assert monitor.check() == frozenset()
        warnings = [r for r in caplog.records if "gnome-show-banners cannot tell" in r.message]
        assert len(warnings) == 1  # said once, not at every check
    finally:
        monitor.close()
