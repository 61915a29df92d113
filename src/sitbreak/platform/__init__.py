"""Platform backends: idle time, screen lock and suspend, login autostart, holds,
notifications, the private runtime folder.

Import the module you need (`platform.detect` picks the idle source and the lock/suspend
listener, `platform.autostart` the login-autostart switch): this package imports nothing
itself, so the command line can use `platform.runtime_dir` and `platform.peer` without Qt,
and the tray start takes the suspend-aware clock before its icon shows without D-Bus.
"""
