from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from sitbreak.core.clock import FakeClock
from sitbreak.core.pause import TOMORROW, PauseSpecError, parse_pause, pause_until

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", timedelta(minutes=30)),
        ("1h", timedelta(hours=1)),
        ("90 min", timedelta(minutes=90)),
        ("Tomorrow", "tomorrow"),
    ],
)
def test_pause_lengths(text: str, expected: object) -> None:
    assert parse_pause(text) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "0m", "25h", "-5m", "99999999999999999999h", "9" * 400 + "m"]
)
def test_bad_pause_lengths_say_what_is_allowed(text: str) -> None:
    with pytest.raises(PauseSpecError):
        parse_pause(text)


def test_tomorrow_is_tomorrows_work_start_in_local_time_across_dst() -> None:
    clock = FakeClock(datetime(2026, 3, 28, 22, 0, tzinfo=BERLIN), zone=BERLIN)  # before DST
    until = pause_until(TOMORROW, clock, time(8, 0))
    assert until.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 29, 8, 0)


def test_tomorrow_is_never_before_five_in_the_morning() -> None:
    clock = FakeClock(datetime(2026, 6, 1, 23, 50, tzinfo=UTC))
    until = pause_until(TOMORROW, clock, time(0, 0))
    assert until == datetime(2026, 6, 2, 5, 0, tzinfo=UTC)


def test_tomorrow_follows_the_clock_into_another_time_zone() -> None:
    clock = FakeClock(datetime(2026, 6, 1, 20, 0, tzinfo=UTC))  # 20:00 in London (UTC)
    assert pause_until(TOMORROW, clock, time(8, 0)) == datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
    clock.set_zone(ZoneInfo("Asia/Tokyo"))  # the same moment is 05:00 on 2 June in Tokyo
    until = pause_until(TOMORROW, clock, time(8, 0))
    assert until.astimezone(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None) == datetime(
        2026, 6, 3, 8, 0
    )


def test_a_length_is_counted_from_now() -> None:
    clock = FakeClock(datetime(2026, 6, 1, 20, 0, tzinfo=UTC))
    assert pause_until(timedelta(minutes=30), clock, time(8, 0)) == clock.now() + timedelta(
        minutes=30
    )
