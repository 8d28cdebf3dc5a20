"""Resuming a workout the app was closed (or killed) in the middle of.

:func:`find_resume` only reads: the latest interrupted session that can go on, and the others
that cannot (or are older). :func:`settle` writes: those others are kept as partial, so none
is offered twice; :func:`keep_as_partial` is the runner declining the offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from footwork.history.rows import SessionRow
from footwork.history.store import Store
from footwork.routine.model import Routine


@dataclass(frozen=True)
class ResumeOffer:
    session: SessionRow
    routine: Routine
    next_exercise: int  # index of the first exercise not yet saved

    @property
    def done(self) -> int:
        return self.next_exercise


@dataclass(frozen=True)
class ResumeChoice:
    offer: ResumeOffer | None  # the one to offer, if any
    stale: tuple[int, ...]  # ids of the interrupted sessions that will not go on


def find_resume(store: Store, routines: Iterable[Routine]) -> ResumeChoice:
    """The latest interrupted session that can go on, and every other interrupted one.

    A session can go on when its routine still exists and exercises remain after the last
    one saved. Reads the history only.
    """
    by_id = {r.id: r for r in routines}
    offer: ResumeOffer | None = None
    stale: list[int] = []
    for session in sorted(
        store.interrupted_sessions(), key=lambda s: s.started_utc, reverse=True
    ):
        routine = by_id.get(session.routine_id)
        point = store.resume_point(session.id)
        if offer is None and routine is not None and point < len(routine.exercises):
            offer = ResumeOffer(session, routine, point)
        else:
            stale.append(session.id)
    return ResumeChoice(offer, tuple(stale))


def settle(store: Store, choice: ResumeChoice) -> None:
    """Keep the sessions that will not go on as partial."""
    for session_id in choice.stale:
        store.mark_partial(session_id)


def keep_as_partial(store: Store, offer: ResumeOffer) -> None:
    """The runner chose not to resume: the session stays, as partial."""
    store.mark_partial(offer.session.id)
