"""Windows and macOS hold detectors, their OS calls faked at the interface (they cannot
run here); the decisions they make are the real code."""

from __future__ import annotations

import json
import sys

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds import windows_consent
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.macos_focus import MacFocusDetector
from sitbreak.platform.holds.macos_fullscreen import MacFullscreenDetector, Rect, WindowInfo
from sitbreak.platform.holds.macos_microphone import MacMicrophoneDetector
from sitbreak.platform.holds.windows_consent import WindowsConsentDetector, apps_in_use
from sitbreak.platform.holds.windows_notification_state import (
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    WindowsNotificationStateDetector,
)

FULL, DND, CALL = HoldReason.FULLSCREEN, HoldReason.DESKTOP_DND, HoldReason.CALL


class FakeShell:
    def __init__(self, state: int) -> None:
        self.state = state

    def query(self) -> int:
        return self.state


@pytest.mark.parametrize(
    ("state", "held_by"),
    [
        (QUNS_ACCEPTS_NOTIFICATIONS, set()),
        (QUNS_BUSY, {FULL}),
        (QUNS_RUNNING_D3D_FULL_SCREEN, {FULL}),
        (QUNS_PRESENTATION_MODE, {FULL}),
        (QUNS_QUIET_TIME, {DND}),
        (QUNS_NOT_PRESENT, set()),  # locked: the lock itself keeps prompts back
    ],
)
def test_windows_notification_state(qapp, state, held_by):
    shell = FakeShell(state)
    monitor = HoldMonitor(
        [
            WindowsNotificationStateDetector(FULL, shell),
            WindowsNotificationStateDetector(DND, shell),
        ]
    )
    assert monitor.check() == held_by


def test_windows_shell_is_not_here(qapp):
    if sys.platform == "win32":
        pytest.skip("this is the check for other platforms")
    with pytest.raises(HoldSourceError, match="Win32 API is not available"):
        WindowsNotificationStateDetector(FULL)


class FakeRegistry:
    def __init__(self, values: dict[str, dict[str, int]]) -> None:
        self.values = values  # full key path -> {value name: qword}

    def subkeys(self, path: str) -> list[str]:
        prefix = path + "\\"
        names = {k[len(prefix) :].split("\\")[0] for k in self.values if k.startswith(prefix)}
        return sorted(names)

    def qword(self, path: str, name: str) -> int | None:
        return self.values.get(path, {}).get(name)


STORE = windows_consent.STORE


def test_windows_consent_store_sees_an_app_using_the_microphone_or_camera():
    registry = FakeRegistry(
        {
            f"{STORE}\\microphone\\MicrosoftTeams_8wekyb3d8bbwe": {
                "LastUsedTimeStart": 133_000,
                "LastUsedTimeStop": 133_500,  # used earlier, not now
            },
            f"{STORE}\\microphone\\NonPackaged\\C:#Program Files#Zoom#Zoom.exe": {
                "LastUsedTimeStart": 134_000,
                "LastUsedTimeStop": 0,
            },
        }
    )
    assert apps_in_use(registry) == ["microphone: C:\\Program Files\\Zoom\\Zoom.exe"]
    assert apps_in_use(registry, "C:\\Program Files\\Zoom\\Zoom.exe") == []
    assert WindowsConsentDetector(registry).active()
    registry.values[f"{STORE}\\microphone\\NonPackaged\\C:#Program Files#Zoom#Zoom.exe"][
        "LastUsedTimeStop"
    ] = 134_900
    assert not WindowsConsentDetector(registry).active()


def test_windows_camera_in_use_by_a_packaged_app():
    registry = FakeRegistry(
        {
            f"{STORE}\\webcam\\Microsoft.WindowsCamera": {
                "LastUsedTimeStart": 5,
                "LastUsedTimeStop": 0,
            }
        }
    )
    assert apps_in_use(registry) == ["webcam: Microsoft.WindowsCamera"]


def test_an_app_that_never_used_the_device_is_not_in_use():
    registry = FakeRegistry({f"{STORE}\\microphone\\App": {"LastUsedTimeStop": 0}})
    assert apps_in_use(registry) == []


class FakeWindowServer:
    def __init__(self, windows: list[WindowInfo]) -> None:
        self._windows = windows

    def windows(self) -> list[WindowInfo]:
        return self._windows

    def displays(self) -> list[Rect]:
        return [Rect(0, 0, 1512, 982), Rect(1512, 0, 2560, 1440)]


MENU_BAR = WindowInfo(25, 100, Rect(0, 0, 1512, 24))


@pytest.mark.parametrize(
    ("windows", "full"),
    [
        ([MENU_BAR, WindowInfo(0, 7, Rect(0, 0, 1512, 982))], True),
        ([WindowInfo(0, 7, Rect(1512, 0, 2560, 1440))], True),  # on the second display
        ([MENU_BAR, WindowInfo(0, 7, Rect(0, 24, 1512, 958))], False),  # maximised ("zoomed")
        (
            [WindowInfo(0, 7, Rect(40, 60, 800, 600)), WindowInfo(0, 8, Rect(0, 0, 1512, 982))],
            False,  # a full-screen window behind the front one
        ),
        ([MENU_BAR], False),
    ],
)
def test_macos_front_window_covering_a_display(qapp, windows, full):
    assert MacFullscreenDetector(FakeWindowServer(windows)).active() is full


class FakeMicrophone:
    running = False

    def running_somewhere(self) -> bool:
        return self.running


def test_macos_microphone_running_somewhere_is_a_call(qapp):
    microphone = FakeMicrophone()
    monitor = HoldMonitor([MacMicrophoneDetector(microphone)])
    assert monitor.check() == frozenset()
    microphone.running = True
    assert monitor.check() == {CALL}


def test_macos_focus_where_readable(qapp, tmp_path):
    assertions = tmp_path / "Assertions.json"
    detector = MacFocusDetector(assertions)  # no file yet: no Focus used
    assert not detector.active()
    assertions.write_text(json.dumps({"data": [{"storeAssertionRecords": [{"id": 1}]}]}))
    assert detector.active()
    assertions.write_text(json.dumps({"data": [{"storeAssertionRecords": []}]}))
    assert not detector.active()


def test_macos_focus_without_full_disk_access_is_left_out(qapp, tmp_path, monkeypatch):
    assertions = tmp_path / "Assertions.json"
    assertions.write_text("{}")

    def denied(self, *args, **kwargs):
        raise PermissionError(1, "Operation not permitted", str(self))

    # As macOS answers without Full Disk Access (root here could read a chmod 0 file).
    monkeypatch.setattr(type(assertions), "read_text", denied)
    with pytest.raises(HoldSourceError, match="Full Disk Access"):
        MacFocusDetector(assertions)
