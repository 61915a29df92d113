"""Platform backends: idle time, screen lock and suspend, login autostart.

`detect_idle_source` picks the idle source for this session; `create_session_events`
the lock/suspend listener; `autostart_for` the login-autostart switch.
"""

from sitbreak.platform.autostart import Autostart, autostart_for, default_launch_command
from sitbreak.platform.base import IdleSource, IdleSourceError, SessionEvents
from sitbreak.platform.detect import IdleDetection, create_session_events, detect_idle_source

__all__ = [
    "Autostart",
    "IdleDetection",
    "IdleSource",
    "IdleSourceError",
    "SessionEvents",
    "autostart_for",
    "create_session_events",
    "default_launch_command",
    "detect_idle_source",
]
