"""Keep the screen awake while a workout runs.

``KeepAwake().hold()`` / ``.release()`` / ``.close()``. Backends: ``org.freedesktop.ScreenSaver``
over QtDBus (Linux, BSD; in `footwork.ui.keep_awake.dbus`), ``SetThreadExecutionState``
(Windows), ``caffeinate`` (macOS), or nothing.
"""

from footwork.ui.keep_awake.backends import (
    Backend,
    KeepAwakeError,
    MacCaffeinate,
    NullBackend,
    WindowsExecutionState,
    default_backend,
)
from footwork.ui.keep_awake.keeper import KeepAwake, default_reason

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
