#!/usr/bin/env python3
"""Render the cue clips ``assets/sounds/<lang>/<cue>.wav``, offline and reproducibly.

One clip per cue of ``footwork.cues.catalogue()``:

- Words come from a Debian text-to-speech voice. English uses flite's ``slt`` voice (CMU
  ARCTIC "slt", US English, female; Debian package ``flite``), which an offline recogniser
  understood better than festival's ``kal_diphone`` and espeak-ng. Licence of flite and its
  voices: the BSD-like CMU licence (free use, modification and redistribution; keep the
  copyright notice, mark changes; see ``/usr/share/doc/flite/copyright``).
- German, Spanish and French use espeak-ng's own voices ``de``, ``es`` (Spain) and ``fr-fr``
  at 150 words a minute (``-s 150``, a little slower than its default 175, for clarity;
  Debian package ``espeak-ng``). Licence: GPL-3.0-or-later for espeak-ng and its voice data
  (see ``/usr/share/doc/espeak-ng/copyright``); the GPL covers the program, not the speech it
  outputs, so the clips are the project's like the rest of its assets. The MBROLA voices
  (``mb-de6`` ...) are not used: they are licensed for non-commercial use only, and Debian
  ships them in non-free, not in the ``main`` archive the project installs from.
- Texts are what the German, Spanish and French UI says (``translations/footwork_*.ts``,
  contexts Workout and Routine). A few are respelt so that espeak-ng says them right (its
  ``-x`` phoneme output shows how it reads a text); each is marked below. A letter alone is
  said as its name in every espeak-ng language, so letters are written as themselves.
- Tones (``beep_*``) are sine waves from ``sox synth``.

Processing (sox): mono, 16-bit PCM, 22050 Hz, no dither. Word clips: leading and trailing
silence trimmed (below -60 dBFS), then one gain so the speech RMS is -18 dBFS (peaks capped at
-1 dBFS), a 40 ms fade-out, 150 ms of silence in front (a sleeping Bluetooth speaker wakes up
before the word). Tones peak at -15 dBFS (RMS -18 dBFS, like the words) and start within 5 ms.
Every clip ends with 250 ms of silence (see ``TAIL``). The same tools and versions give the
same bytes on every run.

Run from the repository root (needs ``flite`` and ``sox``; other languages ``espeak-ng``)::

    python tools/render_sounds.py [--lang de]     # render every language's clips, or one's
    python tools/render_sounds.py --check [--lang de]   # only verify the clips that exist

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

from footwork.cues import (  # noqa: E402
    builtin_exercises,
    catalogue,
    check_choice,
    check_question,
    count,
    exercise_name,
)

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

ESPEAK_WPM = "150"


def _espeak(voice: str) -> tuple[str, ...]:
    return ("espeak-ng", "-v", voice, "-s", ESPEAK_WPM, "-w", "{out}", "{text}")


# Command lines of the voices per language; {text} and {out} are filled in.
VOICES: dict[str, tuple[str, ...]] = {
    "en": ("flite", "-voice", "slt", "-t", "{text}", "-o", "{out}"),
    "de": _espeak("de"),
    "es": _espeak("es"),
    "fr": _espeak("fr-fr"),
}

_EN_NUMBERS = [
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    "Twenty",
]
# Letter names spelt so that flite says the name of the letter, not a word ("A" -> "uh").
_EN_LETTERS = [
    "Ay", "Bee", "See", "Dee", "Ee", "Eff", "Gee", "Aitch", "Eye", "Jay", "Kay", "Ell", "Em",
    "En", "Oh", "Pee", "Cue", "Are", "Ess", "Tee", "You", "Vee", "Double-you", "Ex", "Why", "Zee",
]
_EN_EXERCISES = builtin_exercises()  # the names the built-in routines give them


def _letters(**names: str) -> dict[str, str]:
    """Letter cues said by writing the letter alone, except the ``names`` given."""
    return {f"letter_{c}": names.get(c, c.upper()) for c in ascii_lowercase}


def _texts(words: dict[str, str], numbers: str, letters: dict[str, str],
           exercises: dict[str, str]) -> dict[str, str]:
    """One language's table: words, number words 1-20, letter names, exercise names."""
    return {
        **words,
        **{count(n): word for n, word in enumerate(numbers.split(), start=1)},
        **letters,
        **{exercise_name(e): name for e, name in exercises.items()},
    }


# German, as the UI says it (Workout context: "MACH DICH BEREIT", "HALTEN", "Fuß wechseln").
_DE_WORDS = {
    "get_ready": "Mach dich bereit", "go": "Los", "hold": "Halten", "release": "Loslassen",
    "rest": "Pause", "switch_feet": "Fuß wechseln", "switch_legs": "Bein wechseln",
    "halfway": "Halbzeit", "last_one": "Letzte Wiederholung", "next": "Nächste Übung",
    "workout_complete": "Training geschafft. Gut gemacht.", "paused": "Pausiert",
    "resumed": "Es geht weiter",
}
_DE_NUMBERS = (
    "Eins Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf Dreizehn Vierzehn "
    "Fünfzehn Sechzehn Siebzehn Achtzehn Neunzehn Zwanzig"
)
# The Routine context's names. Hyphens respell compounds that espeak-ng misreads: it says
# "Fußsohle" with a short u, "Wadendehnung" with a short a, "Zehenspitzen-" and "-stand" with
# "s-p"/"s-t" instead of "sch-p"/"sch-t", and "Check" with the "ch" of "ich".
_DE_EXERCISES = {
    "tripod-check": "Dreipunkt-Tscheck", "ball-roll": "Fuß-Sohle ausrollen",
    "toe-spread": "Zehen spreizen", "calf-drops": "Fersen senken",
    "plantar-stretch": "Fuß-Sohle dehnen", "toe-lifts": "Mit den Zehen heben",
    "toe-spelling": "Alphabet mit den Zehen", "towel-curls": "Handtuch greifen",
    "heel-walks": "Fersengang", "toe-walks": "Zehen-Spitzengang",
    "single-leg-balance": "Einbein-Stand", "calf-stretch": "Waden-Dehnung",
    "marble-pickup": "Murmeln aufheben",
}

# Spanish (Spain), as the UI says it ("PREPÁRATE", "MANTÉN", "CAMBIA DE PIE", "¡YA!").
_ES_WORDS = {
    "get_ready": "Prepárate", "go": "¡Ya!", "hold": "Mantén", "release": "Suelta",
    "rest": "Descansa", "switch_feet": "Cambia de pie", "switch_legs": "Cambia de pierna",
    "halfway": "Mitad del tiempo", "last_one": "Última repetición",
    "next": "Siguiente ejercicio", "workout_complete": "Entrenamiento completado. ¡Bien hecho!",
    "paused": "En pausa", "resumed": "Reanudamos",
}
_ES_NUMBERS = (
    "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte"
)
_ES_EXERCISES = {
    "tripod-check": "Control del trípode", "ball-roll": "Masaje con pelota",
    "toe-spread": "Separar los dedos", "calf-drops": "Bajadas de talones",
    "plantar-stretch": "Estiramiento plantar", "toe-lifts": "Levantar con los dedos",
    "toe-spelling": "Abecedario con el pie", "towel-curls": "Arrugar la toalla",
    "heel-walks": "Caminar de talones", "toe-walks": "Caminar de puntillas",
    "single-leg-balance": "Equilibrio a una pierna", "calf-stretch": "Estiramiento de gemelos",
    "marble-pickup": "Recoger canicas",
}

# French, as the UI says it ("PRÉPAREZ-VOUS", "TENEZ", "CHANGEZ DE PIED", "ALLEZ").
_FR_WORDS = {
    "get_ready": "Préparez-vous", "go": "Allez", "hold": "Tenez", "release": "Relâchez",
    "rest": "Repos", "switch_feet": "Changez de pied", "switch_legs": "Changez de jambe",
    "halfway": "Mi-temps", "last_one": "Dernière répétition", "next": "Exercice suivant",
    "workout_complete": "Séance terminée. Bravo !", "paused": "En pause",
    "resumed": "On reprend",
}
_FR_NUMBERS = (
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf vingt"
)
_FR_EXERCISES = {
    "tripod-check": "Contrôle du trépied", "ball-roll": "Massage à la balle",
    "toe-spread": "Écarter les orteils", "calf-drops": "Descentes de talons",
    "plantar-stretch": "Étirement plantaire", "toe-lifts": "Soulever avec les orteils",
    "toe-spelling": "Alphabet avec les orteils", "towel-curls": "Froisser la serviette",
    "heel-walks": "Marche sur les talons", "toe-walks": "Marche sur la pointe des pieds",
    "single-leg-balance": "Équilibre sur une jambe", "calf-stretch": "Étirement des mollets",
    "marble-pickup": "Ramasser des billes",
}


def _check(exercise_id: str, question: str, *choices: str) -> dict[str, str]:
    """A built-in check's question, then each choice said with its number ("One: outside")."""
    return {check_question(exercise_id): question,
            **{check_choice(exercise_id, n): text for n, text in enumerate(choices, start=1)}}


# The tripod check's question and choices as the UI says them (Routine context), each choice
# with the number that answers it. A colon gives the pause between number and word.
_CHECKS = {
    "en": _check("tripod-check", "Where does your weight rest?",
                 "One: outside.", "Two: middle.", "Three: inside."),
    "de": _check("tripod-check", "Wo liegt dein Gewicht?",
                 "Eins: außen.", "Zwei: mittig.", "Drei: innen."),
    "es": _check("tripod-check", "¿Dónde recae tu peso?",
                 "Uno: exterior.", "Dos: centro.", "Tres: interior."),
    "fr": _check("tripod-check", "Où repose votre poids ?",
                 "Un : extérieur.", "Deux : centre.", "Trois : intérieur."),
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
        **_CHECKS["en"],
    },
    "de": {**_texts(_DE_WORDS, _DE_NUMBERS, _letters(), _DE_EXERCISES), **_CHECKS["de"]},
    # espeak-ng says a lone "Y" as the word "y" ("and", like the letter I): give its name.
    "es": {**_texts(_ES_WORDS, _ES_NUMBERS, _letters(y="i griega"), _ES_EXERCISES),
           **_CHECKS["es"]},
    "fr": {**_texts(_FR_WORDS, _FR_NUMBERS, _letters(), _FR_EXERCISES), **_CHECKS["fr"]},
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


def languages(chosen: str | None, folders: bool) -> list[str]:
    """The chosen language, else every language with a voice (and, if ``folders``, with clips)."""
    if chosen:
        return [chosen]
    found = {p.name for p in (REPO / "assets" / "sounds").iterdir() if p.is_dir()}
    return sorted(set(VOICES) | (found if folders else set()))


def render_and_report(lang: str) -> None:
    if missing_texts(lang):
        sys.exit(f"{lang}: add texts for {', '.join(missing_texts(lang))}")
    written = render(lang)
    size = sum(p.stat().st_size for p in written)
    print(f"{len(written)} clips, {size / 1e6:.2f} MB in assets/sounds/{lang}/")


def check_and_report(lang: str) -> bool:
    found = problems(lang)
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print(f"{lang}: all {len(catalogue())} clips present and well-formed")
    return not found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(VOICES), help="only this language")
    parser.add_argument("--check", action="store_true", help="only verify the existing clips")
    args = parser.parse_args(argv)
    if not args.check:
        for lang in languages(args.lang, folders=False):
            render_and_report(lang)
    results = [check_and_report(lang) for lang in languages(args.lang, folders=True)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
