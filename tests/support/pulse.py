"""A private PulseAudio server for tests: its own runtime dir and socket, a null sink
and a null source named like a microphone, as checked on this kind of machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.waiting import wait_until

SOURCE = "sbmic"
SINK = "sbnull"


@contextmanager
def pulse_server() -> Iterator[dict[str, str]]:
    """The environment variables a client needs to reach the server (PULSE_SERVER...)."""
    for tool in ("pulseaudio", "pactl", "parecord"):
        assert shutil.which(tool), f"{tool} is needed: run the README's test command"
    with tempfile.TemporaryDirectory(prefix="sitbreak-pulse-") as runtime:
        socket = Path(runtime) / "pulse" / "native"
        socket.parent.mkdir(mode=0o700)
        env = {
            **os.environ,
            "XDG_RUNTIME_DIR": runtime,
            "PULSE_SERVER": f"unix:{socket}",
            "HOME": runtime,  # the client's cookie and config stay in here
        }
        server = subprocess.Popen(
            [
                "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                "--use-pid-file=no", "--disallow-exit", "-L",
                f"module-native-protocol-unix socket={socket} auth-anonymous=1",
                "-L", f"module-null-sink sink_name={SINK}",
                "-L", f"module-null-source source_name={SOURCE} description=Microphone",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            wait_until(lambda: _answers(env, server), timeout=60, what="PulseAudio to start")
            yield {k: env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER", "HOME")}
        finally:
            server.terminate()
            server.wait(timeout=10)
            if server.stderr is not None:
                server.stderr.close()


def _answers(env: dict[str, str], server: subprocess.Popen[bytes]) -> bool:
    if server.poll() is not None:
        stderr = server.stderr.read().decode() if server.stderr else ""
        raise AssertionError(f"pulseaudio exited: {stderr}")
    result = subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False)
    return result.returncode == 0


@contextmanager
def recording(env: dict[str, str], device: str = SOURCE) -> Iterator[subprocess.Popen[bytes]]:
    """`parecord` capturing from `device` (what a call does to the microphone)."""
    process = subprocess.Popen(
        ["parecord", "--raw", "-d", device, "/dev/null"],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: _has_output(env, process), timeout=60, what="parecord's stream")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def _has_output(env: dict[str, str], process: subprocess.Popen[bytes]) -> bool:
    assert process.poll() is None, "parecord exited"
    listing = subprocess.run(
        ["pactl", "list", "short", "source-outputs"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return bool(listing.strip())
