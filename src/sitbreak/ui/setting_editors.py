"""One editor widget per kind of setting: it shows a typed value and gives one back.

Each editor makes invalid input impossible where it can (ranges, choices, times) and
says in `problem()` what is still wrong (an empty time range). They decide nothing
about files; the settings dialog compares, checks and writes.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, QTime, Signal
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

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from sitbreak.core.prompt_channel import PromptStyle
from sitbreak.core.settings import (
    DAY_NAMES,
    LANGUAGES,
    Choice,
    DailyRange,
    Days,
    Language,
    PromptStyleChoice,
    SettingKey,
    Switch,
    TimeOfDay,
    TimeRange,
    ValueType,
    WholeNumber,
)

# The words of choice keys as shown (the file keeps the English word); translated where shown.
CHOICE_LABELS = {
    "auto": QT_TRANSLATE_NOOP("SettingEditor", "Auto"),
    "window": QT_TRANSLATE_NOOP("SettingEditor", "Window"),
    "notification": QT_TRANSLATE_NOOP("SettingEditor", "Notification"),
    "colour": QT_TRANSLATE_NOOP("SettingEditor", "Colour"),
    "mono": QT_TRANSLATE_NOOP("SettingEditor", "Mono"),
}


def day_label(index: int) -> str:
    """Monday (0) to Sunday (6), short, in the user's language: "Mon", "Mo"."""
    return QLocale().standaloneDayName(index + 1, QLocale.FormatType.ShortFormat)


def choice_label(choice: str) -> str:
    label = CHOICE_LABELS.get(choice)
    return translate("SettingEditor", label) if label else choice.capitalize()


def language_name(code: str) -> str:
    """A language in its own words ("Deutsch"); "" is the system's language."""
    if not code:
        return translate("SettingEditor", "System language")
    if code == "en":
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def choices_of(value_type: ValueType) -> tuple[str, ...]:
    """The words a choice key accepts."""
    if isinstance(value_type, PromptStyleChoice):
        return tuple(style.value for style in PromptStyle)
    assert isinstance(value_type, Choice)
    return value_type.choices


def _unit(key: SettingKey) -> str:
    if key.name.endswith("_minutes"):
        return " " + translate("SettingEditor", "min")
    if key.name.endswith("_seconds"):
        return " " + translate("SettingEditor", "s")
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
        self.box = QCheckBox(translate("SettingEditor", "On"))
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
        for label, choice in self._items(key):
            self.combo.addItem(label, choice)
        self.combo.currentIndexChanged.connect(self.changed)
        self._row.addWidget(self.combo)
        self._row.addStretch(1)
        self.setFocusProxy(self.combo)

    def _items(self, key: SettingKey) -> list[tuple[str, str]]:
        return [(choice_label(choice), choice) for choice in choices_of(key.type)]

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class DaysEditor(SettingEditor):
    def __init__(self, key: SettingKey, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.buttons: dict[str, QToolButton] = {}
        for index, day in enumerate(DAY_NAMES):
            label = day_label(index)
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
        self.on = QCheckBox(translate("SettingEditor", "On, at"))
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
        self.on = QCheckBox(translate("SettingEditor", "On, from"))
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
            self._row.addWidget(QLabel(translate("SettingEditor", "From")))
            self.setFocusProxy(self.start)
        self._row.addWidget(self.start)
        self._row.addWidget(QLabel(translate("SettingEditor", "to")))
        self._row.addWidget(self.end)
        self._row.addStretch(1)
        self.start.setAccessibleName(fill(translate("SettingEditor", "%1 from"), key.name))
        self.end.setAccessibleName(fill(translate("SettingEditor", "%1 to"), key.name))

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
            return translate(
                "SettingEditor",
                "The start and the end are the same time: the range would be empty.",
            )
        return None  # 00:00 to 00:00 is the whole day (00:00-24:00)


class LanguageEditor(ChoiceEditor):
    """ "System language" or a language Sitbreak ships, each in its own words."""

    def _items(self, key: SettingKey) -> list[tuple[str, str]]:
        from sitbreak.runtime.language import shipped_languages

        shipped = shipped_languages()
        codes = ("", *(c for c in LANGUAGES if c == "en" or c in shipped))
        return [(language_name(code), code) for code in codes]

    def set_value(self, value: Any) -> None:
        if self.combo.findData(value) < 0:  # set in the file, not compiled here
            self.combo.addItem(language_name(str(value)), value)
        self.combo.setCurrentIndex(self.combo.findData(value))


EDITORS: dict[type[ValueType], type[SettingEditor]] = {
    WholeNumber: NumberEditor,
    Switch: SwitchEditor,
    Choice: ChoiceEditor,
    PromptStyleChoice: ChoiceEditor,
    Days: DaysEditor,
    TimeOfDay: TimeEditor,
    DailyRange: TimeRangeEditor,
    Language: LanguageEditor,
}


def editor_for(key: SettingKey, parent: QWidget | None = None) -> SettingEditor:
    """The editor for the key's value type (a new type needs an editor here)."""
    return EDITORS[type(key.type)](key, parent)
