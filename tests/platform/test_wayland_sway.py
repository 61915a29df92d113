"""The Wayland idle source against a real compositor: headless sway, input from wtype.

sway 1.8+ (wlroots 0.16+) offers ext_idle_notify_v1; sway 1.7 (Debian 12) offers only
org_kde_kwin_idle. Either way input must reset the idle time and its absence grow it.
Needs the `sway` and `wtype` packages. sway refuses to run as root, so under root it
runs as `nobody`, in a runtime dir that user owns.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitbreak.platform.wayland import WaylandIdleSource
from tests.support.waiting import wait_until


def _as_sway_user(argv: list[str], env: dict[str, str]) -> list[str]:
    prefix: list[str] = []
    if os.geteuid() == 0:  # setpriv execs, so a signal reaches sway itself
        nobody = pwd.getpwnam("nobody")
        prefix = [
            "setpriv",
            f"--reuid={nobody.pw_uid}",
            f"--regid={nobody.pw_gid}",
            "--clear-groups",
        ]
    return [*prefix, "env", *(f"{key}={value}" for key, value in env.items()), *argv]


@pytest.fixture
def sway() -> Iterator[dict[str, str]]:
    missing = [tool for tool in ("sway", "wtype") if shutil.which(tool) is None]
    assert not missing, f"install {' and '.join(missing)} (apt) to run the Wayland test"
    runtime = Path(tempfile.mkdtemp(prefix="sitbreak-sway-"))
    if os.geteuid() == 0:
        shutil.chown(runtime, "nobody")
    runtime.chmod(0o700)
    config = runtime / "config"
    config.write_text("xwayland disable\n")
    env = {
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    process = subprocess.Popen(
        _as_sway_user(["sway", "-c", str(config)], env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        sockets = lambda: [p for p in runtime.glob("wayland-*") if p.suffix != ".lock"]  # noqa: E731
        wait_until(lambda: bool(sockets()) or process.poll() is not None, 10, what="sway")
        if process.poll() is not None:
            raise AssertionError(f"sway exited: {process.stderr.read().decode()}")
        yield {**env, "WAYLAND_DISPLAY": sockets()[0].name}
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()
        shutil.rmtree(runtime, ignore_errors=True)


def test_real_compositor_reports_idle_and_input(sway):
    source = WaylandIdleSource(sway, threshold_seconds=1)
    try:
        assert source.protocol  # e.g. "ext_idle_notifier_v1 v2" or "org_kde_kwin_idle v1"
        wait_until(lambda: source.idle_seconds() >= 1.0, 5, what=f"idle on {source.protocol}")
        typed = subprocess.run(
            _as_sway_user(["wtype", "a"], sway),
            check=False,
            capture_output=True,
            text=True,
            timeout=10,
        )
        assert typed.returncode == 0, typed.stderr
        wait_until(lambda: source.idle_seconds() < 1.0, 3, what=f"input on {source.protocol}")
    finally:
        source.close()
