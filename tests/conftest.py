"""Every test runs with its own config and data dirs and Qt's offscreen platform.

Tests that need a real X server use the DISPLAY that pytest-xvfb provides, in a
subprocess or through Xlib directly; in-process Qt stays offscreen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITBREAK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SITBREAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
