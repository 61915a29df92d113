"""A focus ring every theme shows: buttons drawn from the palette, the focused one
with a thick ring in the highlight colour (some styles mark focus with a faint line
that a keyboard user cannot find). Colours come from the palette, so dark and
high-contrast themes keep their own."""

from __future__ import annotations

FOCUS_RING = """
QPushButton { background: palette(button); color: palette(button-text);
  border: 1px solid palette(mid); border-radius: 4px; padding: 5px 12px; }
QPushButton:hover { border-color: palette(highlight); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:default { border-color: palette(highlight); }
QPushButton:disabled { color: palette(placeholder-text); }
QPushButton:focus, QToolButton:focus { border: 3px solid palette(highlight); outline: none;
  padding: 3px 10px; }
QToolButton:focus { border-radius: 4px; padding: 0px; }
"""
