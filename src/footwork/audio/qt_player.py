"""Cue player on Qt Multimedia's ``QSoundEffect``: in-process, low latency, with volume.

Every clip is loaded into its own ``QSoundEffect`` when the player is built (loading runs
in Qt's background; :meth:`QtCuePlayer.is_ready` tells when it is done). ``play()`` only
asks Qt to start the sound, so it returns at once. Create and use the player in the GUI
thread, after the ``QApplication``.

**Clips never end by themselves.** In Qt 6.11 a sound that finishes on its own can be freed
on the audio thread (``QRtAudioEngine::audioCallback`` drops the last reference), which
destroys a socket notifier outside the GUI thread: Qt then loops forever on "QSocketNotifier:
Invalid socket" or corrupts the heap. A sound stopped with ``stop()`` is freed in the GUI
thread. So every effect loops forever and a timer stops it 100 ms after its sound is over.
Each effect plays a copy of its clip with :data:`_PAD` seconds of silence added at the end
(written once to a temporary folder), so a GUI thread held up by less than that still stops
the loop in silence: the clip is never heard twice.

**Warm before the clock.** :meth:`QtCuePlayer.prepare` loops a muted clip for the whole
workout: the first sound of a fresh stream comes late, and a stream kept busy keeps a
Bluetooth speaker awake. :meth:`~QtCuePlayer.is_ready` is true once that has played a while.

Qt Multimedia reads its environment once, when it first talks to the sound server: the
composition root calls :func:`footwork.audio.environment.prepare` before that (which backend,
the stream buffer, the stream's role).
"""

from __future__ import annotations

import tempfile
import time
import wave
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from footwork import cues
from footwork.audio.base import CuePlayer
from footwork.audio.clips import Clip
from footwork.i18n import translate

# s after a clip's last sound at which it is stopped: by then the audio buffer Qt leaves
# behind when it pauses the stream (replayed before the next sound) holds only silence.
_STOP_AFTER = 0.100
_WARM = 0.400  # s the muted loop plays before the first cue counts as on time
_PAD = 1.0  # s of silence added to each looping copy: how late the stop may come unheard


def no_output_reason() -> str | None:
    """Why Qt sees no sound output device (what to install), or None when it has one."""
    if QMediaDevices.defaultAudioOutput().isNull():
        from footwork.audio.choose import no_device_notice

        return no_device_notice()
    return None


class QtCuePlayer(CuePlayer):
    backend = "qt"

    def __init__(self, folder: Path, names: Iterable[str] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock)
        self._why = no_output_reason()
        self._effects: dict[str, QSoundEffect] = {}
        self._plays: dict[str, int] = {}  # how often each clip was started, to match timers
        self._word: QSoundEffect | None = None
        self._warm: QSoundEffect | None = None  # the muted loop of prepare()
        self._warm_since: float | None = None
        self._warm_timer = QTimer()
        self._warm_timer.setInterval(20)
        self._warm_timer.timeout.connect(self._warm_up)
        self._load_clips(folder, cues.catalogue() if names is None else names)
        self._padded = tempfile.TemporaryDirectory(prefix="footwork-cues-")
        for cue, clip in self._clips.items():
            effect = QSoundEffect()
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            effect.setSource(QUrl.fromLocalFile(str(self._padded_copy(cue, clip))))
            self._effects[cue] = effect
        if not self._effects and self._why is None:
            self._why = translate("audio", "No sound clips found in {folder}.").format(
                folder=folder)

    def _padded_copy(self, cue: str, clip: Clip) -> Path:
        """The clip with :data:`_PAD` s of silence after it, as a wav file of its own."""
        path = Path(self._padded.name) / f"{cue}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(clip.rate)
            out.writeframes(clip.samples.tobytes() + bytes(2 * round(_PAD * clip.rate)))
        return path

    @property
    def why_unavailable(self) -> str | None:
        return self._why

    def is_ready(self) -> bool:
        """Whether every clip has finished loading (successfully or not), and the warm-up
        loop (when :meth:`prepare` asked for one) has played long enough."""
        loading = (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)
        if any(e.status() in loading for e in self._effects.values()):
            return False
        if self._warm is None:
            return True
        return self._warm_since is not None and self._clock() - self._warm_since >= _WARM

    def prepare(self) -> None:
        """Loop a muted clip until :meth:`release`: the stream is warm and stays awake."""
        if self._warm is None and self._effects:
            self._warm = QSoundEffect()
            self._warm.setLoopCount(QSoundEffect.Loop.Infinite.value)
            self._warm.setVolume(0.0)
            self._warm.setSource(next(iter(self._effects.values())).source())
            self._warm_since = None
        self._warm_timer.start()

    def _warm_up(self) -> None:
        """Start the muted loop once its clip has loaded."""
        warm = self._warm
        if warm is None or warm.isPlaying():
            return
        if warm.status() == QSoundEffect.Status.Ready:
            warm.play()
            self._warm_since = self._clock()
        elif warm.status() == QSoundEffect.Status.Error:
            self.release()  # cues still play, only the first may come late

    def release(self) -> None:
        self._warm_timer.stop()
        if self._warm is not None:
            self._warm.stop()
            self._warm.deleteLater()
        self._warm, self._warm_since = None, None

    def has_clip(self, cue: str) -> bool:
        return cue in self._effects

    def stop(self) -> None:
        for effect in self._effects.values():
            if effect.isPlaying():
                effect.stop()

    def close(self) -> None:
        self.release()
        self.stop()
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects.clear()
        self._word = None
        self._padded.cleanup()

    def _start(self, clip: str) -> bool:
        effect = self._effects.get(clip)
        if effect is None or effect.status() != QSoundEffect.Status.Ready:
            return False  # still loading or broken: starting later would be late
        if effect.isPlaying():
            effect.stop()
        effect.play()
        self._plays[clip] = started = self._plays.get(clip, 0) + 1
        QTimer.singleShot(round((self._clips[clip].sound_end + _STOP_AFTER) * 1000), effect,
                          lambda: self._sound_over(clip, started))
        if not cues.is_tone(clip):
            self._word = effect
        return True

    def _sound_over(self, clip: str, started: int) -> None:
        """Stop a clip whose sound is over (unless it was started again since)."""
        effect = self._effects.get(clip)
        if effect is not None and self._plays.get(clip) == started and effect.isPlaying():
            effect.stop()

    def _stop_words(self) -> None:
        if self._word is not None and self._word.isPlaying():
            self._word.stop()
        self._word = None

    def _apply_volume(self, volume: float) -> None:
        for effect in self._effects.values():
            effect.setVolume(volume)
