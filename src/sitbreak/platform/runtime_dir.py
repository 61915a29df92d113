"""A private per-user folder for the command socket and the single-instance lock.

`$XDG_RUNTIME_DIR/sitbreak` where the desktop provides one (private by specification);
otherwise `<temp>/sitbreak-<uid>`, created 0700 and checked every time: a real folder
(not a link), owned by this user, closed to everyone else. Another user who creates it
first cannot make Sitbreak listen, connect or lock there.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from sitbreak.core.i18n import translate


class RuntimeDirError(OSError):
    """No private folder could be had; the text says why, for the user."""


def private_runtime_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if sys.platform == "win32":  # the temp folder is per user on Windows
        return _ensure(Path(tempfile.gettempdir()) / "sitbreak")
    base = env.get("XDG_RUNTIME_DIR")
    if base and _is_private(Path(base)):
        return _ensure(Path(base) / "sitbreak")
    return _ensure(Path(tempfile.gettempdir()) / f"sitbreak-{os.getuid()}")


def _is_private(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not stat.S_IMODE(info.st_mode) & 0o077
    )


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError as error:
        text = translate("RuntimeDir", "Cannot create the private folder {path}: {problem}.")
        raise RuntimeDirError(text.format(path=path, problem=error.strerror or error)) from error
    if sys.platform == "win32":
        return path
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        text = translate(
            "RuntimeDir",
            "{path} belongs to another user or is not a folder, so Sitbreak will not use it "
            "for its command socket. Remove it, or set XDG_RUNTIME_DIR to your own folder.",
        )
        raise RuntimeDirError(text.format(path=path))
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, 0o700)  # ours, made by an older Sitbreak or a loose umask
    return path
