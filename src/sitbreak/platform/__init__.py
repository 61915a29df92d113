"""Platform backends: idle time, screen lock and suspend, login autostart.

`detect_idle_source` picks the idle source for this session; `create_session_events`
the lock/suspend listener; `autostart_for` the login-autostart switch.
"""

from sitbreak.platform.base import IdleSource, IdleSourceError, SessionEvents
from sitbreak.platform.detect import IdleDetection, detect_idle_source

__all__ = [
    "IdleDetection",
    "IdleSource",
    "IdleSourceError",
    "SessionEvents",
    "detect_idle_source",
]
