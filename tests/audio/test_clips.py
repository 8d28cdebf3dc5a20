"""Every cue of the catalogue has a clip a player can use, in every language (English, German,
Spanish, French and any other clip folder): present, 16-bit PCM mono, audible, starting quietly
(a Bluetooth speaker wakes up before the word) and short."""

from __future__ import annotations

import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

import pytest

from footwork import cues, paths

FULL_SCALE = 32768


@dataclass(frozen=True)
class Clip:
    channels: int
    sample_width: int
    rate: int
    samples: array

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def peak(self, start: float = 0.0, end: float | None = None) -> int:
        window = self.samples[int(start * self.rate): None if end is None else int(end * self.rate)]
        return max(map(abs, window), default=0)

    def rms_db(self) -> float:
        mean_square = sum(s * s for s in self.samples) / max(len(self.samples), 1)
        return 20 * math.log10(max(math.sqrt(mean_square), 1e-9) / FULL_SCALE)


def _db(level: int) -> float:
    return 20 * math.log10(max(level, 1) / FULL_SCALE)


def read_clip(path: Path) -> Clip:
    with wave.open(str(path)) as clip:  # the stdlib reads uncompressed PCM only
        frames = clip.readframes(clip.getnframes())
        channels, width, rate = clip.getnchannels(), clip.getsampwidth(), clip.getframerate()
    samples = array("h")
    if width == 2:
        samples.frombytes(frames)
        if sys.byteorder == "big":
            samples.byteswap()
    return Clip(channels, width, rate, samples)


#: Languages whose clips ship with Footwork; any other clip folder is checked as well.
SHIPPED = ("en", "de", "es", "fr")
LANGUAGES = tuple(
    sorted(set(SHIPPED) | {p.name for p in paths.sounds_dir("en").parent.iterdir() if p.is_dir()})
)


def clip_path(lang: str, cue: str) -> Path:
    return paths.sounds_dir(lang) / f"{cue}.wav"


@pytest.fixture(params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(params=cues.catalogue())
def cue(request: pytest.FixtureRequest) -> str:
    return request.param


def test_clip_is_a_short_audible_mono_16bit_pcm_wav(lang: str, cue: str) -> None:
    path = clip_path(lang, cue)
    assert path.is_file(), f"no {lang} clip for cue {cue!r}: run tools/render_sounds.py"
    clip = read_clip(path)
    name = f"{lang}/{path.name}"
    assert clip.channels == 1, f"{name} has {clip.channels} channels, want mono"
    assert clip.sample_width == 2, f"{name} is {8 * clip.sample_width}-bit, want 16-bit"
    assert clip.rate in (22050, 44100)
    assert 0.05 < clip.seconds < 4.0, f"{name} lasts {clip.seconds:.2f} s"
    assert _db(clip.peak()) > -20, f"{name} peaks at {_db(clip.peak()):.1f} dBFS: silent?"
    assert clip.rms_db() > -35, f"{name} RMS {clip.rms_db():.1f} dBFS: too quiet"


def test_clip_starts_quietly(lang: str, cue: str) -> None:
    clip = read_clip(clip_path(lang, cue))
    if cues.is_tone(cue):
        # A tone starts at once (within 20 ms) but ramps up: no click, no full-scale start.
        assert _db(clip.peak(0, 0.0005)) < -40, "the tone starts with a click"
        assert clip.peak(0, 0.002) < clip.peak() / 2, "the tone starts at full level"
        assert _db(clip.peak(0, 0.020)) > -40, "the tone starts later than 20 ms"
    else:
        # About 150 ms of silence before the word wakes a sleeping Bluetooth speaker.
        assert _db(clip.peak(0, 0.100)) < -50, "the first 100 ms of a word clip are not silent"
        assert _db(clip.peak(0, 0.300)) > -40, "the word starts later than 300 ms"


def test_all_clips_share_one_format() -> None:
    """Every clip of every language: the player may switch languages without reopening."""
    formats = {
        (c.channels, c.sample_width, c.rate)
        for c in (read_clip(clip_path(lang, cue)) for lang in LANGUAGES
                  for cue in cues.catalogue())
    }
    assert len(formats) == 1, f"clips differ in format: {formats}"


def test_word_clips_are_equally_loud(lang: str) -> None:
    """Normalised to one speech level: no word is much louder or quieter than the others."""
    levels = {
        cue: read_clip(clip_path(lang, cue)).rms_db()
        for cue in cues.catalogue() if not cues.is_tone(cue)
    }
    # The clips' RMS includes the 150 ms lead-in, so short words measure a little lower.
    spread = max(levels.values()) - min(levels.values())
    assert spread < 6, f"{lang} word loudness spreads over {spread:.1f} dB: {levels}"


def test_clips_fit_in_a_small_download(lang: str) -> None:
    total = sum(clip_path(lang, cue).stat().st_size for cue in cues.catalogue())
    assert total < 5_000_000, f"{lang} clips take {total / 1e6:.1f} MB"
