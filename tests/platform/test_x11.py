"""The X11 idle source on the real Xvfb that pytest-xvfb starts for the run."""

from __future__ import annotations

import os
import subprocess

import pytest

from sitbreak.platform.base import IdleSource, IdleSourceError
from sitbreak.platform.detect import default_builders, detect_idle_source
from sitbreak.platform.x11 import X11IdleSource
from tests.support.waiting import wait_until

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x11_source():
    source = X11IdleSource(os.environ)
    yield source
    source.close()


def _move_mouse(x: int) -> None:
    subprocess.run(["xdotool", "mousemove", str(x), "100"], check=True, timeout=10)


def test_input_resets_idle_time_and_it_grows_without_input(x11_source):
    _move_mouse(200)
    _move_mouse(300)
    after_input = x11_source.idle_seconds()
    assert after_input < 0.5
    wait_until(lambda: x11_source.idle_seconds() >= after_input + 0.4, timeout=3)
    idle_before_move = x11_source.idle_seconds()
    assert idle_before_move >= 0.4
    _move_mouse(400)
    assert x11_source.idle_seconds() < idle_before_move


def test_closed_source_says_so(x11_source):
    x11_source.close()
    x11_source.close()  # twice is fine
    with pytest.raises(IdleSourceError, match="closed"):
        x11_source.idle_seconds()


def test_unreachable_display_is_a_clear_error():
    with pytest.raises(IdleSourceError, match="cannot open X display ':9397'"):
        X11IdleSource({"DISPLAY": ":9397"})


def test_x11_screensaver_is_the_fallback_when_the_push_watch_fails():
    environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": os.environ["DISPLAY"]}
    builders = default_builders(environ)

    def no_sync() -> IdleSource:
        raise IdleSourceError("the X server lacks the SYNC extension")

    detection = detect_idle_source(environ, "linux", builders={**builders, "x11-sync": no_sync})
    assert detection.source is not None
    try:
        assert detection.source.name == "x11-screensaver"
        assert detection.note is None
    finally:
        detection.source.close()


def test_the_idle_source_can_be_opened_again_at_once_after_the_last_one_closed():
    """The run's Xvfb is started with -noreset: a server that resets when its last client
    leaves refuses a client connecting meanwhile, which failed a CI run once."""
    for _ in range(200):
        X11IdleSource(os.environ).close()
