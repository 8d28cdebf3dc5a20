"""Small builders of results, rows and histories for the history tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone

from footwork.history.rows import History, Rating, ResultRow, SessionRow
from footwork.session.results import ExerciseResult, SideResult

UTC_START = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)


def side_result(side: str | None = None, *, count: int = 10, seconds: float = 50.0,
                bouts: tuple[float, ...] = (), answer: str | None = None,
                skipped: bool = False) -> SideResult:
    return SideResult(side=side, planned_sets=1, achieved_sets=0 if skipped else 1,
                      planned_count=10, achieved_count=0 if skipped else count,
                      planned_seconds=50.0, achieved_seconds=0.0 if skipped else seconds,
                      bouts=bouts, answer=answer, skipped=skipped)


def exercise(index: int, exercise_id: str = "toe-spread", kind: str = "hold",
             sides: Iterable[str | None] = ("left", "right"), **kwargs: object
             ) -> ExerciseResult:
    return ExerciseResult(exercise_id, kind, index,
                          tuple(side_result(s, **kwargs) for s in sides))  # type: ignore[arg-type]


def tripod(index: int, left: str | None, right: str | None) -> ExerciseResult:
    return ExerciseResult("tripod-check", "check", index, (
        side_result("left", count=1, answer=left), side_result("right", count=1, answer=right)))


def session(id_: int, day: date, status: str = "completed", *, at: time = time(7, 0),
            offset_minutes: int = 60, planned: int | None = None,
            routine_id: str = "foot-strength") -> SessionRow:
    zone = timezone(timedelta(minutes=offset_minutes))
    started = datetime.combine(day, at, zone).astimezone(UTC)
    return SessionRow(id=id_, routine_id=routine_id, routine_hash="h", local_date=day,
                      started_utc=started, ended_utc=started + timedelta(minutes=25),
                      utc_offset_minutes=offset_minutes, status=status,
                      planned_exercises=planned)


def result(session_id: int, index: int = 0, exercise_id: str = "toe-spread",
           kind: str = "hold", side: str | None = None, *, count: int = 10,
           seconds: float = 50.0, bouts: tuple[float, ...] = (), answer: str | None = None,
           skipped: bool = False) -> ResultRow:
    return ResultRow(session_id=session_id, exercise_index=index, exercise_id=exercise_id,
                     kind=kind, side=side, planned_sets=1, achieved_sets=int(not skipped),
                     planned_count=10, achieved_count=0 if skipped else count,
                     planned_seconds=50.0, achieved_seconds=0.0 if skipped else seconds,
                     bouts=bouts, answer=answer, skipped=skipped)


def history_of(days: Iterable[date], status: str = "completed", **kwargs: object) -> History:
    """One session (with one done exercise) on each of ``days``."""
    sessions = tuple(session(i, d, status, **kwargs)  # type: ignore[arg-type]
                     for i, d in enumerate(days, start=1))
    return History(sessions, tuple(result(s.id) for s in sessions), {})


def with_rating(history: History, rating: Rating) -> History:
    return History(history.sessions, history.results,
                   {**history.ratings, rating.session_id: rating})
