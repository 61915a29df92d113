"""Platform backends: idle time, screen lock and suspend, login autostart.

`detect.detect_idle_source` picks the idle source for this session;
`detect.create_session_events` the lock/suspend listener; `autostart.autostart_for` the
login-autostart switch. Nothing is imported here: the tray start takes one small module
of this package (the suspend-aware clock) before its icon shows, and D-Bus with it would
delay the icon.
"""
