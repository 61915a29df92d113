"""The autostart entry Sitbreak writes passes desktop-file-validate (the shipped entry is
checked in test_desktop_entry.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sitbreak.platform.autostart import XdgAutostart


def validate(path: Path) -> None:
    assert shutil.which("desktop-file-validate"), "run the README's test command"
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_autostart_entry_validates(tmp_path: Path) -> None:
    command = [str(tmp_path / "odd dir" / "sit$break"), "--data-dir", "100% mine"]
    autostart = XdgAutostart(command, {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    autostart.enable()
    validate(autostart.path)
