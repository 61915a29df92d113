"""Every test runs with its own config and data dirs and Qt's offscreen platform, and
fails on an ERROR log record it did not expect.

Tests that need a real X server use the DISPLAY that pytest-xvfb provides, in a
subprocess or through Xlib directly; in-process Qt stays offscreen.

A test that provokes an error on purpose says so with `@pytest.mark.allow_error_log`,
optionally naming the text the expected records contain (qutebrowser's "logfail").
"""

from __future__ import annotations

import logging
import os
from collections.abc import Generator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English whatever the machine's language (tests of other languages set their own).
os.environ["LANGUAGE"] = "en"
pytest_plugins = ["pytester"]  # tests/test_support.py runs the hooks below on sample tests


@pytest.fixture(autouse=True)
def _english_afterwards() -> Generator[None, None, None]:
    """A test that installed a language (the app, the command line in process) leaves
    English behind for the next."""
    yield
    from sitbreak.core import i18n

    i18n.install(None)
    i18n.install_locale(None, None)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITBREAK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SITBREAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _unexpected(item: pytest.Item, records: list[logging.LogRecord]) -> list[str]:
    marker = item.get_closest_marker("allow_error_log")
    texts = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in records]
    if marker is None:
        return texts
    if not marker.args:
        return []
    return [t for t in texts if not any(str(allowed) in t for allowed in marker.args)]


def _watch_errors(item: pytest.Item) -> Generator[None, object, object]:
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        result = yield
    finally:
        root.removeHandler(handler)
    unexpected = _unexpected(item, handler.records)
    if unexpected:
        pytest.fail(
            "unexpected ERROR log record(s); mark the test allow_error_log if they are meant:\n"
            + "\n".join(unexpected),
            pytrace=False,
        )
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _watch_errors(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _watch_errors(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _watch_errors(item))
