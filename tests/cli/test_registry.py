"""One registry names the commands: the parser offers exactly those, and the exit codes."""

from __future__ import annotations

import pytest

from sitbreak.cli.main import build_parser, main
from sitbreak.cli.registry import COMMANDS, REMOTE_NAMES, ExitCode, Local, Remote


def subcommands() -> dict[str, object]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    return dict(sub.choices)  # type: ignore[arg-type]


def test_the_parser_offers_exactly_the_registry_in_its_order() -> None:
    assert list(subcommands()) == [c.name.value for c in COMMANDS]
    assert {c.name for c in COMMANDS} == set(Remote) | set(Local)
    assert {
        "status", "show", "pause", "resume", "break", "squeeze", "routine", "quit"
    } == REMOTE_NAMES  # fmt: skip


def test_a_remote_command_without_a_running_app_fails_with_the_failed_code(capsys) -> None:
    assert main(["status"]) == ExitCode.FAILED
    assert "not running" in capsys.readouterr().err


@pytest.mark.parametrize("length", ["0m", "soon", "25h"])
def test_a_bad_pause_length_is_a_usage_error(capsys, length: str) -> None:
    assert main(["pause", length]) == ExitCode.USAGE
    assert "sitbreak pause:" in capsys.readouterr().err
