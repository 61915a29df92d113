"""Freed memory goes back to the system after a window closes (glibc)."""

from __future__ import annotations

import platform

import pytest

from sitbreak.platform import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_trim_reaches_glibc() -> None:
    blocks = [bytearray(200) for _ in range(20000)]  # small blocks: the heap, not mmap
    del blocks
    assert memory.trim() is True  # pages were released
