"""With `[app] language = "de"` every window of the ui speaks German: specific German
texts are shown, and no English source text of the ui's own strings is left in any
visible widget (texts, tooltips, accessible names, tabs, menus, combo items).

Set SITBREAK_SCREENSHOTS=DIR to save a picture of each window there (to look at them)."""

from __future__ import annotations

import importlib.util
import itertools
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCommandLinkButton,
    QLabel,
    QMenu,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason, Outcome, Posture, PromptKind
from sitbreak.core.routine_overview import overview
from sitbreak.core.routine_player import Phase
from sitbreak.core.settings import Settings
from sitbreak.core.status import State, Status
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.runtime.translations import Translators, install_translations, uninstall_translations
from sitbreak.storage.database import Database
from sitbreak.storage.settings_edit import SettingsFileStore
from sitbreak.ui.charts import ChartColours
from sitbreak.ui.settings_dialog import SettingsDialog
from sitbreak.ui.stats_window import StatsWindow
from sitbreak.ui.tray import TrayController
from sitbreak.ui.welcome import WelcomeWindow
from sitbreak.ui.windows import build_routine
from tests.support.exercises import shipped_catalogue
from tests.support.waiting import wait_until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ROOT = Path(__file__).resolve().parents[2]
GERMAN_TS = ROOT / "resources" / "translations" / "sitbreak_de.ts"
# The ui's own contexts (the core, desk and CLI texts are checked by their own tests).
UI_CONTEXTS = {
    "App",
    "HistoryChart", "HourChart", "PromptWindow", "RoutineWindow", "SettingEditor",
    "SettingsDialog", "SettingsFileOpener", "SettingsSchema", "StatsWindow", "StatusWindow",
    "TimelineChart", "Tray", "WelcomeWindow", "Windows",
}  # fmt: skip
CET = timezone(timedelta(hours=1))
TODAY = date(2026, 3, 2)


def english_sources() -> set[str]:
    """The ui's English texts whose German differs (a shown one means a miss)."""
    found = set()
    for context in ET.parse(GERMAN_TS).getroot().iter("context"):
        if context.findtext("name") not in UI_CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            forms = [f.text for f in message.iter("numerusform")]
            german = forms or [message.findtext("translation")]
            if source not in german and "%" not in source and len(source) > 2:
                found.add(source)
    return found


ENGLISH = english_sources()


def load_tool():  # a module loaded by path
    spec = importlib.util.spec_from_file_location(
        "sitbreak_translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German .qm compiled from the .ts as it is now (not a stale build output)."""
    out = tmp_path_factory.mktemp("qm")
    load_tool().compile_all(out)
    return out


@pytest.fixture
def german(compiled: Path) -> Iterator[Translators]:
    chosen = install_translations("de", compiled)
    assert chosen.language == "de"
    yield chosen
    uninstall_translations(chosen)
    QLocale.setDefault(QLocale.system())


def texts_of(window: QWidget) -> list[str]:
    """Every text a user (or a screen reader) meets in the window."""
    widgets = [window, *window.findChildren(QWidget)]
    texts = [window.windowTitle()]
    for widget in widgets:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QCommandLinkButton):
            texts.append(widget.description())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts += [a.text() for a in widget.actions()]
            texts += [a.text() for a in widget.actions() if a.menu() for a in a.menu().actions()]
    return [t for t in texts if t]


def english_left(window: QWidget) -> list[str]:
    left = []
    for text in texts_of(window):
        plain = text.replace("&", "")
        left += [source for source in ENGLISH if source == plain or f"<b>{source}</b>" in plain]
    return sorted(set(left))


def shoot(window: QWidget, name: str) -> None:
    folder = os.environ.get("SITBREAK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def show(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)


def test_the_tray_menu_and_status_window_speak_german(german: Translators, qtbot: QtBot) -> None:
    controller = TrayController(
        clock=FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC)),
        tray_available=lambda: False,
        tray_retries=0,
    )
    qtbot.addWidget(controller.status_window)
    controller.set_status(Status(State.SITTING, 38 * 60, 45 * 60, PromptKind.STAND, 7 * 60))
    controller.show_status()
    qtbot.waitExposed(controller.status_window)
    menu = controller.menu.action_texts()
    for german_text in ("Jetzt anspannen", "Jetzt aufstehen", "Ich stehe",
                        "30 Min. pausieren", "Tägliche Übungen …", "Einstellungen …",
                        "Erweitert", "Beenden"):  # fmt: skip
        assert german_text in menu
    assert english_left(controller.menu) == []
    window = controller.status_window
    assert window.squeeze_button.text() == "Jetzt anspannen"
    assert window.standing_button.text() == "Ich stehe"
    assert english_left(window) == []
    shoot(window, "status-window")
    controller.hide()


def test_the_settings_dialog_speaks_german(german: Translators, qtbot: QtBot, tmp_path: Path):
    dialog = SettingsDialog(SettingsFileStore(tmp_path / "settings.toml"))
    show(qtbot, dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Erinnerungen", "Erfassung", "Zeitplan", "Nicht stören", "Training",
                    "Statistik", "Programm"]  # fmt: skip
    texts = texts_of(dialog)
    assert "Sitbreak-Einstellungen" in texts
    assert "Systemsprache" in texts  # the language combo
    assert "Mo" in texts  # the locale's day names
    assert any(t.startswith("Minuten ununterbrochenen Sitzens") for t in texts)
    assert "Abbrechen" in texts  # Qt's own standard buttons, from qtbase_de
    assert english_left(dialog) == []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        shoot(dialog, f"settings-{index}")


def test_the_welcome_speaks_german(german: Translators, qtbot: QtBot) -> None:
    window = WelcomeWindow(Settings(), has_tray=True)
    show(qtbot, window)
    texts = texts_of(window)
    assert "Willkommen bei Sitbreak" in texts
    assert "• <b>Anspannen</b>: alle 20 min Sitzen (Standardwert)" in texts or any(
        t.startswith("• <b>Anspannen</b>: alle ") for t in texts
    )
    assert english_left(window) == []
    shoot(window, "welcome")


@pytest.fixture
def stats_db(tmp_path: Path) -> Path:
    path = tmp_path / "stats.sqlite3"
    clock = FakeClock(datetime(2026, 3, 2, 12, tzinfo=CET), zone=CET)
    db = Database.open(path, clock)

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CET)

    yesterday = TODAY - timedelta(days=1)
    db.save_bout(None, at(yesterday, 9), at(yesterday, 11, 30), Posture.SITTING, EndReason.AWAY)
    db.save_bout(None, at(TODAY, 9), at(TODAY, 9, 50), Posture.SITTING, EndReason.STOOD_UP)
    db.save_bout(None, at(TODAY, 13), at(TODAY, 14, 20), Posture.SITTING, EndReason.LOCK)
    prompt = db.add_prompt(PromptKind.SQUEEZE, at(TODAY, 9, 20), at(TODAY, 9, 20), 0, False)
    db.answer_prompt(prompt, Outcome.ACCEPTED, at(TODAY, 9, 21))
    db.close()
    return path


LEGEND_ENGLISH = {"prompted", "natural", "break", "lock", "suspend", "done", "snoozed",
                  "skipped", "dismissed", "missed", "prompt"}  # fmt: skip


def test_the_stats_window_speaks_german(german: Translators, qtbot: QtBot, stats_db: Path):
    clock = FakeClock(datetime(2026, 3, 2, 15, tzinfo=CET), zone=CET)
    source = Database.open_readonly(stats_db, clock)
    window = StatsWindow(StatsReader(source, clock, lambda: 45 * 60.0, lambda: 6 * 3600.0))
    show(qtbot, window)
    window.resize(820, 500)
    assert window.windowTitle() == "Sitzstatistik - Sitbreak"
    assert window.day_label.text() == "Heute · Montag, 2. März 2026"
    assert window.tabs.tabText(1) == "Verlauf"
    assert window.range_buttons[7].text() == "7 Tage"
    assert window.hour_chart.accessibleDescription().startswith("Am meisten gesessen")
    assert english_left(window) == []
    legend = [  # painted, not a widget's text
        label
        for group in window.timeline_chart._legend_items(ChartColours.for_palette(QPalette()))
        for _colour, label, _dot in group
    ]
    assert "Pause nach Erinnerung" in legend
    assert "Erinnerung erledigt" in legend
    assert not [label for label in legend for word in label.split() if word in LEGEND_ENGLISH]
    shoot(window, "stats-day")
    window.tabs.setCurrentIndex(1)
    assert window.history_chart.accessibleDescription().startswith("7 Tage, davon 2 mit")
    shoot(window, "stats-history")
    source.close()


def test_the_routine_window_speaks_german(german: Translators, qtbot: QtBot) -> None:
    catalogue = shipped_catalogue().catalogue
    clock = FakeClock()
    database = Database.open_in_memory()
    ids = [e.id for e in catalogue.resolve("daily")]
    recorder = RoutineSessionRecorder(database, clock, "daily", "tray", ids)
    window, controller = build_routine(catalogue, "daily", clock, recorder)
    try:
        show(qtbot, window)
        window.resize(900, 640)
        assert window.pause_button.text() == "Anhalten"
        assert window.phase_label.text() == "Bereit machen"
        assert window.progress_label.text().startswith("Übung 1 von ")
        assert english_left(window) == []
        shoot(window, "routine-ready")
        player = controller.player
        while player.current_step.phase is not Phase.HOLD:
            wait = player.seconds_to_next_change()
            assert wait is not None
            clock.advance(wait)
            controller.phase_timer.timeout.emit()
        assert window.phase_label.text() == "Halten"
        assert window.rep_label.text().startswith("Wiederholung 1 von ")
        assert english_left(window) == []
        instructions = window.findChild(QScrollArea)
        assert instructions is not None

        def fits_without_scrolling() -> bool:  # once the area has settled after the resize
            bar_hidden = not instructions.verticalScrollBar().isVisible()
            return bar_hidden and window.cues_label.width() <= instructions.viewport().width()

        wait_until(fits_without_scrolling, what="the cues to fit without scrolling")
        shoot(window, "routine-hold")
        window.resize(window.minimumSizeHint())  # the longer German words still fit
        counters = (window.set_label, window.rep_label, window.side_label)
        stacked = [window.equipment_label, window.start_label, window.cues_label]

        def laid_out_small() -> bool:
            fits = all(c.width() >= c.fontMetrics().horizontalAdvance(c.text()) for c in counters)
            # the instructions scroll rather than run into each other
            apart = all(
                upper.geometry().bottom() < lower.geometry().top()
                and upper.height() >= upper.heightForWidth(upper.width())
                for upper, lower in itertools.pairwise(stacked)
            )
            return fits and apart

        wait_until(laid_out_small, timeout=2, what="counters and instructions to fit")
        shoot(window, "routine-hold-smallest")
    finally:  # a failed check must not leave the player running
        controller.abandon()
        database.close()


def test_the_routine_choice_speaks_german(german: Translators, qtbot: QtBot) -> None:
    from sitbreak.ui.routine_window import RoutineWindow

    catalogue = shipped_catalogue().catalogue
    window = RoutineWindow("Gesäß-Übungsprogramm")
    show(qtbot, window)
    window.resize(900, 640)
    window.show_choices([overview(catalogue, rid, {}) for rid in ("daily", "full")])
    texts = texts_of(window)
    assert "Welches Übungsprogramm heute?" in texts
    assert any(" Satz mit " in t or " Sätze mit " in t for t in texts)
    assert english_left(window) == []
    shoot(window, "routine-choice")


@pytest.mark.parametrize(
    ("locale", "clock", "axis"),
    [("en_US", "9:20 AM", "9 AM"), ("en_GB", "09:20", "09"), ("de_DE", "09:20", "09")],
)
def test_times_follow_the_locale_12_or_24_hours(
    compiled: Path, locale: str, clock: str, axis: str
) -> None:
    from sitbreak.core import i18n
    from sitbreak.ui.charts import hour_label

    QLocale.setDefault(QLocale(locale))
    chosen = install_translations("en", compiled)
    QLocale.setDefault(QLocale(locale))  # the test's locale, whatever the machine's
    try:
        shown = i18n.clock_time(datetime(2026, 3, 2, 9, 20))
        assert shown.replace("\u202f", " ") == clock
        assert hour_label(9).replace("\u202f", " ") == axis
    finally:
        uninstall_translations(chosen)
        QLocale.setDefault(QLocale.system())


def test_the_prompt_window_speaks_german(german: Translators, qtbot: QtBot) -> None:
    from sitbreak.core.prompt_text import prompt_text
    from sitbreak.ui.prompt_window import PromptWindow

    window = PromptWindow()
    qtbot.addWidget(window)
    text = prompt_text(PromptKind.STAND, snooze_minutes=5)
    window.show_prompt(text, 120)
    qtbot.waitExposed(window)
    assert window.time_left.text() == "Schließt in 2:00"
    assert window.close_button.toolTip() == "Schließen (Esc)"
    assert window.progress.accessibleName() == "Zeit, bis sich die Erinnerung schließt"
    assert window.routine_button.text() == "2-Minuten-Routine machen"  # was English
    assert window.guide_button.text() not in ENGLISH
    # The prompt's sentences and answer labels are the core's (translated with it).
    labels = {text.accept_label, text.snooze_label, text.skip_label}
    assert set(english_left(window)) <= labels
    shoot(window, "prompt")
    window.withdraw()
