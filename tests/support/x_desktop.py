"""A private X desktop for tests that change window state: its own Xvfb (the display
number chosen by Xvfb itself, so parallel runs never collide) and openbox, a window
manager that honours EWMH full screen, as checked on this kind of machine."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support.waiting import wait_until

# -noreset: a server that resets when its last client leaves refuses one connecting then.
XVFB_OPTIONS = ("-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset")


@contextmanager
def x_desktop(window_manager: bool = True) -> Iterator[dict[str, str]]:
    """The environment of a fresh Xvfb (with openbox running, by default)."""
    for tool in ("Xvfb", "openbox", "wmctrl", "xprop"):
        assert shutil.which(tool), f"{tool} is needed: run the README's test command"
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), *XVFB_OPTIONS],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    processes = [xvfb]
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not report its display"
        env = {**os.environ, "DISPLAY": f":{number}"}
        if window_manager:
            processes.append(
                subprocess.Popen(
                    ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
            # Generous: on a loaded machine openbox may take a while to take over.
            wait_until(lambda: _has_window_manager(env), timeout=60, what="openbox to start")
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=10)


def _has_window_manager(env: dict[str, str]) -> bool:
    result = subprocess.run(["wmctrl", "-m"], check=False, env=env, capture_output=True, timeout=10)
    return result.returncode == 0


@contextmanager
def xterm(env: dict[str, str], title: str) -> Iterator[int]:
    """A plain xterm that keeps its title; yields its X window id once it is mapped."""
    process = subprocess.Popen(
        ["xterm", "-T", title, "-e", "sleep", "600"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield wait_until(lambda: window_id(env, title), timeout=60, what=f"the {title} window")
    finally:
        process.terminate()
        process.wait(timeout=10)


def window_id(env: dict[str, str], title: str) -> int | None:
    listing = subprocess.run(
        ["wmctrl", "-l"], check=False, env=env, capture_output=True, text=True, timeout=10
    ).stdout
    for line in listing.splitlines():
        fields = line.split(None, 3)
        if len(fields) == 4 and fields[3] == title:
            return int(fields[0], 16)
    return None


def wmctrl(env: dict[str, str], *args: str) -> None:
    subprocess.run(["wmctrl", *args], env=env, check=True, timeout=10)
