"""What the history reads back: the vocabulary's enums, stored in SQLite as their words."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from footwork.domain import ExerciseKind, SessionStatus, Side
from footwork.history.store import Store
from footwork.session.results import ExerciseResult

from .factories import UTC_START, side_result


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows as a second, independent connection sees them."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_saved_session_reads_back_as_enums_stored_as_their_words(store: Store,
                                                                   db_path: Path) -> None:
    session_id = store.begin_session("foot-strength", "h", UTC_START, planned_exercises=2)
    store.record(session_id, ExerciseResult("toe-spread", ExerciseKind.HOLD, 0, (
        side_result(Side.LEFT), side_result(Side.RIGHT))))
    store.record(session_id, ExerciseResult("heel-walks", ExerciseKind.TIMED, 1, (
        side_result(None, bouts=(30.0,)),)))
    store.finish_session(session_id, SessionStatus.PARTIAL, UTC_START + timedelta(minutes=20))

    assert _raw(db_path, "SELECT status, typeof(status) FROM sessions") == [("partial", "text")]
    assert _raw(db_path, "SELECT kind, side, typeof(kind), typeof(side) FROM results"
                " ORDER BY exercise_index, side") == [
        ("hold", "left", "text", "text"), ("hold", "right", "text", "text"),
        ("timed", None, "text", "null")]

    (session,) = store.sessions()
    assert session.status is SessionStatus.PARTIAL
    (summary,) = store.summaries()
    assert summary.status is SessionStatus.PARTIAL
    left, right, walks = store.results(session_id)
    assert (left.kind, left.side, right.side) == (ExerciseKind.HOLD, Side.LEFT, Side.RIGHT)
    assert left.kind is ExerciseKind.HOLD
    assert left.side is Side.LEFT
    assert right.side is Side.RIGHT
    assert walks.kind is ExerciseKind.TIMED
    assert walks.side is None
    assert store.exercises_with_results() == [("toe-spread", ExerciseKind.HOLD),
                                              ("heel-walks", ExerciseKind.TIMED)]
    assert all(type(kind) is ExerciseKind for _, kind in store.exercises_with_results())
    points = [point for _, _, point in store.exercise_results("toe-spread")]
    assert [(p.kind, p.side) for p in points] == [(ExerciseKind.HOLD, Side.LEFT),
                                                  (ExerciseKind.HOLD, Side.RIGHT)]
    assert all(p.kind is ExerciseKind.HOLD and isinstance(p.side, Side) for p in points)


def test_a_file_written_before_the_enums_reads_back_as_enums(db_path: Path) -> None:
    """Earlier versions bound plain strings: the same words, so nothing is migrated."""
    with Store.open(db_path):
        pass
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO sessions (id, routine_id, local_date, started_utc,"
                     " utc_offset_minutes, status) VALUES"
                     " (1, 'foot-strength', '2026-05-04', '2026-05-04T07:00:00+00:00', 60,"
                     " 'interrupted')")
        conn.execute("INSERT INTO results (session_id, exercise_index, exercise_id, kind, side,"
                     " planned_sets, achieved_sets, planned_count, achieved_count,"
                     " planned_seconds, achieved_seconds, answer, recorded_utc) VALUES"
                     " (1, 0, 'tripod-check', 'check', 'right', 1, 1, 1, 1, 0, 0, 'middle',"
                     " '2026-05-04T07:01:00+00:00')")
    conn.close()
    with Store.open(db_path) as store:
        (session,) = store.sessions()
        (result,) = store.results(1)
    assert session.status is SessionStatus.INTERRUPTED
    assert result.kind is ExerciseKind.CHECK
    assert result.side is Side.RIGHT
