"""Reload settings.toml when it changes on disk (editors often replace the file)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from sitbreak.storage.settings_file import LoadedSettings, load_settings

log = logging.getLogger(__name__)


class SettingsWatcher(QObject):
    """Watches the file and its folder; a short debounce folds an editor's save steps."""

    def __init__(
        self, path: Path, on_loaded: Callable[[LoadedSettings], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._on_loaded = on_loaded
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._reload)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._last = self._stamp()
        self._watch()

    def _watch(self) -> None:
        if self._path.parent.is_dir() and str(self._path.parent) not in self._watcher.directories():
            self._watcher.addPath(str(self._path.parent))
        if self._path.exists() and str(self._path) not in self._watcher.files():
            self._watcher.addPath(str(self._path))

    def _stamp(self) -> tuple[float, int] | None:
        try:
            stat = self._path.stat()
        except OSError:
            return None
        return stat.st_mtime, stat.st_size

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def _reload(self) -> None:
        self._watch()  # a replaced file must be watched anew
        stamp = self._stamp()
        if stamp == self._last or stamp is None:
            return
        self._last = stamp
        log.info("settings file changed; reloading")
        self._on_loaded(load_settings(self._path))
