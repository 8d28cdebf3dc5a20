"""Cue players: the spoken and beeped cues of a workout.

Qt-free:

- ``clips``: reading a clip, its lead silence and where its sound ends.
- ``base``: the :class:`CuePlayer` interface, the rules every backend follows (late cues
  dropped, the priorities of :mod:`footwork.cues`, voice and tones switches) and the
  :class:`SilentPlayer`.
- ``pulse_stream`` and ``stream_player``: the default backend, one PulseAudio stream
  (``libpulse-simple`` through ctypes) on which each clip is placed so that its first
  audible sample lands on the cue's moment.
- ``playsound_player``: ``playsound3`` backend, one player process per clip.
- ``environment``: what the sound libraries read once; the composition root sets it.

With Qt:

- ``qt_player``: Qt Multimedia ``QSoundEffect`` backend.
- ``choose``: :func:`choose_player`, the backend that can play here (imports Qt lazily).

This package's ``__init__`` imports nothing, so importing ``footwork.audio`` loads no Qt.
Why here and not under ``platform/``: the players are the audio back-ends, but most of this
package (clips, the rules of ``base``, the stream backend) is Qt-free and shared by every
backend; one package keeps them together, and the Qt-free/Qt split is the module boundary
above (``test_base`` checks that importing the Qt-free ones loads no Qt). The cue priorities
and :func:`footwork.cues.audible_cues` live in the core (``cues``), so the plan may use them.
"""
