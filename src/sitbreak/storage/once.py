"""Something the user needs to hear only once, remembered across runs by a marker file."""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


class OnceFlag:
    def __init__(self, marker: Path) -> None:
        self._marker = marker

    def first_time(self) -> bool:
        """True the first time ever (and remembers it), False afterwards.

        If the marker cannot be written (read-only or full disk) the answer is True:
        telling the user twice is better than never.
        """
        try:
            self._marker.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:  # FileExistsError too: a file where the folder should be
            log.warning("cannot remember %s: %s", self._marker.name, exc)
            return True
        try:
            descriptor = os.open(self._marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        except OSError as exc:
            log.warning("cannot remember %s: %s", self._marker.name, exc)
            return True
        os.close(descriptor)
        return True
