"""The settings dialog round trip: change a field, save, the file keeps the user's
comments and changes by that key only, the app's watcher reloads it, the dialog shows it."""

from __future__ import annotations

import difflib
import subprocess
import sys
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sitbreak.core.setting_values import typed_value
from sitbreak.core.settings import (
    SCHEMA,
    Choice,
    DailyRange,
    Days,
    Language,
    PromptStyleChoice,
    SettingKey,
    Settings,
    Switch,
    TimeOfDay,
    TimeRange,
    WholeNumber,
    parse_time_range,
)
from sitbreak.runtime.settings_watcher import SettingsWatcher
from sitbreak.storage.settings_edit import SettingsFileStore
from sitbreak.storage.settings_file import LoadedSettings, load_settings
from sitbreak.ui.setting_editors import (
    ChoiceEditor,
    DaysEditor,
    LanguageEditor,
    NumberEditor,
    SettingEditor,
    SwitchEditor,
    TimeEditor,
    TimeRangeEditor,
    choices_of,
)
from sitbreak.ui.settings_dialog import SettingsDialog
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

USER_FILE = """\
# Sitbreak settings, my way
version = 1

[prompts]
# calmer than the default
squeeze_every_minutes = 25
chime = "loud"          # not valid: the dialog must leave it alone unless changed

[mystery]
kept = true
"""


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def another_value(key: SettingKey) -> Any:
    """A valid value that is not the default, for each kind."""
    default = typed_value(Settings(), key)
    match key.type:
        case WholeNumber(maximum=maximum):
            return default + 1 if default < maximum else default - 1
        case Switch():
            return not default
        case Choice() | PromptStyleChoice():
            return next(c for c in choices_of(key.type) if c != default)
        case Days():
            return ("mon", "wed", "fri")
        case Language():
            return "en"  # always offered; the others where their .qm is compiled
        case TimeOfDay():
            return time(17, 30)
        case DailyRange(optional=False):
            return parse_time_range("09:00-17:00")
        case _:
            return parse_time_range("22:00-07:00")


def use_widgets(qtbot: QtBot, editor: SettingEditor, value: Any) -> None:
    """Change the value the way a user does, through the editor's widgets."""
    if isinstance(editor, NumberEditor):
        editor.spin.clear()
        qtbot.keyClicks(editor.spin, str(value))
    elif isinstance(editor, SwitchEditor):
        if editor.box.isChecked() != value:
            editor.box.click()
    elif isinstance(editor, ChoiceEditor | LanguageEditor):
        editor.combo.setCurrentIndex(editor.combo.findData(value))
    elif isinstance(editor, DaysEditor):
        for day, button in editor.buttons.items():
            if button.isChecked() != (day in value):
                button.click()
    elif isinstance(editor, TimeEditor):
        if not editor.on.isChecked():
            editor.on.click()
        editor.edit.setTime(QTime(value.hour, value.minute))
    elif isinstance(editor, TimeRangeEditor):
        assert isinstance(value, TimeRange)
        if editor.optional and not editor.on.isChecked():
            editor.on.click()
        editor.start.setTime(QTime(value.start.hour, value.start.minute))
        end = value.end or time(0)
        editor.end.setTime(QTime(end.hour, end.minute))
    assert editor.value() == value


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "config" / "settings.toml"
    file.parent.mkdir(parents=True)
    file.write_text(USER_FILE)
    return file


def open_dialog(qtbot: QtBot, path: Path) -> SettingsDialog:
    dialog = SettingsDialog(SettingsFileStore(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def apply_button(dialog: SettingsDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)


@pytest.mark.parametrize("key", SCHEMA, ids=lambda k: f"{k.section}.{k.name}")
def test_every_field_round_trips_through_the_file_and_the_app(
    qtbot: QtBot, path: Path, key: SettingKey
) -> None:
    reloaded: list[LoadedSettings] = []
    watcher = SettingsWatcher(path, reloaded.append)
    dialog = open_dialog(qtbot, path)
    value = another_value(key)
    assert not apply_button(dialog).isEnabled()  # nothing changed yet
    use_widgets(qtbot, dialog.rows[key].editor, value)
    assert apply_button(dialog).isEnabled()
    apply_button(dialog).click()

    after = path.read_text()
    lines = changed_lines(USER_FILE, after)
    assert all(key.name in line or line.strip("+-").startswith("[") or line == "+"
               for line in lines), lines  # fmt: skip
    assert "# calmer than the default" in after  # comments kept
    assert 'chime = "loud"' in after or key.name == "chime"  # untouched bad value stays
    assert "[mystery]\nkept = true" in after  # an unknown section stays
    assert typed_value(load_settings(path).settings, key) == value
    # the running app's watcher reloads the file and gets the new value
    wait_until(lambda: bool(reloaded), timeout=5, what="the settings watcher to reload")
    assert typed_value(reloaded[-1].settings, key) == value
    # a dialog opened again shows the saved value
    again = open_dialog(qtbot, path)
    assert again.rows[key].editor.value() == value
    assert not apply_button(again).isEnabled()
    watcher.deleteLater()


def test_nothing_changed_writes_nothing(qtbot: QtBot, path: Path) -> None:
    before = path.read_bytes()
    dialog = open_dialog(qtbot, path)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert path.read_bytes() == before
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_an_empty_range_is_named_in_place_and_never_saved(qtbot: QtBot, path: Path) -> None:
    before = path.read_bytes()
    dialog = open_dialog(qtbot, path)
    quiet = next(k for k in SCHEMA if k.name == "quiet_hours")
    editor = dialog.rows[quiet].editor
    assert isinstance(editor, TimeRangeEditor)
    editor.on.click()
    editor.start.setTime(QTime(8, 0))
    editor.end.setTime(QTime(8, 0))
    problem = dialog.rows[quiet].problem
    assert not problem.isHidden()
    assert "same time" in problem.text()
    assert not apply_button(dialog).isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.apply()
    assert path.read_bytes() == before
    editor.end.setTime(QTime(9, 0))
    assert problem.isHidden()
    assert dialog.apply()
    assert load_settings(path).settings.schedule.quiet_hours == parse_time_range("08:00-09:00")


def test_restore_defaults_of_one_group_then_all(qtbot: QtBot, path: Path) -> None:
    dialog = open_dialog(qtbot, path)
    squeeze = next(k for k in SCHEMA if k.name == "squeeze_every_minutes")
    away = next(k for k in SCHEMA if k.name == "away_after_seconds")
    dialog.rows[away].editor.set_value(600)
    dialog.group_buttons["prompts"].click()
    assert dialog.rows[squeeze].editor.value() == 20  # the file's 25 back to the default
    assert dialog.rows[away].editor.value() == 600  # another group is left alone
    dialog.restore_defaults(None)
    assert dialog.rows[away].editor.value() == 300
    assert dialog.apply()
    after = path.read_text()
    assert changed_lines(USER_FILE, after) == [
        "-squeeze_every_minutes = 25",
        "+squeeze_every_minutes = 20",
    ]  # only the key that differed from the file was written


def test_a_file_that_is_not_toml_is_said_and_offered_to_the_editor(
    qtbot: QtBot, path: Path
) -> None:
    path.write_text("[prompts\nsnooze_minutes = 3\n")
    before = path.read_bytes()
    dialog = open_dialog(qtbot, path)
    assert "is not valid TOML" in dialog.message.text()
    assert not dialog.tabs.isVisible()
    assert not apply_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.edit_file_requested):
        dialog.editor_button.click()
    assert path.read_bytes() == before
    path.write_text("[prompts]\nsnooze_minutes = 3\n")  # fixed in the editor
    assert dialog.reload()
    assert dialog.tabs.isVisible()
    snooze = next(k for k in SCHEMA if k.name == "snooze_minutes")
    assert dialog.rows[snooze].editor.value() == 3


def test_a_file_broken_while_the_dialog_is_open_is_not_overwritten(
    qtbot: QtBot, path: Path
) -> None:
    dialog = open_dialog(qtbot, path)
    snooze = next(k for k in SCHEMA if k.name == "snooze_minutes")
    dialog.rows[snooze].editor.set_value(9)
    path.write_text("half an edit [")
    assert not dialog.apply()
    assert path.read_text() == "half an edit ["
    assert "is not valid TOML" in dialog.message.text()


def test_every_key_has_a_labelled_explained_editor(qtbot: QtBot, path: Path) -> None:
    dialog = open_dialog(qtbot, path)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Reminders", "Tracking", "Schedule", "Do not disturb", "Routine", "Stats", "App",
    ]  # fmt: skip
    assert set(dialog.rows) == set(SCHEMA)
    for key, row in dialog.rows.items():
        assert row.editor.accessibleName()
        assert row.help.text() == key.help
        assert row.editor.accessibleDescription() == key.help


def test_the_tray_pays_nothing_for_the_dialog_or_tomlkit() -> None:
    code = (
        "import sys; import sitbreak.app, sitbreak.ui.tray, sitbreak.ui.windows; "
        "print('sitbreak.ui.settings_dialog' in sys.modules, 'tomlkit' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.xvfb
def test_the_tray_opens_one_settings_process_and_ends_it_on_quit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitbreak.core.clock import FakeClock
    from sitbreak.paths import AppPaths
    from sitbreak.ui.windows import settings_command
    from tests.support.fakes import window_opener_without_routines

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # the dialog's process shows on the run's Xvfb

    def dialogs() -> list[str]:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Sitbreak settings$"],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
        return found.stdout.split()

    paths = AppPaths(tmp_path / "config", tmp_path / "data")
    program, arguments = settings_command(paths)
    assert (program, arguments[-1]) == (sys.executable, "settings")
    assert arguments[arguments.index("--config-dir") + 1] == str(paths.config_dir)
    opener = window_opener_without_routines(FakeClock())
    opener.open_settings(paths)
    wait_until(lambda: opener.settings_open, timeout=10, what="the settings process")
    first = opener._settings_dialog.process
    opener.open_settings(paths)  # asked again while it is open: no second one
    assert opener._settings_dialog.process is first
    wait_until(dialogs, timeout=30, interval=0.2, what="the settings dialog on screen")
    assert len(dialogs()) == 1
    assert opener.settings_open
    opener.close_all()  # the app quits
    assert not opener.settings_open
    wait_until(lambda: not dialogs(), timeout=10, what="the dialog gone with its process")


def test_sitbreak_settings_runs_the_dialog_until_it_is_closed(tmp_path: Path) -> None:
    """The real command, as the tray starts it: up, and ended cleanly by SIGTERM."""
    import os
    import signal

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folders = ["--config-dir", str(tmp_path / "c"), "--data-dir", str(tmp_path / "d")]
    process = subprocess.Popen(
        [sys.executable, "-m", "sitbreak", *folders, "settings"], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=3)  # still showing the dialog
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    assert "Traceback" not in output


def test_a_section_without_a_named_group_still_gets_a_tab(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sitbreak.ui import settings_dialog

    extra = SettingKey("focus_mode", "enabled", Switch(), "Hold prompts while focusing.")
    monkeypatch.setattr(settings_dialog, "SCHEMA", (*SCHEMA, extra))
    assert settings_dialog.groups()[-1] == ("focus_mode", "Focus mode")
    assert settings_dialog.label_for(extra) == "Enabled"
