"""The app's cue sound: the chosen player, kept in step with the runner's settings."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from footwork import cues
from footwork.audio.base import CuePlayer
from footwork.audio.choose import AUTO, choose_player
from footwork.ui.settings_store import Settings

Chooser = Callable[[str | None, str], CuePlayer]
log = logging.getLogger(__name__)
READY_WAIT = 5.0  # s a workout waits at most for its sound output before its clock starts
READY_POLL = 10  # ms between looks at the output


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
        self._held = False  # a workout holds the output open
        self._waiting: tuple[Callable[[], object], float] | None = None  # start, give up at
        self._ready_timer = QTimer(self)
        self._ready_timer.setInterval(READY_POLL)
        self._ready_timer.timeout.connect(self._look)
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

    def schedule(self, ahead: Sequence[tuple[str, float]]) -> None:
        """The cues due soon: a player with a stream clock starts each early by its lead."""
        self.player.schedule(ahead)

    def when_ready(self, start: Callable[[], object]) -> None:
        """Open and warm the output, then call ``start`` (a workout's clock): at once when
        it is ready, else as soon as it is, but after :data:`READY_WAIT` s at the latest."""
        self._held = True
        self.player.prepare()
        if self.player.is_ready():
            start()
            return
        self._waiting = (start, time.monotonic() + READY_WAIT)
        self._ready_timer.start()

    def _look(self) -> None:
        if self._waiting is None:
            self._ready_timer.stop()
            return
        start, give_up = self._waiting
        if self.player.is_ready() or time.monotonic() > give_up:
            if not self.player.is_ready():
                log.warning("sound output not ready after %.0f s: the workout starts anyway",
                            READY_WAIT)
            self._ready_timer.stop()
            self._waiting = None
            start()

    def release(self) -> None:
        """The workout is over: the output may close once silent."""
        self._held = False
        self.player.release()

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
        if self._held:
            self.player.prepare()
        self.noticeChanged.emit(self.notice)

    def close(self) -> None:
        self._waiting = None
        self._ready_timer.stop()
        self.player.close()
