"""What a finished exercise achieved, per side: the record the engine hands to the history."""

from __future__ import annotations

from dataclasses import dataclass

from footwork.domain import ExerciseKind, Side


@dataclass(frozen=True)
class SideResult:
    """The outcome of one exercise on one side (``side`` is None when both feet work together).

    Counts are of the exercise's unit: holds for ``hold``, reps for ``reps``, items (letters)
    for ``sequence``, bouts for ``timed``. ``achieved_seconds`` is the active time spent
    working (pauses excluded); ``bouts`` lists the seconds of each timed bout, which for
    open-ended steps is the time the runner achieved. ``sets_ended`` is None in the result of a
    whole exercise; a side saved the moment it (or one of its sets) ended says how many of its
    sets had ended.
    """

    side: Side | None
    planned_sets: int
    achieved_sets: int
    planned_count: int
    achieved_count: int
    planned_seconds: float
    achieved_seconds: float
    bouts: tuple[float, ...] = ()
    answer: str | None = None
    skipped: bool = False
    sets_ended: int | None = None


@dataclass(frozen=True)
class ExerciseResult:
    """One finished exercise of a session: its id, kind and what each side achieved."""

    exercise_id: str
    kind: ExerciseKind
    index: int
    sides: tuple[SideResult, ...]

    @property
    def skipped(self) -> bool:
        return all(s.skipped for s in self.sides)

    @property
    def unanswered(self) -> tuple[Side | None, ...]:
        """The sides of a check whose wait ran out with no answer ("not answered"); the runner
        can still answer them afterwards. Skipped sides are not among them."""
        if self.kind is not ExerciseKind.CHECK:
            return ()
        return tuple(s.side for s in self.sides if not s.skipped and s.answer is None)
