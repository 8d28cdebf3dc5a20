"""Cue player on ``playsound3``: one player process per clip (gst-play-1.0, ffplay ...).

``playsound(path, block=False)`` starts the player program and returns at once; a word
cue that interrupts another terminates the older word's process. The player programs have
no volume control through playsound3, so :meth:`PlaysoundCuePlayer.set_volume` only mutes
(volume 0) or not. Qt-free.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from footwork import cues
from footwork.audio.base import CuePlayer
from footwork.i18n import translate

# What playsound3 runs on Linux, and the Debian package that brings it.
_PLAYER_PACKAGES = "gstreamer1.0-plugins-base-apps (gst-play-1.0) or ffmpeg (ffplay)"


def no_player_reason() -> str | None:
    """Why playsound3 has no player program here (what to install), or None."""
    try:
        import playsound3
    except ImportError:
        return translate("audio", "The playsound3 package is missing: pip install playsound3.")
    if playsound3.DEFAULT_BACKEND is None:
        return translate("audio", "No sound player program found for playsound3: "
                                  "install {packages}.").format(packages=_PLAYER_PACKAGES)
    return None


class PlaysoundCuePlayer(CuePlayer):
    backend = "playsound"

    def __init__(self, folder: Path, names: Iterable[str] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock)
        self._why = no_player_reason()
        self._load_clips(folder, cues.catalogue() if names is None else names)
        self._paths = {cue: str(folder / f"{cue}.wav") for cue in self._clips}
        if not self._paths and self._why is None:
            self._why = translate("audio", "No sound clips found in {folder}.").format(
                folder=folder)
        self._word: Any = None  # the playsound3.Sound of the word now playing
        self._playing: list[tuple[str, Any]] = []  # (clip path, playsound3.Sound)

    @property
    def why_unavailable(self) -> str | None:
        return self._why

    @property
    def supports_volume(self) -> bool:
        return False

    def has_clip(self, cue: str) -> bool:
        return cue in self._paths

    def stop(self) -> None:
        for _, sound in self._playing:
            if sound.is_alive():
                sound.stop()
        self._reap()

    def close(self) -> None:
        self.stop()
        for _, sound in self._playing:
            sound.wait()  # terminated: a few milliseconds; leaves no zombie behind
        self._playing.clear()
        self._paths.clear()

    def _start(self, clip: str) -> bool:
        path = self._paths.get(clip)
        if path is None or self._volume == 0.0:
            return False
        from playsound3 import playsound

        self._reap()
        if cues.is_tone(clip):
            for old_path, old in self._playing:
                if old_path == path and old.is_alive():
                    old.stop()  # the same tone again restarts
        sound = playsound(path, block=False)
        self._playing.append((path, sound))
        if not cues.is_tone(clip):
            self._word = sound
        return True

    def _stop_words(self) -> None:
        if self._word is not None and self._word.is_alive():
            self._word.stop()
        self._word = None

    def _reap(self) -> None:
        """Forget finished players (polling them also reaps their processes)."""
        self._playing = [(path, sound) for path, sound in self._playing if sound.is_alive()]
