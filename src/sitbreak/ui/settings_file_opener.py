""" "Edit settings file": the desktop's opener, else $VISUAL/$EDITOR (in a terminal if it
needs one), and in every case a message that says where the file is."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from sitbreak.core.i18n import fill, translate
from sitbreak.platform.editor import Which, editor_command

log = logging.getLogger(__name__)


def _open_url(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _start_detached(argv: Sequence[str]) -> bool:
    started, _pid = QProcess.startDetached(argv[0], list(argv[1:]))
    return bool(started)


def open_settings_file(
    path: Path,
    *,
    open_url: Callable[[Path], bool] = _open_url,
    start: Callable[[Sequence[str]], bool] = _start_detached,
    environ: Mapping[str, str] | None = None,
    which: Which = shutil.which,
    platform: str = sys.platform,
) -> str:
    """Open the settings file for editing; return what to tell the user."""
    applied = translate("SettingsFileOpener", "Sitbreak applies your changes when you save.")
    if open_url(path):
        return fill(
            translate("SettingsFileOpener", "The settings file %1 opens in your editor. %2"),
            path,
            applied,
        )
    env = os.environ if environ is None else environ
    command = editor_command(str(path), env, which, platform)
    if command is not None:
        if start(command.argv):
            log.info("settings file opened with %s", " ".join(command.argv))
            opened = translate("SettingsFileOpener", "Opened %1 with %2. %3")
            return fill(opened, path, command.description, applied)
        log.warning("could not start %s", " ".join(command.argv))
    return fill(
        translate(
            "SettingsFileOpener",
            "No editor could be opened. The settings file is %1: open it in any text editor. %2",
        ),
        path,
        applied,
    )
