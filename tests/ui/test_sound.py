"""The app's sound follows the settings; with no sound possible the workout runs and says why."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from footwork.audio.base import CuePlayer, SilentPlayer
from footwork.platform.keep_awake import KeepAwake, NullBackend
from footwork.ui.main_window import MainWindow
from footwork.ui.settings_dialog import SettingsDialog
from footwork.ui.settings_store import Settings
from footwork.ui.sound import Sound
from tests.conftest import FakeClock
from tests.session.routines import small


class RecordingPlayer(CuePlayer):
    """A player that notes what it would play, and the choices made for it."""

    backend = "recording"

    def __init__(self, preferred: str | None, language: str, clock=None) -> None:
        super().__init__(clock) if clock else super().__init__()
        self.preferred, self.language = preferred, language
        self.started: list[str] = []
        self.closed = False

    def has_clip(self, cue: str) -> bool:
        return not cue.startswith("name_custom")

    def stop(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def _start(self, clip: str) -> bool:
        self.started.append(clip)
        return True

    def _stop_words(self) -> None:
        pass


def test_the_player_starts_with_the_saved_settings(qapp) -> None:
    settings = Settings()
    settings.voice_on, settings.tones_on, settings.volume = False, True, 0.4
    settings.audio_backend, settings.language = "playsound", "de"
    sound = Sound(settings, RecordingPlayer)
    player = sound.player
    assert isinstance(player, RecordingPlayer)
    assert (player.voice, player.tones, player.volume) == (False, True, 0.4)
    assert (player.preferred, player.language) == ("playsound", "de")


def test_the_settings_dialog_changes_and_keeps_every_choice(qtbot: QtBot) -> None:
    sound = Sound(Settings(), RecordingPlayer)
    dialog = SettingsDialog(sound.settings, sound)
    qtbot.addWidget(dialog)
    dialog.test.click()
    assert sound.player.started == ["switch_feet"]  # type: ignore[attr-defined]
    dialog.voice.setChecked(False)
    dialog.tones.setChecked(False)
    dialog.volume.setValue(30)
    first = sound.player
    dialog.backend.setCurrentIndex(dialog.backend.findData("qt"))
    assert first.closed
    assert sound.player is not first
    assert sound.player.preferred == "qt"  # type: ignore[attr-defined]
    again = Settings()  # what the next start reads
    assert (again.voice_on, again.tones_on, again.volume, again.audio_backend) == (
        False, False, 0.3, "qt")
    assert (sound.player.voice, sound.player.tones, sound.player.volume) == (False, False, 0.3)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert Settings().language == "fr"
    assert dialog.restart.isVisibleTo(dialog)


def test_every_cue_of_a_workout_reaches_the_player(qtbot: QtBot, clock: FakeClock) -> None:
    # the player judges lateness on the same clock as the engine, as in the app
    sound = Sound(Settings(), lambda preferred, language: RecordingPlayer(preferred, language,
                                                                          clock))
    window = MainWindow([], clock, KeepAwake(NullBackend()), sound=sound)
    qtbot.addWidget(window)
    controller = window.start_workout(small(), 1)
    emitted: list[str] = []
    controller.cueDue.connect(lambda cue, _due: emitted.append(cue))
    for _ in range(40):
        clock.advance(0.25)
        controller.tick()
    player = sound.player
    assert isinstance(player, RecordingPlayer)
    assert player.started[:2] == ["name_spread", "get_ready"]
    assert player.started[1:] == emitted
    assert "hold" in emitted
    window.close()
    assert player.closed


def test_no_sound_possible_the_workout_runs_and_one_notice_says_why(
        qtbot: QtBot, clock: FakeClock) -> None:
    why = "No sound output device was found. Install PulseAudio or PipeWire."
    sound = Sound(Settings(), lambda preferred, language: SilentPlayer(why))
    window = MainWindow([], clock, KeepAwake(NullBackend()), sound=sound)
    qtbot.addWidget(window)
    assert window.today.notice.text() == why
    window.start_workout(small(), 1)
    page = window.workout
    assert page is not None
    assert page.problem.text() == why
    for _ in range(24):
        clock.advance(0.25)
        window.controller.tick()  # type: ignore[union-attr]
    assert page.phase.text() == "HOLD"
    assert page.big.text() == "3"
    window.close()


def test_a_workout_clock_waits_for_the_output_to_be_ready(qtbot: QtBot) -> None:
    class WarmingPlayer(RecordingPlayer):
        warm = False
        prepared = released = 0

        def prepare(self) -> None:
            self.prepared += 1

        def is_ready(self) -> bool:
            return self.warm

        def release(self) -> None:
            self.released += 1

    sound = Sound(Settings(), WarmingPlayer)
    player = sound.player
    assert isinstance(player, WarmingPlayer)
    started: list[bool] = []
    sound.when_ready(lambda: started.append(True))
    assert player.prepared == 1
    assert started == []
    player.warm = True
    qtbot.waitUntil(lambda: started == [True], timeout=2000)
    sound.release()
    assert player.released == 1
