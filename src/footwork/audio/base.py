"""The cue player interface and the rules every backend follows.

A :class:`CuePlayer` plays the clip of a cue (``assets/sounds/<lang>/<cue>.wav``) and returns
at once: it never blocks the GUI thread. Call it from the thread that created it.

Rules, the same for every backend:

- **Late cues are dropped.** ``play(cue, due)`` with ``due`` a ``time.monotonic()`` instant:
  a cue more than :data:`LATE` (150 ms) past ``due`` when ``play`` is called is not played
  (``play`` returns False). A cue said late is worse than none: "Go" half a second after the
  tick misleads.
- **One sound at a time, by priority** (:func:`footwork.cues.admits`): a cue due while one of
  higher priority still sounds is skipped; one of the same or higher priority cuts the one
  sounding. Nothing is mixed.
- **Voice and tones can be switched off** separately (:meth:`set_voice`, :meth:`set_tones`);
  a switched-off cue is not played and ``play`` returns False.
- **Unknown exercise names** (``name_<id>`` of a custom exercise, no clip) fall back to
  ``beep_tick`` and ``next``: the short tick sounds in the silence that starts every word clip.

A backend that knows its stream's clock (the ``pulse`` one) also takes cues ahead of their
moment (:meth:`CuePlayer.schedule`) and places each so that its first audible sample lands on
the moment; the others play a cue when it is due. :meth:`CuePlayer.prepare` before a workout's
clock starts, :meth:`CuePlayer.is_ready` to know it can play on time, :meth:`CuePlayer.release`
after.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from footwork import cues
from footwork.audio.clips import Clip, read_clip

LATE = 0.150  # s after its due time at which a cue is dropped instead of played
FALLBACK_TONE = cues.BEEP_TICK

log = logging.getLogger(__name__)


class CuePlayer(ABC):
    """Plays cues by name. Subclasses start and stop clips; this class holds the rules."""

    #: Short id of the backend, as stored in the settings ("qt", "playsound", "silent").
    backend = ""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._voice = True
        self._tones = True
        self._volume = 1.0
        self._clips: dict[str, Clip] = {}
        self._sounding: tuple[int, float] | None = None  # priority, until when it sounds

    # -- the interface -------------------------------------------------------------------

    def play(self, cue: str, due: float | None = None) -> bool:
        """Start the clip of ``cue``; False when it was dropped (late, switched off, no clip,
        or a cue of higher priority still sounds).

        ``due`` is the ``time.monotonic()`` instant the cue belongs to (None: now).
        """
        if self.why_unavailable is not None:
            return False
        now = self._clock()
        moment = now if due is None else due
        if now - moment > LATE:
            log.debug("cue %s dropped: %.0f ms late", cue, (now - moment) * 1000)
            return False
        clips = tuple(clip for clip in self._clips_for(cue)
                      if (self._tones if cues.is_tone(clip) else self._voice))
        if not clips:
            return False
        before = self._sounding
        if not cues.admits(cues.priority(cue), moment, *(before or (None, 0.0))):
            log.debug("cue %s skipped: a cue of higher priority still sounds", cue)
            return False
        self._sounding = (cues.priority(cue), moment + self._sounding_for(clips))
        if before is not None and moment < before[1]:
            self._cut()
        if self._start_at(cue, clips, moment):
            return True
        self._sounding = before
        return False

    def schedule(self, ahead: Sequence[tuple[str, float]]) -> None:  # noqa: B027 - optional
        """The cues due soon, as (cue, moment): a backend with a stream clock places them so
        each lands on its moment (and cancels those it placed that are no longer listed);
        the others wait for :meth:`play` at the moment."""

    def prepare(self) -> None:  # noqa: B027 - optional for backends
        """Get the output ready to play on time (a workout is about to start)."""

    def is_ready(self) -> bool:
        """Whether a cue played now is heard on time."""
        return True

    def release(self) -> None:  # noqa: B027 - optional for backends
        """The workout is over: the output may close when silent."""

    def set_voice(self, on: bool) -> None:
        """Spoken cues on or off (off also silences a word being spoken)."""
        self._voice = on
        if not on:
            self._stop_words()

    def set_tones(self, on: bool) -> None:
        self._tones = on

    @property
    def voice(self) -> bool:
        return self._voice

    @property
    def tones(self) -> bool:
        return self._tones

    def set_volume(self, volume: float) -> None:
        """Linear volume from 0.0 (mute) to 1.0 (the clips as recorded)."""
        self._volume = min(max(volume, 0.0), 1.0)
        self._apply_volume(self._volume)

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def supports_volume(self) -> bool:
        """Whether :meth:`set_volume` changes the level (else only 0 mutes)."""
        return True

    def available(self) -> bool:
        """Whether this player can make a sound at all."""
        return self.why_unavailable is None

    @property
    def why_unavailable(self) -> str | None:
        """Why no sound can be played, and what to install; None when sound works."""
        return None

    @abstractmethod
    def has_clip(self, cue: str) -> bool:
        """Whether a clip for ``cue`` is loaded."""

    @abstractmethod
    def stop(self) -> None:
        """Silence every clip now playing."""

    @abstractmethod
    def close(self) -> None:
        """Stop and free everything; the player plays nothing afterwards."""

    # -- what a backend provides ---------------------------------------------------------

    def _cut(self) -> None:
        """A cue of the same or higher priority takes over: silence the one sounding."""
        self.stop()

    def _start_at(self, cue: str, clips: tuple[str, ...], moment: float) -> bool:
        """Start the clips of ``cue`` (one, or a tick and "next") now. A backend with a
        stream clock places them at ``moment`` instead."""
        played = False
        for clip in clips:
            played = self._start(clip) or played
        return played

    @abstractmethod
    def _start(self, clip: str) -> bool:
        """Start (or restart) the clip of a catalogue cue; False if it cannot play."""

    @abstractmethod
    def _stop_words(self) -> None:
        """Stop a word clip still playing (tones go on)."""

    def _apply_volume(self, volume: float) -> None:  # noqa: B027 - optional for backends
        """Give the backend the new linear volume."""

    # -- helpers -------------------------------------------------------------------------

    def _load_clips(self, folder: Path, names: Iterable[str]) -> None:
        """Read the clips of ``names`` found in ``folder`` (a broken one is left out)."""
        for cue in names:
            path = folder / f"{cue}.wav"
            if path.is_file():
                try:
                    self._clips[cue] = read_clip(path)
                except (OSError, EOFError, ValueError) as error:
                    log.warning("clip %s unreadable: %s", path, error)

    def _sounding_for(self, clips: tuple[str, ...]) -> float:
        """Seconds the clips of a cue sound, from its moment (their first audible sample)."""
        known = [self._clips[c] for c in clips if c in self._clips]
        if not known:
            return 0.0
        return max(c.sound_end for c in known) - min(c.lead for c in known)

    def _clips_for(self, cue: str) -> tuple[str, ...]:
        if self.has_clip(cue):
            return (cue,)
        if cue.startswith("name_"):
            return (FALLBACK_TONE, cues.NEXT)
        log.warning("no clip for cue %r", cue)
        return ()


class SilentPlayer(CuePlayer):
    """Plays nothing: the workout goes on with visual cues, and :attr:`why_unavailable`
    tells the user why and what to install."""

    backend = "silent"

    def __init__(self, why: str) -> None:
        super().__init__()
        self._why = why

    @property
    def why_unavailable(self) -> str | None:
        return self._why

    def has_clip(self, cue: str) -> bool:
        return False

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass

    def _start(self, clip: str) -> bool:
        return False

    def _stop_words(self) -> None:
        pass
