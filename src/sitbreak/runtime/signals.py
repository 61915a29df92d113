"""SIGTERM and Ctrl+C quit the Qt app cleanly, without polling.

Python runs signal handlers only between bytecodes, and Qt's event loop is C++; a
wake-up fd watched by a QSocketNotifier lets the loop notice a signal at once.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class QuitOnSignals(QObject):
    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous: dict[int, object] = {}
        for number in (signal.SIGINT, signal.SIGTERM):
            self._previous[number] = signal.signal(number, self._note)
        self._pending: list[int] = []

    def _note(self, number: int, _frame: object) -> None:
        self._pending.append(number)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            data = b""
        numbers = self._pending or list(data)
        self._pending = []
        for number in numbers:
            log.info("signal %s: quitting", signal.Signals(number).name)
            self._on_signal(number)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._reader.close()
        self._writer.close()
