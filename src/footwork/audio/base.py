"""The cue player interface and the rules every backend follows.

A :class:`CuePlayer` plays the clip of a cue (``assets/sounds/<lang>/<cue>.wav``) and returns
at once: it never blocks the GUI thread. Call it from the thread that created it.

Rules, the same for every backend:

- **Late cues are dropped.** ``play(cue, due)`` with ``due`` a ``time.monotonic()`` instant:
  a cue more than :data:`LATE` (150 ms) past ``due`` when ``play`` is called is not played
  (``play`` returns False). A cue said late is worse than none: "Go" half a second after the
  tick misleads.
- **Words never pile up: the newest word wins.** A word cue stops a word still playing and
  starts at once (the latest instruction is the one that counts).
- **Tones never interrupt words**, and words do not stop tones: a tone plays over a word.
  A tone still playing when the same tone comes again restarts.
- **Voice and tones can be switched off** separately (:meth:`set_voice`, :meth:`set_tones`);
  a switched-off cue is not played and ``play`` returns False.
- **Unknown exercise names** (``name_<id>`` of a custom exercise, no clip) fall back to
  ``beep_tick`` and ``next``: the short tick sounds in the silence that starts every word clip.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable

from footwork import cues

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

    # -- the interface -------------------------------------------------------------------

    def play(self, cue: str, due: float | None = None) -> bool:
        """Start the clip of ``cue``; False when it was dropped (late, switched off, no clip).

        ``due`` is the ``time.monotonic()`` instant the cue belongs to (None: now).
        """
        if self.why_unavailable is not None:
            return False
        if due is not None and self._clock() - due > LATE:
            log.debug("cue %s dropped: %.0f ms late", cue, (self._clock() - due) * 1000)
            return False
        played = False
        for clip in self._clips_for(cue):
            if not (self._tones if cues.is_tone(clip) else self._voice):
                continue
            if not cues.is_tone(clip):
                self._stop_words()
            played = self._start(clip) or played
        return played

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

    @abstractmethod
    def _start(self, clip: str) -> bool:
        """Start (or restart) the clip of a catalogue cue; False if it cannot play."""

    @abstractmethod
    def _stop_words(self) -> None:
        """Stop a word clip still playing (tones go on)."""

    def _apply_volume(self, volume: float) -> None:  # noqa: B027 - optional for backends
        """Give the backend the new linear volume."""

    # -- helpers -------------------------------------------------------------------------

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
