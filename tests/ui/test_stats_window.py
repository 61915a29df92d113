"""The stats window over a real SQLite database in a temp dir."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from sitbreak.core.clock import FakeClock
from sitbreak.core.records import EndReason, ExerciseResult, Outcome, Posture, PromptKind
from sitbreak.core.records import SessionStatus as Status
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.storage.database import Database
from sitbreak.ui.charts import ChartColours, day_tooltip
from sitbreak.ui.stats_window import StatsWindow
from tests.support.waiting import wait_until

CET = timezone(timedelta(hours=1))
TODAY = date(2026, 3, 2)
YESTERDAY = TODAY - timedelta(days=1)

# Showing a window offscreen logs this once; it says nothing about the window.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def cet(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=CET)


CET_CLOCK = FakeClock(zone=CET)  # where the records are written


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Yesterday: 2 h 30 min in one bout. Today: 50 + 20 min, prompts, a routine."""
    path = tmp_path / "data" / "sitbreak.sqlite3"
    db = Database.open(path, CET_CLOCK)
    db.save_bout(None, cet(YESTERDAY, 9), cet(YESTERDAY, 11, 30), Posture.SITTING, EndReason.AWAY)
    db.save_bout(None, cet(TODAY, 9), cet(TODAY, 9, 50), Posture.SITTING, EndReason.STOOD_UP)
    db.save_bout(None, cet(TODAY, 10), cet(TODAY, 10, 20), Posture.SITTING, EndReason.LOCK)
    for shown, outcome in [(cet(TODAY, 9, 20), Outcome.ACCEPTED), (cet(TODAY, 9, 40), None)]:
        pid = db.add_prompt(PromptKind.SQUEEZE, shown, shown, 0, False)
        if outcome is not None:
            db.answer_prompt(pid, outcome, shown)
    pid = db.add_prompt(PromptKind.SQUEEZE, cet(TODAY, 10, 5), cet(TODAY, 10, 5), 0, False)
    db.answer_prompt(pid, Outcome.SNOOZED, cet(TODAY, 10, 6))
    sid = db.start_routine_session("daily", "tray", cet(TODAY, 11), ["bridge", "clam_shell"])
    db.update_routine_session(
        sid,
        Status.COMPLETED,
        [ExerciseResult("bridge", 3, 36, True), ExerciseResult("clam_shell", 3, 33, True)],
        cet(TODAY, 11, 15),
    )
    db.close()
    return path


@pytest.fixture
def window(qtbot, db_path: Path) -> Iterator[StatsWindow]:
    source = Database.open_readonly(db_path, CET_CLOCK)
    clock = FakeClock(cet(TODAY, 12), zone=CET)
    reader = StatsReader(source, clock, lambda: 45 * 60.0, lambda: 6 * 3600.0)
    win = StatsWindow(reader)
    qtbot.addWidget(win)
    win.resize(820, 480)
    win.show()
    qtbot.waitExposed(win)
    yield win
    source.close()


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Dates and times follow the locale: these tests read them in British English."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


def card(win: StatsWindow, title: str) -> tuple[str, str]:
    widget = win.cards[title]
    return widget.value_text().replace("\u00a0", " "), widget.detail_text().replace("\u00a0", " ")


def test_today_cards_show_the_days_numbers(window: StatsWindow) -> None:
    assert window.day_label.text() == "Today · Monday, 2 March 2026"
    assert card(window, "Sitting") == ("1 h 10 min", "goal: under 6 h")
    assert card(window, "Longest bout") == ("50 min", "1 bout over 45 min")
    assert card(window, "Breaks") == ("2", "1 prompted · 0 natural · 1 lock")
    assert card(window, "Squeezes") == ("1", "1 of 2 prompts done")
    assert card(window, "Routine") == ("Done", "2 exercises done")
    assert not window.next_button.isEnabled()
    assert not window.today_button.isEnabled()
    assert window.timeline_chart._now == cet(TODAY, 12)  # today shows where "now" is


def test_timeline_shows_bouts_breaks_and_prompts_of_the_day(window: StatsWindow) -> None:
    timeline = window.timeline_chart._timeline
    assert timeline is not None
    assert [(b.start.time().isoformat(), b.over_limit) for b in timeline.bouts] == [
        ("09:00:00", True),
        ("10:00:00", False),
    ]
    # Yesterday's break ran all night: a stub on yesterday. The lock break lasts until now.
    assert [(b.start, b.end) for b in timeline.breaks] == [
        (cet(TODAY, 9, 50), cet(TODAY, 10)),
        (cet(TODAY, 10, 20), cet(TODAY, 12)),
    ]
    assert [p.outcome for p in timeline.prompts] == [Outcome.ACCEPTED, None, Outcome.SNOOZED]
    assert window.hour_chart._hours[9] == 50 * 60


def test_clicking_a_history_bar_shows_that_day(qtbot, window: StatsWindow) -> None:
    window.tabs.setCurrentIndex(1)
    chart = window.history_chart
    days = [d.day for d in chart._days]
    assert days == [TODAY - timedelta(days=i) for i in range(6, -1, -1)]
    yesterday_bar = chart.bar_rect(days.index(YESTERDAY)).center().toPoint()

    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=yesterday_bar)

    assert window.tabs.currentIndex() == 0
    assert window.day_label.text() == "Yesterday · Sunday, 1 March 2026"
    assert card(window, "Sitting")[0] == "2 h 30 min"
    assert card(window, "Longest bout") == ("2 h 30 min", "1 bout over 45 min")
    assert card(window, "Routine")[0] == "None"  # the day is over: not "not yet"
    assert window.next_button.isEnabled()
    assert chart._selected == YESTERDAY
    assert window.timeline_chart._now is None
    assert day_tooltip(chart._days[days.index(YESTERDAY)]) == (
        "Sun 1 Mar: 2 h 30 min sitting, longest bout 2 h 30 min\n"
        "1 break · 0 squeezes · routine not done"
    )


def test_day_buttons_step_through_days_and_back_to_today(qtbot, window: StatsWindow) -> None:
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.shown_day() == YESTERDAY
    qtbot.mouseClick(window.today_button, Qt.MouseButton.LeftButton)
    assert window.shown_day() == TODAY
    assert card(window, "Sitting")[0] == "1 h 10 min"


def test_thirty_days_button_shows_thirty_bars(qtbot, window: StatsWindow) -> None:
    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(window.range_buttons[30], Qt.MouseButton.LeftButton)
    assert len(window.history_chart._days) == 30
    assert window.summary_label.text().startswith("Average 1 h 50 min sitting a day")
    assert "Routine streak: 1 day" in window.summary_label.text()


def test_refresh_picks_up_a_new_bout(window: StatsWindow, db_path: Path) -> None:
    app_db = Database.open(db_path, CET_CLOCK)
    try:
        app_db.save_bout(None, cet(TODAY, 11, 20), cet(TODAY, 11, 55), Posture.SITTING, None)
        assert card(window, "Sitting")[0] == "1 h 10 min"  # no polling: unchanged until told
        window.refresh()
    finally:
        app_db.close()
    assert card(window, "Sitting")[0] == "1 h 45 min"
    assert window.history_chart._days[-1].sitting_seconds == 105 * 60


def test_an_empty_history_shows_zeros_without_failing(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    Database.open(path).close()
    source = Database.open_readonly(path, CET_CLOCK)
    reader = StatsReader(
        source, FakeClock(cet(TODAY, 12), zone=CET), lambda: 2700.0, lambda: 21600.0
    )
    win = StatsWindow(reader)
    qtbot.addWidget(win)
    assert card(win, "Sitting")[0] == "0 s"
    assert card(win, "Longest bout") == ("–", "no sitting recorded")
    assert "No sitting recorded" in win.summary_label.text()
    source.close()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#202428"),
        (QPalette.ColorRole.WindowText, "#e6e9ec"),
        (QPalette.ColorRole.Base, "#2a2f34"),
        (QPalette.ColorRole.Text, "#e6e9ec"),
    ]:
        palette.setColor(role, QColor(colour))
    return palette


def test_charts_follow_a_dark_palette(window: StatsWindow) -> None:
    window.tabs.setCurrentIndex(1)
    chart = window.history_chart
    today_bar = chart.bar_rect(6)
    probe = today_bar.center().toPoint()
    probe.setY(int(today_bar.bottom()) - 5)  # inside today's bar, below the longest-bout line

    light = chart.grab().toImage().pixelColor(probe)
    assert light == ChartColours.for_palette(chart.palette()).sitting

    window.setPalette(dark_palette())
    dark = chart.grab().toImage().pixelColor(probe)
    assert dark == ChartColours.for_palette(dark_palette()).sitting
    assert dark != light


@pytest.mark.allow_error_log("stats window")
def test_an_unreadable_database_is_said_in_the_window(window: StatsWindow, caplog) -> None:
    window._reader._source.close()  # the file went away under the open window
    window.refresh()
    assert window.problem_label.isVisible()
    assert window.problem_label.text().startswith("Cannot show the stats: Cannot read")
    assert card(window, "Sitting")[0] == "1 h 10 min"  # the last figures stay
    assert "stats window" in caplog.text


def test_day_timeline_is_zoomed_to_the_active_hours(window: StatsWindow) -> None:
    chart = window.timeline_chart
    assert (chart.span.first_hour, chart.span.last_hour) == (8, 13)  # 09:00 to now (12:00)
    assert (window.hour_chart._span.first_hour, window.hour_chart._span.last_hour) == (8, 13)
    # 09:00-09:50 takes a sixth of the axis, not a 29th as on a 24-hour axis
    left, right = chart._left_right()
    width = chart.x_of(cet(TODAY, 9, 50)) - chart.x_of(cet(TODAY, 9))
    assert width == pytest.approx((right - left) * 50 / 300, abs=1)
    assert "Timeline" in chart.accessibleName()
    assert chart.accessibleDescription().startswith("08:00–13:00. 2 sitting bouts")
    assert "3 prompts: 1 done" in chart.accessibleDescription()
    assert window.hour_chart.accessibleDescription() == (
        "Most sitting in the hour from 09:00: 50 min."
    )


def test_timeline_tooltips_name_each_bout_break_and_prompt(window: StatsWindow) -> None:
    chart = window.timeline_chart

    def tip(moment: datetime, y: float) -> str | None:
        from PySide6.QtCore import QPointF

        return chart.tooltip_at(QPointF(chart.x_of(moment), y))

    bouts_y = chart.BOUTS_TOP + chart.BOUTS_H / 2
    assert tip(cet(TODAY, 9, 25), bouts_y) == (
        "Sitting 09:00–09:50 (50 min), over the stand-up limit"
    )
    assert tip(cet(TODAY, 9, 55), chart.BREAKS_TOP + 4) == "Prompted break 09:50–10:00 (10 min)"
    assert tip(cet(TODAY, 9, 20), chart.PROMPTS_Y) == "Squeeze prompt at 09:20: done"
    assert tip(cet(TODAY, 10, 40), bouts_y) is None  # nothing there


def test_dense_missed_prompts_merge_into_one_counted_mark(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "dense.sqlite3"
    db = Database.open(path, CET_CLOCK)
    db.save_bout(None, cet(TODAY, 9), cet(TODAY, 11, 40), Posture.SITTING, EndReason.AWAY)
    for minute in range(0, 120, 4):  # 30 prompts nobody answered, four minutes apart
        shown = cet(TODAY, 9) + timedelta(minutes=minute)
        pid = db.add_prompt(PromptKind.SQUEEZE, shown, shown, 0, False)
        db.answer_prompt(pid, Outcome.MISSED, shown + timedelta(minutes=2))
    for shown in (cet(TODAY, 11, 10), cet(TODAY, 11, 30)):  # two answered ones after it
        pid = db.add_prompt(PromptKind.STAND, shown, shown, 0, False)
        db.answer_prompt(pid, Outcome.ACCEPTED, shown)
    db.close()
    source = Database.open_readonly(path, CET_CLOCK)
    reader = StatsReader(
        source, FakeClock(cet(TODAY, 12), zone=CET), lambda: 2700.0, lambda: 21600.0
    )
    win = StatsWindow(reader)
    qtbot.addWidget(win)
    win.resize(820, 480)
    win.show()
    qtbot.waitExposed(win)
    clusters = win.timeline_chart.clusters()
    assert sum(c.count for c in clusters) == 32
    assert [c.count for c in clusters][-2:] == [1, 1]  # the answered ones stay single dots
    assert len(clusters) < 10  # no red bar of thirty overlapping dots
    assert {c.outcome for c in clusters[:-2]} == {Outcome.MISSED}
    marks = [m for m in win.timeline_chart.marks() if "prompt" in m.tooltip]
    assert len(marks) == len(clusters)
    for a, b in itertools.pairwise(marks):
        assert a.rect.right() < b.rect.left()  # marks never overlap
    assert any(
        m.tooltip.startswith(f"{c.count} prompts") for m, c in zip(marks, clusters, strict=True)
    )
    # the count is painted on the mark: its centre is not the mark's own red
    image = win.timeline_chart.grab().toImage()
    big = max(marks, key=lambda m: m.rect.width())
    colours = {
        image.pixelColor(int(big.rect.center().x()) + dx, int(big.rect.center().y())).name()
        for dx in range(-3, 4)
    }
    assert len(colours) > 1
    source.close()


def test_history_chart_is_described_for_screen_readers(window: StatsWindow) -> None:
    assert window.history_chart.accessibleDescription() == (
        "7 days, 2 with sitting recorded. Most sitting on Sunday 1 March: 2 h 30 min. "
        "0 over the goal of 6 h."
    )


def test_the_charts_tooltips_follow_the_pointer(qtbot, window: StatsWindow) -> None:
    """Hovering a bar or a mark sets the tooltip Qt shows when the pointer rests."""
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    history = window.history_chart
    qtbot.waitExposed(history)
    days = [d.day for d in history._days]
    yesterday_bar = history.bar_rect(days.index(YESTERDAY)).center().toPoint()
    qtbot.mouseMove(history, yesterday_bar)
    wait_until(lambda: history.toolTip().startswith("Sun 1 Mar: 2 h 30 min sitting"))
    qtbot.mouseMove(history, QPoint(2, 2))  # above the bars: nothing to say
    wait_until(lambda: history.toolTip() == "")

    window.tabs.setCurrentIndex(0)
    timeline = window.timeline_chart
    qtbot.waitExposed(timeline)
    bouts_y = round(timeline.BOUTS_TOP + timeline.BOUTS_H / 2)
    qtbot.mouseMove(timeline, QPoint(round(timeline.x_of(cet(TODAY, 9, 25))), bouts_y))
    wait_until(lambda: timeline.toolTip().startswith("Sitting 09:00–09:50 (50 min)"))


def test_a_card_over_its_limit_shows_its_value_in_the_warning_colour_of_the_palette(
    window: StatsWindow,
) -> None:
    def colours_of(title: str) -> set[str]:
        image = window.cards[title]._value.grab().toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        }

    light = ChartColours.for_palette(window.palette())
    assert card(window, "Longest bout") == ("50 min", "1 bout over 45 min")
    assert light.over.name() in colours_of("Longest bout")
    assert light.text.name() in colours_of("Sitting")  # under its goal
    assert light.over.name() not in colours_of("Sitting")
    window.setPalette(dark_palette())
    dark = ChartColours.for_palette(dark_palette())
    assert dark.over.name() in colours_of("Longest bout")
    assert light.over.name() not in colours_of("Longest bout")
