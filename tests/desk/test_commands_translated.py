"""The replies the CLI prints for the running app are in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitbreak.core import i18n
from sitbreak.desk.commands import CommandRefusedError
from tests.desk.test_commands import Harness


@pytest.fixture(autouse=True)
def marking_translator() -> Iterator[None]:
    i18n.install(lambda ctx, source, _, n: f"[{ctx}] {source}")
    yield
    i18n.install(None)


def test_every_reply_message_goes_through_the_translator() -> None:
    h = Harness()
    for command, args in [
        ("show", {}),
        ("show", {"window": "stats"}),
        ("pause", {"minutes": 30}),
        ("resume", {}),
        ("break", {}),
        ("squeeze", {}),
        ("routine", {"routine": "desk"}),
        ("quit", {}),
    ]:
        assert h.handle(command, args)["message"].startswith("[Commands] "), command


def test_a_paused_reply_says_when_in_translated_words() -> None:
    h = Harness()
    message = h.handle("pause", {"until": "tomorrow"})["message"]
    assert "[Weekday] " in message  # the weekday of tomorrow's end, translated
    assert "[Duration] " in message


def test_refusals_are_translated_and_json_stays_english() -> None:
    h = Harness()
    with pytest.raises(CommandRefusedError, match=r"^\[Commands\] there is no routine"):
        h.handle("routine", {"routine": "nope"})
    status = h.handle("status", {})
    assert status["state"] == "sitting"  # what scripts parse is never translated
