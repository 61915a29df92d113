from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.pause import TOMORROW
from sitbreak.core.prompt_text import GNOME_TRAY_HINT, MANUAL_MODE_LINE
from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status
from sitbreak.storage.once import OnceFlag
from sitbreak.ui.tray import TrayController
from tests.support.waiting import wait_until

# Offscreen cannot raise or minimise a window and says so; the xvfb test uses a real server.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SITTING = Status(State.SITTING, 38 * 60 + 10, 45 * 60, PromptKind.STAND, 6 * 60 + 50)
PAUSED = Status(State.PAUSED, 600, 2700, None, None, paused_until=NOW + timedelta(hours=1))
STANDING = Status(State.STANDING, 0, 2700, None, None, standing_seconds=300)
MANUAL_LINE = MANUAL_MODE_LINE
MANUAL = Status(State.SITTING, 600, 2700, PromptKind.SQUEEZE, 300, detection_note="no idle source")


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[TrayController]:
    ctl = TrayController(clock=FakeClock(NOW), tray_available=lambda: False, tray_retries=0)
    qtbot.addWidget(ctl.status_window)
    yield ctl
    ctl.hide()


def open_menu(controller: TrayController) -> list[str]:
    controller.menu.aboutToShow.emit()
    return controller.menu.action_texts()


def test_menu_shows_the_latest_status_when_opened(controller: TrayController) -> None:
    controller.set_status(SITTING)
    texts = open_menu(controller)
    assert texts[0] == "Sitting 38 min · stand-up prompt in 7 min"
    assert not controller.menu.action(texts[0]).isEnabled()
    assert "Resume" not in texts
    assert "I stood up" not in texts
    assert not controller.menu.action("I'm standing").isChecked()
    assert texts[-1] == "Quit"


def test_menu_is_built_when_opened_even_without_a_status_change(
    controller: TrayController,
) -> None:
    controller.set_status(SITTING)
    controller.menu.clear()  # as if something stale were shown
    assert open_menu(controller)[0].startswith("Sitting")


def test_closed_menu_keeps_up_for_hosts_that_skip_about_to_show(
    controller: TrayController,
) -> None:
    controller.set_status(SITTING)
    assert controller.menu.action_texts()[0] == "Sitting 38 min · stand-up prompt in 7 min"
    later = Status(State.SITTING, 40 * 60, 45 * 60, PromptKind.STAND, 5 * 60)
    controller.set_status(later)
    assert controller.menu.action_texts()[0] == "Sitting 40 min · stand-up prompt in 5 min"
    controller.set_status(PAUSED)
    assert "Resume" in controller.menu.action_texts()


def test_resume_only_while_paused(controller: TrayController) -> None:
    controller.set_status(PAUSED)
    texts = open_menu(controller)
    assert texts[0].startswith("Prompts paused until")
    assert "Resume" in texts
    controller.set_status(SITTING)
    assert "Resume" not in open_menu(controller)


def test_standing_is_checked_while_standing(controller: TrayController) -> None:
    controller.set_status(STANDING)
    open_menu(controller)
    assert controller.menu.action("I'm standing").isChecked()


def test_manual_mode_line_and_stood_up(controller: TrayController, qtbot: QtBot) -> None:
    controller.set_status(MANUAL)
    texts = open_menu(controller)
    assert MANUAL_LINE in texts
    assert not any("no idle source" in text for text in texts)  # details stay out of the menu
    with qtbot.waitSignal(controller.intents.stood_up_requested):
        controller.menu.action("I stood up").trigger()


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Squeeze now", "squeeze_now_requested"),
        ("Stand up now", "stand_now_requested"),
        ("Daily routine…", "routine_requested"),
        ("Full routine…", "full_routine_requested"),
        ("Today's stats…", "stats_requested"),
        ("Settings…", "settings_requested"),
        ("Edit settings file", "edit_settings_requested"),
        ("Quit", "quit_requested"),
    ],
)
def test_each_item_emits_its_intent(
    controller: TrayController, qtbot: QtBot, text: str, signal: str
) -> None:
    controller.set_status(SITTING)
    open_menu(controller)
    with qtbot.waitSignal(getattr(controller.intents, signal)):
        controller.menu.action(text).trigger()


def test_resume_emits(controller: TrayController, qtbot: QtBot) -> None:
    controller.set_status(PAUSED)
    open_menu(controller)
    with qtbot.waitSignal(controller.intents.resume_requested):
        controller.menu.action("Resume").trigger()


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Pause for 30 min", timedelta(minutes=30)),
        ("Pause for 1 h", timedelta(hours=1)),
        ("Pause until tomorrow", TOMORROW),
    ],
)
def test_pause_choices(controller: TrayController, qtbot: QtBot, text: str, until: object) -> None:
    controller.set_status(SITTING)
    open_menu(controller)
    with qtbot.waitSignal(controller.intents.pause_requested) as blocker:
        controller.menu.action(text).trigger()
    assert blocker.args == [until]


def test_standing_toggle_carries_the_new_state(controller: TrayController, qtbot: QtBot) -> None:
    controller.set_status(SITTING)
    open_menu(controller)
    with qtbot.waitSignal(controller.intents.standing_toggled) as blocker:
        controller.menu.action("I'm standing").trigger()
    assert blocker.args == [True]
    controller.set_status(STANDING)
    open_menu(controller)
    with qtbot.waitSignal(controller.intents.standing_toggled) as blocker:
        controller.menu.action("I'm standing").trigger()
    assert blocker.args == [False]


def test_the_full_routine_sits_next_to_the_daily_one(controller: TrayController) -> None:
    texts = open_menu(controller)
    assert texts.index("Full routine…") == texts.index("Daily routine…") + 1


def test_the_status_windows_routine_buttons_emit_the_same_intents(
    controller: TrayController, qtbot: QtBot
) -> None:
    window = controller.status_window
    controller.set_status(SITTING)
    with qtbot.waitSignal(controller.intents.routine_requested):
        window.routine_button.click()
    with qtbot.waitSignal(controller.intents.full_routine_requested):
        window.full_routine_button.click()


def test_unwired_features_are_hidden(controller: TrayController) -> None:
    controller.set_available(routine=False, stats=False)
    texts = open_menu(controller)
    assert "Daily routine…" not in texts
    assert "Full routine…" in texts  # still there: only the daily one is missing
    assert "Today's stats…" not in texts
    assert controller.status_window.routine_button.isHidden()
    controller.set_available(full_routine=False)
    assert "Full routine…" not in open_menu(controller)
    assert controller.status_window.full_routine_button.isHidden()


def test_tooltip_tells_state_bout_and_next_prompt(controller: TrayController) -> None:
    controller.set_status(SITTING)
    assert controller.tray.toolTip() == "Sitbreak\nSitting 38 min · stand-up prompt in 7 min"


def test_icon_changes_with_state_and_ring_but_not_every_tick(controller: TrayController) -> None:
    def key() -> int:
        return controller.tray.icon().pixmap(QSize(32, 32)).toImage().cacheKey()

    controller.set_status(SITTING)
    sitting = controller.tray.icon().pixmap(QSize(32, 32)).toImage()
    first = key()
    controller.set_status(Status(State.SITTING, 38 * 60 + 15, 45 * 60, PromptKind.STAND, 405))
    assert key() == first  # same ring step: no new icon
    controller.set_status(STANDING)
    standing = controller.tray.icon().pixmap(QSize(32, 32)).toImage()
    assert standing != sitting
    controller.set_status(Status(State.SITTING, 10 * 60, 45 * 60, PromptKind.STAND, 2100))
    assert controller.tray.icon().pixmap(QSize(32, 32)).toImage() != sitting


def test_without_a_tray_the_status_window_stands_in(
    controller: TrayController, qtbot: QtBot
) -> None:
    controller.set_status(SITTING)
    controller.start()
    window = controller.status_window
    qtbot.waitExposed(window)
    assert not controller.has_tray
    assert "no system tray" in window.reason.text()
    assert window.summary.text() == "Sitting 38 min"
    assert window.prompt_line.text() == "Next: stand-up prompt in 7 min"
    window.close()  # closing would strand the user: it only minimises
    assert window.isVisible()
    assert window.isMinimized()
    with qtbot.waitSignal(controller.intents.squeeze_now_requested):
        window.squeeze_button.click()
    with qtbot.waitSignal(controller.intents.standing_toggled) as blocker:
        window.standing_button.click()
    assert blocker.args == [True]


def test_status_window_buttons_follow_the_state(controller: TrayController, qtbot: QtBot) -> None:
    window = controller.status_window
    controller.set_status(PAUSED)  # while hidden: shown when the window opens
    controller.show_status()
    qtbot.waitExposed(window)
    assert window.summary.text().startswith("Prompts paused")
    assert window.resume_button.isEnabled()
    with qtbot.waitSignal(controller.intents.resume_requested):
        window.resume_button.click()
    controller.set_status(MANUAL)
    assert not window.resume_button.isEnabled()  # there, greyed: nothing moves
    assert window.manual.text() == MANUAL_LINE
    assert window.details.isHidden()  # the backends' reasons only on request
    window.details_button.click()
    assert window.details.isVisible()
    assert window.details.text() == "no idle source"
    with qtbot.waitSignal(controller.intents.stood_up_requested):
        window.stood_up_button.click()
    controller.set_status(PAUSED)  # detection works again: no manual line, no details
    assert window.details_button.isHidden()
    assert window.details.isHidden()


def test_the_gnome_tray_hint_is_shown_on_the_first_run_only(qtbot: QtBot, tmp_path) -> None:
    flag = OnceFlag(tmp_path / "data" / "tray-hint-shown")

    def hint() -> str | None:
        return GNOME_TRAY_HINT if flag.first_time() else None

    for expected in (True, False):
        ctl = TrayController(clock=FakeClock(NOW), tray_available=lambda: False,
                             tray_retries=0, tray_hint=hint)  # fmt: skip
        qtbot.addWidget(ctl.status_window)
        ctl.start()
        qtbot.waitExposed(ctl.status_window)
        text = ctl.status_window.reason.text()
        assert text.startswith("This desktop has no system tray")
        assert ("AppIndicator extension" in text) is expected
        ctl.status_window.hide()


def test_notifications_go_to_the_status_window_without_a_tray(
    controller: TrayController, qtbot: QtBot
) -> None:
    controller.show_message("Squeeze your glutes", "Hold 5 s <3 10 times")
    qtbot.waitExposed(controller.status_window)
    assert "Hold 5 s &lt;3 10 times" in controller.status_window.message.text()


def test_icon_click_shows_the_status(controller: TrayController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.icon_clicked):
        controller.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitExposed(controller.status_window)
    assert controller.icon_geometry().isEmpty()


def test_a_tray_that_appears_later_takes_over(qtbot: QtBot) -> None:
    available = [False]
    ctl = TrayController(
        clock=FakeClock(NOW), tray_available=lambda: available[0], tray_retry_ms=10, tray_retries=50
    )
    qtbot.addWidget(ctl.status_window)
    shown: list[bool] = []
    ctl.tray.show = lambda: shown.append(True)  # type: ignore[method-assign]
    ctl.start()
    qtbot.waitExposed(ctl.status_window)
    available[0] = True
    wait_until(lambda: shown == [True])
    assert not ctl.status_window.isVisible()
    assert ctl.status_window.reason.isHidden()


def test_showing_the_icon_leaves_qts_pixmap_cache_empty(qtbot: QtBot) -> None:
    # A cache holding pixmaps runs a flush timer that wakes the app every 10-30 s.
    ctl = TrayController(clock=FakeClock(NOW), tray_available=lambda: True)
    ctl.tray.show = lambda: None  # type: ignore[method-assign]  # no tray host offscreen
    pixmap = QPixmap(22, 22)
    key = QPixmapCache.insert(pixmap)  # what rendering the window icon leaves there
    ctl.start()
    wait_until(lambda: QPixmapCache.find(key) is None)


def test_the_menu_and_the_status_window_emit_on_one_intents_object(
    controller: TrayController, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Signal

    from sitbreak.ui.status_window import StatusWindow
    from sitbreak.ui.tray import TrayMenu

    # Declared once: neither surface has intent signals of its own.
    for surface in (TrayMenu, StatusWindow, TrayController):
        own = [n for n, v in vars(surface).items() if isinstance(v, Signal)]
        assert not [n for n in own if n.endswith(("_requested", "_toggled"))], surface
    controller.set_status(SITTING)
    open_menu(controller)
    received: list[str] = []
    controller.intents.stand_now_requested.connect(lambda: received.append("stand"))
    controller.menu.action("Stand up now").trigger()
    controller.status_window.stand_button.click()
    assert received == ["stand", "stand"]


def test_a_click_on_a_tray_message_is_told(controller: TrayController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.message_clicked):
        controller.tray.messageClicked.emit()


def test_mono_tray_icon_setting_redraws_the_icon_in_one_colour(
    controller: TrayController,
) -> None:
    def hues() -> set[int]:
        image = controller.tray.icon().pixmap(QSize(22, 22)).toImage()
        return {
            image.pixelColor(x, y).hslHue()
            for y in range(22)
            for x in range(22)
            if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).hslSaturation() > 60
        }

    controller.set_status(SITTING)
    assert hues()  # the coloured ring
    controller.set_icon_style("mono")
    assert hues() == set()
    controller.set_icon_style("colour")
    assert hues()


def test_while_starting_only_quit_can_be_clicked_then_all_items_can(
    controller: TrayController, qtbot: QtBot
) -> None:
    """Before the first status nothing would act on a click, so the items are greyed
    rather than lost (a "Pause for 1 h" that silently did nothing); Quit works."""
    menu = controller.menu
    texts = open_menu(controller)
    assert texts[0] == "Starting…"
    greyed = [text for text in texts if not menu.action(text).isEnabled()]
    assert greyed == [text for text in texts if text != "Quit"]
    with qtbot.assertNotEmitted(controller.intents.pause_requested):
        menu.action("Pause for 1 h").trigger()
    with qtbot.waitSignal(controller.intents.quit_requested):
        menu.action("Quit").trigger()
    controller.set_status(SITTING)
    texts = open_menu(controller)
    assert [text for text in texts if not menu.action(text).isEnabled()] == [texts[0]]
    assert menu.action("Advanced").isEnabled()


def test_an_open_starting_menu_enables_its_items_at_the_first_status(
    controller: TrayController, qtbot: QtBot
) -> None:
    menu = controller.menu
    menu.popup(menu.pos())
    qtbot.waitUntil(menu.isVisible)
    assert not menu.action("Squeeze now").isEnabled()
    controller.set_status(SITTING)
    assert menu.action("Squeeze now").isEnabled()
    assert menu.action("Pause for 1 h").isEnabled()
    menu.hide()


def test_the_status_window_greys_its_buttons_until_the_first_status(
    controller: TrayController,
) -> None:
    window = controller.status_window
    window.show()
    buttons = [window.squeeze_button, window.stand_button, window.standing_button]
    buttons += [window.routine_button, window.full_routine_button, window.settings_button]
    assert not any(button.isEnabled() for button in buttons)
    assert window.menu_button.isEnabled()  # its menu's Quit works from the first moment
    controller.set_status(SITTING)
    assert all(button.isEnabled() for button in buttons)
