"""Tones are valid WAVs, and the first player found on this system is the one used."""

from __future__ import annotations

import array
import io
import itertools
import logging
import sys
import wave
from pathlib import Path

import pytest

from sitbreak.ui.sound import SAMPLE_RATE, Note, SoundPlayer, Tone, choose_backend, tone_wav
from tests.support.waiting import wait_until


def read_wav(data: bytes):
    with wave.open(io.BytesIO(data), "rb") as wav:
        params = wav.getparams()
        samples = array.array("h", wav.readframes(params.nframes))
    if sys.byteorder == "big":
        samples.byteswap()
    return params, samples


@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_is_a_short_soft_mono_wav(tone: Tone) -> None:
    params, samples = read_wav(tone_wav(tone.notes))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, SAMPLE_RATE)
    seconds = params.nframes / SAMPLE_RATE
    assert seconds == pytest.approx(sum(n.seconds for n in tone.notes), abs=0.01)
    assert seconds < 1.0
    peak = max(abs(s) for s in samples)
    assert 0.05 * 32767 < peak <= 0.25 * 32767  # audible, never loud


def test_a_tone_fades_in_and_out_so_it_does_not_click() -> None:
    _, samples = read_wav(tone_wav([Note(440, 0.2, 0.5)]))
    assert abs(samples[0]) < 50
    assert abs(samples[-1]) < 300
    assert max(abs(s) for s in samples[:20]) < max(abs(s) for s in samples[400:600])


def test_the_tone_has_the_pitch_asked_for() -> None:
    _, samples = read_wav(tone_wav([Note(441, 1.0)]))
    rising = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    assert rising == pytest.approx(441, abs=2)


def test_rep_and_phase_tones_differ() -> None:
    assert tone_wav(Tone.REP.notes) != tone_wav(Tone.PHASE.notes)


def fake_which(*present: str):
    return lambda name: f"/usr/bin/{name}" if name in present else None


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        (("pw-play", "paplay", "aplay"), ["/usr/bin/pw-play"]),
        (("paplay", "aplay"), ["/usr/bin/paplay"]),
        (("aplay",), ["/usr/bin/aplay", "-q"]),
        ((), None),
    ],
)
def test_linux_uses_the_first_player_on_path(present, expected) -> None:
    assert choose_backend("linux", fake_which(*present)) == expected


def test_macos_uses_afplay_and_windows_winsound() -> None:
    assert choose_backend("darwin", fake_which("afplay", "aplay")) == ["/usr/bin/afplay"]
    assert choose_backend("darwin", fake_which("aplay")) is None
    assert choose_backend("win32", fake_which()) == ["winsound"]


class Launches:
    def __init__(self, ok: bool = True) -> None:
        self.calls: list[tuple[str, list[str]]] = []
        self.ok = ok

    def __call__(self, program: str, arguments: list[str]) -> bool:
        self.calls.append((program, arguments))
        return self.ok


def test_play_starts_the_player_with_a_wav_file(qapp) -> None:
    launches = Launches()
    player = SoundPlayer(platform="linux", which=fake_which("paplay"), launcher=launches)
    assert player.available
    player.play(Tone.REP)
    player.play(Tone.PHASE)
    player.play(Tone.REP)
    assert [p for p, _ in launches.calls] == ["/usr/bin/paplay"] * 3
    files = [Path(args[-1]) for _, args in launches.calls]
    assert files[0] == files[2] != files[1]  # each tone is written once
    assert read_wav(files[0].read_bytes())[1]
    player.close()
    assert not files[0].exists()


def test_windows_plays_through_winsound(qapp) -> None:
    played: list[str] = []
    player = SoundPlayer(
        platform="win32",
        which=fake_which(),
        launcher=Launches(),
        winsound_player=lambda path: played.append(path) or True,
    )
    player.play_chime()
    assert len(played) == 1
    assert played[0].endswith("chime.wav")
    player.close()


def test_without_a_player_sound_is_off_with_one_info_line(
    qapp, caplog: pytest.LogCaptureFixture
) -> None:
    launches = Launches()
    with caplog.at_level(logging.INFO, logger="sitbreak.ui.sound"):
        player = SoundPlayer(platform="linux", which=fake_which(), launcher=launches)
    assert not player.available
    assert [r.levelno for r in caplog.records] == [logging.INFO]
    assert "pw-play" in caplog.text
    player.play(Tone.PHASE)
    player.play_chime()
    assert launches.calls == []


def test_a_player_that_fails_to_start_is_logged(qapp, caplog: pytest.LogCaptureFixture) -> None:
    player = SoundPlayer(platform="linux", which=fake_which("aplay"), launcher=Launches(ok=False))
    player.play(Tone.PHASE)
    assert "could not start /usr/bin/aplay" in caplog.text
    player.close()


def test_the_real_launcher_starts_a_program_without_waiting(qtbot, tmp_path: Path) -> None:
    marker = tmp_path / "played"
    script = tmp_path / "fake-player"
    script.write_text(f'#!/bin/sh\ncp "$1" "{marker}"\n')
    script.chmod(0o755)
    player = SoundPlayer(platform="linux", which=lambda n: str(script) if n == "pw-play" else None)
    player.play(Tone.PHASE)
    wait_until(marker.exists, timeout=5)
    assert read_wav(marker.read_bytes())[0].nframes > 0
    player.close()
