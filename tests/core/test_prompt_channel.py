from __future__ import annotations

import pytest

from sitbreak.core.prompt_channel import PromptChannel, PromptStyle, choose_channel

W, N = PromptChannel.WINDOW, PromptChannel.NOTIFICATION


@pytest.mark.parametrize(
    ("platform", "session", "has_tray", "expected"),
    [
        ("linux", "x11", True, W),  # the window near the tray icon
        ("linux", "x11", False, N),  # X11 without a tray
        ("linux", "wayland", True, N),  # KDE Wayland: no placing, no keeping on top
        ("linux", "wayland", False, N),  # stock GNOME
        ("linux", None, False, N),
        ("win32", None, True, W),
        ("darwin", None, True, W),
    ],
)
def test_auto_picks_the_channel_that_works_on_this_desktop(platform, session, has_tray, expected):
    chosen = choose_channel(
        PromptStyle.AUTO,
        platform=platform,
        session=session,
        has_tray=has_tray,
        notifications_available=True,
    )
    assert chosen is expected


def test_the_users_choice_wins_where_both_channels_exist():
    kwargs = {"platform": "linux", "session": "wayland", "has_tray": False}
    assert choose_channel(PromptStyle.WINDOW, notifications_available=True, **kwargs) is W
    kwargs = {"platform": "linux", "session": "x11", "has_tray": True}
    assert choose_channel(PromptStyle.NOTIFICATION, notifications_available=True, **kwargs) is N


@pytest.mark.parametrize("style", [PromptStyle.AUTO, PromptStyle.NOTIFICATION])
def test_without_a_notification_service_or_tray_the_window_remains(style):
    chosen = choose_channel(
        style, platform="linux", session="wayland", has_tray=False, notifications_available=False
    )
    assert chosen is W


def test_asked_for_notifications_a_tray_balloon_will_do_on_windows():
    chosen = choose_channel(
        PromptStyle.NOTIFICATION,
        platform="win32",
        session=None,
        has_tray=True,
        notifications_available=False,
    )
    assert chosen is N
