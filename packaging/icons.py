#!/usr/bin/env python3
"""Render the app icon's hicolor PNG sizes from its SVG, at build time (never committed).

    python3 packaging/icons.py DEST            # DEST/hicolor/<N>x<N>/apps/<app id>.png
    python3 packaging/icons.py DEST --ico F    # also a Windows .ico (16-256 in one file)

DEST is a `share/icons` folder: `~/.local/share/icons`, `/app/share/icons` in the
Flatpak build, or a build folder. The scalable SVG is copied beside them. Needs PySide6
(QtSvg), which every way of installing Sitbreak has already.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.sitbreak.Sitbreak"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent / f"{APP_ID}.svg"


def render(dest: Path, svg: Path = SVG, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write every size under dest/hicolor and the SVG under hicolor/scalable."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = dest / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
    scalable = dest / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def write_ico(pngs: list[Path], target: Path) -> Path:
    """A Windows icon holding each PNG as is (PNG entries are valid since Windows Vista)."""
    entries = []
    for png in pngs:
        if png.suffix != ".png":
            continue
        data = png.read_bytes()
        size = int(png.parent.parent.name.split("x")[0])
        entries.append((size, data))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, data in entries:
        side = size if size < 256 else 0  # 0 means 256 in an ICO directory
        directory += bytes([side, side, 0, 0])
        directory += (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        directory += len(data).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(data)
        blobs += data
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + directory + blobs)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="a share/icons folder")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    args = parser.parse_args(argv)
    written = render(args.dest)
    if args.ico:
        written.append(write_ico(written, args.ico))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
