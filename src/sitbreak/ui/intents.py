"""What the user asks of the app, declared once.

Every surface emits here: the tray menu, the status window, the prompt (window or
notification), and later notification actions and the command line. app.py connects
each intent once, to the desk or to a window. A widget only emits; it never decides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Intents(QObject):
    squeeze_now_requested = Signal()
    stand_now_requested = Signal()
    standing_toggled = Signal(bool)  # "I'm standing" on (True) or off
    stood_up_requested = Signal()  # manual mode: "I stood up"
    pause_requested = Signal(object)  # a PauseLength: a timedelta, or TOMORROW
    resume_requested = Signal()
    routine_requested = Signal()  # the daily routine (its window also offers the full one)
    full_routine_requested = Signal()  # the full glute routine, straight away
    stats_requested = Signal()
    settings_requested = Signal()  # the settings dialog
    edit_settings_requested = Signal()  # settings.toml in an editor (advanced)
    quit_requested = Signal()
    # The answer to the prompt on screen: an Outcome, and a FollowUp or None (a routine
    # or the guided squeeze asked for along with accepting).
    prompt_answered = Signal(object, object)
