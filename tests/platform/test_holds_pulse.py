"""Calls on a real PulseAudio server: a parecord capture is a call, a monitor is not."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sitbreak.core.holds import HoldReason
from sitbreak.platform.holds.base import HoldMonitor, HoldSourceError
from sitbreak.platform.holds.pulse_capture import (
    INVALID_INDEX,
    CaptureStream,
    PulseCaptureDetector,
    is_call,
    server_may_answer,
)
from tests.support.pulse import SINK, pulse_server, recording
from tests.support.waiting import wait_until


@pytest.fixture
def pulse(monkeypatch):
    with pulse_server() as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield env


def test_a_capture_is_a_call_until_it_stops_and_each_change_is_pushed(qapp, pulse):
    detector = PulseCaptureDetector()
    monitor = HoldMonitor([detector])
    pushes: list[int] = []
    monitor.changed.connect(lambda: pushes.append(1))
    try:
        assert monitor.check() == frozenset()
        with recording(pulse):
            wait_until(lambda: pushes, timeout=10, what="a push for the capture")
            assert monitor.check() == {HoldReason.CALL}
            assert [s.application for s in detector.calls] == ["parecord"]
            pushes.clear()
        wait_until(lambda: pushes, timeout=10, what="a push for the end of the capture")
        assert monitor.check() == frozenset()
    finally:
        monitor.close()


def test_recording_a_monitor_is_not_a_call(qapp, pulse):
    detector = PulseCaptureDetector()
    try:
        with recording(pulse, f"{SINK}.monitor"):
            # The stream is there (recording() waited for it) and the detector has read
            # the list since; a capture of the microphone next to it is still seen.
            assert not detector.active()
            with recording(pulse):
                wait_until(detector.active, timeout=10, what="the microphone capture")
    finally:
        detector.close()


def test_a_modules_own_stream_is_not_a_call(qapp, pulse):
    """module-remap-source reads the microphone through a stream of its own."""
    env = {**os.environ, **pulse}
    subprocess.run(
        ["pactl", "load-module", "module-remap-source", "master=sbmic", "source_name=sbremap"],
        env=env,
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        ["pactl", "list", "short", "source-outputs"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert listing.strip(), "the module's stream is there"
    detector = PulseCaptureDetector()
    try:
        assert not detector.active()
    finally:
        detector.close()


def test_our_own_capture_is_not_a_call(qapp, pulse):
    with recording(pulse) as parecord:
        detector = PulseCaptureDetector(own_pid=parecord.pid)
        try:
            assert not detector.active()
        finally:
            detector.close()


def test_no_server_is_a_clear_error(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing")
    with pytest.raises(HoldSourceError, match="no PulseAudio or PipeWire server"):
        PulseCaptureDetector()


def test_the_socket_in_the_runtime_dir_is_found_without_a_named_server(qapp, pulse, monkeypatch):
    monkeypatch.delenv("PULSE_SERVER")  # as on a desktop: only $XDG_RUNTIME_DIR/pulse/native
    detector = PulseCaptureDetector()
    try:
        assert not detector.active()
    finally:
        detector.close()


def test_without_any_server_libpulse_is_not_even_loaded(tmp_path):
    """No server named, no socket, no config, no display: the detector says so at once,
    without loading libpulse and the codecs it brings (a process of its own, as this
    one may have loaded it already)."""
    probe = (
        "from sitbreak.platform.holds.base import HoldSourceError\n"
        "from sitbreak.platform.holds.pulse_capture import PulseCaptureDetector\n"
        "try:\n"
        "    PulseCaptureDetector()\n"
        "except HoldSourceError as error:\n"
        "    print(error)\n"
        "print('libpulse' in open('/proc/self/maps').read())\n"
    )
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    run = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    said, loaded = run.stdout.strip().splitlines()
    assert said.startswith("no PulseAudio or PipeWire server")
    assert loaded == "False"


def test_a_server_named_in_client_conf_or_a_socket_means_one_may_answer(tmp_path):
    home = tmp_path / "home"
    (home / ".config" / "pulse").mkdir(parents=True)
    bare = {"HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    if not server_may_answer(bare):  # this machine has no system-wide server or config
        (home / ".config" / "pulse" / "client.conf").write_text("default-server = tcp:box\n")
        assert server_may_answer(bare)
        (home / ".config" / "pulse" / "client.conf").write_text("; default-server = x\n")
        assert not server_may_answer(bare)
        (tmp_path / "run" / "pulse").mkdir(parents=True)
        (tmp_path / "run" / "pulse" / "native").touch()
        assert server_may_answer(bare)
    assert server_may_answer({**bare, "PULSE_SERVER": "unix:/nowhere"})


def _stream(**changes) -> CaptureStream:
    base = dict(
        name="Recording",
        application="Zoom",
        process_id=42,
        client=3,
        resample_method="",
        role="",
        corked=False,
        source_is_monitor=False,
    )
    return CaptureStream(**{**base, **changes})


@pytest.mark.parametrize(
    ("changes", "call"),
    [
        ({}, True),
        ({"source_is_monitor": True}, False),
        ({"resample_method": "peaks"}, False),  # a volume control's level meter
        ({"client": INVALID_INDEX}, False),  # module-remap-source, loopback, echo-cancel
        ({"role": "filter"}, False),
        ({"corked": True}, False),
        ({"process_id": os.getpid()}, False),
        ({"process_id": None}, True),
    ],
)
def test_which_streams_are_calls(changes, call):
    assert is_call(_stream(**changes), own_pid=os.getpid()) is call
