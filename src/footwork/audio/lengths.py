"""How long each cue sounds in one language, read from its clips (Qt-free).

:func:`sounding_of` gives, for a cue, the seconds from its first audible sample to its last,
as the players count them under one sound at a time: a custom exercise's name with no clip
sounds as its fallback (a tone with "next"). ``footwork plan`` uses it to show the cues that
play (:func:`footwork.session.sounding.one_sound_at_a_time`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from footwork import cues
from footwork.audio.base import FALLBACK_TONE
from footwork.audio.clips import Clip, read_clip


def sounding_of(folder: Path) -> Callable[[str], float]:
    """Seconds each cue sounds with the clips in ``folder`` (0 for a cue with no clip)."""

    @functools.cache
    def clip(cue: str) -> Clip | None:
        path = folder / f"{cue}.wav"
        return read_clip(path) if path.is_file() else None

    def sounding(cue: str) -> float:
        names = (cue,) if clip(cue) else (FALLBACK_TONE, cues.NEXT) if cue.startswith(
            "name_") else ()
        found = [c for c in map(clip, names) if c is not None]
        if not found:
            return 0.0
        return max(c.sound_end for c in found) - min(c.lead for c in found)

    return sounding
