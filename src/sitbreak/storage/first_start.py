"""Whether Sitbreak has welcomed this user yet: a small marker file in the data folder.

Written atomically once the welcome has been shown, so the welcome never shows twice;
a marker that cannot be written is logged and the welcome shows again next start
(better twice than a silent first start).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from sitbreak.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)


class FirstStart:
    def __init__(self, marker: Path) -> None:
        self._marker = marker

    @property
    def marker(self) -> Path:
        return self._marker

    def is_first(self) -> bool:
        """True until the welcome has been shown (the marker exists, whatever it holds)."""
        return not self._marker.exists()

    def remember(self, shown_at: datetime, version: str) -> bool:
        """Record that the welcome was shown; False (and logged) if it could not be saved."""
        text = json.dumps({"welcome_shown": shown_at.isoformat(), "version": version}) + "\n"
        try:
            self._marker.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_text_atomic(self._marker, text)
        except OSError as error:
            log.warning("cannot remember the first start in %s: %s", self._marker, error)
            return False
        return True
