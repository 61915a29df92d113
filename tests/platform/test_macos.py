"""The macOS backend with fake CoreGraphics/CoreFoundation libraries, on any platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from sitbreak.platform import macos
from sitbreak.platform.base import IdleSourceError
from sitbreak.platform.macos import (
    MacIdleSource,
    MacLockNotifications,
    MacLockProbe,
    MacSessionEvents,
)

BOOLEAN_TYPE = 21


class FakeCoreGraphics:
    def __init__(self, idle: float = 0.0, session: int | None = 100) -> None:
        self.idle = idle
        self.session = session
        self.calls: list[tuple[int, int]] = []

    def CGEventSourceSecondsSinceLastEventType(self, state: int, event_type: int) -> float:
        self.calls.append((state, event_type))
        return self.idle

    def CGSessionCopyCurrentDictionary(self) -> int | None:
        return self.session


class FakeCoreFoundation:
    """A session dictionary (handle 100) that maps the lock key to a CFBoolean."""

    KEY, TRUE, FALSE = 7, 1, 2

    def __init__(self, locked: bool | None) -> None:
        self.locked = locked
        self.released: list[int] = []

    def CFStringCreateWithCString(self, allocator, text: bytes, encoding: int) -> int:
        assert text == b"CGSSessionScreenIsLocked"
        assert encoding == macos.K_CF_STRING_ENCODING_UTF8
        return self.KEY

    def CFDictionaryGetValue(self, dictionary: int, key: int) -> int | None:
        assert (dictionary, key) == (100, self.KEY)
        if self.locked is None:
            return None
        return self.TRUE if self.locked else self.FALSE

    def CFGetTypeID(self, value: int) -> int:
        return BOOLEAN_TYPE

    def CFBooleanGetTypeID(self) -> int:
        return BOOLEAN_TYPE

    def CFBooleanGetValue(self, value: int) -> int:
        return 1 if value == self.TRUE else 0

    def CFRelease(self, handle: int) -> None:
        self.released.append(handle)


class FakeNotificationCenter:
    """CoreFoundation's distributed notification center: observers by name, posted by hand
    through the same C function pointers the real center would call."""

    CENTER = 300

    def __init__(self) -> None:
        self.strings: dict[int, bytes] = {}
        self.observers: list[tuple[int, bytes, object, int]] = []
        self.released: list[int] = []

    def CFStringCreateWithCString(self, allocator, text: bytes, encoding: int) -> int:
        assert encoding == macos.K_CF_STRING_ENCODING_UTF8
        handle = 400 + len(self.strings)
        self.strings[handle] = text
        return handle

    def CFNotificationCenterGetDistributedCenter(self) -> int:
        return self.CENTER

    def CFNotificationCenterAddObserver(
        self, center: int, observer: int, callback: object, name: int, sender: object, how: int
    ) -> None:
        assert center == self.CENTER
        assert sender is None  # from any sender
        self.observers.append((observer, self.strings[name], callback, how))

    def CFNotificationCenterRemoveEveryObserver(self, center: int, observer: int) -> None:
        self.observers = [o for o in self.observers if o[0] != observer]

    def CFRelease(self, handle: int) -> None:
        self.released.append(handle)

    def post(self, name: bytes) -> None:
        for _observer, observed, callback, _how in list(self.observers):
            if observed == name:
                callback(self.CENTER, None, None, None, None)  # type: ignore[operator]


def test_idle_time_asks_for_any_input_in_the_combined_session_state():
    graphics = FakeCoreGraphics(idle=12.5)
    assert MacIdleSource(graphics).idle_seconds() == 12.5
    assert graphics.calls == [(0, 0xFFFFFFFF)]


def test_a_negative_idle_time_is_an_error():
    with pytest.raises(IdleSourceError, match="negative"):
        MacIdleSource(FakeCoreGraphics(idle=-1.0)).idle_seconds()


@pytest.mark.parametrize(("stored", "locked"), [(True, True), (False, False), (None, False)])
def test_lock_probe_reads_the_session_dictionary_and_releases_it(stored, locked):
    foundation = FakeCoreFoundation(locked=stored)
    probe = MacLockProbe(FakeCoreGraphics(), foundation)
    assert probe() is locked
    assert foundation.released == [100]
    probe.close()
    assert foundation.released == [100, FakeCoreFoundation.KEY]


def test_no_window_server_session_means_not_locked():
    foundation = FakeCoreFoundation(locked=True)
    assert MacLockProbe(FakeCoreGraphics(session=None), foundation)() is False
    assert foundation.released == []


def test_pushed_lock_and_unlock_become_signals_and_nothing_polls(qtbot):
    center = FakeNotificationCenter()
    reads: list[bool] = []

    def probe() -> bool:
        reads.append(False)
        return False

    events = MacSessionEvents(
        probe, poll_seconds=0.01, listen=lambda report: MacLockNotifications(report, center)
    )
    seen = []
    events.locked.connect(lambda: seen.append("locked"))
    events.unlocked.connect(lambda: seen.append("unlocked"))
    events.start()
    assert [(name, how) for _o, name, _c, how in center.observers] == [
        (b"com.apple.screenIsLocked", 4),  # delivered at once, also in the background
        (b"com.apple.screenIsUnlocked", 4),
    ]
    assert events.sources() == ["com.apple.screenIsLocked"]

    center.post(b"com.apple.screenIsLocked")
    assert seen == ["locked"]
    assert events.is_locked
    center.post(b"com.apple.screenIsUnlocked")
    assert seen == ["locked", "unlocked"]
    assert reads == [False]  # the state read once at start, never polled
    assert not events.findChild(QTimer).isActive()

    events.close()
    assert center.observers == []
    assert sorted(center.released) == [400, 401]
    center.post(b"com.apple.screenIsLocked")  # nobody listens any more
    assert seen == ["locked", "unlocked"]


def test_without_the_notification_center_the_lock_state_is_polled(qtbot):
    def no_center(report):
        raise OSError("no distributed notification center")

    foundation = FakeCoreFoundation(locked=False)
    events = MacSessionEvents(
        MacLockProbe(FakeCoreGraphics(), foundation), poll_seconds=0.02, listen=no_center
    )
    seen = []
    events.locked.connect(lambda: seen.append("locked"))
    events.unlocked.connect(lambda: seen.append("unlocked"))
    events.start()
    foundation.locked = True
    with qtbot.waitSignal(events.locked, timeout=2000):
        pass
    foundation.locked = False
    with qtbot.waitSignal(events.unlocked, timeout=2000):
        pass
    events.close()
    assert seen == ["locked", "unlocked"]


def test_locked_at_start_is_reported_by_start(qtbot):
    events = MacSessionEvents(lambda: True, poll_seconds=60, listen=None)
    with qtbot.waitSignal(events.locked, timeout=100):
        events.start()
    events.close()


def test_a_notification_center_without_a_center_is_refused():
    class NoCenter(FakeNotificationCenter):
        def CFNotificationCenterGetDistributedCenter(self) -> int:
            return 0

    with pytest.raises(OSError, match="no distributed notification center"):
        MacLockNotifications(lambda locked: None, NoCenter())


def test_off_macos_the_real_source_explains_itself(monkeypatch):
    monkeypatch.setattr(macos, "CORE_GRAPHICS", "/nonexistent/CoreGraphics")
    with pytest.raises(IdleSourceError, match="CoreGraphics is not available"):
        MacIdleSource()
