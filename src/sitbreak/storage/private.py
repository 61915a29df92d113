"""The user's history is theirs alone: folders 0700 and files 0600, whatever the umask.

SQLite gives the -wal, -shm and -journal files the mode of the database file, so making
the database file private before SQLite first opens it is enough for all of them.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) and take group and others' access from it.

    Raises OSError if it cannot be created; a failed chmod (not our folder, a read-only
    mount) is only logged, as the folder works all the same.
    """
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _restrict(path, PRIVATE_DIR)


def make_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it is missing, else take others' access from it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        _restrict(path, PRIVATE_FILE)
    else:
        os.close(fd)  # the umask can only take bits from 0600, never add any


def restrict_if_present(path: Path) -> None:
    """Take group and others' access from a file that exists (a WAL left by an old version)."""
    if path.exists():
        _restrict(path, PRIVATE_FILE)


def _restrict(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & 0o077:
            os.chmod(path, current & mode)
    except OSError as error:
        log.warning("cannot make %s private: %s", path, error)
