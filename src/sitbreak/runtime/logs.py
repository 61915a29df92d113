"""Logging: a rotating file under the log dir, warnings also on stderr."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from io import TextIOWrapper
from pathlib import Path

from sitbreak.storage.private import make_private_dir, make_private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RETRY_SECONDS = 60.0  # after a failed write, the log file is tried again this much later
MAX_BYTES = 1_000_000  # then the file moves to sitbreak.log.1 (and .1 to .2 ...)
BACKUPS = 3


def setup_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Returns the log file, or None if it cannot be written (then stderr only)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(console)
    # APScheduler logs every job run at INFO: the idle sampler would write a line every
    # few seconds, all day. Its warnings (missed runs) and errors still come through.
    logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose else logging.WARNING)
    log_file = log_dir / "sitbreak.log"
    try:
        make_private_dir(log_dir)
        file_handler = _PrivateRotatingFileHandler(log_file)
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, error)
        return None
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    return log_file


class _PrivateRotatingFileHandler(logging.FileHandler):
    """The log tells what the user did when: readable by them only (0600), rotated too.

    Rotated here as logging.handlers.RotatingFileHandler does (at MAX_BYTES, keeping
    BACKUPS older files), without that module: it loads pickle, socket and queue for its
    network handlers, 0.5 MB of a tray app's memory for nothing.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def _rotate_if_full(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        if self.stream.tell() + len(f"{self.format(record)}\n") < MAX_BYTES:
            return
        self.stream.close()
        self.stream = None  # reopened below
        names = [self.baseFilename] + [f"{self.baseFilename}.{i}" for i in range(1, BACKUPS + 1)]
        for older, newer in zip(names[-1:0:-1], names[-2::-1], strict=True):
            if os.path.exists(newer):
                os.replace(newer, older)
        self.stream = self._open()

    def _open(self) -> TextIOWrapper:
        make_private_file(Path(self.baseFilename))
        return super()._open()

    _failed_at: float | None = None  # monotonic time of the last failed write
    _told = False  # stderr says the file is not written

    def emit(self, record: logging.LogRecord) -> None:
        if self._failed_at is not None:
            if time.monotonic() - self._failed_at < RETRY_SECONDS:
                return
            self._reopen()
        try:
            self._rotate_if_full(record)
        except Exception:  # as logging's own handlers: never an exception from a log call
            self.handleError(record)
            return
        super().emit(record)
        if self._told and self._failed_at is None:
            self._told = False
            sys.stderr.write(f"sitbreak: the log file {self.baseFilename} is written again\n")

    def _reopen(self) -> None:
        """Try the file again (a full disk may have room now) on a fresh stream: the old
        one may hold what it could not write."""
        stream, self.stream = self.stream, None
        self._failed_at = None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()

    def handleError(self, record: logging.LogRecord) -> None:
        """A full or read-only disk: say so once on stderr and leave the file alone for a
        minute, instead of a traceback on stderr for every record."""
        self._failed_at = time.monotonic()
        if self._told:
            return
        self._told = True
        error = sys.exc_info()[1]
        sys.stderr.write(
            f"sitbreak: the log file {self.baseFilename} cannot be written ({error}); "
            "logging goes to stderr only until it can\n"
        )
