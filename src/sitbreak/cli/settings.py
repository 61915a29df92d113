"""`sitbreak settings`: the settings dialog in a process of its own.

The tray starts it when asked for its settings. Every byte the dialog, its widgets and
tomlkit need goes away when it closes (a dialog in the tray's own process kept about
10 MB after closing: modules, Qt's caches, the allocator); the running app sees the
changes through the settings file it already watches.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from sitbreak import __version__
from sitbreak.paths import AppPaths, resources_dir
from sitbreak.runtime.language import language_setting
from sitbreak.runtime.translations import install_translations
from sitbreak.storage.settings_edit import SettingsFileStore
from sitbreak.ui.app_icon import APP_ID, app_icon
from sitbreak.ui.settings_dialog import SettingsDialog
from sitbreak.ui.settings_file_opener import open_settings_file

log = logging.getLogger(__name__)


def run_settings_dialog(paths: AppPaths) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sitbreak")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon(resources_dir() / "icons"))  # the tray's icon, not Qt's
    # Again, now with an application: Qt's own buttons (OK, Cancel) speak it too.
    translators = install_translations(language_setting(paths.settings_file))
    log.debug("settings dialog in %s", translators.language)
    dialog = SettingsDialog(SettingsFileStore(paths.settings_file))

    def edit_file() -> None:
        dialog.say(open_settings_file(paths.settings_file))

    dialog.edit_file_requested.connect(edit_file)
    dialog.finished.connect(lambda _result: app.quit())
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return app.exec()
