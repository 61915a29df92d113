"""Loading the C libraries the platform backends call through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util


def load_library(short: str, soname: str) -> ctypes.CDLL:
    """A library by its versioned name first (one dlopen), searched for only if that
    fails: ctypes.util.find_library runs ldconfig or a compiler, 5-15 ms each at start.
    Raises OSError when it is not installed."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        path = ctypes.util.find_library(short)
        if path is None or path == soname:
            raise
        return ctypes.CDLL(path)
