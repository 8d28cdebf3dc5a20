"""The environment the sound libraries read once, set by the composition root. Qt-free.

Sound clients (Qt Multimedia, libpulse, the playsound3 player programs) read these when they
first talk to the sound server, so :func:`prepare` must run before the first stream opens.
Nothing sets them on import. A value already in the environment is kept (the user's choice).

- ``QT_AUDIO_BACKEND=pulseaudio``: Qt's PulseAudio client, which the tests exercise, instead
  of Qt 6.11's native PipeWire backend, reported to bring the process down when the sink it
  plays to disappears (a Bluetooth speaker switched off). PipeWire serves it through
  pipewire-pulse.
- ``PULSE_LATENCY_MSEC=20``: Qt's stream buffer, and so the delay of every cue it plays.
- ``PULSE_PROP=media.role=event``: every stream of the process carries the sound server's
  *event* role, so a policy that ducks other sound for events (module-role-ducking on
  PulseAudio, WirePlumber's role policy on PipeWire) lowers the music under a cue.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

ROLE = "event"

SETTINGS = {
    "QT_AUDIO_BACKEND": "pulseaudio",
    "PULSE_LATENCY_MSEC": "20",
}


def prepare(environ: MutableMapping[str, str] | None = None) -> None:
    """Put the sound settings into ``environ`` (the process's): call before any stream."""
    env = os.environ if environ is None else environ
    for name, value in SETTINGS.items():
        env.setdefault(name, value)
    props = env.get("PULSE_PROP", "")
    if "media.role" not in props:
        env["PULSE_PROP"] = f"{props} media.role={ROLE}".strip()
