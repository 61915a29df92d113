"""Soft tones without extra dependencies: WAVs made with the stdlib, played by the OS.

Windows plays them with `winsound` (asynchronously, from a file: winsound cannot play
from memory asynchronously); macOS with `afplay`; Linux with the first of `pw-play`,
`paplay`, `aplay` on PATH, started detached through QProcess so the GUI thread never
waits. With none of these, sound is off and one info line says why.
"""

from __future__ import annotations

import array
import io
import logging
import math
import shutil
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QProcess

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


@dataclass(frozen=True)
class Note:
    frequency: float  # Hz
    seconds: float
    volume: float = 0.22  # 0..1 of full scale: soft


class Tone(Enum):
    PHASE = (Note(660.0, 0.09),)  # a phase begins: lift, hold, lower, rest, get ready
    REP = (Note(880.0, 0.06, 0.18),)  # a rep is done: shorter and higher
    CHIME = (Note(587.33, 0.16), Note(880.0, 0.32))  # a prompt: a gentle rising fifth
    FINISHED = (Note(523.25, 0.14), Note(659.25, 0.14), Note(783.99, 0.36))

    @property
    def notes(self) -> tuple[Note, ...]:
        return self.value  # type: ignore[no-any-return]


def tone_wav(notes: Sequence[Note], sample_rate: int = SAMPLE_RATE) -> bytes:
    """Mono 16-bit PCM; each note fades in and out so it never clicks."""
    samples = array.array("h")
    for note in notes:
        count = max(1, round(note.seconds * sample_rate))
        fade = max(1, min(count // 2, round(0.012 * sample_rate)))
        amplitude = max(0.0, min(1.0, note.volume)) * 32767
        for i in range(count):
            edge = min(i, count - 1 - i)
            envelope = 1.0 if edge >= fade else 0.5 - 0.5 * math.cos(math.pi * edge / fade)
            # A gentle decay over the note makes it read as a soft bell, not a beep.
            decay = math.exp(-2.5 * i / count)
            value = math.sin(2 * math.pi * note.frequency * i / sample_rate)
            samples.append(round(amplitude * envelope * decay * value))
    if sys.byteorder == "big":
        samples.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def choose_backend(platform: str, which: Callable[[str], str | None]) -> list[str] | None:
    """The command that plays a WAV file (the file name is appended), or None.

    `["winsound"]` stands for the stdlib module on Windows.
    """
    if platform.startswith("win"):
        return ["winsound"]
    if platform == "darwin":
        found = which("afplay")
        return [found] if found else None
    for name in LINUX_PLAYERS:
        found = which(name)
        if found:
            return [found, "-q"] if name == "aplay" else [found]
    return None


Launcher = Callable[[str, list[str]], bool]


def _start_detached(program: str, arguments: list[str]) -> bool:
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def _play_with_winsound(path: str) -> bool:
    if sys.platform != "win32":
        raise RuntimeError("winsound exists only on Windows")
    import winsound

    flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
    winsound.PlaySound(path, flags)
    return True


class SoundPlayer(QObject):
    """Plays a Tone without blocking. `available` is False when this system cannot."""

    def __init__(
        self,
        parent: QObject | None = None,
        platform: str = sys.platform,
        which: Callable[[str], str | None] = shutil.which,
        launcher: Launcher = _start_detached,
        winsound_player: Callable[[str], bool] = _play_with_winsound,
    ) -> None:
        super().__init__(parent)
        self._command = choose_backend(platform, which)
        self._launcher = launcher
        self._winsound = winsound_player
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._files: dict[Tone, Path] = {}
        if self._command is None:
            log.info(
                "no sound player found (looked for %s): routine tones are off",
                "afplay" if platform == "darwin" else ", ".join(LINUX_PLAYERS),
            )

    @property
    def available(self) -> bool:
        return self._command is not None

    @property
    def command(self) -> list[str] | None:
        return None if self._command is None else list(self._command)

    def play(self, tone: Tone) -> None:
        if self._command is None:
            return
        try:
            path = str(self._file_for(tone))
            if self._command == ["winsound"]:
                started = self._winsound(path)
            else:
                started = self._launcher(self._command[0], [*self._command[1:], path])
        except (OSError, RuntimeError) as error:
            log.warning("could not play a tone: %s", error)
            return
        if not started:
            log.warning("could not start %s to play a tone", self._command[0])

    def play_chime(self) -> None:
        """The soft prompt chime."""
        self.play(Tone.CHIME)

    def close(self) -> None:
        """Remove the tone files."""
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
            self._files.clear()

    def _file_for(self, tone: Tone) -> Path:
        path = self._files.get(tone)
        if path is None:
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="sitbreak-tones-")
            path = Path(self._folder.name) / f"{tone.name.lower()}.wav"
            path.write_bytes(tone_wav(tone.notes))
            self._files[tone] = path
        return path
