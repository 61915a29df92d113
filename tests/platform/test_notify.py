"""Prompts as notifications, against python-dbusmock's notification server on a private bus
and a generic mock of the Notification portal: what is sent, and how answers come back."""

from __future__ import annotations

import dataclasses

import dbus
import pytest

from sitbreak.core.prompt_notice import prompt_notice
from sitbreak.core.prompt_text import prompt_text
from sitbreak.core.records import Outcome, PromptKind
from sitbreak.platform.notify import create_notifier, freedesktop, portal
from sitbreak.platform.notify.base import NotifierError
from sitbreak.platform.notify.freedesktop import FreedesktopNotifier
from sitbreak.platform.notify.portal import PortalNotifier
from tests.support.waiting import wait_until

WITH_ACTIONS = {"capabilities": "actions body body-markup icon-static persistence"}
ICON = "/usr/share/icons/sitbreak.svg"


def _squeeze(with_buttons=True):
    text = prompt_text(PromptKind.SQUEEZE, snooze_minutes=10)
    return prompt_notice(text, 60, with_buttons=with_buttons, guide_available=True)


def _urgent_stand():
    text = prompt_text(
        PromptKind.STAND, snooze_minutes=5, urgent=True, snooze_count=2, sitting_seconds=3900
    )
    return prompt_notice(text, 90, with_buttons=True, routine_available=True)


@pytest.fixture
def server(spawn_mock):
    return spawn_mock("session", template="notification_daemon", parameters=WITH_ACTIONS)


@pytest.fixture
def notifier(qt_bus, server):
    notifier = FreedesktopNotifier(qt_bus("session"), ICON)
    yield notifier
    notifier.close()


class Answers:
    def __init__(self, notifier):
        self.seen: list[str] = []
        notifier.answered.connect(self.seen.append)
        notifier.routine_requested.connect(lambda: self.seen.append("routine"))
        notifier.guide_requested.connect(lambda: self.seen.append("guide"))
        notifier.open_requested.connect(lambda: self.seen.append("open"))


def _calls(server, method):
    return [args for _time, args in server.control.GetMethodCalls(method)]


def _emit(server, name, signature, args):
    server.control.EmitSignal(freedesktop.INTERFACE, name, signature, args)


def test_prompt_is_sent_with_the_windows_buttons_and_exact_types(notifier, server):
    notifier.show_prompt(_squeeze())
    (args,) = _calls(server, "Notify")
    app_name, replaces, icon, title, body, actions, hints, timeout = args
    assert (app_name, icon, title) == ("Sitbreak", ICON, "Squeeze your glutes")
    assert "hold about 5 seconds" in body
    assert "10 times" in body
    pairs = list(zip(actions[::2], actions[1::2], strict=True))
    assert pairs == [
        ("default", ""),
        ("done", "Done"),
        ("guide", "Guide me"),
        ("snooze", "Snooze 10 min"),
        ("skip", "Skip"),
    ]
    # Servers check types: replaces_id must be a uint32 and urgency a byte.
    assert isinstance(replaces, dbus.UInt32)
    assert replaces == 0
    assert isinstance(hints["urgency"], dbus.Byte)
    assert int(hints["urgency"]) == 1
    assert hints["desktop-entry"] == "io.github.sitbreak.Sitbreak"
    assert timeout == 60_000


def test_urgent_stand_prompt_is_critical_and_offers_the_routine(notifier, server):
    notifier.show_prompt(_urgent_stand())
    (args,) = _calls(server, "Notify")
    assert args[3] == "Please stand up now"
    assert int(args[6]["urgency"]) == 2
    assert list(args[5][::2]) == ["default", "done", "routine", "snooze", "skip"]
    assert args[5][3] == "I stood up"


@pytest.mark.parametrize(
    ("action", "answer"),
    [
        ("done", Outcome.ACCEPTED.value),
        ("snooze", Outcome.SNOOZED.value),
        ("skip", Outcome.SKIPPED.value),
        ("guide", "guide"),
    ],
)
def test_a_button_answers_like_the_windows_button(notifier, server, action, answer):
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(1), action])
    wait_until(lambda: answers.seen, what="the answer")
    assert answers.seen == [answer]
    assert notifier.showing is None
    # The answered notification is taken away; the server's later "closed" is no answer.
    assert _calls(server, "CloseNotification") == [[1]]
    _emit(server, "NotificationClosed", "uu", [dbus.UInt32(1), dbus.UInt32(2)])
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(1), "done"])
    notifier.show_message("Sitbreak", "flush")  # a round trip: the signals above arrived
    wait_until(lambda: len(_calls(server, "Notify")) == 2, what="the message")
    assert answers.seen == [answer]


def test_clicking_the_notification_opens_sitbreak_without_answering(notifier, server):
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(1), "default"])
    wait_until(lambda: answers.seen, what="the click")
    assert answers.seen == ["open"]
    assert notifier.showing is not None


@pytest.mark.parametrize(
    ("reason", "answer"), [(1, Outcome.MISSED.value), (2, Outcome.DISMISSED.value)]
)
def test_closed_by_the_user_is_dismissed_and_expired_is_missed(notifier, server, reason, answer):
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    _emit(server, "NotificationClosed", "uu", [dbus.UInt32(1), dbus.UInt32(reason)])
    wait_until(lambda: answers.seen, what="the close")
    assert answers.seen == [answer]


def test_signals_about_other_notifications_are_ignored(notifier, server, qtbot):
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(77), "done"])
    _emit(server, "NotificationClosed", "uu", [dbus.UInt32(77), dbus.UInt32(2)])
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(1), "skip"])
    wait_until(lambda: answers.seen, what="the answer to our notification")
    assert answers.seen == [Outcome.SKIPPED.value]


def test_withdrawal_closes_the_notification_and_reports_nothing(notifier, server):
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    notifier.withdraw()
    assert _calls(server, "CloseNotification") == [[1]]
    # The mock answers CloseNotification with "expired": that is not a missed prompt.
    notifier.show_message("Sitbreak", "flush")
    wait_until(lambda: len(_calls(server, "Notify")) == 2, what="the message")
    assert answers.seen == []
    notifier.withdraw()  # twice is harmless
    assert len(_calls(server, "CloseNotification")) == 1


def test_a_new_prompt_replaces_the_one_still_shown(notifier, server):
    notifier.show_prompt(_squeeze())
    notifier.show_prompt(_urgent_stand())
    first, second = _calls(server, "Notify")
    assert first[1] == 0
    assert second[1] == 1


def test_without_actions_the_body_says_how_to_answer(qt_bus, spawn_mock):
    server = spawn_mock(
        "session", template="notification_daemon", parameters={"capabilities": "body"}
    )
    notifier = FreedesktopNotifier(qt_bus("session"), ICON)
    assert not notifier.has_buttons
    answers = Answers(notifier)
    notice = _squeeze(with_buttons=notifier.has_buttons)
    notifier.show_prompt(notice)
    (args,) = _calls(server, "Notify")
    assert list(args[5]) == ["default", ""]
    assert args[4].endswith("Click this notification to answer in Sitbreak.")
    _emit(server, "ActionInvoked", "us", [dbus.UInt32(1), "default"])
    wait_until(lambda: answers.seen, what="the click")
    assert answers.seen == ["open"]
    notifier.close()


def test_no_notification_server_is_a_clear_error(qt_bus, private_buses):
    with pytest.raises(NotifierError, match="no notification service answers"):
        FreedesktopNotifier(qt_bus("session"), ICON)


def test_messages_replace_each_other_and_carry_no_buttons(notifier, server):
    notifier.show_message("Sitbreak: check your settings", "Line 3: bad value")
    notifier.show_message("Sitbreak", "Settings reloaded.")
    first, second = _calls(server, "Notify")
    assert (first[3], list(first[5]), first[1]) == ("Sitbreak: check your settings", [], 0)
    assert second[1] == 1


# -- the Notification portal (inside a Flatpak sandbox) ---------------------------------


@pytest.fixture
def desktop_portal(spawn_mock):
    mock = spawn_mock("session", portal.SERVICE, portal.PATH, portal.INTERFACE)
    mock.control.AddMethod(portal.INTERFACE, "AddNotification", "sa{sv}", "", "")
    mock.control.AddMethod(portal.INTERFACE, "RemoveNotification", "s", "", "")
    mock.control.AddProperty(portal.INTERFACE, "version", dbus.UInt32(1))
    return mock


def test_portal_is_chosen_inside_flatpak(qt_bus, desktop_portal, tmp_path):
    info = tmp_path / ".flatpak-info"
    info.write_text("[Application]\nname=io.github.sitbreak.Sitbreak\n")
    notifier = create_notifier(qt_bus("session"), ICON, flatpak_info=info)
    assert isinstance(notifier, PortalNotifier)
    notifier.close()


def test_outside_flatpak_the_notification_service_is_chosen(qt_bus, server, tmp_path):
    notifier = create_notifier(qt_bus("session"), ICON, flatpak_info=tmp_path / "none")
    assert isinstance(notifier, FreedesktopNotifier)
    notifier.close()


def test_portal_prompt_has_buttons_and_answers(qt_bus, desktop_portal):
    notifier = PortalNotifier(qt_bus("session"))
    answers = Answers(notifier)
    notifier.show_prompt(_urgent_stand())
    ((notification_id, content),) = _calls(desktop_portal, "AddNotification")
    assert notification_id == "prompt"
    assert content["title"] == "Please stand up now"
    assert content["priority"] == "urgent"
    assert content["default-action"] == "default"
    buttons = [(b["action"], b["label"]) for b in content["buttons"]]
    assert buttons == [
        ("done", "I stood up"),
        ("routine", "Do the 2-minute routine"),
        ("snooze", "Snooze 5 min"),
        ("skip", "Skip"),
    ]
    desktop_portal.control.EmitSignal(
        portal.INTERFACE, "ActionInvoked", "ssav", ["prompt", "routine", dbus.Array([], "v")]
    )
    wait_until(lambda: answers.seen, what="the answer")
    assert answers.seen == ["routine"]
    assert _calls(desktop_portal, "RemoveNotification") == [["prompt"]]
    notifier.close()


def test_portal_withdrawal_removes_the_prompt(qt_bus, desktop_portal):
    notifier = PortalNotifier(qt_bus("session"))
    answers = Answers(notifier)
    notifier.show_prompt(_squeeze())
    notifier.withdraw()
    assert _calls(desktop_portal, "RemoveNotification") == [["prompt"]]
    desktop_portal.control.EmitSignal(
        portal.INTERFACE, "ActionInvoked", "ssav", ["prompt", "done", dbus.Array([], "v")]
    )
    notifier.show_message("Sitbreak", "flush")
    wait_until(lambda: len(_calls(desktop_portal, "AddNotification")) == 2, what="the message")
    assert answers.seen == []
    notifier.close()


def test_portal_missing_is_a_clear_error(qt_bus, private_buses):
    with pytest.raises(NotifierError, match="Notification portal does not answer"):
        PortalNotifier(qt_bus("session"))


def test_a_body_with_markup_characters_reaches_a_markup_server_as_text(notifier, server):
    notice = dataclasses.replace(_squeeze(), body='Knees <apart> & "soft"')
    notifier.show_prompt(notice)
    (args,) = _calls(server, "Notify")
    assert args[4] == 'Knees &lt;apart&gt; &amp; "soft"'
