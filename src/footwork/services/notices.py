"""One channel for everything the runner must be told: a level and a text, by source.

Each source (the sound, saving the history, reading it, starting a workout...) holds at most
one notice; posting again replaces it and posting "" withdraws it. Views subscribe and show
the notices in the order their sources first spoke. Every new notice is logged too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    INFO = "info"  # something happened that is fine (a damaged history was set aside)
    WARNING = "warning"  # something works less well (no sound; results only in memory)
    ERROR = "error"  # something asked for cannot be done (a routine cannot start)


LOG_LEVELS = {"info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
logger = logging.getLogger(__name__)


class Source(StrEnum):
    SOUND = "sound"
    SAVING = "saving"  # results of this run could not be written yet
    HISTORY = "history"  # opening the history: unavailable, recovered
    START = "start"  # a routine named on the command line cannot start
    READING = "reading"  # the History page could not read or change the history
    EXPORT = "export"  # exporting the history: under way, done or failed


@dataclass(frozen=True)
class Notice:
    source: Source
    level: Level
    text: str


Listener = Callable[[list[Notice]], None]


class Notices:
    """The notices in force, and who wants to hear when they change."""

    def __init__(self) -> None:
        self._by_source: dict[Source, Notice] = {}
        self._listeners: list[Listener] = []

    def post(self, source: Source, text: str, level: Level = Level.WARNING) -> None:
        """Say ``text`` for ``source`` (replacing what it said before); "" withdraws it."""
        old = self._by_source.get(source)
        if text:
            notice = Notice(source, level, text)
            if old == notice:
                return
            self._by_source[source] = notice
            logger.log(LOG_LEVELS[level], "%s: %s", source, text)
        elif old is None:
            return
        else:
            del self._by_source[source]
        self._tell()

    def current(self, sources: frozenset[Source] | None = None) -> list[Notice]:
        """The notices in force (of ``sources`` only, when given), oldest source first."""
        return [n for n in self._by_source.values() if sources is None or n.source in sources]

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _tell(self) -> None:
        notices = self.current()
        for listener in list(self._listeners):
            listener(notices)
