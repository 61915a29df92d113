"""One running Sitbreak per data dir.

The primary holds a lock file in the user's private runtime folder (a crashed holder's
lock is stale: its PID is gone, or belongs to a process that is no Sitbreak) and listens
on a local socket there, which only this user may reach (runtime/local_channel.py); the
command channel (runtime/command_channel.py) answers on it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

from sitbreak.core.i18n import translate
from sitbreak.platform.processes import is_sitbreak_process
from sitbreak.runtime.command_client import platform_backend
from sitbreak.runtime.local_channel import Backend, InstanceError, Listener

__all__ = ["InstanceError", "SingleInstance"]

log = logging.getLogger(__name__)

PROBE_TIMEOUT_MS = 500


class SingleInstance(QObject):
    """Decides whether this process is the primary Sitbreak for `name`.

    The lock file settles a race between two starts; the socket then tells whether a
    primary is really alive. A stale lock or socket left by a crash is cleared.
    """

    def __init__(
        self,
        name: str,
        lock_file: Path,
        parent: QObject | None = None,
        backend: Backend | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._lock_path = lock_file
        self._channel = backend or platform_backend()
        self._lock: QLockFile | None = None
        self._server: Listener | None = None

    @property
    def name(self) -> str:
        return self._name

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    @property
    def server(self) -> Listener:
        """The listening server; only the primary has one."""
        if self._server is None:
            raise InstanceError("not the primary instance")
        return self._server

    def try_become_primary(self) -> bool:
        """True if we are now the primary; False if another live instance is."""
        if self._server is not None:
            return True
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0) and not self._clear_foreign_lock(lock):
            if lock.error() == QLockFile.LockError.LockFailedError:
                log.info("another Sitbreak holds %s", self._lock_path)
                return False
            text = translate("Instance", "cannot create the lock file {path}: {problem}")
            raise InstanceError(text.format(path=self._lock_path, problem=lock.error()))
        try:
            os.chmod(self._lock_path, 0o600)  # it names our process and host
        except OSError as error:
            log.warning("cannot make %s private: %s", self._lock_path, error)
        if self._answers():
            # Its lock file was removed by hand; the live one stays in charge.
            lock.unlock()
            log.warning("a Sitbreak answers on %s without holding the lock", self._name)
            return False
        if self._channel.remove_stale(self._name):
            log.debug("cleared a stale socket for %s", self._name)
        try:
            server = self._channel.listen(self._name)
        except InstanceError:
            lock.unlock()
            raise
        self._lock, self._server = lock, server
        log.info("primary instance on %s", server.address)
        return True

    def _answers(self) -> bool:
        return self._channel.answers(self._name, PROBE_TIMEOUT_MS)

    def _clear_foreign_lock(self, lock: QLockFile) -> bool:
        """A lock whose PID now belongs to another program (the PID was reused after a
        crash) is stale too; Qt cannot tell when that program is Python as well. True if
        it was cleared and the lock is ours now."""
        if lock.error() != QLockFile.LockError.LockFailedError or self._answers():
            return False
        pid = int(lock.getLockInfo()[0])
        if pid <= 0 or pid == os.getpid() or is_sitbreak_process(pid) is not False:
            return False
        log.warning("the lock %s names process %d, no Sitbreak: taken over", self._lock_path, pid)
        return lock.removeStaleLockFile() and lock.tryLock(0)

    def release(self) -> None:
        """Stop listening and drop the lock (on quit; a crash leaves them stale)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
