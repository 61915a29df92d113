"""The hicolor PNG icons rendered from the SVG at build time, and the Windows icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.packaging.scripts import load

icons = load("icons")


def test_every_hicolor_size_is_rendered_from_the_svg(qapp, tmp_path: Path) -> None:
    written = icons.render(tmp_path)
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{icons.APP_ID}.png"
        assert path in written
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # round icon: transparent corners
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{icons.APP_ID}.svg"
    assert scalable.read_bytes() == icons.SVG.read_bytes()


def test_the_windows_icon_holds_every_size(qapp, tmp_path: Path) -> None:
    ico = icons.write_ico(icons.render(tmp_path), tmp_path / "sitbreak.ico")
    data = ico.read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"
    count = int.from_bytes(data[4:6], "little")
    assert count == 7
    sides = [data[6 + 16 * i] for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 128, 0]  # 0 stands for 256
    for i in range(count):
        offset = int.from_bytes(data[6 + 16 * i + 12 : 6 + 16 * i + 16], "little")
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"


def test_the_app_icon_in_resources_is_the_packaging_one() -> None:
    shipped = Path(icons.__file__).resolve().parents[1] / "resources" / "icons" / "sitbreak.svg"
    assert shipped.read_bytes() == icons.SVG.read_bytes()
