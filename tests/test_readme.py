"""The README documents what the code offers: every settings key, every command."""

from __future__ import annotations

import re
from pathlib import Path

from sitbreak.cli.main import build_parser
from sitbreak.core.settings import SCHEMA

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_settings_key_is_documented() -> None:
    missing = [k.label for k in SCHEMA if f"`[{k.section}] {k.name}`" not in README]
    assert missing == []


def test_every_command_is_documented() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    commands = set(sub.choices)  # type: ignore[arg-type]
    assert {"status", "pause", "stats", "export"} <= commands
    missing = [c for c in sorted(commands) if f"`sitbreak {c}" not in README]
    assert missing == []


def test_there_are_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", setup, flags=re.DOTALL)
    assert [b.strip() for b in blocks] == ["python3 packaging/install.py", "bash .ci/test"]
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "bash .ci/test" in ci
