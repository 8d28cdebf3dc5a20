"""Per-exercise trends and check answers over time (pure functions, like adherence).

- Timed exercises: the best bout of each session (the seconds a runner held a single-leg
  balance or walked on the heels before stopping), per side.
- Holds, reps and sequences: the count achieved in each session, per side.
- Checks (the tripod test): the answer id given for each foot in each session.

Skipped sides are left out; every session with a recorded result contributes, finished or
not (what was achieved was achieved). Points are in session start order.

:func:`trends` and :func:`answers` work on a whole :class:`History`; :func:`trends_of` and
:func:`answers_of` on dated results, e.g. one exercise's from ``Store.exercise_results``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from footwork.domain import ExerciseKind, Side
from footwork.history.rows import History, ResultPoint, ResultRow, SessionRow

SECONDS = "seconds"
COUNT = "count"


class TrendPoint(NamedTuple):
    """One session's value for one exercise and side (a named tuple: thousands are made)."""

    day: date
    session_id: int
    value: float


@dataclass(frozen=True)
class Trend:
    """The values of one exercise on one side; ``metric`` is ``"seconds"`` or ``"count"``."""

    exercise_id: str
    side: Side | None
    metric: str
    points: tuple[TrendPoint, ...]

    @property
    def best(self) -> float | None:
        return max((p.value for p in self.points), default=None)


class AnswerPoint(NamedTuple):
    """One session's answer to a check on one side (a named tuple, like TrendPoint)."""

    day: date
    session_id: int
    answer: str


# The session's day, its id, one result (a whole row or the light ResultPoint).
DatedResult = tuple[date, int, ResultRow | ResultPoint]


def _in_order(history: History) -> list[tuple[SessionRow, list[ResultRow]]]:
    by_session = history.results_by_session()
    ordered = sorted(history.sessions, key=lambda s: (s.started_utc, s.id))
    return [(s, by_session[s.id]) for s in ordered if s.id in by_session]


def dated(history: History) -> Iterator[DatedResult]:
    """Every result with its session's day and id, in session start order."""
    for session, results in _in_order(history):
        for r in results:
            yield session.local_date, session.id, r


def best_bout(result: ResultRow | ResultPoint) -> float:
    """The longest single bout of a timed result (its active seconds when it has no bouts)."""
    return max(result.bouts) if result.bouts else result.achieved_seconds


def trends(history: History) -> list[Trend]:
    """A trend per exercise and side, in order of first appearance; checks are left out."""
    return trends_of(dated(history))


def trends_of(results: Iterable[DatedResult]) -> list[Trend]:
    """:func:`trends` of dated results given in session start order."""
    points: dict[tuple[str, Side | None], list[TrendPoint]] = {}
    metrics: dict[tuple[str, Side | None], str] = {}
    for day, session_id, r in results:
        if r.skipped or r.kind == ExerciseKind.CHECK:
            continue
        key = (r.exercise_id, r.side)
        timed = r.kind == ExerciseKind.TIMED
        value = best_bout(r) if timed else float(r.achieved_count)
        metrics.setdefault(key, SECONDS if timed else COUNT)
        points.setdefault(key, []).append(TrendPoint(day, session_id, value))
    return [Trend(ex, side, metrics[(ex, side)], tuple(p)) for (ex, side), p in points.items()]


def answers(history: History, exercise_id: str | None = None
            ) -> dict[tuple[str, Side | None], list[AnswerPoint]]:
    """Answers of check exercises (only ``exercise_id`` when given) by (exercise, side)."""
    return answers_of(dated(history), exercise_id)


def answers_of(results: Iterable[DatedResult], exercise_id: str | None = None
               ) -> dict[tuple[str, Side | None], list[AnswerPoint]]:
    """:func:`answers` of dated results given in session start order."""
    found: dict[tuple[str, Side | None], list[AnswerPoint]] = {}
    for day, session_id, r in results:
        if r.answer is None or r.skipped:
            continue
        if exercise_id is not None and r.exercise_id != exercise_id:
            continue
        found.setdefault((r.exercise_id, r.side), []).append(
            AnswerPoint(day, session_id, r.answer))
    return found


def answer_counts(points: list[AnswerPoint]) -> Counter[str]:
    """How often each answer was given (e.g. ``{"middle": 12, "outside": 3}``)."""
    return Counter(p.answer for p in points)
