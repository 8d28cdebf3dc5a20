"""Recording a workout so that a failing disk never stops it and nothing is lost.

:class:`SafeRecorder` queues every write (begin, result, finish, rating) and applies the
queue to the store at once. When the history cannot be written (read-only folder, full disk,
locked file: :class:`HistoryUnavailable`) the writes stay queued in memory, ``problem`` says
why (naming the path and the OS error), and the whole queue is tried again on the next write
or on :meth:`retry`. Bugs (:class:`HistoryBug`, ``ValueError``) are not swallowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from footwork.domain import SessionStatus, Side
from footwork.history.errors import HistoryUnavailable, Recovery
from footwork.history.owner import HistoryOwner
from footwork.history.store import Clock, Store, utc_now
from footwork.i18n import translate
from footwork.session.results import ExerciseResult

logger = logging.getLogger("footwork.history")


@dataclass
class _Session:
    """A session as the recorder knows it; ``id`` is None until it reaches the store."""

    id: int | None = None

    def saved_id(self) -> int:
        assert self.id is not None, "its begin is applied first"
        return self.id


@dataclass
class _Write:
    """One queued write and the exercise result it saves, if any."""

    apply: Callable[[Store], None]
    result: ExerciseResult | None = None


class SafeRecorder:
    """Writes one workout at a time to the history at ``path``, keeping what fails in memory.

    ``opener`` builds the store (default :meth:`Store.open`); tests may pass their own. In
    the app the store is the process's one, shared (:meth:`sharing`): the recorder then never
    closes it. Every write method returns True when everything so far is on disk.
    """

    def __init__(self, path: Path, *, clock: Clock = utc_now,
                 opener: Callable[[Path], Store] | None = None, owns_store: bool = True) -> None:
        self.path = Path(path)
        self._opener = opener or (lambda p: Store.open(p, clock=clock))
        self._owns_store = owns_store
        self._store: Store | None = None
        self._queue: list[_Write] = []
        self._session: _Session | None = None
        self.problem: str | None = None
        self.recovery: Recovery | None = None

    @classmethod
    def sharing(cls, owner: HistoryOwner) -> SafeRecorder:
        """A recorder writing through ``owner``'s store, the one connection of the process."""
        return cls(owner.path, opener=owner.opener, owns_store=False)

    @property
    def session_id(self) -> int | None:
        """The current session's id in the store (None before it could be saved)."""
        return self._session.id if self._session else None

    @property
    def pending(self) -> int:
        """How many writes wait in memory (the app should warn before quitting if > 0)."""
        return len(self._queue)

    def pending_results(self) -> list[ExerciseResult]:
        """The exercise results not yet on disk, oldest first."""
        return [w.result for w in self._queue if w.result is not None]

    def begin(self, routine_id: str, routine_hash: str, started: datetime,
              planned_exercises: int | None = None, *, snapshot: str | None = None,
              level: float | None = None,
              targets: Mapping[str, float] | None = None) -> bool:
        """Start a new session (``started``: aware local time); ``snapshot`` is the routine's
        TOML text as run, ``level`` its plan's level (see ``Store.begin_session``)."""
        session = self._session = _Session()

        def apply(store: Store) -> None:
            session.id = store.begin_session(routine_id, routine_hash, started,
                                             planned_exercises, snapshot=snapshot, level=level,
                                             targets=targets)
            logger.debug("session %s begun: %s", session.id, routine_id)
        return self._push(_Write(apply))

    def resume(self, session_id: int) -> bool:
        """Continue an interrupted session of the store (see ``Store.resume_point``)."""
        self._session = _Session(session_id)

        def apply(store: Store) -> None:
            store.resume_session(session_id)
            logger.debug("session %s resumed", session_id)
        return self._push(_Write(apply))

    def record(self, result: ExerciseResult) -> bool:
        """Save a finished exercise of the current session."""
        session = self._current()
        return self._push(_Write(lambda store: store.record(session.saved_id(), result), result))

    def finish(self, status: SessionStatus, ended: datetime) -> bool:
        """End the current session (``completed``, ``partial`` or ``interrupted``)."""
        session = self._current()

        def apply(store: Store) -> None:
            store.finish_session(session.saved_id(), status, ended)
            logger.debug("session %s finished as %s", session.id, status)
        return self._push(_Write(apply))

    def rate(self, effort: int | None, pain: int | None, note: str = "") -> bool:
        """Rate the current (usually just finished) session."""
        session = self._current()
        return self._push(_Write(lambda store: store.rate(session.saved_id(), effort, pain, note)))

    def answer_late(self, exercise_index: int, side: Side | None, answer: str) -> bool:
        """Answer a check of the current (just finished) session that was not answered."""
        session = self._current()
        return self._push(_Write(lambda store: store.answer_late(
            session.saved_id(), exercise_index, side, answer)))

    def retry(self) -> bool:
        """Try the queued writes again (e.g. after the user freed space)."""
        return self._flush()

    def close(self) -> None:
        """Close the store (a shared one is only let go of). Queued writes stay queued; check
        :attr:`pending` first."""
        if self._store is not None and self._owns_store:
            self._store.close()
        self._store = None

    def _current(self) -> _Session:
        if self._session is None:
            raise RuntimeError("no session: call begin() or resume() first")
        return self._session

    def _push(self, write: _Write) -> bool:
        self._queue.append(write)
        return self._flush()

    def _flush(self) -> bool:
        try:
            if self._store is None:
                self._store = self._opener(self.path)
                self.recovery = self._store.recovery or self.recovery
            while self._queue:
                try:
                    self._queue[0].apply(self._store)
                except HistoryUnavailable:
                    raise
                except Exception:
                    self._queue.pop(0)  # a bug in this write: drop it, keep the others
                    raise
                done = self._queue.pop(0)
                if done.result is not None:
                    _log_saved(done.result, self.session_id)
        except HistoryUnavailable as exc:
            kept = translate("history", "Your results are kept in memory and saved as soon as this works again: keep Footwork open until then.")  # noqa: E501 - one literal for lupdate
            self.problem = f"{exc} {kept}"
            logger.warning("%d writes wait in memory: %s", len(self._queue), exc)
            self.close()  # a fresh connection (or the shared store again) on the next try
            return False
        self.problem = None
        return True


def _log_saved(result: ExerciseResult, session_id: int | None) -> None:
    for side in result.sides:
        logger.debug("saved session %s exercise %d %s side %s sets ended %s", session_id,
                     result.index, result.exercise_id, side.side or "both",
                     "all" if side.sets_ended is None else side.sets_ended)
