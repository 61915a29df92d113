"""Where prompts appear: the prompt window or desktop notifications.

`auto` puts the window where it works well (X11 with a tray, Windows, macOS: it sits
near the tray icon and stays on top) and notifications where it cannot (Wayland: no
placing, no keeping on top; any desktop without a tray, such as stock GNOME).
"""

from __future__ import annotations

from enum import StrEnum


class PromptStyle(StrEnum):
    AUTO = "auto"
    WINDOW = "window"
    NOTIFICATION = "notification"


class PromptChannel(StrEnum):
    WINDOW = "window"
    NOTIFICATION = "notification"


def choose_channel(
    style: PromptStyle,
    *,
    platform: str,
    session: str | None,
    has_tray: bool,
    notifications_available: bool,
) -> PromptChannel:
    """The channel for this session. `session` is 'x11', 'wayland' or None (see detect).

    Notifications need a notification service, or at least a tray for Qt's balloon
    messages (Windows, macOS); without either the window is the only channel left.
    """
    if style is PromptStyle.WINDOW:
        return PromptChannel.WINDOW
    if style is PromptStyle.NOTIFICATION:
        possible = notifications_available or has_tray
        return PromptChannel.NOTIFICATION if possible else PromptChannel.WINDOW
    if platform in ("win32", "darwin") or (session == "x11" and has_tray):
        return PromptChannel.WINDOW
    return PromptChannel.NOTIFICATION if notifications_available else PromptChannel.WINDOW
