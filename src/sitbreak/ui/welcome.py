"""The first-start welcome: what Sitbreak does, the three settings that shape it, where
its icon lives, and a way into the settings. Shown once (the app remembers it).

Loaded only on a first start: the tray pays nothing for it afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from sitbreak.core.prompt_text import format_duration
from sitbreak.core.settings import Settings
from sitbreak.core.status import State
from sitbreak.ui.focus_ring import FOCUS_RING
from sitbreak.ui.tray_icon import IconLook, render_image

# Translated where shown (the translator is installed after this module is imported).
WHAT_IT_DOES = QT_TRANSLATE_NOOP(
    "WelcomeWindow",
    "Sitbreak counts how long you sit without a break, from your keyboard and mouse "
    "activity. It reminds you to squeeze your glutes now and then and to stand up "
    "before you have sat too long, and it shows a short glute routine to do once a day. "
    "Everything stays on this computer.",
)
WHERE_TRAY = QT_TRANSLATE_NOOP(
    "WelcomeWindow",
    "Sitbreak lives in the system tray, in a corner of your panel: the round icon with a "
    "seated figure. Its ring fills as you sit. Click it to see how long you have been "
    "sitting; right-click it for the menu.",
)
WHERE_NO_TRAY = QT_TRANSLATE_NOOP(
    "WelcomeWindow",
    "This desktop has no system tray, so a small Sitbreak window stands in for the icon. "
    "Minimise it when you like; closing it does not stop Sitbreak.",
)


def _default_note(value: float, default: float) -> str:
    if value == default:
        return translate("WelcomeWindow", "(the default)")
    return fill(translate("WelcomeWindow", "(default %1)"), format_duration(default))


def key_settings(settings: Settings) -> list[tuple[str, str]]:
    """The three settings a new user should know, with their values and defaults."""
    default = Settings()
    squeeze = settings.prompts.squeeze_every_minutes * 60
    stand = settings.prompts.stand_after_minutes * 60
    away = settings.tracking.away_after_seconds
    squeeze_note = _default_note(squeeze, default.prompts.squeeze_every_minutes * 60)
    stand_note = _default_note(stand, default.prompts.stand_after_minutes * 60)
    away_note = _default_note(away, default.tracking.away_after_seconds)
    return [
        (
            translate("WelcomeWindow", "Squeeze reminder"),
            fill(
                translate("WelcomeWindow", "every %1 of sitting %2"),
                format_duration(squeeze),
                squeeze_note,
            ),
        ),
        (
            translate("WelcomeWindow", "Stand-up reminder"),
            fill(
                translate("WelcomeWindow", "after %1 of sitting %2"),
                format_duration(stand),
                stand_note,
            ),
        ),
        (
            translate("WelcomeWindow", "A break"),
            fill(
                translate("WelcomeWindow", "after %1 without keyboard or mouse input %2"),
                format_duration(away),
                away_note,
            ),
        ),
    ]


class WelcomeWindow(QWidget):
    settings_requested = Signal()
    closed = Signal()

    def __init__(self, settings: Settings, has_tray: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setWindowTitle(translate("WelcomeWindow", "Welcome to Sitbreak"))
        self.setStyleSheet(FOCUS_RING)
        title = QLabel(translate("WelcomeWindow", "Welcome to Sitbreak"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.what = QLabel(translate("WelcomeWindow", WHAT_IT_DOES))
        self.what.setWordWrap(True)
        self.settings_intro = QLabel(translate("WelcomeWindow", "Three settings shape it:"))
        self.settings_lines = [
            QLabel(f"• <b>{name}</b>: {value}") for name, value in key_settings(settings)
        ]
        self.icon = QLabel()
        self.icon.setPixmap(QPixmap.fromImage(render_image(IconLook(State.SITTING, 10), 32)))
        self.icon.setAccessibleName(translate("WelcomeWindow", "The Sitbreak tray icon"))
        self.icon.setVisible(has_tray)
        self.where = QLabel(translate("WelcomeWindow", WHERE_TRAY if has_tray else WHERE_NO_TRAY))
        self.where.setWordWrap(True)
        self.settings_button = QPushButton(translate("WelcomeWindow", "Open settings…"))
        self.settings_button.clicked.connect(self._open_settings)
        self.start_button = QPushButton(translate("WelcomeWindow", "Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.close)

        where = QHBoxLayout()
        where.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        where.addWidget(self.where, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.what)
        layout.addSpacing(6)
        layout.addWidget(self.settings_intro)
        for line in self.settings_lines:
            layout.addWidget(line)
        layout.addSpacing(6)
        layout.addLayout(where)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.start_button, self.settings_button)
        self.start_button.setFocus()
        self.what.setMinimumWidth(460)

    def _open_settings(self) -> None:
        self.settings_requested.emit()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            (focused if isinstance(focused, QPushButton) else self.start_button).click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
