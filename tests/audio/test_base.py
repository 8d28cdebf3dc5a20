"""The rules every cue player follows, on a fake backend that records what it was asked to do
(no sound server needed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from footwork import cues, paths
from footwork.audio.base import LATE, CuePlayer, SilentPlayer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingPlayer(CuePlayer):
    backend = "fake"

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self._load_clips(paths.sounds_dir("en"), cues.catalogue())  # their real lengths
        self.log: list[str] = []
        self.word: str | None = None

    def has_clip(self, cue: str) -> bool:
        return cue in cues.catalogue()

    def stop(self) -> None:
        self.log.append("stop")

    def close(self) -> None:
        pass

    def _start(self, clip: str) -> bool:
        self.log.append(clip)
        if not cues.is_tone(clip):
            self.word = clip
        return True

    def _stop_words(self) -> None:
        if self.word is not None:
            self.log.append(f"cut {self.word}")
        self.word = None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(clock: FakeClock) -> RecordingPlayer:
    return RecordingPlayer(clock)


def test_a_cue_on_time_plays(player: RecordingPlayer, clock: FakeClock) -> None:
    assert player.play("go", due=clock())
    clock.advance(1.0)  # "go" is over
    assert player.play("beep_tick")  # no due time: now
    assert player.log == ["go", "beep_tick"]


def test_a_cue_more_than_150_ms_late_is_dropped(player: RecordingPlayer,
                                                clock: FakeClock) -> None:
    due = clock()
    clock.advance(LATE + 0.001)
    assert not player.play("go", due=due)
    assert not player.play("beep_go", due=due)
    assert player.log == []


def test_a_cue_150_ms_late_still_plays(player: RecordingPlayer, clock: FakeClock) -> None:
    due = clock()
    clock.advance(LATE)
    assert player.play("count_4", due=due)


def test_a_word_of_the_same_priority_cuts_the_one_still_playing(
        player: RecordingPlayer) -> None:
    assert player.play("hold")
    assert player.play("go")
    assert player.log == ["hold", "stop", "go"]


def test_a_name_cuts_last_one(player: RecordingPlayer) -> None:
    assert player.play("last_one")
    assert player.play("name_toe-spread")
    assert player.log == ["last_one", "stop", "name_toe-spread"]


def test_a_tick_while_last_one_sounds_is_skipped_not_mixed(player: RecordingPlayer,
                                                           clock: FakeClock) -> None:
    assert player.play("last_one")
    clock.advance(0.2)
    assert not player.play("beep_tick")
    assert player.log == ["last_one"]


def test_a_count_never_cuts_a_switch(player: RecordingPlayer, clock: FakeClock) -> None:
    assert player.play("switch_feet")
    clock.advance(0.1)
    assert not player.play("count_1")
    assert player.log == ["switch_feet"]


def test_a_tick_plays_once_the_word_is_over(player: RecordingPlayer, clock: FakeClock) -> None:
    assert player.play("last_one")
    clock.advance(2.0)
    assert player.play("beep_tick")
    assert player.log == ["last_one", "beep_tick"]


def test_voice_off_plays_tones_only(player: RecordingPlayer) -> None:
    player.play("hold")
    player.set_voice(False)
    assert player.log == ["hold", "cut hold"], "switching the voice off silences the word"
    assert not player.play("release")
    assert player.play("beep_end")  # the rules still think "hold" sounds: same priority
    assert player.log[-1] == "beep_end"


def test_tones_off_plays_words_only(player: RecordingPlayer) -> None:
    player.set_tones(False)
    assert not player.play("beep_tick")
    assert player.play("rest")
    assert player.log == ["rest"]


def test_unknown_exercise_name_falls_back_to_a_tick_and_next(player: RecordingPlayer) -> None:
    assert player.play("name_my-own-exercise")
    assert player.log == ["beep_tick", "next"]


def test_fallback_follows_the_switches(player: RecordingPlayer) -> None:
    player.set_voice(False)
    assert player.play("name_my-own-exercise")
    player.set_tones(False)
    assert not player.play("name_my-own-exercise")
    assert player.log == ["beep_tick"]


def test_an_unknown_cue_plays_nothing(player: RecordingPlayer) -> None:
    assert not player.play("no_such_cue")
    assert player.log == []


def test_volume_is_clamped_to_0_1(player: RecordingPlayer) -> None:
    player.set_volume(1.7)
    assert player.volume == 1.0
    player.set_volume(-3)
    assert player.volume == 0.0


def test_silent_player_says_why_and_plays_nothing() -> None:
    silent = SilentPlayer("No sound output device found: install PulseAudio.")
    assert not silent.available()
    assert silent.why_unavailable == "No sound output device found: install PulseAudio."
    for cue in cues.catalogue():
        assert not silent.play(cue)
    silent.stop()
    silent.close()


def test_importing_the_audio_package_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import footwork.audio, footwork.audio.base, footwork.audio.playsound_player\n"
        "import footwork.audio.stream_player, footwork.audio.environment\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
