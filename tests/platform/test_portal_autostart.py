"""Autostart inside a Flatpak sandbox: the Background portal, mocked on a private session bus.

The mock records RequestBackground and answers on the Request path as the desktop would;
the test plays the user who answers the portal's question.
"""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import dbus
import pytest

from sitbreak.platform.autostart import autostart_for
from sitbreak.platform.portal_autostart import (
    PORTAL,
    PORTAL_PATH,
    PortalAutostart,
    in_flatpak,
    request_path,
)

BACKGROUND = "org.freedesktop.portal.Background"


@pytest.fixture
def portal(spawn_mock, qt_bus):
    """A mock portal that answers RequestBackground with the documented Request path."""
    bus = qt_bus("session")
    mock = spawn_mock("session", PORTAL, PORTAL_PATH, BACKGROUND)
    prefix = request_path(bus.baseService(), "")
    mock.control.AddMethod(
        BACKGROUND,
        "RequestBackground",
        "sa{sv}",
        "o",
        f"ret = dbus.ObjectPath('{prefix}' + args[1]['handle_token'])",
    )
    return mock, bus


def requests(mock) -> list[dict]:
    return [dict(args[1]) for _when, args in mock.control.GetMethodCalls("RequestBackground")]


def answer(mock, bus, options: dict, response: int, results: dict) -> None:
    """The user answers the portal's dialog (response 0: allowed, 1: cancelled)."""
    path = request_path(bus.baseService(), str(options["handle_token"]))
    mock.control.EmitSignalDetailed(
        "org.freedesktop.portal.Request",
        "Response",
        "ua{sv}",
        [dbus.UInt32(response), dbus.Dictionary(results, signature="sv")],
        {"path": dbus.ObjectPath(path)},
    )


def asked(qtbot, mock, count: int = 1) -> dict:
    qtbot.waitUntil(lambda: len(requests(mock)) == count, timeout=5000)
    return requests(mock)[-1]


def test_enable_asks_the_portal_and_remembers_the_grant(qtbot, portal, tmp_path: Path) -> None:
    mock, bus = portal
    state = tmp_path / "state" / "sitbreak" / "autostart-portal.json"
    autostart = PortalAutostart(bus, state)
    assert not autostart.is_enabled()
    autostart.enable()
    options = asked(qtbot, mock)
    assert options["autostart"]
    assert options["reason"]
    assert "commandline" not in options  # the exported desktop entry's Exec line is used
    assert autostart.pending
    autostart.enable()  # a settings reload while the dialog is open asks nothing new
    answer(mock, bus, options, 0, {"background": True, "autostart": True})
    qtbot.waitUntil(lambda: not autostart.pending, timeout=5000)
    assert autostart.is_enabled()
    assert len(requests(mock)) == 1
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    # The next start knows it without asking again.
    assert PortalAutostart(bus, state).is_enabled()


def test_disable_asks_the_portal_to_drop_autostart(qtbot, portal, tmp_path: Path) -> None:
    mock, bus = portal
    state = tmp_path / "autostart-portal.json"
    state.write_text(json.dumps({"autostart": True}))
    autostart = PortalAutostart(bus, state)
    assert autostart.is_enabled()
    autostart.disable()
    options = asked(qtbot, mock)
    assert not options["autostart"]
    answer(mock, bus, options, 0, {"background": True, "autostart": False})
    qtbot.waitUntil(lambda: not autostart.is_enabled(), timeout=5000)


def test_a_refusal_is_told_once_and_asked_again_next_start(
    qtbot, portal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mock, bus = portal
    state = tmp_path / "autostart-portal.json"
    told: list[str] = []
    autostart = PortalAutostart(bus, state, told.append)
    autostart.enable()
    answer(mock, bus, asked(qtbot, mock), 1, {})
    qtbot.waitUntil(lambda: told != [], timeout=5000)
    assert "you declined" in told[0]
    assert not autostart.is_enabled()
    # The next start asks again; the desktop still says no: logged, not told again.
    again = PortalAutostart(bus, state, told.append)
    with caplog.at_level(logging.WARNING, logger="sitbreak.platform.portal_autostart"):
        again.enable()
        answer(mock, bus, asked(qtbot, mock, 2), 0, {"background": False, "autostart": False})
        qtbot.waitUntil(lambda: not again.pending, timeout=5000)
    assert len(told) == 1
    assert "does not allow it" in caplog.text


def test_no_portal_is_told_not_a_crash(qtbot, qt_bus, tmp_path: Path) -> None:
    told: list[str] = []
    autostart = PortalAutostart(qt_bus("session"), tmp_path / "state.json", told.append)
    autostart.enable()
    qtbot.waitUntil(lambda: told != [], timeout=5000)
    assert "Background portal did not answer" in told[0]
    assert not autostart.pending
    assert not autostart.is_enabled()


def test_flatpak_is_recognised_as_qt_and_glib_do(tmp_path: Path) -> None:
    info = tmp_path / ".flatpak-info"
    assert not in_flatpak({"FLATPAK_ID": "io.github.sitbreak.Sitbreak"}, info)
    info.write_text("[Application]\nname=io.github.sitbreak.Sitbreak\n")
    assert in_flatpak({"FLATPAK_ID": "io.github.sitbreak.Sitbreak"}, info)
    assert not in_flatpak({}, info)


def test_inside_flatpak_autostart_never_writes_the_autostart_folder(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sitbreak.platform.portal_autostart.in_flatpak", lambda environ, info_file=None: True
    )
    environ = {"XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path)}
    chosen = autostart_for(["sitbreak"], platform="linux", environ=environ)
    assert isinstance(chosen, PortalAutostart)
    assert chosen.state_file == tmp_path / "state" / "sitbreak" / "autostart-portal.json"
    assert "Background portal" in chosen.describe()
