"""A PulseAudio playback stream through ``libpulse-simple`` (ctypes, no Python dependency).

PipeWire serves the same API through pipewire-pulse. :meth:`PulseStream.write` blocks until
the server has room (ctypes lets other Python threads run meanwhile) and
:meth:`PulseStream.latency` says how long until the last sample written is heard: together
they tie every sample to a ``time.monotonic()`` instant, which is what lets a player place
a clip on its moment. The stream's role (``media.role``, for ducking) comes from the
``PULSE_PROP`` the composition root sets (:func:`footwork.audio.environment.prepare`). Qt-free.
"""

from __future__ import annotations

import ctypes
import ctypes.util

_PLAYBACK = 1  # PA_STREAM_PLAYBACK
_S16LE = 3  # PA_SAMPLE_S16LE
_DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: the server's choice


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32),
                ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [("maxlength", ctypes.c_uint32), ("tlength", ctypes.c_uint32),
                ("prebuf", ctypes.c_uint32), ("minreq", ctypes.c_uint32),
                ("fragsize", ctypes.c_uint32)]


class PulseError(OSError):
    """The stream could not open or broke; the message is the server's."""


_lib: ctypes.CDLL | None = None


def library() -> ctypes.CDLL:
    """libpulse-simple, loaded once (OSError when it is not installed)."""
    global _lib
    if _lib is None:
        name = ctypes.util.find_library("pulse-simple") or "libpulse-simple.so.0"
        lib = ctypes.CDLL(name)
        lib.pa_simple_new.restype = ctypes.c_void_p
        lib.pa_simple_new.argtypes = [
            ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec), ctypes.c_void_p, ctypes.POINTER(_BufferAttr),
            ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_write.restype = ctypes.c_int
        lib.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                        ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_get_latency.restype = ctypes.c_uint64
        lib.pa_simple_get_latency.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_free.restype = None
        lib.pa_simple_free.argtypes = [ctypes.c_void_p]
        lib.pa_strerror.restype = ctypes.c_char_p
        lib.pa_strerror.argtypes = [ctypes.c_int]
        _lib = lib
    return _lib


class PulseStream:
    """One mono 16-bit playback stream to the default sink; use it from one thread."""

    def __init__(self, rate: int, buffer_seconds: float, name: str = "Footwork cues") -> None:
        lib = library()
        self.rate = rate
        spec = _SampleSpec(_S16LE, rate, 1)
        target = round(rate * buffer_seconds) * 2
        attr = _BufferAttr(_DEFAULT, target, _DEFAULT, max(2, target // 4), _DEFAULT)
        error = ctypes.c_int(0)
        self._handle = lib.pa_simple_new(None, b"Footwork", _PLAYBACK, None, name.encode(),
                                         ctypes.byref(spec), None, ctypes.byref(attr),
                                         ctypes.byref(error))
        if not self._handle:
            raise PulseError(self._message(error))

    def _message(self, error: ctypes.c_int) -> str:
        return library().pa_strerror(error.value).decode(errors="replace")

    def write(self, data: bytes) -> None:
        """Queue ``data`` (16-bit samples); blocks while the server's buffer is full."""
        error = ctypes.c_int(0)
        if library().pa_simple_write(self._handle, data, len(data), ctypes.byref(error)) < 0:
            raise PulseError(self._message(error))

    def latency(self) -> float:
        """Seconds until the last sample written so far is heard."""
        error = ctypes.c_int(0)
        usec = library().pa_simple_get_latency(self._handle, ctypes.byref(error))
        if usec == 0xFFFFFFFFFFFFFFFF:
            raise PulseError(self._message(error))
        return usec / 1e6

    def close(self) -> None:
        if self._handle:
            library().pa_simple_free(self._handle)
            self._handle = None
