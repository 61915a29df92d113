from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitbreak.storage.first_start import FirstStart

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_first_until_remembered_then_never_again(tmp_path: Path) -> None:
    marker = tmp_path / "data" / "welcomed.json"
    first = FirstStart(marker)
    assert first.is_first()
    assert first.remember(NOW, "1.2.3")
    assert not first.is_first()
    assert not FirstStart(marker).is_first()  # the next start reads the same file
    assert json.loads(marker.read_text()) == {
        "welcome_shown": "2026-03-02T09:00:00+00:00",
        "version": "1.2.3",
    }
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600  # private, whatever the umask
    assert stat.S_IMODE(marker.parent.stat().st_mode) & 0o077 == 0
    assert [p.name for p in marker.parent.iterdir()] == ["welcomed.json"]  # no temp left


def test_any_marker_counts_even_one_from_a_newer_version(tmp_path: Path) -> None:
    marker = tmp_path / "welcomed.json"
    marker.write_text("something a later version wrote")
    assert not FirstStart(marker).is_first()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_marker_that_cannot_be_written_is_logged_and_the_welcome_stays_due(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        first = FirstStart(folder / "welcomed.json")
        assert not first.remember(NOW, "1.2.3")
        assert first.is_first()
        assert "cannot remember the first start" in caplog.text
    finally:
        folder.chmod(0o700)


def test_a_data_path_that_is_a_file_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    first = FirstStart(blocker / "welcomed.json")
    assert not first.remember(NOW, "1.2.3")
    assert first.is_first()
    assert "cannot remember the first start" in caplog.text
