"""A plain `sitbreak` (the tray) starts without building the command parser: its places
are read the way the parser reads them, anything else goes to the parser."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from sitbreak.cli.main import build_parser, tray_start_places


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["run"],
        ["--data-dir", "d"],
        ["--config-dir", "c", "--data-dir", "d", "run"],
        ["--config-dir=c", "--data-dir=d=e"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--data-dir="],
    ],
)
def test_a_tray_start_reads_the_places_as_the_parser_does(argv: list[str]) -> None:
    places = tray_start_places(argv)
    assert places is not None
    args = build_parser().parse_args(argv)
    assert args.command in (None, "run")
    assert places.get("--config-dir") == args.config_dir
    assert places.get("--data-dir") == args.data_dir


@pytest.mark.parametrize(
    "argv",
    [
        ["stats"],
        ["--help"],
        ["--version"],
        ["run", "--data-dir", "d"],
        ["--data-dir"],
        ["--data-dir", "-d"],
        ["--data", "d"],
        ["run", "run"],
        ["--data-dir", "run"],
        ["--", "run"],
    ],
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert tray_start_places(argv) is None


def test_the_tray_start_imports_no_command_module(tmp_path) -> None:
    code = f"""
        import json, sys
        import sitbreak.runtime.tray_start
        seen = {{}}
        def run_app(paths):
            seen["data"] = str(paths.data_dir)
            return 0
        sitbreak.runtime.tray_start.run_app = run_app
        from sitbreak.cli.main import main
        code = main(["--data-dir", {str(tmp_path)!r}])
        cli = sorted(m for m in sys.modules if m.startswith("sitbreak.cli."))
        print(json.dumps({{"code": code, "data": seen["data"], "cli": cli}}))
        """
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    ).stdout
    result = json.loads(out.splitlines()[-1])
    assert result == {
        "code": 0,
        "data": str(tmp_path),
        "cli": ["sitbreak.cli.main"],
    }


def test_the_tray_starts_run_command_is_the_registrys() -> None:
    """cli/main.py copies Local.RUN so a tray start does not import the registry."""
    from sitbreak.cli import main
    from sitbreak.cli.registry import Local

    assert main._RUN == Local.RUN
