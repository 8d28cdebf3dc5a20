"""Parts of a plan: one side of one set of an exercise, the smallest piece saved on its own.

The engine reports each part when it ends (:class:`~footwork.session.events.PartFinished`),
so a workout killed mid-way loses at most the part in progress. Resuming starts at the first
part not saved (:func:`first_unsaved`); what the saved parts of that exercise achieved is
carried into the results of the resumed run (:func:`with_saved`), so nothing is counted
twice and nothing saved is overwritten by less.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from footwork.session.plan import Phase, Plan
from footwork.session.results import SideResult

# (exercise index, side) -> how many of that side's sets had ended when it was saved;
# None: all of them (saved with the whole exercise).
Saved = Mapping[tuple[int, str | None], int | None]


def part_of(phase: Phase) -> tuple[int, str | None, int]:
    """``(exercise index, side, set)``: the part a phase belongs to.

    A prepare or switch phase belongs to the part it leads into, a rest to the set after it.
    """
    return phase.exercise_index, phase.side, phase.set


@dataclass(frozen=True)
class ResumePoint:
    """Where a resumed run starts (``phase``: an index of the plan's phases) and what the
    saved parts of that phase's exercise already achieved (one result per side saved)."""

    phase: int
    carried: tuple[SideResult, ...] = ()

    def earlier(self, side: str | None) -> SideResult | None:
        """What was saved for ``side`` of the exercise resumed, if anything."""
        return next((s for s in self.carried if s.side == side), None)


def first_unsaved(plan: Plan, saved: Saved) -> int | None:
    """The index of the first phase of the first part not saved; None when all were."""
    for index, phase in enumerate(plan.phases):
        key = (phase.exercise_index, phase.side)
        if key not in saved:
            return index
        ended = saved[key]
        if ended is not None and phase.set > ended:
            return index
    return None


def combine(earlier: SideResult, later: SideResult) -> SideResult:
    """One side's result from its sets saved before a resume and the sets done after it."""
    return replace(
        later,
        achieved_sets=earlier.achieved_sets + later.achieved_sets,
        achieved_count=earlier.achieved_count + later.achieved_count,
        achieved_seconds=round(earlier.achieved_seconds + later.achieved_seconds, 2),
        bouts=earlier.bouts + later.bouts,
        answer=later.answer if later.answer is not None else earlier.answer,
        skipped=earlier.skipped and later.skipped,
    )


def with_saved(
    side: SideResult, resume: ResumePoint, side_phases: Sequence[int], done: Mapping[int, object]
) -> SideResult:
    """``side`` (of the exercise resumed) with what its saved parts achieved added.

    ``side_phases`` are the plan indexes of that side's phases, ``done`` what the resumed run
    credited: a side whose saved phases were done again (the runner went back) is taken as
    done now, without the saved figures.
    """
    earlier = resume.earlier(side.side)
    if earlier is None or any(i in done for i in side_phases if i < resume.phase):
        return side
    return combine(earlier, side)
