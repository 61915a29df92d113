from __future__ import annotations

from sitbreak.storage.once import OnceFlag


def test_first_time_once_then_never_again_and_private(tmp_path):
    marker = tmp_path / "data" / "tray-hint-shown"
    assert OnceFlag(marker).first_time()
    assert not OnceFlag(marker).first_time()
    assert marker.stat().st_mode & 0o777 == 0o600
    assert marker.parent.stat().st_mode & 0o777 == 0o700


def test_an_unwritable_folder_means_tell_again_rather_than_never(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert OnceFlag(blocker / "tray-hint-shown").first_time()  # parent is a file: cannot write
