"""macOS Focus (do not disturb), where readable: a Focus switched on by hand is an
assertion record in ~/Library/DoNotDisturb/DB/Assertions.json (macOS 12 and later).

Apple offers no API for it; the file needs Full Disk Access, so without it the detector
is left out and the status window says why. Scheduled Focus is not seen.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldDetector, HoldSourceError

ASSERTIONS = Path("~/Library/DoNotDisturb/DB/Assertions.json")


def focus_on(document: Any) -> bool:
    """Does the Assertions.json document hold an active Focus assertion?"""
    if not isinstance(document, dict):
        return False
    for entry in document.get("data") or []:
        if isinstance(entry, dict) and entry.get("storeAssertionRecords"):
            return True
    return False


class MacFocusDetector(HoldDetector):
    reason = HoldReason.DESKTOP_DND
    name = "macos-focus"

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = (path or ASSERTIONS).expanduser()
        self._read()  # fails at once when Full Disk Access is missing

    def active(self) -> bool:
        return focus_on(self._read())

    def _read(self) -> Any:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}  # no Focus used yet
        except PermissionError as exc:
            raise HoldSourceError(
                "Focus cannot be read without Full Disk Access for Sitbreak"
            ) from exc
        except (OSError, ValueError) as exc:
            raise HoldSourceError(f"Focus state unreadable: {exc}") from exc
