from __future__ import annotations

import pytest

from sitbreak.cli.remote import print_status


def base(state: str, **more: object) -> dict[str, object]:
    return {
        "state": state,
        "bout_seconds": 0,
        "standing_seconds": 0,
        "away_seconds": None,
        "next_prompt": None,
        "paused_until": None,
        "detection_note": None,
        **more,
    }


def test_away_says_for_how_long(capsys: pytest.CaptureFixture[str]) -> None:
    print_status(base("away", away_seconds=12 * 60 + 30), as_json=False)
    assert capsys.readouterr().out == "Away for 12 min\n"
    print_status(base("away"), as_json=False)  # no bout has ended since the start
    assert capsys.readouterr().out == "Away from the desk\n"
