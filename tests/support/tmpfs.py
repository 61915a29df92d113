"""A small tmpfs for a data folder that fills up or is read-only (mounting needs root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest


def needs_root() -> None:
    """Skip unless root (CI runs as root): mounting and switching users need it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root (mount, another uid)")


@contextmanager
def mounted_tmpfs(path: Path, options: str) -> Iterator[Path]:
    """`path` as a tmpfs with mount `options` (e.g. "size=1m" or "ro") for the block."""
    needs_root()
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path) -> Path:
    """Write a file into `folder` until its file system is full; the file, to free it."""
    filler = folder / "filler"
    with suppress(OSError), filler.open("wb", buffering=0) as out:
        block = b"\0" * 4096
        while out.write(block):
            pass
    return filler
