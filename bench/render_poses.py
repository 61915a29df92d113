"""Render every exercise's start, middle and end pose to PNG files.

    QT_QPA_PLATFORM=offscreen python bench/render_poses.py /tmp/poses [--side right] [--dark]

Writes <exercise>_<side>_{start,middle,end}.png (and a quarter-way "lift" frame) so
anyone can look at what the figure demonstrates.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from sitbreak.paths import resources_dir
from sitbreak.storage.exercise_files import load_catalogue
from sitbreak.ui.figure_view import FigureView

POSES = (
    ("start", "ready", 0.0),
    ("lift", "lift", 0.5),
    ("middle", "hold", 0.0),
    ("end", "lower", 1.0),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--side", default="left", choices=("left", "right", "both"))
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--only", help="one exercise id")
    parser.add_argument("--size", default="480x360")
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
        for label, phase, progress in POSES:
            view.set_motion(phase, progress)
            path = args.folder / f"{exercise.id}_{side}_{label}.png"
            view.grab().save(str(path))
            print(path)
    view.close()
    del view
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
