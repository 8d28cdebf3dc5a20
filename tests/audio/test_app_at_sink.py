"""The whole chain, end to end: a short routine runs in the real app on the real clock and
event loop, the engine's cues go through the chosen player to a PulseAudio null sink, and the
sink's monitor (recorded with parec) shows each cue heard at its moment: not before it, and
before the next cue is due. How late the players are is a figure of benchmarks/cue_latency.py."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.routine.loader import parse
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from footwork.ui.workout.controller import WorkoutController
from footwork.ui.workout.page import WorkoutPage
from tests.audio.pulse_sink import AUDIBLE, PulseSink, Recorder, clip_onset

pytestmark = pytest.mark.audio

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


def run_workout(qtbot: QtBot, recorder: Recorder, sound: Sound) -> tuple[float, float,
                                                                        list[tuple[str, float]]]:
    """Run the routine through the app; returns its start, its end and the cues emitted."""
    window = MainWindow([], time.monotonic, KeepAwake(NullBackend()), sound=sound)
    qtbot.addWidget(window)
    emitted: list[tuple[str, float]] = []
    ended: list[str] = []

    def watch(controller: WorkoutController, page: WorkoutPage) -> None:
        controller.cueDue.connect(lambda cue, due: emitted.append((cue, due)))
        controller.ended.connect(ended.append)

    window.workout_started.append(watch)
    start = time.monotonic()
    window.start_workout(ROUTINE)
    qtbot.waitUntil(lambda: ended == ["completed"], timeout=30_000)
    end = time.monotonic() + 2.5  # the last clip and its tail
    qtbot.waitUntil(lambda: recorder.covered_until() >= end, timeout=10_000)
    window.close()
    return start, end, emitted


def warm(qtbot: QtBot, recorder: Recorder, sound: Sound) -> None:
    """One cue heard first: a fresh stream plays late once."""
    ready = getattr(sound.player, "is_ready", None)
    if ready is not None:
        qtbot.waitUntil(ready, timeout=5000)
    start = time.monotonic()
    assert sound.player.play("beep_tick")
    heard: list[float] = []

    def tick_heard() -> bool:
        heard[:] = recorder.onsets(start, recorder.covered_until())
        return bool(heard)

    qtbot.waitUntil(tick_heard, timeout=5000)
    over = heard[0] + 0.5  # the tick and its tail are over at the sink
    qtbot.waitUntil(lambda: recorder.covered_until() >= over, timeout=5000)


@pytest.fixture(params=["qt", "playsound"])
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
