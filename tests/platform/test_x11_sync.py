"""The X11 push idle watch on the real Xvfb of the run, with real input from xdotool.

Thresholds are short (1-2 s) so a test takes seconds; deadlines are generous because the
machine is shared.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator

import pytest

from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.detect import detect_idle_source
from sitbreak.platform.x11_sync import X11IdleWatch
from tests.support.waiting import wait_until

pytestmark = pytest.mark.xvfb

_x = iter(range(10, 10**6))


def _input() -> float:
    """Move the pointer (a real input event on the X server); returns when it was sent."""
    subprocess.run(["xdotool", "mousemove", str(next(_x) % 1200), "100"], check=True, timeout=10)
    return time.monotonic()


class Events:
    def __init__(self, watch: X11IdleWatch) -> None:
        self.seen: list[tuple[str, float, float]] = []  # kind, idle, monotonic time
        events = watch.events
        events.idled.connect(lambda idle: self.seen.append(("away", idle, time.monotonic())))
        events.resumed.connect(
            lambda: self.seen.append(("back", watch.idle_seconds(), time.monotonic()))
        )

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.seen]


@pytest.fixture
def watch(qapp: object) -> Iterator[X11IdleWatch]:
    _input()
    source = X11IdleWatch(os.environ, away_after_seconds=1.0)
    yield source
    source.close()


def test_leaving_is_pushed_once_when_idle_reaches_the_threshold(watch: X11IdleWatch) -> None:
    events = Events(watch)
    last_input = _input()
    wait_until(lambda: events.seen, timeout=10, what="the away alarm")
    kind, idle, at = events.seen[0]
    assert kind == "away"
    # The break began `idle` seconds before the event: exactly the threshold, by the server.
    assert 1.0 <= idle < 1.2
    assert at - last_input >= 0.9
    assert watch.away
    wait_until(lambda: watch.idle_seconds() > 2.0, timeout=10, what="idle past 2 s")
    assert events.kinds() == ["away"]  # nothing more while the user stays away


def test_returning_is_pushed_with_the_new_idle_time(watch: X11IdleWatch) -> None:
    events = Events(watch)
    _input()
    wait_until(lambda: watch.away, timeout=10, what="away")
    _input()
    wait_until(lambda: len(events.seen) == 2, timeout=10, what="the return alarm")
    kind, idle, _ = events.seen[1]
    assert kind == "back"
    assert idle < 0.5
    assert not watch.away


def test_typing_below_the_threshold_pushes_nothing(watch: X11IdleWatch) -> None:
    assert watch.watch(2.0)
    events = Events(watch)
    for _ in range(8):  # input every ~0.3 s for over two seconds
        sent = _input()
        wait_until(lambda sent=sent: time.monotonic() - sent >= 0.3, timeout=5)
    assert events.seen == []
    assert not watch.away


def test_a_lower_threshold_already_passed_reports_away_at_once(watch: X11IdleWatch) -> None:
    watch.set_away_after(60.0)
    events = Events(watch)
    _input()
    wait_until(lambda: watch.idle_seconds() >= 0.5, timeout=10, what="idle 0.5 s")
    watch.set_away_after(0.3)
    assert events.kinds() == ["away"]
    assert events.seen[0][1] >= 0.3
    assert watch.away_after_seconds == 0.3
    _input()
    wait_until(lambda: len(events.seen) == 2, timeout=10, what="the return")
    assert events.kinds() == ["away", "back"]


def test_idle_seconds_reads_the_counter(watch: X11IdleWatch) -> None:
    _input()
    assert watch.idle_seconds() < 0.5
    wait_until(lambda: watch.idle_seconds() >= 0.3, timeout=10, what="idle to grow")


def test_closed_watch_says_so(watch: X11IdleWatch) -> None:
    watch.close()
    watch.close()  # twice is fine
    with pytest.raises(IdleSourceError, match="closed"):
        watch.idle_seconds()


def test_unreachable_display_is_a_clear_error(qapp: object) -> None:
    with pytest.raises(IdleSourceError, match="cannot open X display ':9397'"):
        X11IdleWatch({"DISPLAY": ":9397"}, 300)


def test_x11_session_detects_the_push_watch_first(qapp: object) -> None:
    environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": os.environ["DISPLAY"]}
    detection = detect_idle_source(environ, "linux")
    assert detection.source is not None
    try:
        assert detection.source.name == "x11-sync"
        assert detection.tried[:2] == ("x11-sync", "x11")
    finally:
        detection.source.close()
