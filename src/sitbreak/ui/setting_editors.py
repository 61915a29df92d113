"""One editor widget per kind of setting: it shows a typed value and gives one back.

Each editor makes invalid input impossible where it can (ranges, choices, times) and
says in `problem()` what is still wrong (an empty time range). They decide nothing
about files; the settings dialog compares, checks and writes.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from sitbreak.core.prompt_channel import PromptStyle
from sitbreak.core.settings import (
    DAY_NAMES,
    Choice,
    DailyRange,
    Days,
    PromptStyleChoice,
    SettingKey,
    Switch,
    TimeOfDay,
    TimeRange,
    ValueType,
    WholeNumber,
)

DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def choices_of(value_type: ValueType) -> tuple[str, ...]:
    """The words a choice key accepts."""
    if isinstance(value_type, PromptStyleChoice):
        return tuple(style.value for style in PromptStyle)
    assert isinstance(value_type, Choice)
    return value_type.choices


def _unit(key: SettingKey) -> str:
    if key.name.endswith("_minutes"):
        return " min"
    if key.name.endswith("_seconds"):
        return " s"
    return ""


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SettingEditor(QWidget):
    """The base: a row widget with `value()`, `set_value()` and `changed`."""

    changed = Signal()

    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """What makes the shown value unusable, in words; None when it is fine."""
        return None


class NumberEditor(SettingEditor):
    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.spin = QSpinBox()
        assert isinstance(key.type, WholeNumber)
        self.spin.setRange(key.type.minimum, key.type.maximum)
        self.spin.setSuffix(_unit(key))
        self.spin.setAccelerated(True)
        self.spin.valueChanged.connect(self.changed)
        self._row.addWidget(self.spin)
        self._row.addStretch(1)
        self.setFocusProxy(self.spin)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))


class SwitchEditor(SettingEditor):
    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.box = QCheckBox("On")
        self.box.toggled.connect(self.changed)
        self._row.addWidget(self.box)
        self._row.addStretch(1)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(SettingEditor):
    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.combo = QComboBox()
        for choice in choices_of(key.type):
            self.combo.addItem(choice.capitalize(), choice)
        self.combo.currentIndexChanged.connect(self.changed)
        self._row.addWidget(self.combo)
        self._row.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class DaysEditor(SettingEditor):
    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.buttons: dict[str, QToolButton] = {}
        for day, label in zip(DAY_NAMES, DAY_LABELS, strict=True):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.toggled.connect(self.changed)
            self._row.addWidget(button)
            self.buttons[day] = button
        self._row.addStretch(1)
        self.setFocusProxy(self.buttons[DAY_NAMES[0]])
        # A chosen day in the theme's highlight: some styles hardly show a checked button.
        self.setStyleSheet(
            "QToolButton { padding: 3px 7px; border: 1px solid palette(mid);"
            " border-radius: 3px; background: palette(button); color: palette(button-text); }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
            "QToolButton:focus { border: 2px solid palette(highlight); }"
        )

    def value(self) -> tuple[str, ...]:
        return tuple(day for day in DAY_NAMES if self.buttons[day].isChecked())

    def set_value(self, value: Any) -> None:
        for day, button in self.buttons.items():
            button.setChecked(day in value)


class TimeEditor(SettingEditor):
    """A time of day that may be off (None)."""

    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.on = QCheckBox("On, at")
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.on.toggled.connect(self.edit.setEnabled)
        self.on.toggled.connect(self.changed)
        self.edit.timeChanged.connect(self.changed)
        self._row.addWidget(self.on)
        self._row.addWidget(self.edit)
        self._row.addStretch(1)
        self.setFocusProxy(self.on)

    def value(self) -> time | None:
        return _time(self.edit.time()) if self.on.isChecked() else None

    def set_value(self, value: Any) -> None:
        self.on.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setTime(_qtime(value))


class TimeRangeEditor(SettingEditor):
    """From-to times; an end of 00:00 means midnight (24:00). Optional ones may be off."""

    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.optional = isinstance(key.type, DailyRange) and key.type.optional
        self.on = QCheckBox("On, from")
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self.changed)
        self.on.toggled.connect(self._enable)
        self.on.toggled.connect(self.changed)
        if self.optional:
            self._row.addWidget(self.on)
            self.setFocusProxy(self.on)
        else:
            self._row.addWidget(QLabel("From"))
            self.setFocusProxy(self.start)
        self._row.addWidget(self.start)
        self._row.addWidget(QLabel("to"))
        self._row.addWidget(self.end)
        self._row.addStretch(1)
        self.start.setAccessibleName(f"{key.name} from")
        self.end.setAccessibleName(f"{key.name} to")

    def _enable(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def _range(self) -> TimeRange | None:
        if self.optional and not self.on.isChecked():
            return None
        start, end = _time(self.start.time()), _time(self.end.time())
        return TimeRange(start, None if end == time(0) else end)

    def value(self) -> TimeRange | None:
        return self._range()

    def set_value(self, value: Any) -> None:
        on = value is not None
        self.on.setChecked(on)
        self._enable(on or not self.optional)
        if value is not None:
            self.start.setTime(_qtime(value.start))
            self.end.setTime(_qtime(value.end or time(0)))

    def problem(self) -> str | None:
        shown = self._range()
        if shown is not None and shown.end is not None and shown.start == shown.end:
            return "The start and the end are the same time: the range would be empty."
        return None  # 00:00 to 00:00 is the whole day (00:00-24:00)


EDITORS: dict[type[ValueType], type[SettingEditor]] = {
    WholeNumber: NumberEditor,
    Switch: SwitchEditor,
    Choice: ChoiceEditor,
    PromptStyleChoice: ChoiceEditor,
    Days: DaysEditor,
    TimeOfDay: TimeEditor,
    DailyRange: TimeRangeEditor,
}


def editor_for(key: SettingKey, parent: QWidget | None = None) -> SettingEditor:
    """The editor for the key's value type (a new type needs an editor here)."""
    return EDITORS[type(key.type)](key, parent)
