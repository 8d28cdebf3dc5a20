"""Platform ways of keeping the screen awake, behind one small interface.

A backend turns "keep the screen on" into one operating-system call and back:
``inhibit(reason)`` returns a token (or ``None`` when there is nothing to undo) and
``uninhibit(token)`` undoes it. A backend raises on failure; `KeepAwake` logs and carries on.
Nothing here touches the system until ``inhibit`` is called, so choosing a backend is free.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from footwork.platform.keep_awake.base import Backend, KeepAwakeError, NullBackend

logger = logging.getLogger(__name__)

# SetThreadExecutionState flags (winbase.h)
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

_UNIX_DESKTOPS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def _set_thread_execution_state() -> Callable[[int], int]:
    import ctypes  # only ever reached on Windows

    function = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32
    return function  # type: ignore[no-any-return]


class WindowsExecutionState:
    """``SetThreadExecutionState`` on the calling (GUI) thread.

    The state lasts until this thread resets it, so hold and release must come from the same
    thread. Holding again while held re-asserts it, which is what a resume needs.
    """

    reasserts = True

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        self._set_state = set_state

    def _call(self, flags: int) -> None:
        if self._set_state is None:
            self._set_state = _set_thread_execution_state()
        if not self._set_state(flags):
            raise KeepAwakeError(f"SetThreadExecutionState({flags:#x}) failed")

    def inhibit(self, reason: str) -> int:
        flags = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
        self._call(flags)
        return flags

    def uninhibit(self, token: object) -> None:
        self._call(ES_CONTINUOUS)


class MacCaffeinate:
    """``caffeinate -d -w <our pid>``: the assertion ends with the process or with us."""

    def __init__(
        self, popen: Callable[..., Any] | None = None, program: str = "caffeinate"
    ) -> None:
        self._popen = popen  # default subprocess.Popen, imported when first needed
        self._program = program

    def command(self) -> Sequence[str]:
        return [self._program, "-d", "-w", str(os.getpid())]

    def inhibit(self, reason: str) -> Any:
        import subprocess  # only ever needed on macOS: not imported at start-up elsewhere

        try:
            return (self._popen or subprocess.Popen)(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            raise KeepAwakeError(f"cannot start {self._program}: {error}") from error

    def uninhibit(self, token: Any) -> None:
        import subprocess

        token.terminate()
        try:
            token.wait(timeout=2)
        except subprocess.TimeoutExpired:
            token.kill()
            token.wait()


def default_backend(platform: str | None = None) -> Backend:
    """The backend for ``platform`` (``sys.platform`` when not given)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return WindowsExecutionState()
    if platform == "darwin":
        return MacCaffeinate()
    if platform.startswith(_UNIX_DESKTOPS):
        try:
            from footwork.platform.keep_awake.dbus import DBusScreenSaver
        except ImportError as error:
            logger.warning("No QtDBus, the screen may sleep during a workout: %s", error)
            return NullBackend()
        return DBusScreenSaver()
    return NullBackend()
