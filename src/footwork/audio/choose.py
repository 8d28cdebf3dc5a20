"""Picking the cue player that can play here.

:func:`choose_player` tries the user's preferred backend first, then the others in the
order of :data:`BACKENDS`, and returns the first that can make a sound: an output device
must exist (Qt's view of it) and the backend must run. When none can, it returns a
:class:`~footwork.audio.base.SilentPlayer` whose ``why_unavailable`` is the one notice to
show: why there is no sound and what to install. Call it in the GUI thread, after the
``QApplication`` exists.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from footwork.audio.base import CuePlayer, SilentPlayer
from footwork.audio.clips import clips_folder
from footwork.i18n import QT_TRANSLATE_NOOP, translate
from footwork.services.settings import AUTO_BACKEND

#: Backend ids in the order they are tried, with their names for the settings.
BACKENDS: dict[str, str] = {
    "pulse": QT_TRANSLATE_NOOP("audio", "PulseAudio stream (every cue on the beat)"),
    "qt": QT_TRANSLATE_NOOP("audio", "Qt Multimedia (in-process, with volume)"),
    "playsound": QT_TRANSLATE_NOOP("audio", "playsound3 (a player program per cue)"),
}
AUTO = AUTO_BACKEND  # the one value, kept with the settings

log = logging.getLogger(__name__)


def backend_names() -> dict[str, str]:
    """Backend ids and their translated names, "auto" first, for a settings menu."""
    return {AUTO: translate("audio", "Automatic")} | {
        key: translate("audio", name) for key, name in BACKENDS.items()
    }


def no_device_notice() -> str:
    """The one notice when no sound output device can be found, whoever found it."""
    return translate(
        "audio",
        "No sound output device found: install and start PulseAudio or PipeWire "
        "(with pipewire-pulse), or connect speakers. Cues are shown on screen only.",
    )


def _no_sound_server() -> bool:
    """Whether no PulseAudio server answers libpulse while Qt Multimedia would ask the same
    one (its PulseAudio backend, which :func:`footwork.audio.environment.prepare` sets): then
    Qt sees no output device either, and loading it (libQt6Multimedia and FFmpeg's plugin,
    about 20 MB) only to hear so is saved. Without libpulse this cannot tell: False."""
    if os.environ.get("QT_AUDIO_BACKEND") != "pulseaudio":
        return False
    from footwork.audio.pulse_stream import PulseError, library
    from footwork.audio.stream_player import probe_stream

    try:
        library()
    except OSError:
        return False
    try:
        probe_stream()
    except PulseError:
        return True
    return False


def _qt_device_reason(backend: str) -> str | None:
    """Qt's view of the output devices: the no-device notice, or None (also when Qt
    Multimedia is not installed and ``backend`` is not "qt": then Qt cannot tell)."""
    try:
        from footwork.audio.qt_player import no_output_reason
    except ImportError:
        if backend == "qt":
            return translate("audio", "Qt Multimedia is missing: pip install PySide6-Addons.")
        return None
    return no_output_reason()


def _unavailable(backend: str) -> str | None:
    """Why ``backend`` cannot play here, or None when it can. No output device is the one
    notice for every backend (Qt's view of the devices, when Qt Multimedia is there). A
    PulseAudio stream that opens needs no second opinion: Qt Multimedia (about 20 MB) then
    stays unloaded."""
    if backend == "pulse":
        from footwork.audio.stream_player import no_stream_reason

        reason = no_stream_reason()
        return None if reason is None else _qt_device_reason(backend) or reason
    device = _qt_device_reason(backend)
    if device is not None or backend == "qt":
        return device
    from footwork.audio.playsound_player import no_player_reason

    return no_player_reason()


def _build(backend: str, folder: Path) -> CuePlayer:
    if backend == "pulse":
        from footwork.audio.stream_player import StreamCuePlayer

        return StreamCuePlayer(folder)
    if backend == "qt":
        from footwork.audio.qt_player import QtCuePlayer

        return QtCuePlayer(folder)
    from footwork.audio.playsound_player import PlaysoundCuePlayer

    return PlaysoundCuePlayer(folder)


def choose_player(preferred: str | None = None, language: str = "en") -> CuePlayer:
    """The preferred backend if it can play here, else the first that can, else silence."""
    order = list(BACKENDS)
    if preferred in BACKENDS:
        order.remove(preferred)
        order.insert(0, preferred)
    folder = clips_folder(language)
    if _no_sound_server():
        log.info("no sound server answered: every backend is unavailable")
        return SilentPlayer(no_device_notice())
    reasons: list[str] = []
    for backend in order:
        reason = _unavailable(backend)
        if reason is None:
            player = _build(backend, folder)
            reason = player.why_unavailable
            if reason is None:
                return player
            player.close()
        log.info("sound backend %s unavailable: %s", backend, reason)
        if reason not in reasons:
            reasons.append(reason)
    return SilentPlayer(" ".join(reasons))
