"""Cue players: the spoken and beeped cues of a workout.

- ``base``: the :class:`CuePlayer` interface, its rules (late cues dropped, newest word
  wins, voice and tones switches) and the :class:`SilentPlayer`. Qt-free.
- ``qt_player``: Qt Multimedia ``QSoundEffect`` backend (imports Qt).
- ``playsound_player``: ``playsound3`` backend, one player process per clip. Qt-free.
- ``choose``: :func:`choose_player`, the backend that can play here (imports Qt lazily).

This package's ``__init__`` imports nothing, so importing ``footwork.audio`` loads no Qt.
"""
