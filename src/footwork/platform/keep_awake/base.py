"""What every way of keeping the screen awake shares: the interface, its error, doing nothing."""

from __future__ import annotations

from typing import Protocol

APP_NAME = "Footwork"


class KeepAwakeError(RuntimeError):
    """The system refused or could not be asked to keep the screen awake."""


class Backend(Protocol):
    """What `KeepAwake` needs from a platform (tests hand it a fake).

    A backend may set ``reasserts = True`` when its ``inhibit`` should be repeated on every
    hold even while held (Windows: the execution state is re-asserted after a resume).
    """

    def inhibit(self, reason: str) -> object | None: ...

    def uninhibit(self, token: object) -> None: ...


class NullBackend:
    """No known way to keep this screen awake: holding does nothing."""

    def inhibit(self, reason: str) -> None:
        return None

    def uninhibit(self, token: object) -> None:
        return None
