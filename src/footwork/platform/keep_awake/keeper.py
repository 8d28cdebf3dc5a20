"""`KeepAwake`: the screen stays on while a workout runs.

The workout view calls ``hold()`` on start and resume, ``release()`` on pause, stop and finish,
and ``close()`` on exit. Both are idempotent. A failure is logged, never raised: a screen
that may dim is no reason to stop a workout.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from footwork.platform.keep_awake.backends import default_backend
from footwork.platform.keep_awake.base import Backend

logger = logging.getLogger(__name__)


def default_reason() -> str:
    """Why the screen stays on, as a desktop may show it to the user."""
    return QCoreApplication.translate("KeepAwake", "A workout is running")


class KeepAwake:
    """Holds the screen awake through one platform backend (chosen by platform by default)."""

    def __init__(self, backend: Backend | None = None) -> None:
        self._backend: Backend | None = backend  # the platform's is chosen on first use
        self._held = False
        self._token: object | None = None
        self._closed = False
        self._reported: set[tuple[str, str]] = set()

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            self._backend = default_backend()  # QtDBus loads here on Linux
        return self._backend

    def prepare(self) -> None:
        """Choose the backend and let it connect (the D-Bus session bus), so that the first
        ``hold()`` at a workout's start does not wait for it; a failure waits for ``hold()``
        to be reported."""
        connect = getattr(self.backend, "prepare", None)
        if connect is not None:
            try:
                connect()
            except Exception as error:  # reported by hold(), which tries again
                logger.debug("Keep-awake not ready: %s", error)

    @property
    def held(self) -> bool:
        """True between a successful ``hold()`` and the next ``release()``."""
        return self._held

    def hold(self, reason: str | None = None) -> None:
        """Keep the screen awake; holding while held does nothing (a re-asserting backend
        such as Windows' is asked again)."""
        if self._closed:
            logger.debug("Keep-awake is closed; hold ignored")
            return
        if self._held and not getattr(self.backend, "reasserts", False):
            return
        try:
            token = self.backend.inhibit(default_reason() if reason is None else reason)
        except Exception as error:  # a failure is logged, never fatal
            self._report("keep the screen awake", error)
            return
        self._held = True
        self._token = token

    def release(self) -> None:
        """Let the screen sleep again; releasing when not held does nothing."""
        if not self._held:
            return
        token, self._token, self._held = self._token, None, False
        if token is None:
            return
        try:
            self.backend.uninhibit(token)
        except Exception as error:  # the backend's own lifetime ends it at exit anyway
            self._report("let the screen sleep again", error)

    def close(self) -> None:
        """Release for good (application exit): later holds are ignored."""
        self.release()
        self._closed = True

    def _report(self, action: str, error: Exception) -> None:
        key = (action, str(error))
        first = key not in self._reported
        self._reported.add(key)
        logger.log(
            logging.WARNING if first else logging.DEBUG,
            "Could not %s (%s): %s",
            action,
            type(self.backend).__name__,
            error,
        )
