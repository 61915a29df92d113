"""Calls on Linux, seen from the camera: a `/dev/video*` held open by another of the
user's processes (found under `/proc/*/fd`).

inotify tells when a camera device is opened or closed (IN_OPEN / IN_CLOSE), so a
QSocketNotifier on the inotify fd pushes the change; the scan itself runs only when
asked. Processes of other users are not looked at (nor can they be, without root).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import glob
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

log = logging.getLogger(__name__)

IN_OPEN = 0x20
IN_CLOSE_WRITE = 0x08
IN_CLOSE_NOWRITE = 0x10
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000
DEVICE_PATTERN = "/dev/video*"


def camera_users(
    devices: Iterable[str], proc_root: str = "/proc", uid: int | None = None, own_pid: int = 0
) -> dict[int, str]:
    """{pid: device} for each process of `uid` (other than `own_pid`) holding a device."""
    wanted = {os.path.realpath(d) for d in devices}
    users: dict[int, str] = {}
    if not wanted:
        return users
    uid = os.getuid() if uid is None else uid
    for entry in os.scandir(proc_root):
        if not entry.name.isdigit() or int(entry.name) == own_pid:
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            fds = os.scandir(os.path.join(entry.path, "fd"))
        except OSError:  # gone already, or not ours to read
            continue
        with fds:
            for fd in fds:
                try:
                    target = os.readlink(fd.path)
                except OSError:
                    continue
                if target in wanted:
                    users[int(entry.name)] = target
                    break
    return users


class CameraDetector(HoldDetector):
    reason = HoldReason.CALL
    name = "linux-camera"

    def __init__(
        self,
        devices: Callable[[], list[str]] | None = None,
        proc_root: str = "/proc",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._devices = devices or (lambda: sorted(glob.glob(DEVICE_PATTERN)))
        self._proc_root = proc_root
        if not Path(proc_root, "self", "fd").is_dir():
            raise HoldSourceError(f"{proc_root} does not list open files here")
        self._notifier: QSocketNotifier | None = None
        self._inotify = -1
        self._watch()

    @property
    def pushes(self) -> bool:  # type: ignore[override]
        return self._notifier is not None

    def active(self) -> bool:
        users = camera_users(self._devices(), self._proc_root, own_pid=os.getpid())
        if users:
            log.debug("camera in use: %s", users)
        return bool(users)

    def _watch(self) -> None:
        """inotify on each camera device, so opening or closing one is pushed."""
        devices = self._devices()
        if not devices:
            return  # no camera now; a camera plugged in later is seen when asked
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if fd < 0:
            log.info("inotify is not available: camera use is seen only when asked")
            return
        mask = IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE
        watched = [d for d in devices if libc.inotify_add_watch(fd, d.encode(), mask) >= 0]
        if not watched:
            os.close(fd)
            return
        self._inotify = fd
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_event)

    def _on_event(self) -> None:
        try:
            while os.read(self._inotify, 4096):
                pass
        except BlockingIOError:
            pass
        except OSError as error:
            if error.errno != errno.EAGAIN:
                log.warning("reading inotify failed: %s", error)
        self.changed.emit()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._inotify >= 0:
            os.close(self._inotify)
            self._inotify = -1
