"""Whether a process id (from a lock file left behind) is a Sitbreak."""

from __future__ import annotations

import sys
from pathlib import Path


def is_sitbreak_process(pid: int) -> bool | None:
    """True or False where the platform can tell (Linux: its command line), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return None
    return b"sitbreak" in command.lower()
