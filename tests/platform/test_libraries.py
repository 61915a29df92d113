"""C libraries load by their versioned name without a search; the search is the fallback."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from sitbreak.platform.libraries import load_library

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sonames")


def test_the_versioned_name_loads_without_a_search(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_search(name: str) -> str | None:
        raise AssertionError(f"searched for {name}")

    monkeypatch.setattr(ctypes.util, "find_library", no_search)
    assert load_library("c", "libc.so.6").getpid() > 0


def test_an_unknown_version_is_searched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    def search(name: str) -> str | None:
        searched.append(name)
        return "libc.so.6"

    monkeypatch.setattr(ctypes.util, "find_library", search)
    assert load_library("c", "libc.so.999").getpid() > 0
    assert searched == ["c"]


def test_a_missing_library_is_an_os_error() -> None:
    with pytest.raises(OSError, match="libsitbreak-nowhere"):
        load_library("sitbreak-nowhere", "libsitbreak-nowhere.so.1")
