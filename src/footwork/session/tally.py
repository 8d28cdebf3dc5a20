"""Turning the phases a runner completed into per-side results of an exercise."""

from __future__ import annotations

from dataclasses import dataclass

from footwork.domain import PhaseKind
from footwork.routine.model import Check, Hold, Reps, Sequence, Timed
from footwork.session.plan import COUNTING, Phase
from footwork.session.results import ExerciseResult, SideResult


@dataclass(frozen=True)
class Done:
    """What one counting phase achieved: a unit done (or ``taps`` units), its seconds."""

    phase: Phase
    count: int
    seconds: float
    completed_set: bool
    answer: str | None = None


def planned_count(phase: Phase) -> int:
    """How many units one set of this phase's exercise plans on one side."""
    match phase.exercise:
        case Hold(reps=reps):
            return reps
        case Reps():  # the plan's level sets the reps of each set
            assert phase.reps is not None, "a phase of reps always knows its reps"
            return phase.reps
        case Sequence(items=items):
            return len(items)
        case Timed() | Check():
            return 1


def exercise_result(
    index: int, phases: list[tuple[int, Phase]], done: dict[int, Done]
) -> ExerciseResult:
    """The result of exercise ``index`` from its (plan index, phase) pairs and what was done."""
    exercise = phases[0][1].exercise
    sides: list[SideResult] = []
    for side in exercise.side_names:
        counting = [(i, p) for i, p in phases if p.side == side and p.kind in COUNTING]
        mine = [p for _, p in counting]
        records = [done[i] for i, _ in counting if i in done]
        count = sum(r.count for r in records)
        answers = [r.answer for r in records if r.answer is not None]
        bouts = tuple(round(r.seconds, 2) for r in records if r.phase.kind is PhaseKind.WORK)
        sides.append(
            SideResult(
                side=side,
                planned_sets=exercise.sets,
                achieved_sets=sum(1 for r in records if r.completed_set),
                planned_count=planned_count(mine[0]) * exercise.sets if mine else 0,
                achieved_count=count,
                planned_seconds=round(sum(p.seconds for p in mine), 2),
                achieved_seconds=round(sum(r.seconds for r in records), 2),
                bouts=bouts if isinstance(exercise, Timed) else (),
                answer=answers[-1] if answers else None,
                skipped=count == 0 and not answers,
            )
        )
    return ExerciseResult(exercise.id, exercise.kind, index, tuple(sides))
