#!/usr/bin/env python3
"""Render the cue clips ``assets/sounds/<lang>/<cue>.wav``, offline and reproducibly.

One clip per cue of ``footwork.cues.catalogue()``:

- Words come from a Debian text-to-speech voice. English uses flite's ``slt`` voice (CMU
  ARCTIC "slt", US English, female; Debian package ``flite``), which an offline recogniser
  understood better than festival's ``kal_diphone`` and espeak-ng. Licence of flite and its
  voices: the BSD-like CMU licence (free use, modification and redistribution; keep the
  copyright notice, mark changes; see ``/usr/share/doc/flite/copyright``).
- Tones (``beep_*``) are sine waves from ``sox synth``.

Processing (sox): mono, 16-bit PCM, 22050 Hz, no dither. Word clips: leading and trailing
silence trimmed (below -60 dBFS), then one gain so the speech RMS is -18 dBFS (peaks capped at
-1 dBFS), a 40 ms fade-out, 150 ms of silence in front (a sleeping Bluetooth speaker wakes up
before the word). Tones peak at -15 dBFS (RMS -18 dBFS, like the words) and start within 5 ms.
Every clip ends with 250 ms of silence (see ``TAIL``). The same tools and versions give the
same bytes on every run.

Run from the repository root (needs ``flite`` and ``sox``; other languages ``espeak-ng``)::

    python tools/render_sounds.py [--lang en]     # render every clip of a language
    python tools/render_sounds.py --check         # only verify the clips that exist

Another language needs a ``VOICES`` entry and a ``TEXTS`` table with every catalogue cue.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import wave
from array import array
from pathlib import Path
from string import ascii_lowercase

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from footwork.cues import catalogue, count, exercise_name  # noqa: E402

RATE = 22050
TRIM_DB = -60  # dBFS below which the synthesiser's leading and trailing output counts as silence
TARGET_RMS_DB = -18.0
PEAK_CEILING_DB = -1.0
LEAD_IN = 0.150  # s of silence before a word
# s of silence after every clip. Qt's QSoundEffect on PulseAudio keeps the last few tens of
# milliseconds of a clip in its buffer until the next sound, and the Qt player stops each clip
# itself once its sound is over (see footwork/audio/qt_player.py): both then only cut silence.
TAIL = 0.250
MAX_SECONDS = 4.0

# Command lines of the voices per language; {text} and {out} are filled in.
VOICES: dict[str, tuple[str, ...]] = {
    "en": ("flite", "-voice", "slt", "-t", "{text}", "-o", "{out}"),
    # e.g. "de": ("espeak-ng", "-v", "de", "-w", "{out}", "{text}"),
}

_EN_NUMBERS = (
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty"
).split()
# Letter names spelt so that flite says the name of the letter, not a word ("A" -> "uh").
_EN_LETTERS = (
    "Ay Bee See Dee Ee Eff Gee Aitch Eye Jay Kay Ell Em En Oh Pee Cue Are Ess Tee You Vee "
    "Double-you Ex Why Zee"
).split()
_EN_EXERCISES = {
    "tripod-check": "Tripod check", "ball-roll": "Ball roll", "toe-spread": "Toe spread",
    "calf-drops": "Calf drops", "plantar-stretch": "Plantar stretch", "toe-lifts": "Toe lifts",
    "toe-spelling": "Toe spelling", "towel-curls": "Towel curls", "heel-walks": "Heel walks",
    "toe-walks": "Toe walks", "single-leg-balance": "Single-leg balance",
    "calf-stretch": "Calf stretch", "marble-pickup": "Marble pickup",
}

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "get_ready": "Get ready", "go": "Go", "hold": "Hold", "release": "Release",
        "rest": "Rest", "switch_feet": "Switch feet", "switch_legs": "Switch legs",
        "halfway": "Halfway", "last_one": "Last one", "next": "Next exercise",
        "workout_complete": "Workout complete. Well done.", "paused": "Paused",
        "resumed": "Resumed",
        **{count(n): word for n, word in enumerate(_EN_NUMBERS, start=1)},
        **{f"letter_{c}": name for c, name in zip(ascii_lowercase, _EN_LETTERS, strict=True)},
        **{exercise_name(e): name for e, name in _EN_EXERCISES.items()},
    },
}

# Tones: (frequency Hz, seconds) segments played one after the other, and the fade-out.
TONES: dict[str, tuple[tuple[tuple[int, float], ...], float]] = {
    "beep_tick": (((1000, 0.080),), 0.020),
    "beep_go": (((988, 0.100), (1319, 0.150)), 0.050),
    "beep_end": (((659, 0.500),), 0.250),
}
TONE_PEAK_DB = -15.0

_FORMAT = ("-D", "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer")


def _sox(*args: str) -> str:
    done = subprocess.run(["sox", *args], capture_output=True, text=True, check=True)
    return done.stderr


def _levels(path: Path) -> tuple[float, float]:
    """The RMS and peak level of a clip in dBFS, as ``sox stats`` reports them."""
    stats = dict(
        line.rsplit(None, 1) for line in _sox(str(path), "-n", "stats").splitlines()
        if line.strip()
    )
    return float(stats["RMS lev dB"]), float(stats["Pk lev dB"])


def render_word(voice: tuple[str, ...], text: str, out: Path, tmp: Path) -> None:
    raw, trimmed = tmp / "raw.wav", tmp / "trimmed.wav"
    subprocess.run([part.format(text=text, out=raw) for part in voice], check=True,
                   stdout=subprocess.DEVNULL)
    _sox(str(raw), *_FORMAT, str(trimmed), "rate", "-v", str(RATE),
         "silence", "1", "0.005", f"{TRIM_DB}d", "reverse",
         "silence", "1", "0.005", f"{TRIM_DB}d", "reverse")
    rms, peak = _levels(trimmed)
    gain = min(TARGET_RMS_DB - rms, PEAK_CEILING_DB - peak)
    _sox(str(trimmed), *_FORMAT, str(out), "gain", f"{gain:.2f}",
         "fade", "t", "0", "-0", "0.04", "pad", str(LEAD_IN), str(TAIL))


def render_tone(segments: tuple[tuple[int, float], ...], fade_out: float, out: Path,
                tmp: Path) -> None:
    parts = []
    for i, (freq, seconds) in enumerate(segments):
        part = tmp / f"tone{i}.wav"
        _sox("-n", *_FORMAT, str(part), "synth", str(seconds), "sine", str(freq))
        parts.append(str(part))
    _sox(*parts, *_FORMAT, str(out), "norm", str(TONE_PEAK_DB),
         "fade", "h", "0.005", "-0", str(fade_out), "pad", "0", str(TAIL))


def render(lang: str) -> list[Path]:
    voice, texts = VOICES[lang], TEXTS[lang]
    folder = REPO / "assets" / "sounds" / lang
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for cue in catalogue():
            out = folder / f"{cue}.wav"
            if cue in TONES:
                render_tone(*TONES[cue], out, tmp)
            else:
                render_word(voice, texts[cue], out, tmp)
            written.append(out)
    return written


def missing_texts(lang: str) -> list[str]:
    """Word cues of the catalogue that have no text to speak in ``lang``."""
    return [c for c in catalogue() if c not in TONES and c not in TEXTS.get(lang, {})]


def problems(lang: str) -> list[str]:
    """What is wrong with a language's clips (missing, wrong format, silent, too long)."""
    found = []
    if missing_texts(lang):
        found.append(f"{lang}: no text for {', '.join(missing_texts(lang))}")
    for cue in catalogue():
        path = REPO / "assets" / "sounds" / lang / f"{cue}.wav"
        if not path.is_file():
            found.append(f"{path}: missing")
            continue
        with wave.open(str(path)) as clip:
            fmt = (clip.getnchannels(), clip.getsampwidth(), clip.getframerate())
            frames = clip.getnframes()
            samples = array("h", clip.readframes(frames))
        if fmt != (1, 2, RATE):
            found.append(f"{path}: {fmt} is not (mono, 16-bit, {RATE} Hz)")
        if frames / RATE >= MAX_SECONDS:
            found.append(f"{path}: {frames / RATE:.2f} s is too long")
        if max(map(abs, samples), default=0) < 3000:
            found.append(f"{path}: (nearly) silent")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=sorted(VOICES))
    parser.add_argument("--check", action="store_true", help="only verify the existing clips")
    args = parser.parse_args(argv)
    if not args.check and missing_texts(args.lang):
        sys.exit(f"{args.lang}: add texts for {', '.join(missing_texts(args.lang))}")
    if not args.check:
        written = render(args.lang)
        size = sum(p.stat().st_size for p in written)
        print(f"{len(written)} clips, {size / 1e6:.2f} MB in assets/sounds/{args.lang}/")
    found = problems(args.lang)
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print(f"{args.lang}: all {len(catalogue())} clips present and well-formed")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
