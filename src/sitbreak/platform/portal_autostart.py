"""Start at login from inside a Flatpak sandbox, through the desktop's Background portal.

A sandboxed app cannot write ~/.config/autostart (and is not given the right to). It
asks `org.freedesktop.portal.Background.RequestBackground` with `autostart`; the desktop
asks the user once and writes the autostart entry itself, with the Exec line of our
exported desktop entry. The answer comes later, as the `Response` signal of a Request
object, so `enable()` and `disable()` return at once. The portal cannot be asked later
what it granted, so the last answer is kept in a small state file: `is_enabled()` says
what the portal last granted. A refusal is logged and told through `on_refused`.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage

from sitbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from sitbreak.storage.atomic import write_text_atomic

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
RESPONSE_SLOT = "_on_response(uint,QVariantMap)"
REASON = QT_TRANSLATE_NOOP(
    "Autostart", "Sitbreak counts your sitting time and reminds you to move while you work."
)
_tokens = itertools.count(1)


def in_flatpak(environ: Mapping[str, str], info_file: Path = Path("/.flatpak-info")) -> bool:
    """True inside a Flatpak sandbox (the same test Qt and GLib make)."""
    return bool(environ.get("FLATPAK_ID")) and info_file.exists()


def request_path(unique_name: str, token: str) -> str:
    """The Request object the portal will answer on (the portal's documented rule)."""
    sender = unique_name.removeprefix(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


class PortalAutostart(QObject):
    """The Autostart interface over the Background portal; answers arrive asynchronously."""

    def __init__(
        self,
        bus: QDBusConnection,
        state_file: Path,
        on_refused: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self.state_file = state_file
        self._on_refused = on_refused
        self._pending: bool | None = None  # the autostart value asked for, until answered
        self._listening: str | None = None  # the Request path we wait on

    def describe(self) -> str:
        return translate(
            "Autostart", "the desktop's background apps permission (Background portal)"
        )

    def is_enabled(self) -> bool:
        return self._state().get("autostart") is True

    def _state(self) -> dict[str, Any]:
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("autostart state %s unreadable (%s)", self.state_file, error)
            return {}
        return state if isinstance(state, dict) else {}

    def enable(self) -> None:
        self._request(True)

    def disable(self) -> None:
        self._request(False)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    # -- the request ----------------------------------------------------------------------
    def _request(self, autostart: bool) -> None:
        if self._pending == autostart:
            return  # the same question is waiting for the user's answer
        if not self._bus.isConnected():
            text = translate(
                "Autostart", "no session bus to reach the Background portal: {problem}"
            )
            self._refused(text.format(problem=self._bus.lastError().message()))
            return
        token = f"sitbreak{os.getpid()}_{next(_tokens)}"
        self._listen(request_path(self._bus.baseService(), token))
        message = QDBusMessage.createMethodCall(
            PORTAL, PORTAL_PATH, BACKGROUND, "RequestBackground"
        )
        # No commandline: the portal then uses the Exec line of our exported desktop entry.
        reason = translate("Autostart", REASON)
        message.setArguments(
            ["", {"handle_token": token, "reason": reason, "autostart": autostart}]
        )
        self._pending = autostart
        # QtDBus calls only Qt slots named by SLOT(); the stubs wrongly want bytes.
        if not self._bus.callWithCallback(  # type: ignore[call-overload]
            message, self, SLOT("_on_reply(QDBusMessage)"), SLOT("_on_error(QDBusError)")
        ):
            self._pending = None
            text = translate("Autostart", "the Background portal could not be asked: {problem}")
            self._refused(text.format(problem=self._bus.lastError().message()))

    def _listen(self, path: str) -> None:
        self._stop_listening()
        if not self._bus.connect(  # type: ignore[call-overload]
            PORTAL, path, REQUEST, "Response", self, SLOT(RESPONSE_SLOT)
        ):
            log.warning("cannot listen for the Background portal's answer on %s", path)
        self._listening = path

    def _stop_listening(self) -> None:
        if self._listening is not None:
            self._bus.disconnect(  # type: ignore[call-overload]
                PORTAL, self._listening, REQUEST, "Response", self, SLOT(RESPONSE_SLOT)
            )
            self._listening = None

    @Slot(QDBusMessage)
    def _on_reply(self, reply: QDBusMessage) -> None:
        # Portals older than 0.9 answer on a path of their own choosing: follow it.
        arguments = reply.arguments()
        handle = arguments[0].path() if arguments and hasattr(arguments[0], "path") else None
        if handle and handle != self._listening and self._pending is not None:
            self._listen(handle)

    @Slot(QDBusError)
    def _on_error(self, error: QDBusError) -> None:
        self._pending = None
        self._stop_listening()
        text = translate("Autostart", "the Background portal did not answer: {problem}")
        self._refused(text.format(problem=f"{error.name()}: {error.message()}"))

    @Slot("uint", "QVariantMap")
    def _on_response(self, response: int, results: dict[str, Any]) -> None:
        asked, self._pending = self._pending, None
        self._stop_listening()
        if asked is None:
            return
        granted = response == 0 and bool(results.get("autostart", False))
        refused = asked and not granted
        told_before = self._state().get("refused") is True
        try:
            state = {"autostart": granted, "refused": refused}
            write_text_atomic(self.state_file, json.dumps(state) + "\n")
            os.chmod(self.state_file, 0o600)
        except OSError as error:
            log.error(
                "cannot keep the Background portal's answer in %s: %s", self.state_file, error
            )
        if not refused:
            log.info("Background portal: autostart %s", "on" if granted else "off")
            return
        if response == 1:
            why = translate("Autostart", "you declined", "Sitbreak cannot start at login: ...")
        else:
            why = translate("Autostart", "the desktop does not allow it")
        text = translate(
            "Autostart",
            "Sitbreak cannot start at login: {why}. Allow Sitbreak to run in the background "
            "in your system settings (Apps); Sitbreak asks again at its next start.",
        ).format(why=why)
        if told_before:  # asked at every start while refused: say it once, log it always
            log.warning("autostart: %s", text)
        else:
            self._refused(text)

    def _refused(self, text: str) -> None:
        log.warning("autostart: %s", text)
        if self._on_refused is not None:
            self._on_refused(text)
