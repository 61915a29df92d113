"""The command line speaks the user's language, and what scripts read stays English.

A fake translator installed through the one hook (core/i18n.py) marks every text it
translates with its context: a message that bypasses the hook shows up unmarked, and
a JSON or CSV output that goes through it no longer equals the English run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from sitbreak.cli.main import main
from sitbreak.cli.registry import ExitCode
from sitbreak.cli.stats import stats_table
from sitbreak.core import i18n
from sitbreak.core.stats import DayStats
from sitbreak.paths import AppPaths
from tests.cli.test_stats_export import seed


def marked(context: str, source: str, disambiguation: str | None, n: int) -> str:
    text = source.replace("%n", str(n)) if n >= 0 else source
    return f"[{context}] {text}"


@pytest.fixture
def translated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The marking translator in place of the user's language: the loader that main()
    runs first (once the language setting lands) is left out."""
    monkeypatch.setattr(
        "sitbreak.cli.main.speak_the_users_language", lambda _argv: None, raising=False
    )
    i18n.install(marked)
    # the locale's clock and day names marked too: none may reach JSON or CSV either
    i18n.install_locale(lambda hour, minute: f"[clock]{hour}.{minute}", lambda day: f"[day]{day}")
    try:
        yield
    finally:
        i18n.install(None)
        i18n.install_locale(None, None)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


STATUS: dict[str, Any] = {
    "state": "sitting",
    "bout_seconds": 45 * 60,
    "standing_seconds": 0,
    "away_seconds": None,
    "next_prompt": {"kind": "stand", "due_in_seconds": 420},
    "paused_until": None,
    "detection_note": None,
    "prompt_showing": None,
    "held_by": [],
}


@pytest.fixture
def running_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """`sitbreak status` answered as the running app answers it (no app needed)."""

    def send_command(name: str, command: str, request: dict[str, Any]) -> dict[str, Any]:
        assert command == "status"
        return dict(STATUS)

    monkeypatch.setattr("sitbreak.runtime.command_client.send_command", send_command)


def test_help_is_in_the_users_language_argparse_words_too(translated, capsys) -> None:
    code, out, _err = run(capsys, "--help")

    assert code == ExitCode.OK
    assert out.startswith("[argparse] usage: sitbreak")
    assert "[argparse] positional arguments:" in out
    assert "[argparse] options:" in out
    assert "[argparse] show this help message and exit" in out
    assert "[CommandLine] Counts continuous sitting" in out
    assert "[CommandLine] start the tray app (the default)" in out
    assert "[CommandLine] where settings.toml lives" in out
    assert " run " in out
    assert " stats " in out
    assert "--config-dir" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("stats", "--help"),
        ("export", "--help"),
        ("config", "set", "--help"),
        ("status", "--help"),
        ("routine", "--help"),
    ],
)
def test_every_option_of_a_command_is_explained_in_the_users_language(
    translated, capsys, argv
) -> None:
    code, out, _err = run(capsys, *argv)

    assert code == ExitCode.OK
    lines = [*out.split("[argparse] options:")[1].splitlines(), ""]
    entries = [i for i, line in enumerate(lines) if line.strip().startswith("-")]
    assert entries
    for i in entries:  # an option and its help on one line, or the help below it
        assert "] " in lines[i] or "] " in lines[i + 1], lines[i]


def test_a_bad_date_is_refused_in_the_users_language(translated, capsys) -> None:
    code, out, err = run(capsys, "stats", "--date", "2026-13-01")

    assert code == ExitCode.USAGE
    assert out == ""
    assert err.startswith("[argparse] usage: sitbreak stats")
    last = err.splitlines()[-1]
    assert last == (
        "[argparse] sitbreak stats: error: [argparse] argument --date: "
        "[StatsCommand] '2026-13-01' is not a date like 2026-03-02 (YYYY-MM-DD)"
    )


def test_argparse_errors_are_translated_and_unknown_ones_stay_english(translated, capsys):
    from sitbreak.cli.parser import translate_error

    _code, _out, err = run(capsys, "export", "--format", "xml")
    assert "[argparse] argument --format: [argparse] invalid choice: 'xml'" in err
    _code, _out, err = run(capsys, "stats", "--date", "2026-03-02", "--days", "2")
    assert "[argparse] argument --days: [argparse] not allowed with argument --date" in err
    _code, _out, err = run(capsys, "export")
    assert "[argparse] the following arguments are required: --format" in err
    assert translate_error("a message of another Python") == "a message of another Python"


def test_an_unknown_config_key_is_said_in_the_users_language(translated, capsys) -> None:
    code, out, err = run(capsys, "config", "get", "prompts.nope")

    assert code == ExitCode.USAGE
    assert out == ""
    assert err == (
        "sitbreak config: [ConfigCommand] unknown key 'prompts.nope'; "
        "`sitbreak config list` shows every key.\n"
    )


def test_human_stats_are_translated(translated, capsys) -> None:
    seed(AppPaths.resolve())

    code, out, _err = run(capsys, "stats", "--date", "2026-03-02")

    assert code == ExitCode.OK
    header, _rule, row, _blank, breaks, prompts, exercises = out.splitlines()
    assert header.split("  ")[0] == "[StatsCommand] date"
    assert "[StatsCommand] squeezes" in header
    assert row.startswith("2026-03-02")
    assert breaks.startswith("[StatsCommand] Breaks: 1 [StatsCommand] prompted")
    assert prompts.startswith("[StatsCommand] Prompts shown: [StatsCommand] squeeze 2")
    assert exercises == "[StatsCommand] Exercises done: 2"


def test_several_days_say_the_average_with_a_plural(translated) -> None:
    days = [DayStats(date(2026, 3, 2), sitting_seconds=3600), DayStats(date(2026, 3, 3))]

    table = stats_table(days, goal_seconds=6 * 3600)

    assert table.splitlines()[-1].startswith("[StatsCommand] Average sitting on 1 tracked day(s): ")


def test_nothing_recorded_is_said_in_the_users_language(translated, capsys) -> None:
    seed(AppPaths.resolve())

    code, _out, err = run(capsys, "stats", "--date", "2020-01-01")

    assert code == ExitCode.FAILED
    assert err == "sitbreak stats: [StatsCommand] nothing recorded for 2020-01-01.\n"


def test_human_status_is_translated(translated, running_app, capsys) -> None:
    code, out, _err = run(capsys, "status")

    assert code == ExitCode.OK
    sitting, upcoming = out.splitlines()
    assert sitting.startswith("[RemoteCommand] Sitting for ")
    assert sitting.endswith("45 min")
    assert upcoming.startswith("[RemoteCommand] Next: stand prompt in ")
    assert upcoming.endswith("7 min")


def test_routines_are_named_and_described_in_the_users_language(translated, capsys) -> None:
    code, out, _err = run(capsys, "routines")

    assert code == ExitCode.OK
    daily = next(line for line in out.splitlines() if line.startswith("daily "))
    assert "[Routine] Daily glute activation" in daily
    assert "    [Routine] The six glute exercises" in out
    assert "    clam_shell  " in out  # the ids of the files stay: `sitbreak routine` takes them


def test_what_scripts_read_stays_english_byte_for_byte(
    translated, running_app, capsys, tmp_path: Path
) -> None:
    seed(AppPaths.resolve())
    argvs = [
        ("status", "--json"),
        ("stats", "--date", "2026-03-02", "--json"),
        ("stats", "--date", "2026-03-03", "--json"),
        ("export", "--format", "json", "--from", "2026-03-01"),
        ("config", "list", "--json"),
        ("routines", "--json"),
    ]
    outputs = []
    for argv in argvs:
        code, out, err = run(capsys, *argv)
        assert code == ExitCode.OK, err
        outputs.append(out)
    i18n.install(None)
    for argv, translated_out in zip(argvs, outputs, strict=True):
        assert run(capsys, *argv)[1] == translated_out, argv
        assert not re.search(r"\[[A-Za-z]+\] ", translated_out), argv

    files = {}
    for name, install in (("english", None), ("marked", marked)):
        i18n.install(install)
        folder = tmp_path / name
        assert main(["export", "--format", "csv", "--output", str(folder)]) == ExitCode.OK
        files[name] = {path.name: path.read_bytes() for path in sorted(folder.iterdir())}
    assert len(files["english"]) == 4
    assert files["marked"] == files["english"]


def test_source_language_speaks_english_inside_and_restores_the_translator(translated) -> None:
    with i18n.SourceLanguage():
        assert i18n.translate("ConfigCommand", "%n key(s)", None, 3).startswith("3 key")
    assert i18n.translate("ConfigCommand", "print JSON") == "[ConfigCommand] print JSON"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("de_DE", "Mi. 21:05"), ("en_US", "Wed 9:05 PM"), ("en_GB", "Wed 21:05")],
)
def test_a_pause_end_is_said_in_the_users_locale(
    locale: str, expected: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    from sitbreak.cli.remote import status_lines
    from sitbreak.core.clock import FakeClock
    from sitbreak.runtime.translations import install_translations, uninstall_translations

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    chosen = install_translations("en", tmp_path)  # the locale's ways, English words
    QLocale.setDefault(QLocale(locale))
    try:
        clock = FakeClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
        status = {**STATUS, "state": "paused", "paused_until": "2026-12-02T21:05:00+00:00"}
        paused = status_lines(status, clock)[1]
        assert paused.replace("\u202f", " ").startswith(f"Prompts paused until {expected} (in ")
    finally:
        uninstall_translations(chosen)
        QLocale.setDefault(before)


def test_the_language_peek_leaves_a_bad_option_to_the_real_parser(capsys) -> None:
    from sitbreak.cli.main import speak_the_users_language

    for argv in (["--data-dir"], ["stats", "--config-dir"]):
        assert speak_the_users_language(argv) is None  # no SystemExit, nothing printed
    assert capsys.readouterr() == ("", "")
