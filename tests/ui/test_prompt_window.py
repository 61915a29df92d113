from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import PromptKind
from sitbreak.ui.prompt_window import PromptWindow
from tests.support.waiting import wait_until

# Offscreen cannot raise a window and says so; the xvfb test uses a real server.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SQUEEZE = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5)
STAND = prompt_text(PromptKind.STAND, snooze_minutes=5, sitting_seconds=47 * 60)
URGENT = prompt_text(
    PromptKind.STAND, snooze_minutes=2, urgent=True, snooze_count=3, sitting_seconds=80 * 60
)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[PromptWindow]:
    win = PromptWindow()
    qtbot.addWidget(win)
    yield win
    win.withdraw()


def shown(window: PromptWindow, qtbot: QtBot, text=SQUEEZE, timeout: float = 60) -> PromptWindow:
    window.show_prompt(text, timeout)
    qtbot.waitExposed(window)
    return window


def running_timers(window: PromptWindow) -> list[QTimer]:
    return [t for t in window.findChildren(QTimer) if t.isActive()]


def test_shows_the_squeeze_instruction(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    assert window.title.text() == "Squeeze your glutes"
    assert "hold 5 s" in window.instruction.text()
    assert window.snooze_button.text() == "Snooze 5 min"
    assert window.guide_button.isVisible()
    assert not window.routine_button.isVisible()
    assert window.time_left.text() == "Closes in 1:00"
    assert window.prompt == SQUEEZE


def test_stand_prompt_offers_the_routine(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot, STAND)
    assert window.routine_button.isVisible()
    assert not window.guide_button.isVisible()
    assert window.done_button.text() == "I stood up"
    with qtbot.waitSignal(window.routine_requested):
        window.routine_button.click()
    assert not window.isVisible()


def test_unwired_features_are_hidden(window: PromptWindow, qtbot: QtBot) -> None:
    window.set_available(routine=False, guide=False)
    shown(window, qtbot, STAND)
    assert not window.routine_button.isVisible()
    window.withdraw()
    shown(window, qtbot, SQUEEZE)
    assert not window.guide_button.isVisible()


@pytest.mark.parametrize(
    ("button", "signal", "args"),
    [
        ("done_button", "accepted", []),
        ("snooze_button", "snoozed", [5]),
        ("skip_button", "skipped", []),
        ("close_button", "dismissed", []),
        ("guide_button", "guide_requested", []),
    ],
)
def test_buttons_answer_once_and_close(
    window: PromptWindow, qtbot: QtBot, button: str, signal: str, args: list[object]
) -> None:
    shown(window, qtbot)
    answers: list[str] = []
    for name in ("accepted", "snoozed", "skipped", "dismissed", "timed_out", "guide_requested"):
        getattr(window, name).connect(lambda *a, name=name: answers.append(name))
    with qtbot.waitSignal(getattr(window, signal)) as blocker:
        getattr(window, button).click()
    assert blocker.args == args
    assert not window.isVisible()
    window.accept()  # a late key press after closing changes nothing
    assert answers == [signal]
    assert running_timers(window) == []


def test_urgent_snooze_is_shorter_and_looks_urgent(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot, SQUEEZE)
    calm_style = window.styleSheet()
    window.withdraw()
    shown(window, qtbot, URGENT)
    assert window.styleSheet() != calm_style
    assert "#e64a19" in window.styleSheet()
    assert window.title.text() == "Please stand up now"
    with qtbot.waitSignal(window.snoozed) as blocker:
        window.snooze_button.click()
    assert blocker.args == [2]


@pytest.mark.parametrize(
    ("key", "signal"),
    [
        (Qt.Key.Key_Return, "accepted"),
        (Qt.Key.Key_Enter, "accepted"),
        (Qt.Key.Key_Escape, "dismissed"),
    ],
)
def test_keyboard(window: PromptWindow, qtbot: QtBot, key: Qt.Key, signal: str) -> None:
    shown(window, qtbot)
    with qtbot.waitSignal(getattr(window, signal)):
        qtbot.keyClick(window, key)


def focus_on(window: PromptWindow, qtbot: QtBot) -> None:
    """The user comes to the prompt (a click on it, Alt+Tab)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_once_focused_tab_moves_through_the_answers_and_return_presses_one(
    window: PromptWindow, qtbot: QtBot
) -> None:
    shown(window, qtbot, STAND)
    focus_on(window, qtbot)
    assert window.focusWidget() is window.done_button  # Return = Done to begin with
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        window.done_button,
        window.snooze_button,
        window.skip_button,
        window.routine_button,
    ]
    assert QApplication.focusWidget() is window.close_button  # the × comes last
    qtbot.keyClick(window.close_button, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.snooze_button.hasFocus()
    with qtbot.waitSignal(window.snoozed) as blocker:
        qtbot.keyClick(window.snooze_button, Qt.Key.Key_Return)
    assert blocker.args == [5]


def test_space_presses_the_focused_answer(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    focus_on(window, qtbot)
    qtbot.keyClick(window.done_button, Qt.Key.Key_Tab)
    qtbot.keyClick(window.snooze_button, Qt.Key.Key_Tab)
    assert window.skip_button.hasFocus()
    with qtbot.waitSignal(window.skipped):
        qtbot.keyClick(window.skip_button, Qt.Key.Key_Space)


def test_a_prompt_does_not_take_the_keyboard_from_what_the_user_types_in(
    window: PromptWindow, qtbot: QtBot
) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.setFocus()
    qtbot.keyClicks(editor, "hello")
    shown(window, qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), " world")
    assert editor.text() == "hello world"
    assert QApplication.activeWindow() is editor
    assert window.prompt is not None  # still up, unanswered


def test_the_prompt_is_named_for_screen_readers(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    assert window.accessibleName() == "Squeeze your glutes"
    assert "hold 5 s" in window.accessibleDescription()
    assert window.close_button.accessibleName() == "Dismiss"


def test_closes_itself_after_the_timeout(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot, timeout=0.2)
    assert len(running_timers(window)) == 2
    with qtbot.waitSignal(window.timed_out, timeout=3000):
        pass
    assert not window.isVisible()
    assert running_timers(window) == []
    assert window.prompt is None


def test_countdown_moves(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot, timeout=3)
    start = window.progress.value()
    wait_until(lambda: window.time_left.text() == "Closes in 0:02", timeout=3)
    assert window.progress.value() < start


def test_shows_without_taking_focus(window: PromptWindow) -> None:
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert not flags & Qt.WindowType.WindowDoesNotAcceptFocus  # Return must work once clicked


def test_placed_inside_the_available_screen_corner(window: PromptWindow, qtbot: QtBot) -> None:
    shown(window, qtbot)
    area = window.screen().availableGeometry()
    frame = window.geometry()
    assert area.contains(frame)
    assert frame.right() > area.center().x()
    assert frame.bottom() > area.center().y()


@pytest.mark.parametrize(
    "anchor",
    [QRect(10_000, -50, 22, 22), QRect(-40, 30_000, 22, 22)],
    ids=["top-right-off-screen", "bottom-left-off-screen"],
)
def test_placement_stays_inside_even_for_an_odd_tray_geometry(
    window: PromptWindow, anchor: QRect
) -> None:
    area = window.screen().availableGeometry()
    size = window.size()
    corner = window.placement(size, anchor)
    assert area.contains(QRect(corner, size))


def test_placement_next_to_a_tray_icon_at_the_top(window: PromptWindow) -> None:
    area = window.screen().availableGeometry()
    icon = QRect(area.right() - 100, area.top(), 22, 22)
    size = window.size()
    corner = window.placement(size, icon)
    assert corner.y() > icon.bottom()
    assert corner.x() + size.width() - 1 == icon.right()


def test_the_focus_ring_takes_a_high_contrast_themes_colours(
    window: PromptWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtGui import QColor, QPalette

    saved = qapp.palette()
    contrast = QPalette(saved)
    for role, colour in [
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
    ]:
        contrast.setColor(role, QColor(colour))
    qapp.setPalette(contrast)
    try:
        shown(window, qtbot)
        focus_on(window, qtbot)
        image = window.grab().toImage()
        ring = window.done_button.geometry()
        edge = image.pixelColor(ring.left() + 1, ring.center().y())
        inside = image.pixelColor(ring.left() + 8, ring.top() + 8)
        assert edge.name() == "#ffff00"  # the theme's highlight marks the focus
        assert inside.name() == "#000000"  # the theme's button colour, not a fixed one
    finally:
        qapp.setPalette(saved)
