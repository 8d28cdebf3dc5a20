"""Keep the screen awake while a workout runs.

``KeepAwake().hold()`` / ``.release()`` / ``.close()``. Backends: ``org.freedesktop.ScreenSaver``
over QtDBus (Linux, BSD; in `footwork.platform.keep_awake.dbus`), ``SetThreadExecutionState``
(Windows), ``caffeinate`` (macOS), or nothing.
"""

from footwork.platform.keep_awake.backends import (
    MacCaffeinate,
    WindowsExecutionState,
    default_backend,
)
from footwork.platform.keep_awake.base import Backend, KeepAwakeError, NullBackend
from footwork.platform.keep_awake.keeper import KeepAwake, default_reason

__all__ = [
    "Backend",
    "KeepAwake",
    "KeepAwakeError",
    "MacCaffeinate",
    "NullBackend",
    "WindowsExecutionState",
    "default_backend",
    "default_reason",
]
