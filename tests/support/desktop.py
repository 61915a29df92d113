"""The tray host the desktop tests use: trayer, as checked on this kind of machine."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping

TRAYER = (
    "trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
    "--height", "32", "--transparent", "false", "--SetDockType", "true",
)  # fmt: skip


def start_trayer(env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    assert shutil.which("trayer"), "trayer is needed: run the README's test command"
    return subprocess.Popen(
        TRAYER, env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
