"""The whole chain, end to end: a short routine runs in the real app on the real clock and
event loop, the engine's cues go through the chosen player to a PulseAudio null sink, and the
sink's monitor (recorded with parec) shows each cue heard at its moment: not before it, and
before the next cue is due. How late the players are is a figure of benchmarks/cue_latency.py.
On the stream backend each cue's first audible sample is within 30 ms of its moment (p95) and
one sound plays at a time: that is what it promises, by construction."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.audio.clips import read_clip
from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.routine.loader import parse
from footwork.routine.model import Routine
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.page import WorkoutPage
from tests.audio.pulse_sink import AUDIBLE, PulseSink, Recorder, clip_onset

pytestmark = pytest.mark.audio

ON_THE_BEAT = 0.030  # s: the stream backend's onsets, from the cue's moment (p95)
# Cues at least 0.9 s apart, so each starts in silence: name 0, get ready 1.5, hold 3,
# ticks 5 6 7, release 8, last one 10, ticks 12 13 14, workout complete 15.
ROUTINE = parse(b"""
format = 1
id = "sink-test"
name = "Sink test"
prepare = 3

[[exercises]]
id = "toe-spread"
name = "Toe spread"
kind = "hold"
hold = 5
reps = 2
release = 2
""", Path("sink-test.toml"))
EXPECTED = ["name_toe-spread", "get_ready", "hold", "beep_tick", "beep_tick", "beep_tick",
            "release", "last_one", "beep_tick", "beep_tick", "beep_tick", "workout_complete"]


# "last one" at 0 of a 3.5 s hold, its countdown ticks at 0.5, 1.5, 2.5: the first tick
# comes while "last one" still sounds and must not be heard.
CROWDED = parse(b"""
format = 1
id = "crowded"
name = "Crowded"
prepare = 2

[[exercises]]
id = "toe-spread"
name = "Toe spread"
kind = "hold"
hold = 3.5
reps = 2
release = 2
""", Path("crowded.toml"))


def run_workout(qtbot: QtBot, recorder: Recorder, sound: Sound, routine: Routine = ROUTINE,
                ) -> tuple[float, float, list[tuple[str, float]]]:
    """Run a routine through the app; returns its start, its end and the cues emitted."""
    window = MainWindow([], time.monotonic, KeepAwake(NullBackend()), sound=sound)
    qtbot.addWidget(window)
    emitted: list[tuple[str, float]] = []
    ended: list[str] = []

    def watch(controller: WorkoutController, page: WorkoutPage) -> None:
        controller.cueDue.connect(lambda cue, due: emitted.append((cue, due)))
        controller.ended.connect(ended.append)

    window.workout_started.append(watch)
    start = time.monotonic()
    window.start_workout(routine)
    qtbot.waitUntil(lambda: ended == ["completed"], timeout=30_000)
    end = time.monotonic() + 2.5  # the last clip and its tail
    qtbot.waitUntil(lambda: recorder.covered_until() >= end, timeout=10_000)
    window.close()
    return start, end, emitted


def warm(qtbot: QtBot, recorder: Recorder, sound: Sound) -> None:
    """One cue heard first: a fresh stream plays late once."""
    sound.player.prepare()
    qtbot.waitUntil(sound.player.is_ready, timeout=5000)
    start = time.monotonic()
    assert sound.player.play("beep_tick")
    heard: list[float] = []

    def tick_heard() -> bool:
        heard[:] = recorder.onsets(start, recorder.covered_until())
        return bool(heard)

    qtbot.waitUntil(tick_heard, timeout=5000)
    over = heard[0] + 0.5  # the tick and its tail are over at the sink
    qtbot.waitUntil(lambda: recorder.covered_until() >= over, timeout=5000)


@pytest.fixture(params=["pulse", "qt", "playsound"])
def sound(request: pytest.FixtureRequest, qtbot: QtBot, pulse_sink: PulseSink,
          recorder: Recorder):
    settings = Settings()
    settings.audio_backend = request.param
    made = Sound(settings)
    assert made.player.backend == request.param, made.notice
    assert made.notice == ""
    warm(qtbot, recorder, made)
    yield made
    made.close()


def heard(recorder: Recorder, emitted: list[tuple[str, float]]) -> list[float | None]:
    """When each cue's first audible sample was recorded (None: not heard)."""
    return [recorder.first_onset(due - 0.1, due + 0.3) for _, due in emitted]


@pytest.mark.parametrize("sound", ["pulse"], indirect=True)
def test_every_word_and_tone_lands_on_its_moment(qtbot: QtBot, recorder: Recorder,
                                                 sound: Sound) -> None:
    _, _, emitted = run_workout(qtbot, recorder, sound)
    assert [cue for cue, _ in emitted] == EXPECTED
    errors = sorted(abs(onset - due) if onset is not None else 1.0
                    for onset, (_, due) in zip(heard(recorder, emitted), emitted, strict=True))
    p95 = errors[min(len(errors) - 1, round(0.95 * (len(errors) - 1)))]
    assert p95 <= ON_THE_BEAT, f"first audible samples off their moments by {errors} s"


@pytest.mark.parametrize("sound", ["qt", "playsound"], indirect=True)
def test_every_cue_of_a_workout_is_heard_at_its_moment(qtbot: QtBot, recorder: Recorder,
                                                       sound: Sound) -> None:
    _, end, emitted = run_workout(qtbot, recorder, sound)
    assert [cue for cue, _ in emitted] == EXPECTED
    folder = paths.sounds_dir("en")
    next_dues = [due for _, due in emitted[1:]] + [end]
    for (cue, due), next_due in zip(emitted, next_dues, strict=True):
        lead = clip_onset(folder / f"{cue}.wav")  # the silence a word starts with, on purpose
        onset = recorder.first_onset(due, next_due)
        assert onset is not None, (
            f"{sound.player.backend}: {cue} due at {due:.3f} not heard before {next_due:.3f}")
        assert onset - (due + lead) > -0.010, (
            f"{sound.player.backend}: {cue} heard {(due + lead - onset) * 1000:.0f} ms early")


def test_nothing_is_heard_with_voice_and_tones_off(qtbot: QtBot, recorder: Recorder,
                                                   sound: Sound) -> None:
    sound.set_voice(False)
    sound.set_tones(False)
    start, end, emitted = run_workout(qtbot, recorder, sound)
    assert [cue for cue, _ in emitted] == EXPECTED  # the engine still says when
    assert recorder.peak(start, end) < AUDIBLE, f"{sound.player.backend}: sound at the sink"


@pytest.mark.parametrize("sound", ["pulse"], indirect=True)
def test_one_sound_at_a_time_by_priority(qtbot: QtBot, recorder: Recorder,
                                         sound: Sound) -> None:
    """Only the stream backend places cues; the others follow the same rules (test_base)."""
    _, _, emitted = run_workout(qtbot, recorder, sound, CROWDED)
    folder = paths.sounds_dir("en")
    last_one = next(due for cue, due in emitted if cue == "last_one")
    ticks = [due for cue, due in emitted if cue == "beep_tick" and due > last_one]
    assert [round(t - last_one, 1) for t in ticks] == [0.5, 1.5, 2.5]
    sounding = read_clip(folder / "last_one.wav").sounding
    onsets = recorder.onsets(last_one - 0.05, ticks[-1] + 0.3, gap=0.1)
    assert onsets[0] == pytest.approx(last_one, abs=ON_THE_BEAT)
    assert recorder.first_onset(last_one + sounding + 0.02, ticks[1] - 0.05) is None
    assert [round(o - last_one, 1) for o in onsets] == [0.0, 1.5, 2.5], (
        "the tick under \"last one\" was heard, or a tick went missing")


LAUNCHED = """
format = 1
id = "launch-test"
name = "Launch test"
prepare = 3

[[exercises]]
id = "toe-spread"
name = "Toe spread"
kind = "hold"
hold = 2
reps = 1
"""


def test_the_first_cue_of_a_workout_started_by_a_launcher_is_heard(
        qtbot: QtBot, recorder: Recorder, pulse_sink: PulseSink) -> None:
    """``footwork --start ID`` in a fresh process: the exercise's name at 0 s is heard, on
    time (1.5 s before "get ready", as "get ready" is before "hold")."""
    import os
    import subprocess
    import sys

    routine = paths.user_routines_dir() / "launch-test.toml"
    routine.parent.mkdir(parents=True, exist_ok=True)
    routine.write_text(LAUNCHED)
    start = time.monotonic()
    app = subprocess.Popen([sys.executable, "-m", "footwork.cli", "--start", "launch-test"],
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        def three_heard() -> bool:
            assert app.poll() is None, app.stderr.read() if app.stderr else app.returncode
            return len(recorder.onsets(start, recorder.covered_until(), gap=0.3)) >= 3

        qtbot.waitUntil(three_heard, timeout=30_000)
    finally:
        app.terminate()
        app.wait(10)
        if app.stderr is not None:
            app.stderr.close()
    name, get_ready, hold = recorder.onsets(start, recorder.covered_until(), gap=0.3)[:3]
    assert hold - get_ready == pytest.approx(1.5, abs=ON_THE_BEAT), "not name, get ready, hold"
    assert get_ready - name == pytest.approx(1.5, abs=ON_THE_BEAT), (
        f"the name came {(1.5 - (get_ready - name)) * 1000:.0f} ms late")
