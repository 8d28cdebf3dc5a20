"""End to end: each backend plays cues into a PulseAudio null sink, and the sink's monitor,
recorded with parec, shows what was heard and in what order (or that nothing was). How soon
after play() a cue is heard is a figure of benchmarks/cue_latency.py, not a bound here."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from footwork import paths
from footwork.audio.base import CuePlayer
from tests.audio.pulse_sink import AUDIBLE, PulseSink, Recorder, clip_end, clip_onset

pytestmark = pytest.mark.audio

FOLDER = paths.sounds_dir("en")


def listen(qtbot: QtBot, recorder: Recorder, start: float, seconds: float) -> list[float]:
    """Onsets of sound (seconds after ``start``) in the ``seconds`` after ``start``."""
    end = start + seconds
    qtbot.waitUntil(lambda: recorder.covered_until() >= end, timeout=int(seconds * 1000) + 5000)
    return [onset - start for onset in recorder.onsets(start - 0.010, end)]


def heard_after(qtbot: QtBot, recorder: Recorder, player: CuePlayer, cue: str,
                late: float = 0.0) -> list[float]:
    """Play ``cue`` (``late`` s after it was due) and listen until its clip is over."""
    start = time.monotonic()
    played = player.play(cue, due=start - late)
    onsets = listen(qtbot, recorder, start, clip_end(FOLDER / f"{cue}.wav") + 0.25)
    assert played == bool(onsets), f"play({cue!r}) returned {played} but heard {onsets}"
    return onsets


@pytest.fixture(params=["pulse", "qt", "playsound"])
def player(request: pytest.FixtureRequest, qtbot: QtBot, pulse_sink: PulseSink,
           recorder: Recorder) -> Iterator[CuePlayer]:
    """A backend wired to the null sink, warmed up by one cue it was heard to play."""
    built: CuePlayer
    if request.param == "qt":
        from PySide6.QtMultimedia import QMediaDevices

        from footwork.audio.qt_player import QtCuePlayer

        device = QMediaDevices.defaultAudioOutput()
        assert bytes(device.id().data()) == b"cues", (
            f"Qt Multimedia plays to {device.description()!r}, not the test sink: it was "
            "started before the pulse_sink fixture")
        built = QtCuePlayer(FOLDER)
        qtbot.waitUntil(built.is_ready, timeout=5000)
    elif request.param == "pulse":
        from footwork.audio.stream_player import StreamCuePlayer

        built = StreamCuePlayer(FOLDER)
        built.prepare()
        qtbot.waitUntil(built.is_ready, timeout=5000)
    else:
        from footwork.audio.playsound_player import PlaysoundCuePlayer

        built = PlaysoundCuePlayer(FOLDER)
    assert built.available(), built.why_unavailable
    start = time.monotonic()
    built.play("beep_tick")
    qtbot.waitUntil(lambda: recorder.first_onset(start, recorder.covered_until()) is not None,
                    timeout=5000)
    listen(qtbot, recorder, start, 0.5)  # let it end
    yield built
    built.close()


@pytest.mark.parametrize("cue", ["go", "beep_tick", "count_3", "beep_go", "name_toe-spread"])
def test_cue_is_heard_once_it_is_played(qtbot: QtBot, recorder: Recorder, player: CuePlayer,
                                        cue: str) -> None:
    onsets = heard_after(qtbot, recorder, player, cue)
    assert onsets, f"{player.backend}: {cue} was not heard"
    # The word's lead-in is on purpose; a cue placed late on the stream skips it.
    lead = 0.0 if player.backend == "pulse" else clip_onset(FOLDER / f"{cue}.wav")
    delay = onsets[0] - lead
    assert delay > -0.010, f"{player.backend}: {cue} heard {-delay * 1000:.0f} ms too early"


def test_cue_due_200_ms_ago_is_dropped(qtbot: QtBot, recorder: Recorder,
                                       player: CuePlayer) -> None:
    assert heard_after(qtbot, recorder, player, "go", late=0.200) == []
    assert heard_after(qtbot, recorder, player, "beep_go", late=0.200) == []


def test_cue_due_100_ms_ago_still_plays(qtbot: QtBot, recorder: Recorder,
                                        player: CuePlayer) -> None:
    assert heard_after(qtbot, recorder, player, "go", late=0.100)


def test_voice_off_silences_words_not_tones(qtbot: QtBot, recorder: Recorder,
                                            player: CuePlayer) -> None:
    player.set_voice(False)
    assert heard_after(qtbot, recorder, player, "go") == []
    assert heard_after(qtbot, recorder, player, "count_12") == []
    assert heard_after(qtbot, recorder, player, "beep_tick")


def test_tones_off_silences_tones_not_words(qtbot: QtBot, recorder: Recorder,
                                            player: CuePlayer) -> None:
    player.set_tones(False)
    assert heard_after(qtbot, recorder, player, "beep_go") == []
    assert heard_after(qtbot, recorder, player, "beep_end") == []
    assert heard_after(qtbot, recorder, player, "hold")


def test_nothing_is_heard_with_voice_and_tones_off(qtbot: QtBot, recorder: Recorder,
                                                   player: CuePlayer) -> None:
    player.set_voice(False)
    player.set_tones(False)
    start = time.monotonic()
    for cue in ("get_ready", "beep_tick", "count_1", "beep_go", "name_my-own-exercise",
                "workout_complete"):
        assert not player.play(cue, due=time.monotonic())
    assert listen(qtbot, recorder, start, 1.0) == []


def test_a_word_of_the_same_priority_cuts_the_one_still_playing(
        qtbot: QtBot, recorder: Recorder, player: CuePlayer) -> None:
    long_end = clip_end(FOLDER / "workout_complete.wav")
    start = time.monotonic()
    assert player.play("workout_complete")
    listen(qtbot, recorder, start, 0.5)
    switch_at = time.monotonic()
    assert player.play("switch_feet")
    switch_end = switch_at + clip_end(FOLDER / "switch_feet.wav")
    listen(qtbot, recorder, start, long_end + 0.2)
    assert recorder.peak(switch_end + 0.1, start + long_end) < AUDIBLE, "the older word went on"


def test_a_lower_cue_neither_cuts_nor_mixes_into_a_word(qtbot: QtBot, recorder: Recorder,
                                                        player: CuePlayer) -> None:
    long_end = clip_end(FOLDER / "workout_complete.wav")
    start = time.monotonic()
    assert player.play("workout_complete")
    listen(qtbot, recorder, start, 0.4)
    assert not player.play("beep_tick")
    assert not player.play("go")
    listen(qtbot, recorder, start, long_end + 0.2)
    assert recorder.peak(start + long_end - 0.3, start + long_end - 0.1) > 1000, (
        "the word stopped when a lower cue came")
    assert len(recorder.onsets(start, start + long_end + 0.2, gap=0.3)) == 1


def test_unknown_exercise_name_says_next_after_a_tick(qtbot: QtBot, recorder: Recorder,
                                                      player: CuePlayer) -> None:
    start = time.monotonic()
    assert player.play("name_my-own-exercise", due=start)
    onsets = listen(qtbot, recorder, start, clip_end(FOLDER / "next.wav") + 0.25)
    assert len(onsets) == 2, f"want a tick then a word, heard onsets at {onsets}"
    assert onsets[1] - onsets[0] >= 0.1


@pytest.mark.parametrize("cue", ["beep_go", "last_one"])
def test_a_cue_sounds_once(qtbot: QtBot, recorder: Recorder, player: CuePlayer,
                           cue: str) -> None:
    """The Qt player loops every clip and stops it itself (see qt_player): never twice."""
    start = time.monotonic()
    assert player.play(cue)
    onsets = listen(qtbot, recorder, start, 2.0)
    assert len(onsets) == 1, f"{player.backend}: {cue} heard at {onsets}"


def test_a_cue_sounds_once_when_the_gui_thread_is_held_up(qtbot: QtBot, recorder: Recorder,
                                                          player: CuePlayer) -> None:
    """A loaded machine holds the GUI thread up past the clip's end: still heard once."""
    start = time.monotonic()
    assert player.play("last_one")
    busy_until = start + clip_end(FOLDER / "last_one.wav") + 0.5
    while time.monotonic() < busy_until:  # the GUI thread is held up: no event runs
        pass
    onsets = listen(qtbot, recorder, start, 2.0)
    assert len(onsets) == 1, f"{player.backend}: last_one heard at {onsets}"
