"""`sitbreak status --json` is English whatever the user's language; `sitbreak status` in
words is in it. The app runs in German from its start (so every reason is made in German),
in manual mode (a console session) and unable to save (another program holds the database
locked): the JSON equals the English run's byte for byte."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitbreak.cli.remote import print_status
from sitbreak.core.clock import FakeClock
from sitbreak.core.settings import Settings
from sitbreak.desk.commands import CommandHandler
from sitbreak.desk.coordinator import DeskCoordinator
from sitbreak.platform.detect import detect_idle_source
from sitbreak.runtime.translations import install_translations, uninstall_translations
from sitbreak.storage.database import Database
from tests.support.fakes import FakeScheduler, RecordingPresenter

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("sitbreak_tool", ROOT / "tools/translations.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    out = tmp_path_factory.mktemp("qm")
    tool.compile_all(out)
    return out


def status_as_printed(
    folder: Path, capsys: pytest.CaptureFixture[str], language: str, compiled: Path
) -> tuple[str, str]:
    """`status --json` and `status` of an app started in `language`."""
    chosen = install_translations(language, compiled)
    try:
        clock = FakeClock(T0)
        scheduler = FakeScheduler(clock)
        path = folder / "sitbreak.sqlite3"
        detection = detect_idle_source({"XDG_SESSION_TYPE": "tty"}, "linux", builders={})
        desk = DeskCoordinator(
            clock, Settings(), Database.open(path, clock), scheduler, RecordingPresenter(),
            None, manual_reason=detection.note,
        )  # fmt: skip
        desk.start()
        scheduler.run_for(180)  # saved once
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            scheduler.run_for(180)  # the minute's saves fail
            reply = CommandHandler(
                desk, clock, lambda: None, lambda _id: True, lambda: None, lambda: None
            )("status", {})
        finally:
            other.execute("ROLLBACK")
            other.close()
        capsys.readouterr()
        print_status(reply, as_json=True)
        as_json = capsys.readouterr().out
        print_status(reply, as_json=False)
        return as_json, capsys.readouterr().out
    finally:
        uninstall_translations(chosen)


@pytest.mark.allow_error_log("saving to the database failed")
def test_status_json_is_english_in_german_and_the_words_are_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], compiled: Path, qapp: object
) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    english_json, english_words = status_as_printed(tmp_path / "en", capsys, "en", compiled)
    german_json, german_words = status_as_printed(tmp_path / "de", capsys, "de", compiled)

    assert german_json == english_json.replace(str(tmp_path / "en"), str(tmp_path / "de"))
    status = json.loads(english_json)
    assert status["manual_mode"] is True
    assert status["detection_note"].startswith("Idle detection is off: no graphical session")
    assert "the database is locked by another program" in status["saving_problem"]
    assert "in_words" not in status
    assert "Manual mode: Idle detection is off" in english_words
    assert "Manueller Modus: " in german_words
    assert "Idle detection" not in german_words
    assert "locked by another program" not in german_words
    assert "Not saving now" not in german_words
