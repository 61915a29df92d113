"""The app's window icon on Linux comes from the PNG sizes the build renders, so a tray
start never loads Qt's SVG library; without them, the SVG. Each check runs in a fresh
interpreter (a test run has loaded QtSvg already)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sitbreak.paths import resources_dir

CHECK = """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from sitbreak.ui.app_icon import app_icon
    app = QApplication(["sitbreak"])
    icon = app_icon(Path(sys.argv[1]))
    app.setWindowIcon(icon)
    pixmap = icon.pixmap(48, 48)
    maps = Path("/proc/self/maps").read_text()
    print(json.dumps({
        "sizes": [size.width() for size in icon.availableSizes()],
        "drawn": not pixmap.isNull() and pixmap.toImage().pixelColor(24, 24).alpha() > 0,
        "svg_library": "libQt6Svg" in maps,
    }))
"""


def icon_in_a_fresh_process(folder: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHECK), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    result: dict[str, object] = json.loads(out.splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the PNG icon is Linux's")
def test_the_built_png_sizes_are_the_icon_and_the_svg_library_stays_out() -> None:
    assert icon_in_a_fresh_process(resources_dir() / "icons") == {
        "sizes": [16, 32, 64, 128],
        "drawn": True,
        "svg_library": False,
    }


def test_without_the_rendered_sizes_the_svg_is_the_icon(tmp_path: Path) -> None:
    shutil.copy(resources_dir() / "icons" / "sitbreak.svg", tmp_path)
    assert icon_in_a_fresh_process(tmp_path) == {"sizes": [], "drawn": True, "svg_library": True}
