"""Histories written through the real store, for the History page tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone

from footwork.history.store import Store
from footwork.session.results import ExerciseResult
from tests.history.factories import exercise, side_result, tripod

SUMMER = timezone(timedelta(hours=2))
TRIPOD_ANSWERS = (("outside", "middle"), ("middle", "middle"), ("middle", "inside"))


def balance(index: int, left: float, right: float) -> ExerciseResult:
    """Single-leg balance, open-ended: a short first try and the best bout on the left."""
    return ExerciseResult("single-leg-balance", "timed", index, (
        side_result("left", count=2, seconds=left * 1.5, bouts=(left / 2, left)),
        side_result("right", count=1, seconds=right, bouts=(right,))))


def workout(store: Store, day: date, n: int = 0, *, status: str = "completed",
            effort: int | None = 5, at: time = time(7, 30)) -> int:
    """The ``n``-th foot-strength session, on ``day``: tripod check, toe spread, balance.

    Tripod answers (left, right) are ``TRIPOD_ANSWERS[n % 3]``; balance best bouts are
    ``30 + n`` s left and ``25 + n`` s right; toe spread 10 holds a foot (9 on odd ``n``).
    """
    started = datetime.combine(day, at, SUMMER)
    session_id = store.begin_session("foot-strength", "h", started, planned_exercises=12)
    left, right = TRIPOD_ANSWERS[n % 3]
    store.record(session_id, tripod(0, left, right))
    store.record(session_id, exercise(2, "toe-spread", "hold", count=10 - n % 2))
    store.record(session_id, balance(10, 30.0 + n, 25.0 + n))
    store.finish_session(session_id, status, started + timedelta(minutes=25))
    if effort is not None:
        store.rate(session_id, effort=effort, pain=n % 3, note="felt good" if n == 0 else "")
    return session_id


def workouts(store: Store, days: Iterable[date]) -> list[int]:
    return [workout(store, day, n) for n, day in enumerate(days)]
