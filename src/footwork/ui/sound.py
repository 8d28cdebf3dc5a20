"""The app's cue sound: the chosen player, kept in step with the runner's settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal

from footwork import cues
from footwork.audio.base import CuePlayer
from footwork.audio.choose import AUTO, choose_player
from footwork.ui.settings_store import Settings

Chooser = Callable[[str | None, str], CuePlayer]


def clip_language(settings: Settings) -> str:
    """The language of the spoken cues: the chosen one, else the system's."""
    name = settings.language or QLocale.system().name()
    return name.split("_")[0] or "en"


class Sound(QObject):
    """Plays the workout's cues; when no sound is possible, :attr:`notice` says why."""

    noticeChanged = Signal(str)

    def __init__(
        self, settings: Settings, chooser: Chooser = choose_player, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._choose = chooser
        self.player = self._make()

    def _make(self) -> CuePlayer:
        backend = self.settings.audio_backend
        player = self._choose(None if backend == AUTO else backend, clip_language(self.settings))
        player.set_voice(self.settings.voice_on)
        player.set_tones(self.settings.tones_on)
        player.set_volume(self.settings.volume)
        return player

    @property
    def notice(self) -> str:
        return self.player.why_unavailable or ""

    def play(self, cue: str, due: float) -> None:
        self.player.play(cue, due)

    def test(self) -> bool:
        """Say "switch feet" now, as a workout would."""
        return self.player.play(cues.SWITCH_FEET)

    def set_voice(self, on: bool) -> None:
        self.settings.voice_on = on
        self.player.set_voice(on)

    def set_tones(self, on: bool) -> None:
        self.settings.tones_on = on
        self.player.set_tones(on)

    def set_volume(self, volume: float) -> None:
        self.settings.volume = volume
        self.player.set_volume(volume)

    def set_backend(self, backend: str) -> None:
        """Switch to ``backend`` ("auto", "qt" or "playsound"), or the first that can play."""
        self.settings.audio_backend = backend
        self.player.close()
        self.player = self._make()
        self.noticeChanged.emit(self.notice)

    def close(self) -> None:
        self.player.close()
