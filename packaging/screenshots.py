#!/usr/bin/env python3
"""Render the store screenshots of the real windows, offscreen, from a seeded demo month.

    python3 packaging/screenshots.py                 # into packaging/screenshots/
    python3 packaging/screenshots.py --out DIR       # somewhere else (the tests do)

Run it with the project's environment (`.venv/bin/python`) whenever the UI changes and
commit the PNG files: the AppStream metainfo points at them. Each picture has a fixed
size; the window content is the app's own widget, grabbed offscreen; the title bar and
shadow around it are drawn here, because an offscreen window has no decoration.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_SCALE_FACTOR", None)

from demo_data import ZONE, DemoMonth
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QWidget

from sitbreak.core.clock import FakeClock
from sitbreak.core.exercise import DAILY_ROUTINE_ID
from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import PromptKind
from sitbreak.core.routine_player import Phase
from sitbreak.desk.routine_session import RoutineSessionRecorder
from sitbreak.desk.stats_reader import StatsReader
from sitbreak.paths import resources_dir
from sitbreak.storage.database import Database
from sitbreak.storage.exercise_files import load_catalogue
from sitbreak.ui.prompt_window import PromptWindow
from sitbreak.ui.stats_window import StatsWindow
from sitbreak.ui.windows import build_routine

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 3, 4, 15, 25, tzinfo=ZONE)  # a Wednesday afternoon
CANVAS = (1000, 700)  # Flathub's largest recommended screenshot
PROMPT_CANVAS = (860, 380)
WINDOW = (900, 600)  # the window's content; the title bar comes on top
TITLE_BAR = 38
SHADOW = 24


@dataclass(frozen=True)
class Shot:
    name: str  # the file is NAME.png
    caption: str  # for the metainfo
    render: Callable[[Path], QImage]


# -- the windows ---------------------------------------------------------------------------
def settle(widget: QWidget) -> QImage:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget.grab().toImage()


def prompt_shot(_db_path: Path) -> QImage:
    """A calm squeeze prompt beside a stand prompt that was snoozed three times."""
    squeeze = prompt_text(PromptKind.SQUEEZE, snooze_minutes=5)
    stand = prompt_text(
        PromptKind.STAND, snooze_minutes=2, urgent=True, snooze_count=3, sitting_seconds=62 * 60
    )
    images = []
    for text, left in ((squeeze, 0.8), (stand, 0.35)):
        window = PromptWindow()
        window.show_prompt(text, 120)
        window.progress.setValue(round(window.progress.maximum() * left))
        window.time_left.setText(f"Closes in {int(120 * left) // 60}:{int(120 * left) % 60:02d}")
        images.append(settle(window))
        window.withdraw()
        window.deleteLater()
    return side_by_side(images, PROMPT_CANVAS)


def routine_shot(db_path: Path) -> QImage:
    """The daily routine part-way: the bridge's sixth rep, holding at the top."""
    own_copy = db_path.with_name("routine.sqlite3")  # its session must not reach the stats
    shutil.copyfile(db_path, own_copy)
    clock = FakeClock(NOW, zone=ZONE)
    db = Database.open(own_copy, clock)
    # Built as the app's window opener builds it: its catalogue, progress and recorder.
    catalogue = load_catalogue(resources_dir()).catalogue.for_progress(db.exercise_completions())
    exercises = [exercise.id for exercise in catalogue.resolve(DAILY_ROUTINE_ID)]
    recorder = RoutineSessionRecorder(db, clock, DAILY_ROUTINE_ID, "tray", exercises)
    window, controller = build_routine(catalogue, DAILY_ROUTINE_ID, clock, recorder)
    window.resize(*WINDOW)
    window.show()
    for _ in range(20000):
        snap = controller.player.snapshot()
        if (
            snap.exercise.id == "bridge"
            and snap.rep_number == 6
            and snap.phase is Phase.HOLD
            and snap.phase_progress >= 0.4
        ):
            break
        clock.advance(0.25)
        controller.phase_timer.timeout.emit()
    else:
        raise RuntimeError("the daily routine never reached the bridge's sixth rep")
    window.show_motion(controller.player.snapshot())
    controller.phase_timer.stop()
    controller.frame_timer.stop()
    image = framed(settle(window), window.windowTitle())
    controller.abandon()
    window.close_now()
    db.close()
    return image


def stats_shot(tab: int) -> Callable[[Path], QImage]:
    def render(db_path: Path) -> QImage:
        clock = FakeClock(NOW, zone=ZONE)
        source = Database.open_readonly(db_path, clock)
        reader = StatsReader(source, clock, lambda: 45 * 60.0, lambda: 6 * 3600.0)
        window = StatsWindow(reader)
        window.resize(*WINDOW)
        if tab == 1:
            window.range_buttons[30].click()
        window.tabs.setCurrentIndex(tab)
        image = framed(settle(window), window.windowTitle())
        window.close()
        source.close()
        return image

    return render


SHOTS = (
    Shot("prompt", "A squeeze prompt, and a stand-up prompt after three snoozes", prompt_shot),
    Shot("routine", "The daily glute routine with its animated figure, part-way", routine_shot),
    Shot("stats-day", "Today's sitting: bouts, breaks, prompts and hours", stats_shot(0)),
    Shot("stats-history", "A month of sitting against the daily goal", stats_shot(1)),
)


# -- the frame ------------------------------------------------------------------------------
def canvas(size: tuple[int, int]) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def shadow(painter: QPainter, rect: QRectF, radius: float) -> None:
    """A soft drop shadow: stacked translucent rounded rectangles."""
    painter.setPen(Qt.PenStyle.NoPen)
    for step in range(SHADOW, 0, -2):
        alpha = round(26 * (1 - step / SHADOW) ** 2) + 1
        painter.setBrush(QColor(0, 0, 0, alpha))
        grown = rect.adjusted(-step / 2, -step / 3, step / 2, step / 1.5)
        painter.drawRoundedRect(grown, radius + step / 2, radius + step / 2)


def framed(content: QImage, title: str) -> QImage:
    """The content in a window with a plain title bar (title, close button), centred."""
    out = canvas(CANVAS)
    w, h = content.width(), content.height() + TITLE_BAR
    rect = QRectF((CANVAS[0] - w) / 2, (CANVAS[1] - h) / 2, w, h)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shadow(painter, rect, 10)
    path = QPainterPath()
    path.addRoundedRect(rect, 10, 10)
    painter.setClipPath(path)
    painter.fillRect(rect, QColor("#ebebeb"))
    painter.drawImage(QPointF(rect.left(), rect.top() + TITLE_BAR), content)
    painter.setPen(QPen(QColor("#d0d0d0")))
    painter.drawLine(
        QPointF(rect.left(), rect.top() + TITLE_BAR - 0.5),
        QPointF(rect.right(), rect.top() + TITLE_BAR - 0.5),
    )
    font = QFont(QApplication.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2e3436"))
    bar = QRectF(rect.left(), rect.top(), rect.width(), TITLE_BAR)
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, title)
    centre = QPointF(rect.right() - TITLE_BAR / 2 - 4, rect.top() + TITLE_BAR / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d8d8d8"))
    painter.drawEllipse(centre, 11, 11)
    painter.setPen(QPen(QColor("#2e3436"), 1.6))
    for dx, dy in ((1, 1), (1, -1)):
        painter.drawLine(centre - QPointF(4 * dx, 4 * dy), centre + QPointF(4 * dx, 4 * dy))
    painter.end()
    return out


def side_by_side(images: list[QImage], size: tuple[int, int]) -> QImage:
    """Frameless popups (as the prompt is) next to each other with their shadows."""
    out = canvas(size)
    gap = 48
    total = sum(image.width() for image in images) + gap * (len(images) - 1)
    x = (size[0] - total) / 2
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for image in images:
        rect = QRectF(x, (size[1] - image.height()) / 2, image.width(), image.height())
        shadow(painter, rect, 6)
        painter.drawImage(rect.topLeft(), image)
        x += image.width() + gap
    painter.end()
    return out


# -- running ----------------------------------------------------------------------------------
def render_all(out_dir: Path, only: str | None = None) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="sitbreak-shots-") as temp:
        db_path = Path(temp) / "sitbreak.sqlite3"
        db = Database.open(db_path, FakeClock(NOW, zone=ZONE))
        DemoMonth(db, NOW).write()
        db.close()
        for shot in SHOTS:
            if only and shot.name != only:
                continue
            path = out_dir / f"{shot.name}.png"
            image = shot.render(db_path)
            if not image.save(str(path), "PNG", 0):  # quality 0: the smallest file
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument("--only", choices=[shot.name for shot in SHOTS])
    args = parser.parse_args(argv)
    for path in render_all(args.out, args.only):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
