"""Render every exercise's start, part-way, top and end poses to PNG files.

    QT_QPA_PLATFORM=offscreen python bench/render_poses.py /tmp/poses [--side right] [--dark]
    python bench/render_poses.py /tmp/poses --strip      # one 4-frame strip per exercise

Writes <exercise>_<side>_{start,lift,middle,end}.png, or with --strip one
<exercise>_<side>_strip.png holding the four side by side, so anyone can look at what
the figure demonstrates (judge it as a physiotherapist: could a patient copy it?). A move
that travels (the monster walk) also gets <exercise>_<side>_walk.png: the set's first
rep, two in between, and the end of its last rep.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from sitbreak.core.figure.choreography import Choreography
from sitbreak.core.figure.motion import for_side
from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue
from sitbreak.ui.figure_view import FigureView

POSES = (
    ("start", "ready", 0.0),
    ("lift", "lift", 0.5),
    ("middle", "hold", 0.0),
    ("end", "lower", 1.0),
)
_LABELS = {"lift": "part-way", "middle": "top"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--side", default="left", choices=("left", "right", "both"))
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--only", help="one exercise id")
    parser.add_argument("--size", default="480x360")
    parser.add_argument("--strip", action="store_true", help="one 4-frame strip per exercise")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv)
    loaded = load_catalogue(resources_dir())
    for problem in loaded.problems:
        print("problem:", problem)
    args.folder.mkdir(parents=True, exist_ok=True)
    view = FigureView()
    if args.dark:
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(35, 38, 41))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(61, 174, 233))
        view.setPalette(palette)
    view.setAutoFillBackground(True)
    view.resize(width, height)
    for exercise in loaded.catalogue.exercises.values():
        if args.only and exercise.id != args.only:
            continue
        side = args.side if exercise.per_side else "both"
        view.set_exercise(exercise, side)
        frames = []
        for label, phase, progress in POSES:
            view.set_motion(phase, progress)
            frames.append((label, view.grab().toImage()))
        if args.strip:
            path = args.folder / f"{exercise.id}_{side}_strip.png"
            _strip(frames, width, height).save(str(path))
            print(path)
            if Choreography(for_side(exercise.animation, side), exercise.reps).walks:
                last = exercise.reps - 1
                walk = []
                for label, phase, rep in (
                    ("start", "ready", 0),
                    (f"step {last // 3 + 1}", "hold", last // 3),
                    (f"step {2 * last // 3 + 1}", "hold", 2 * last // 3),
                    ("end", "rest", last),
                ):
                    view.set_motion(phase, 0.0, rep)
                    walk.append((label, view.grab().toImage()))
                path = args.folder / f"{exercise.id}_{side}_walk.png"
                _strip(walk, width, height).save(str(path))
                print(path)
            continue
        for label, image in frames:
            path = args.folder / f"{exercise.id}_{side}_{label}.png"
            image.save(str(path))
            print(path)
    view.close()
    del view
    app.processEvents()
    return 0


def _strip(frames: list[tuple[str, QImage]], width: int, height: int) -> QImage:
    strip = QImage(width * len(frames), height, QImage.Format.Format_RGB32)
    strip.fill(QColor(255, 255, 255))
    painter = QPainter(strip)
    try:
        for index, (label, image) in enumerate(frames):
            painter.drawImage(index * width, 0, image)
            painter.setPen(QColor(90, 90, 90))
            painter.drawText(
                QRect(index * width + 8, 6, width - 16, 24),
                Qt.AlignmentFlag.AlignLeft,
                _LABELS.get(label, label),
            )
            painter.drawLine(index * width, 0, index * width, height)
    finally:
        painter.end()
    return strip


if __name__ == "__main__":
    raise SystemExit(main())
