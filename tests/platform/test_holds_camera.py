"""Camera use from /proc: a process holding the device open is a call; pushed by inotify.

There is no camera here: a plain file stands in for /dev/video0 (the scan and inotify
treat it the same way)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sitbreak.platform.holds.base import HoldSourceError
from sitbreak.platform.holds.linux_camera import CameraDetector, camera_users
from tests.support.waiting import wait_until

HOLD_OPEN = "import sys; f = open(sys.argv[1], 'rb'); sys.stdin.read()"


@pytest.fixture
def camera(tmp_path):
    device = tmp_path / "video0"
    device.write_bytes(b"")
    return str(device)


def _open_in_another_process(device: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", HOLD_OPEN, device], stdin=subprocess.PIPE)


def _end(process: subprocess.Popen[bytes]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=10)


def test_a_process_holding_the_camera_is_a_call_and_both_changes_are_pushed(qapp, camera):
    detector = CameraDetector(devices=lambda: [camera])
    pushes: list[int] = []
    detector.changed.connect(lambda: pushes.append(1))
    try:
        assert detector.pushes
        assert not detector.active()
        process = _open_in_another_process(camera)
        wait_until(lambda: pushes, timeout=10, what="the push on open")
        wait_until(detector.active, timeout=10, what="the open device to be seen")
        pushes.clear()
        _end(process)
        wait_until(lambda: pushes, timeout=10, what="the push on close")
        assert not detector.active()
    finally:
        detector.close()


def test_our_own_process_and_other_users_do_not_count(camera):
    with open(camera, "rb"):
        assert camera_users([camera], own_pid=os.getpid()) == {}
        assert camera_users([camera], own_pid=0) == {os.getpid(): camera}
        assert camera_users([camera], uid=os.getuid() + 1, own_pid=0) == {}


def test_no_camera_is_no_call_and_no_watch(qapp):
    detector = CameraDetector(devices=lambda: [])
    try:
        assert not detector.pushes
        assert not detector.active()
    finally:
        detector.close()


def test_a_system_without_proc_says_so(qapp, tmp_path):
    with pytest.raises(HoldSourceError, match="does not list open files"):
        CameraDetector(proc_root=str(tmp_path))
