"""Freed memory handed back to the system (glibc's malloc_trim), after a window closed.

glibc keeps freed heap pages mapped for reuse; a tray app that closed its routine window
will not need them for hours. Does nothing where the C library is not glibc. (Capping
glibc's per-thread arenas, M_ARENA_MAX=2, was measured too: it saved nothing here.)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    if not hasattr(libc, "malloc_trim"):
        return None  # not glibc
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    libc.malloc_trim.restype = ctypes.c_int
    return libc


def trim() -> bool:
    """Return free heap pages to the system (after start-up, after a window closed)."""
    libc = _glibc()
    return libc is not None and bool(libc.malloc_trim(0))
