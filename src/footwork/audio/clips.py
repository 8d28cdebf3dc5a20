"""Reading cue clips: their samples, their lead silence and where their sound ends. Qt-free.

Every word clip starts with a short silence (its *lead*) that wakes a sleeping Bluetooth
speaker; a player that knows its stream's clock starts the clip that much before the cue's
moment, so the first audible sample lands on the moment. The lead is read from each clip,
never assumed.
"""

from __future__ import annotations

import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from footwork import paths

AUDIBLE = 328  # a sample from -40 dBFS on is heard (the clips speak at about -18 dBFS RMS)
SILENT = 33  # a sample below -60 dBFS is silence: where a clip's sound is over


def clips_folder(language: str) -> Path:
    """The clips of ``language``, or the English ones when that language has none."""
    folder = paths.sounds_dir(language)
    return folder if folder.is_dir() else paths.sounds_dir("en")


@dataclass(frozen=True)
class Clip:
    """A 16-bit mono clip: its samples, its rate, its first and last audible sample."""

    samples: array
    rate: int
    first: int  # index of the first audible sample (the lead silence, in samples)
    last: int  # index just after the last audible sample

    @property
    def lead(self) -> float:
        """Seconds of silence before the first audible sample."""
        return self.first / self.rate

    @property
    def sound_end(self) -> float:
        """Seconds from the start of the clip to the end of its last sound."""
        return self.last / self.rate

    @property
    def sounding(self) -> float:
        """Seconds from the first audible sample to the last."""
        return (self.last - self.first) / self.rate


def read_clip(path: Path) -> Clip:
    """The clip in the 16-bit mono wav file ``path`` (ValueError when it is not one)."""
    with wave.open(str(path)) as clip:
        if clip.getsampwidth() != 2 or clip.getnchannels() != 1:
            raise ValueError(f"{path}: not a 16-bit mono wav clip")
        rate = clip.getframerate()
        samples = array("h", clip.readframes(clip.getnframes()))
    first = next((i for i, s in enumerate(samples) if abs(s) >= AUDIBLE), len(samples))
    last = len(samples)
    while last > first and abs(samples[last - 1]) < SILENT:
        last -= 1
    return Clip(samples, rate, first, last)


def sound_length(path: Path) -> float:
    """Seconds from the start of a 16-bit wav clip to the end of its last sound."""
    return read_clip(path).sound_end
