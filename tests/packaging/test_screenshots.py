"""The screenshot script still renders every window the metainfo shows, at its fixed size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.packaging.scripts import PACKAGING


def test_the_script_renders_the_committed_screenshots(qapp, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "screenshots.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    committed = sorted(p.name for p in (PACKAGING / "screenshots").glob("*.png"))
    assert sorted(p.name for p in tmp_path.glob("*.png")) == committed
    for name in committed:
        fresh, kept = QImage(str(tmp_path / name)), QImage(str(PACKAGING / "screenshots" / name))
        assert fresh.size() == kept.size(), name
        # Not blank: the window content is there, not just the frame.
        colours = {
            fresh.pixel(x, y)
            for x in range(0, fresh.width(), 7)
            for y in range(0, fresh.height(), 7)
        }
        assert len(colours) > 50, name
