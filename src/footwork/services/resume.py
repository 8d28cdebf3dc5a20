"""Resuming a workout the app was closed (or killed) in the middle of.

:func:`find_resume` only reads: the latest interrupted session that can go on, and the others
that cannot (or are older). :func:`settle` writes: those others are kept as partial, so none
is offered twice; :func:`keep_as_partial` is the runner declining the offer.

A workout resumes at the first part (one side of one set of an exercise) not saved, with the
routine it ran (its snapshot; see :mod:`footwork.history.ran`, so a routine started from any
path resumes) planned at the level it ran at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from footwork.domain import PhaseKind, Side
from footwork.history.ran import routine_ran
from footwork.history.rows import SessionRow
from footwork.history.store import Store
from footwork.routine.model import Routine
from footwork.session.parts import ResumePoint, first_unsaved
from footwork.session.plan import Plan, compile_plan


@dataclass(frozen=True)
class ResumeOffer:
    session: SessionRow
    routine: Routine
    next_exercise: int  # index of the exercise resumed (at its first side or set not saved)
    level: float = 0.0  # where the session's plan sat in the ranges
    resume_at: ResumePoint | None = None  # the phase to start at, and what is carried
    targets: Mapping[str, float] = field(default_factory=dict)  # numbers the runner accepted

    @property
    def done(self) -> int:
        """Exercises saved whole before the one resumed."""
        return self.next_exercise

    def plan(self) -> Plan:
        """The plan to run: the session's routine at the session's level and numbers."""
        return compile_plan(self.routine, self.level, self.targets)

    @property
    def side(self) -> Side | None:
        """The side the resumed run starts with (None: both feet, or the exercise's start)."""
        if self.resume_at is None:
            return None
        phase = self.plan().phases[self.resume_at.phase]
        return phase.side if phase.kind is not PhaseKind.PREPARE else None


@dataclass(frozen=True)
class ResumeChoice:
    offer: ResumeOffer | None  # the one to offer, if any
    stale: tuple[int, ...]  # ids of the interrupted sessions that will not go on


def find_resume(store: Store, routines: Iterable[Routine], level: float = 0.0) -> ResumeChoice:
    """The latest interrupted session that can go on, and every other interrupted one.

    A session can go on when its routine is known (its snapshot, or a routine of its id) and
    parts remain after the saved ones; ``level`` plans a session that did not record its own.
    Reads the history only.
    """
    known = list(routines)
    offer: ResumeOffer | None = None
    stale: list[int] = []
    for session in sorted(
        store.interrupted_sessions(), key=lambda s: (s.started_utc, s.id), reverse=True
    ):
        found = _offer(store, session, known, level) if offer is None else None
        if found is not None:
            offer = found
        else:
            stale.append(session.id)
    return ResumeChoice(offer, tuple(stale))


def _offer(
    store: Store, session: SessionRow, known: list[Routine], level: float
) -> ResumeOffer | None:
    ran = routine_ran(store, session, known)
    if ran is None:
        return None
    plan_level = level if ran.level is None else ran.level
    targets = store.plan_targets(session.id)
    plan = compile_plan(ran.routine, plan_level, targets)
    phase = first_unsaved(plan, store.saved_parts(session.id))
    if phase is None:
        return None
    exercise = plan.phases[phase].exercise_index
    carried = store.saved_sides(session.id, exercise)
    return ResumeOffer(session, ran.routine, exercise, plan_level, ResumePoint(phase, carried),
                       targets)


def settle(store: Store, choice: ResumeChoice) -> None:
    """Keep the sessions that will not go on as partial."""
    for session_id in choice.stale:
        store.mark_partial(session_id)


def keep_as_partial(store: Store, offer: ResumeOffer) -> None:
    """The runner chose not to resume: the session stays, as partial."""
    store.mark_partial(offer.session.id)
