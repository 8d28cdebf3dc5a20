"""Progression earned: the numbers a range (10-12 reps, 30-60 s) plans next, from results.

The rule, per exercise with a range, on the sessions of its routine in the current program:

- the **current target** is the number the latest session that did the exercise planned
  (its reps per set, or seconds per bout); with no such session it is the program week's
  level (``plan.target_reps`` / ``plan.target_seconds``), the starting point of a program;
- a session **met** the target when every side did all of it: every rep of every set, every
  bout held to its end (an open-ended bout ended early did not), at the current target;
- a session fell **clearly short** when some side did less than ``SHORT_BELOW`` (80 %) of it:
  fewer reps, or fewer seconds in all its bouts;
- after ``SESSIONS_NEEDED`` (2) sessions in a row that met it, propose one step up
  (1 rep, 5 s); after two in a row clearly short, one step down; otherwise stay.
  Never outside the routine's range. A session that skipped the exercise on every side
  says nothing and is passed over; one that skipped one side fell short on it.

Plain Python over history rows: no Qt, no clock, no store (see :func:`recent_results`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from footwork.domain import SessionStatus
from footwork.routine.model import Exercise, Reps, Routine, Timed
from footwork.session.plan import target_reps, target_seconds

if TYPE_CHECKING:  # the history package loads SQLite, after the first paint
    from footwork.history.rows import ResultRow, SessionSummary

STEP_REPS = 1
STEP_SECONDS = 5.0
SHORT_BELOW = 0.8  # a side below 80 % of the target fell clearly short
SESSIONS_NEEDED = 2
HELD_TO_END = 0.25  # s: a bout this close to its length was held to the end
# Sessions that are over (a running or interrupted one may still go on).
COUNTED = (SessionStatus.COMPLETED, SessionStatus.PARTIAL)


class Unit(StrEnum):
    REPS = "reps"
    SECONDS = "seconds"


class Move(StrEnum):
    UP = "up"
    DOWN = "down"
    STAY = "stay"


class Verdict(StrEnum):
    MET = "met"
    SHORT = "short"  # clearly short
    BETWEEN = "between"


@dataclass(frozen=True)
class Span:
    """An exercise's range: from ``low`` to ``high`` in ``unit``, moving by ``step``."""

    low: float
    high: float
    step: float
    unit: Unit

    def clamp(self, value: float) -> float:
        """``value`` inside the range, on a whole step from its bottom."""
        inside = min(max(value, self.low), self.high)
        if inside == self.high:
            return self.high
        steps = round((inside - self.low) / self.step)
        return min(self.low + steps * self.step, self.high)


@dataclass(frozen=True)
class Proposal:
    """What an exercise with a range plans today: ``current``, and the ``proposed`` number.

    ``move`` says which way; ``sessions`` how many sessions of evidence it rests on;
    ``verdict`` what the last of them showed (None when there is none).
    """

    exercise_id: str
    span: Span
    current: float
    proposed: float
    move: Move
    sessions: int
    verdict: Verdict | None = None

    @property
    def changes(self) -> bool:
        return self.proposed != self.current


def span_of(ex: Exercise) -> Span | None:
    """The range of ``ex`` (reps to max_reps, seconds to max_seconds), None without one."""
    match ex:
        case Reps(max_reps=int(high)) if high > ex.reps:
            return Span(float(ex.reps), float(high), STEP_REPS, Unit.REPS)
        case Timed(max_seconds=float() | int() as high) if high > ex.seconds:
            return Span(float(ex.seconds), float(high), STEP_SECONDS, Unit.SECONDS)
    return None


def start_target(ex: Exercise, span: Span, level: float) -> float:
    """The program week's number for ``ex``: where a program with no results starts."""
    match ex:
        case Reps():
            return span.clamp(float(target_reps(ex, level)))
        case Timed():
            return span.clamp(target_seconds(ex, level))
    return span.low


def planned_target(rows: Sequence[ResultRow], span: Span) -> float | None:
    """The number one session planned for the exercise (per set or bout), inside the range."""
    for row in rows:
        if row.planned_sets <= 0:
            continue
        total = row.planned_count if span.unit is Unit.REPS else row.planned_seconds
        return span.clamp(total / row.planned_sets)
    return None


def verdict(rows: Sequence[ResultRow], target: float, span: Span) -> Verdict | None:
    """How one session's sides did against ``target``; None when every side was skipped."""
    if not rows or all(r.skipped for r in rows):
        return None
    met, short = True, False
    for row in rows:
        sets = max(row.planned_sets, 1)
        if span.unit is Unit.REPS:
            done = 0.0 if row.skipped else float(row.achieved_count)
            whole = done >= target * sets
        else:
            bouts = () if row.skipped else row.bouts
            done = sum(min(b, target) for b in bouts)
            whole = len(bouts) >= sets and all(b >= target - HELD_TO_END for b in bouts)
        met = met and whole
        short = short or done < SHORT_BELOW * target * sets
    return Verdict.MET if met else Verdict.SHORT if short else Verdict.BETWEEN


def propose(ex: Exercise, level: float,
            sessions: Iterable[Sequence[ResultRow]]) -> Proposal | None:
    """Today's proposal for ``ex`` from its rows per session, the most recent first.

    ``level`` is the program week's level (the start when no session did the exercise).
    None when ``ex`` has no range.
    """
    span = span_of(ex)
    if span is None:
        return None
    evidence = [rows for rows in sessions if rows and not all(r.skipped for r in rows)]
    planned = planned_target(evidence[0], span) if evidence else None
    current = planned if planned is not None else start_target(ex, span, level)
    verdicts = [verdict(rows, current, span) for rows in evidence[:SESSIONS_NEEDED]]
    last = verdicts[0] if verdicts else None
    move, proposed = Move.STAY, current
    if len(verdicts) == SESSIONS_NEEDED and len(set(verdicts)) == 1:
        if last is Verdict.MET and current < span.high:
            move, proposed = Move.UP, span.clamp(current + span.step)
        elif last is Verdict.SHORT and current > span.low:
            move, proposed = Move.DOWN, span.clamp(current - span.step)
    return Proposal(ex.id, span, current, proposed, move, len(evidence), last)


def proposals(routine: Routine, level: float,
              history: Mapping[str, Sequence[Sequence[ResultRow]]]) -> list[Proposal]:
    """One proposal per exercise of ``routine`` with a range, in routine order.

    ``history`` maps an exercise id to its rows per session, most recent first.
    """
    found = (propose(ex, level, history.get(ex.id, ())) for ex in routine.exercises)
    return [p for p in found if p is not None]


Targets = dict[str, float]  # exercise id -> reps per set or seconds per bout


def targets(found: Iterable[Proposal], accepted: Iterable[str] = ()) -> Targets:
    """The numbers to plan: each proposal's current one, or its proposed one if accepted."""
    chosen = set(accepted)
    return {p.exercise_id: p.proposed if p.exercise_id in chosen else p.current for p in found}


def recent_results(routine: Routine, summaries: Iterable[SessionSummary],
                   results_of: Callable[[int], list[ResultRow]], *,
                   since: date | None = None, look_back: int = 12
                   ) -> dict[str, list[list[ResultRow]]]:
    """The rows per session of ``routine``'s ranged exercises, the most recent session first.

    Reads at most ``look_back`` finished sessions of the routine (from ``since`` on, when the
    runner fixed the program's start) through ``results_of(session_id)``.
    """
    ranged = {ex.id for ex in routine.exercises if span_of(ex) is not None}
    found: dict[str, list[list[ResultRow]]] = {ex_id: [] for ex_id in ranged}
    if not ranged:
        return found
    mine = [s for s in summaries if s.routine_id == routine.id and s.status in COUNTED
            and (since is None or s.local_date >= since)]
    for summary in sorted(mine, key=lambda s: (s.started_utc, s.id), reverse=True)[:look_back]:
        by_exercise: dict[str, list[ResultRow]] = {}
        for row in results_of(summary.id):
            if row.exercise_id in ranged:
                by_exercise.setdefault(row.exercise_id, []).append(row)
        for ex_id, rows in by_exercise.items():
            found[ex_id].append(rows)
    return found
