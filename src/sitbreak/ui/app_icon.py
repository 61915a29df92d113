"""The app's icon for its windows (the tray start and the settings dialog's process)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

APP_ID = "io.github.sitbreak.Sitbreak"
_X11_ICON_SIZES = (16, 32, 64, 128)


def app_icon(folder: Path) -> QIcon:
    """The app's icon. On Linux from the PNG sizes the build renders (hatch_build.py): the
    tray's own X11 window asks for it at once, and the SVG would load Qt's SVG library
    (1.7 MB, 0.1-0.2 s of a tray start) for it. The sizes are those Qt's X11 window takes
    from a scalable icon. The SVG elsewhere, and where they are missing (a source tree
    never built)."""
    rendered = [folder / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in _X11_ICON_SIZES]
    if sys.platform in ("win32", "darwin") or not all(png.is_file() for png in rendered):
        return QIcon(str(folder / "sitbreak.svg"))  # loads Qt's SVG library at once
    icon = QIcon()
    for png in rendered:
        icon.addFile(str(png))
    return icon
