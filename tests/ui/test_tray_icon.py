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
    radius = size / 2 - max(1.0, size / 28) - max(2.2, size * 0.13) / 2
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
