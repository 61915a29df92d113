from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from sitbreak.core.records import PromptKind
from sitbreak.core.status import State, Status
from sitbreak.ui.tray_icon import (
    RING_STEPS,
    IconLook,
    IconStyle,
    TrayIconCache,
    look_for,
    render_image,
    sitting_colour,
)

ALL_LOOKS = [
    IconLook(State.SITTING, 0),
    IconLook(State.SITTING, 12),
    IconLook(State.SITTING, RING_STEPS),
    IconLook(State.STANDING, RING_STEPS),
    IconLook(State.PAUSED, 6),
    IconLook(State.AWAY, 0),
]


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """QPixmap needs an application."""


def pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def on_background(image: QImage, background: QColor) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_ARGB32)
    out.fill(background)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def test_look_follows_the_bout_in_24_steps() -> None:
    status = Status(State.SITTING, 30 * 60, 45 * 60, PromptKind.STAND, 900)
    assert look_for(status) == IconLook(State.SITTING, 16)
    # a few seconds more sitting does not change the icon: no redraw
    later = Status(State.SITTING, 30 * 60 + 20, 45 * 60, PromptKind.STAND, 880)
    assert look_for(later) == look_for(status)
    overdue = Status(State.SITTING, 90 * 60, 45 * 60, PromptKind.STAND, 0)
    assert look_for(overdue) == IconLook(State.SITTING, RING_STEPS)
    assert look_for(Status(State.AWAY, 0, 2700, None, None)).state is State.AWAY
    standing = Status(State.STANDING, 0, 2700, None, None, standing_seconds=60)
    assert look_for(standing) == IconLook(State.STANDING, RING_STEPS)


@pytest.mark.parametrize("size", [16, 32])
def test_every_look_renders_differently(size: int) -> None:
    rendered = {look: pixels(render_image(look, size)) for look in ALL_LOOKS}
    distinct = {tuple(p) for p in rendered.values()}
    assert len(distinct) == len(ALL_LOOKS)


def test_sitting_colour_warms_towards_red() -> None:
    calm, late = sitting_colour(0.1), sitting_colour(1.0)
    assert calm.blue() > calm.red()
    assert late.red() > 200
    assert late.blue() < 60
    assert sitting_colour(0.9).green() < sitting_colour(0.6).green()
    for step in range(RING_STEPS + 1):  # never the standing green on the way
        colour = sitting_colour(step / RING_STEPS)
        assert colour.green() <= max(colour.red(), colour.blue())


def ring_sample(image: QImage, degrees_clockwise: float) -> QColor:
    """The colour on the ring at an angle measured clockwise from 12 o'clock."""
    size = image.width()
    radius = size / 2 - max(1.0, size / 28) - max(1.9, size * 0.12) / 2
    angle = math.radians(degrees_clockwise)
    x = size / 2 + radius * math.sin(angle)
    y = size / 2 - radius * math.cos(angle)
    return QColor(image.pixel(int(x), int(y)))


def close_to(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.mark.parametrize("step", [6, 12, 18])
def test_ring_fills_clockwise_in_proportion_to_the_bout(step: int) -> None:
    look = IconLook(State.SITTING, step)
    image = render_image(look, 64)
    colour = sitting_colour(look.fraction)
    samples = [close_to(ring_sample(image, angle + 2.5), colour) for angle in range(0, 360, 5)]
    filled = sum(samples) / len(samples)
    assert filled == pytest.approx(look.fraction, abs=0.04)
    assert samples[0]  # starts at 12 o'clock
    assert not samples[-1]  # and runs clockwise


@pytest.mark.parametrize("look", ALL_LOOKS, ids=lambda look: f"{look.state}-{look.step}")
@pytest.mark.parametrize("background", [QColor("white"), QColor("black"), QColor(48, 48, 48)])
def test_visible_on_light_and_dark_panels(look: IconLook, background: QColor) -> None:
    image = on_background(render_image(look, 16), background)
    bg = background.lightness()
    contrasting = sum(1 for p in pixels(image) if abs(QColor(p).lightness() - bg) > 60)
    # at least a sixth of the 16x16 square stands out from the panel
    assert contrasting >= 16 * 16 / 6


def test_icon_has_every_tray_size_and_a_hidpi_version() -> None:
    cache = TrayIconCache()
    icon = cache.icon(IconLook(State.SITTING, 3))
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 22, 24, 32, 48, 64} <= sizes
    hidpi = icon.pixmap(QSize(16, 16), 2.0)
    assert hidpi.width() == 32
    assert hidpi.devicePixelRatio() == 2.0
    assert cache.icon(IconLook(State.SITTING, 3)) is icon
    assert len(cache) == 1
    cache.icon(IconLook(State.SITTING, 4))
    assert len(cache) == 2


def bright_parts(image: QImage) -> list[set[tuple[int, int]]]:
    """The figure: pixels near white, grouped into 4-connected parts (head, body)."""
    lit = {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor.fromRgba(image.pixel(x, y)).lightness() > 200
        and QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    }
    parts: list[set[tuple[int, int]]] = []
    while lit:
        todo = [lit.pop()]
        part = set(todo)
        while todo:
            x, y = todo.pop()
            for near in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if near in lit:
                    lit.remove(near)
                    part.add(near)
                    todo.append(near)
        parts.append(part)
    return sorted(parts, key=len, reverse=True)


def faint_pixels(image: QImage) -> set[tuple[int, int]]:
    """The chair: lighter than the dark disc, fainter than the figure."""
    inner = image.width() * 0.3
    centre = image.width() / 2
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if 80 < QColor.fromRgba(image.pixel(x, y)).lightness() <= 200
        and abs(x + 0.5 - centre) < inner
        and abs(y + 0.5 - centre) < inner
    }


@pytest.mark.parametrize("size", [22, 24, 32])
def test_seated_glyph_is_a_person_with_a_head_on_a_chair(size: int) -> None:
    """Not a "4": a head apart from the body, above it, and a chair drawn under it."""
    image = render_image(IconLook(State.SITTING, 3), size)
    body, head = bright_parts(image)[:2]
    assert len(head) >= 2
    assert max(y for _x, y in head) < min(y for _x, y in body)  # the head sits on top
    body_bottom = max(y for _x, y in body)
    thigh_row = min(y for _x, y in body if x_extent(body, y) >= size * 0.2)
    chair = faint_pixels(image)
    assert any(y > thigh_row for _x, y in chair)  # a seat under the thigh
    assert any(x < min(x for x, _y in body) for x, _y in chair)  # a backrest behind
    assert body_bottom > thigh_row + size * 0.15  # a shin reaches down to the floor


def x_extent(part: set[tuple[int, int]], row: int) -> int:
    xs = [x for x, y in part if y == row]
    return max(xs) - min(xs) + 1 if xs else 0


MONO_LOOKS = [IconLook(look.state, look.step, IconStyle.MONO, 0xFF202428) for look in ALL_LOOKS]


@pytest.mark.parametrize("look", MONO_LOOKS, ids=lambda look: f"{look.state}-{look.step}")
def test_mono_icon_is_one_colour_at_varying_strength(look: IconLook) -> None:
    image = render_image(look, 22)
    colours = {
        QColor.fromRgba(p).toRgb().getRgb()[:3]
        for p in pixels(image.convertToFormat(QImage.Format.Format_ARGB32))
        if QColor.fromRgba(p).alpha() > 80  # fainter ones round off in un-premultiplying
    }
    ink = (0x20, 0x24, 0x28)
    assert colours  # something is drawn
    assert all(all(abs(a - b) <= 3 for a, b in zip(c, ink, strict=True)) for c in colours)


def test_mono_looks_differ_by_shape_not_hue() -> None:
    rendered = {look: pixels(render_image(look, 16)) for look in MONO_LOOKS}
    assert len({tuple(p) for p in rendered.values()}) == len(MONO_LOOKS)


def test_mono_ink_follows_the_palette(qapp: QApplication) -> None:
    from PySide6.QtGui import QPalette

    from sitbreak.ui.tray_icon import panel_ink

    status = Status(State.SITTING, 600, 2700, PromptKind.STAND, 2100)
    saved = qapp.palette()
    try:
        dark = QPalette(saved)
        dark.setColor(QPalette.ColorRole.WindowText, QColor(240, 240, 240))
        qapp.setPalette(dark)
        light_ink = look_for(status, IconStyle.MONO, panel_ink())
        assert QColor.fromRgba(light_ink.ink).lightness() > 200
        # the colour style ignores the palette: one cached icon per ring step
        assert look_for(status, IconStyle.COLOUR, panel_ink()) == look_for(status)
    finally:
        qapp.setPalette(saved)
