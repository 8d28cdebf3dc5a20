"""Which interrupted workout to offer to resume when the app starts, and from where."""

from __future__ import annotations

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


def find_offer(store: Store, routines: list[Routine]) -> ResumeOffer | None:
    """The latest interrupted session that can go on; older or finished ones become partial.

    A session can go on when its routine still exists and exercises remain after the last
    one saved. Every other interrupted session is kept as partial, so none is offered twice.
    """
    by_id = {r.id: r for r in routines}
    offer: ResumeOffer | None = None
    for session in sorted(store.interrupted_sessions(), key=lambda s: s.started_utc,
                          reverse=True):
        routine = by_id.get(session.routine_id)
        point = store.resume_point(session.id)
        if offer is None and routine is not None and point < len(routine.exercises):
            offer = ResumeOffer(session, routine, point)
        else:
            store.mark_partial(session.id)
    return offer
