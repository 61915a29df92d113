"""The log file on a disk that fills up: one line on stderr, the file tried again a minute
later, and a line when it is written again; never a traceback per record."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from sitbreak.runtime import logs
from sitbreak.runtime.logs import RETRY_SECONDS, setup_logging


class FullDisk:
    """A stream whose writes fail as on a full disk."""

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_stops_the_log_file_for_a_while_not_for_good(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    now = [1000.0]
    monkeypatch.setattr(logs.time, "monotonic", lambda: now[0])
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    try:
        log_file = setup_logging(tmp_path / "logs")
        assert log_file is not None
        (handler,) = [h for h in root.handlers if isinstance(h, logging.FileHandler)]
        log = logging.getLogger("sitbreak.test")
        log.info("before")
        handler.stream.close()
        handler.stream = FullDisk()  # type: ignore[assignment]
        for n in range(5):
            log.info("lost %d", n)
        now[0] += RETRY_SECONDS / 2
        log.info("lost later")
        err = capsys.readouterr().err
        assert err.count("cannot be written") == 1, err  # once, not a traceback per record
        assert "Traceback" not in err
        now[0] += RETRY_SECONDS
        log.info("tried again")  # a fresh stream: the file has room again
        log.info("after")
        err = capsys.readouterr().err
        assert "is written again" in err
        assert "Traceback" not in err
        text = log_file.read_text()
        assert "before" in text
        assert "after" in text
        assert "lost" not in text
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])


def test_the_log_file_rotates_into_three_older_ones_each_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    try:
        log_file = setup_logging(tmp_path / "logs")
        assert log_file is not None
        log = logging.getLogger("sitbreak.test")
        for n in range(60):
            log.info("line %02d", n)
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["sitbreak.log", "sitbreak.log.1", "sitbreak.log.2", "sitbreak.log.3"]
    assert "line 59" in log_file.read_text()  # the newest in the file itself
    assert "line 00" not in "".join(p.read_text() for p in log_file.parent.iterdir())
    for path in log_file.parent.iterdir():
        assert path.stat().st_size < 400
        assert path.stat().st_mode & 0o777 == 0o600
    older = [
        int(line.split("line ")[1])
        for line in log_file.with_name("sitbreak.log.1").read_text().splitlines()
    ]
    assert older
    assert max(older) < min(
        int(line.split("line ")[1]) for line in log_file.read_text().splitlines()
    )
