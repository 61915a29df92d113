"""The settings dialog: every key of the schema, grouped, with the editor its kind needs.

It reads settings.toml, shows each value (the default where the file has none or a bad
one), and on Apply or OK writes only the keys the user changed, through the same file
the running app watches, so the change takes effect at once. A file that is not valid
TOML is not overwritten: the dialog says so and offers the editor. Loaded only when
opened; tomlkit only while writing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.core.setting_values import (
    BadValueError,
    NotTomlError,
    SettingsEditError,
    check,
    file_value,
    typed_value,
)
from sitbreak.core.settings import SCHEMA, SettingKey, Settings
from sitbreak.ui.focus_ring import FOCUS_RING
from sitbreak.ui.setting_editors import SettingEditor, editor_for

log = logging.getLogger(__name__)

# Tabs in this order; a section the schema does not have is left out (holds/"do not
# disturb" is the [respect] section).
GROUPS: tuple[tuple[str, str], ...] = (
    ("prompts", QT_TRANSLATE_NOOP("SettingsDialog", "Reminders")),
    ("tracking", QT_TRANSLATE_NOOP("SettingsDialog", "Tracking")),
    ("schedule", QT_TRANSLATE_NOOP("SettingsDialog", "Schedule")),
    ("respect", QT_TRANSLATE_NOOP("SettingsDialog", "Do not disturb")),
    ("routine", QT_TRANSLATE_NOOP("SettingsDialog", "Routine")),
    ("stats", QT_TRANSLATE_NOOP("SettingsDialog", "Stats")),
    ("app", QT_TRANSLATE_NOOP("SettingsDialog", "App")),
)
LABELS: dict[str, str] = {
    "tracking.away_after_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "A break after"),
    "tracking.sample_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "Read idle time at most every"),
    "prompts.squeeze_every_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Squeeze reminder every"),
    "prompts.stand_after_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Stand-up reminder after"),
    "prompts.snooze_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Snooze for"),
    "prompts.escalate_after_snoozes": QT_TRANSLATE_NOOP("SettingsDialog", "Urgent after snoozes"),
    "prompts.timeout_seconds": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Close an unanswered prompt after"
    ),
    "prompts.style": QT_TRANSLATE_NOOP("SettingsDialog", "Show prompts as"),
    "prompts.chime": QT_TRANSLATE_NOOP("SettingsDialog", "Chime with a prompt"),
    "schedule.work_days": QT_TRANSLATE_NOOP("SettingsDialog", "Work days"),
    "schedule.work_hours": QT_TRANSLATE_NOOP("SettingsDialog", "Work hours"),
    "schedule.quiet_hours": QT_TRANSLATE_NOOP("SettingsDialog", "Quiet hours"),
    "routine.daily_time": QT_TRANSLATE_NOOP("SettingsDialog", "Offer the daily routine"),
    "routine.sound": QT_TRANSLATE_NOOP("SettingsDialog", "Tones during the routine"),
    "stats.daily_sitting_goal_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Daily sitting goal"),
    "app.autostart": QT_TRANSLATE_NOOP("SettingsDialog", "Start when you log in"),
    "app.tray_icon": QT_TRANSLATE_NOOP("SettingsDialog", "Tray icon"),
    "app.language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "respect.fullscreen": QT_TRANSLATE_NOOP("SettingsDialog", "Not over full-screen windows"),
    "respect.calls": QT_TRANSLATE_NOOP("SettingsDialog", "Not during calls"),
    "respect.screen_sharing": QT_TRANSLATE_NOOP("SettingsDialog", "Not while the screen is shared"),
    "respect.desktop_dnd": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Follow the desktop's do not disturb"
    ),
    "respect.grace_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "After a hold, wait"),
}


class SettingsStore(Protocol):
    """The settings file, for the dialog (storage/settings_edit.py's SettingsFileStore)."""

    path: Path

    def file_values(self) -> object:
        """Raises NotTomlError when the file is not TOML, SettingsEditError if unreadable."""
        ...

    def load(self) -> Settings: ...

    def write(self, changes: Mapping[SettingKey, Any]) -> None:
        """Raises BadValueError, NotTomlError or SettingsEditError; the file is then as it was."""
        ...


def groups() -> list[tuple[str, str]]:
    """The tabs: the known groups in order, then any other section of the schema."""
    sections = list(dict.fromkeys(k.section for k in SCHEMA))
    known = [(s, translate("SettingsDialog", title)) for s, title in GROUPS if s in sections]
    named = {s for s, _title in GROUPS}
    return known + [(s, s.replace("_", " ").capitalize()) for s in sections if s not in named]


def label_for(key: SettingKey) -> str:
    label = LABELS.get(f"{key.section}.{key.name}")
    if label is None:
        return key.name.replace("_", " ").capitalize()
    return translate("SettingsDialog", label)


class _Row:
    """An editor with its explanation and the place where a problem is named."""

    def __init__(self, key: SettingKey) -> None:
        self.key = key
        self.editor: SettingEditor = editor_for(key)
        self.help = QLabel(key.explanation())
        self.help.setWordWrap(True)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.problem.hide()
        self.editor.setAccessibleDescription(key.explanation())
        self.editor.setToolTip(key.explanation())


class SettingsDialog(QDialog):
    edit_file_requested = Signal()  # the file is not TOML, or the user wants the editor
    applied = Signal()  # changed keys were written

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Sitbreak settings"))
        self.setStyleSheet(FOCUS_RING)
        self._store = store
        path = store.path
        self._loaded: dict[SettingKey, Any] = {}
        self.rows: dict[SettingKey, _Row] = {}
        self.tabs = QTabWidget()
        self.group_buttons: dict[str, QPushButton] = {}
        for section, title in groups():
            keys = [k for k in SCHEMA if k.section == section]
            self.tabs.addTab(self._group_page(section, keys), title)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.editor_button = QPushButton(translate("SettingsDialog", "Edit settings file…"))
        self.editor_button.setToolTip(str(path))
        self.editor_button.clicked.connect(self._open_editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        restore_all = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore_all.setText(translate("SettingsDialog", "Restore all defaults"))
        restore_all.clicked.connect(lambda: self.restore_defaults(None))
        self._restore_all = restore_all
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.editor_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.reload()

    # -- building ---------------------------------------------------------------------
    def _group_page(self, section: str, keys: list[SettingKey]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key in keys:
            row = _Row(key)
            self.rows[key] = row
            row.editor.changed.connect(self._update_state)
            label = QLabel(label_for(key))
            label.setBuddy(row.editor)
            row.editor.setAccessibleName(label_for(key))
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(row.editor)
            box.addWidget(row.help)
            box.addWidget(row.problem)
            form.addRow(label, box)
        restore = QPushButton(translate("SettingsDialog", "Restore defaults"))
        restore.setToolTip(
            translate("SettingsDialog", "Set the values on this page back to their defaults")
        )
        restore.clicked.connect(lambda: self.restore_defaults(section))
        self.group_buttons[section] = restore
        form.addRow("", restore)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> bool:
        """Show what the file holds now; False (and said) when it is not TOML."""
        try:
            self._store.file_values()
        except NotTomlError as error:
            self._say_not_toml(str(error))
            return False
        except SettingsEditError as error:  # unreadable: the defaults are shown, and why
            unreadable = str(error)
        else:
            unreadable = ""
        settings = self._store.load()
        self._loaded = {key: typed_value(settings, key) for key in SCHEMA}
        for key, row in self.rows.items():
            row.editor.blockSignals(True)
            row.editor.set_value(self._loaded[key])
            row.editor.blockSignals(False)
        self.tabs.setEnabled(True)
        self.tabs.show()
        self._restore_all.setEnabled(True)
        self.editor_button.setText(translate("SettingsDialog", "Edit settings file…"))
        self.message.setStyleSheet("")
        self.say("")
        self._update_state()
        if unreadable:
            self.say(unreadable, problem=True)
        return True

    def _say_not_toml(self, text: str) -> None:
        self.tabs.setEnabled(False)
        self.tabs.hide()  # values it cannot read are not shown as if they were the file's
        self._restore_all.setEnabled(False)
        self._set_buttons(apply=False)
        advice = translate(
            "SettingsDialog",
            "Sitbreak does not overwrite it, so nothing in it is lost. Open it in an editor "
            "and fix it, then open Settings again.",
        )
        self.say(f"{text} {advice}", problem=True)
        self.editor_button.setText(translate("SettingsDialog", "Open in editor…"))
        self.editor_button.setDefault(True)
        self.editor_button.setFocus()

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #d32f2f;" if problem else "")
        self.message.setVisible(bool(text))

    # -- state ------------------------------------------------------------------------
    def changed_values(self) -> dict[SettingKey, Any]:
        """The keys the user changed, with their new typed values."""
        return {
            key: row.editor.value()
            for key, row in self.rows.items()
            if row.editor.value() != self._loaded.get(key)
        }

    def problems(self) -> dict[SettingKey, str]:
        found: dict[SettingKey, str] = {}
        for key, row in self.rows.items():
            problem = row.editor.problem()
            if problem is None:
                try:
                    check(key, file_value(key, row.editor.value()))
                except ValueError as error:
                    problem = str(error)
            if problem is not None:
                found[key] = problem
        return found

    def _update_state(self) -> None:
        problems = self.problems()
        for key, row in self.rows.items():
            row.problem.setText(problems.get(key, ""))
            row.problem.setVisible(key in problems)
        dirty = bool(self.changed_values())
        self._set_buttons(apply=dirty and not problems)
        if problems:
            self.say(
                translate(
                    "SettingsDialog",
                    "Fix the value marked in red first; nothing is saved until then.",
                )
            )
        elif not self.message.styleSheet():
            self.say("")

    def _set_buttons(self, *, apply: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(apply)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            apply or (self.tabs.isEnabled() and not self.problems())
        )

    def restore_defaults(self, section: str | None) -> None:
        """Show the defaults (of one group, or all); written only on Apply or OK."""
        defaults = Settings()
        for key, row in self.rows.items():
            if section is None or key.section == section:
                row.editor.set_value(typed_value(defaults, key))
        self._update_state()

    # -- writing ----------------------------------------------------------------------
    def apply(self) -> bool:
        """Write the changed keys; True when there was nothing to do or all went well."""
        changes = self.changed_values()
        if not changes:
            return True
        if self.problems():
            self._update_state()
            return False
        try:
            self._store.write(changes)
        except NotTomlError as error:
            self._say_not_toml(str(error))
            return False
        except BadValueError as error:
            row = self.rows[error.key]
            row.problem.setText(str(error))
            row.problem.show()
            return False
        except SettingsEditError as error:
            log.error("settings dialog: %s", error)
            self.say(str(error), problem=True)
            return False
        self.message.setStyleSheet("")
        self._loaded.update(changes)
        saved = translate("SettingsDialog", "Saved. Sitbreak uses the new settings now.")
        if any(key.name == "language" for key in changes):
            saved += " " + translate(
                "SettingsDialog", "The new language is used from the next start of Sitbreak."
            )
        self.say(saved)
        self._update_state()
        self.applied.emit()
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _open_editor(self) -> None:
        self.edit_file_requested.emit()
