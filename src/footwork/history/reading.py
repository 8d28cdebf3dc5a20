"""Column lists of the history tables and the conversion of their rows to dataclasses."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from footwork.domain import ExerciseKind, SessionStatus, Side
from footwork.history.rows import ResultPoint, ResultRow, SessionRow, SessionSummary
from footwork.session.results import SideResult

# The stored words back to the vocabulary (a dict look-up: this runs for every row).
_STATUS = {s.value: s for s in SessionStatus}
_KIND = {k.value: k for k in ExerciseKind}
_SIDE: dict[str | None, Side | None] = {None: None, **{s.value: s for s in Side}}

SESSION_COLUMNS = ("id, routine_id, routine_hash, local_date, started_utc, ended_utc,"
                   " utc_offset_minutes, status, planned_exercises")
RESULT_COLUMNS = ("session_id, exercise_index, exercise_id, kind, side, planned_sets,"
                  " achieved_sets, planned_count, achieved_count, planned_seconds,"
                  " achieved_seconds, bouts, answer, skipped, recorded_utc")
RESULT_READ_COLUMNS = f"{RESULT_COLUMNS}, sets_ended"
SIDE_COLUMNS = ("side, planned_sets, achieved_sets, planned_count, achieved_count,"
                " planned_seconds, achieved_seconds, bouts, answer, skipped, sets_ended")


def side_result(row: tuple[Any, ...]) -> SideResult:
    """A :class:`SideResult` from a ``SELECT SIDE_COLUMNS`` row."""
    (side, planned_sets, achieved_sets, planned_count, achieved_count, planned_seconds,
     achieved_seconds, bouts, answer, skipped, sets_ended) = row
    return SideResult(_SIDE[side], planned_sets, achieved_sets, planned_count, achieved_count,
                      planned_seconds, achieved_seconds, tuple(json.loads(bouts)), answer,
                      bool(skipped), sets_ended)


def session_row(row: tuple[Any, ...]) -> SessionRow:
    """A :class:`SessionRow` from a ``SELECT SESSION_COLUMNS`` row."""
    (id_, routine_id, routine_hash, local_date, started, ended, offset, status,
     planned) = row
    return SessionRow(
        id=id_, routine_id=routine_id, routine_hash=routine_hash,
        local_date=date.fromisoformat(local_date),
        started_utc=datetime.fromisoformat(started),
        ended_utc=datetime.fromisoformat(ended) if ended else None,
        utc_offset_minutes=offset, status=_STATUS[status], planned_exercises=planned,
    )


_timestamp = lru_cache(maxsize=1024)(datetime.fromisoformat)  # an exercise's sides share one


def result_row(row: tuple[Any, ...]) -> ResultRow:
    """A :class:`ResultRow` from a ``SELECT RESULT_READ_COLUMNS`` row."""
    (session_id, index, exercise_id, kind, side, planned_sets, achieved_sets, planned_count,
     achieved_count, planned_seconds, achieved_seconds, bouts, answer, skipped,
     recorded, sets_ended) = row
    return ResultRow(  # positional: this runs for every row of a ten-year export
        session_id, index, exercise_id, _KIND[kind], _SIDE[side], planned_sets, achieved_sets,
        planned_count, achieved_count, planned_seconds, achieved_seconds,
        tuple(json.loads(bouts)) if bouts != "[]" else (), answer, bool(skipped),
        _timestamp(recorded) if recorded else None, sets_ended)


# One row per session with its exercise counts and rating (see SessionSummary). An exercise
# is done when it was saved whole and a side was not skipped (adherence.exercises_done): the
# exercises with a side not skipped (from the results_done index alone; ``skipped = 0``
# rather than ``NOT skipped`` for that) less those cut short (the results_cut_short index).
SUMMARY_QUERY = (
    "SELECT s.id, s.routine_id, s.local_date, s.started_utc, s.utc_offset_minutes, s.status,"
    " s.planned_exercises,"
    " (SELECT count(DISTINCT r.exercise_index) FROM results r WHERE r.session_id = s.id),"
    " (SELECT count(DISTINCT r.exercise_index) FROM results r"
    "  WHERE r.session_id = s.id AND r.skipped = 0)"
    " - (SELECT count(DISTINCT c.exercise_index) FROM results c"
    "  WHERE c.session_id = s.id AND c.sets_ended IS NOT NULL AND EXISTS (SELECT 1"
    "  FROM results r WHERE r.session_id = s.id AND r.exercise_index = c.exercise_index"
    "  AND r.skipped = 0)),"
    " g.effort, g.pain, ifnull(g.note, '')"
    " FROM sessions s LEFT JOIN ratings g ON g.session_id = s.id"
    " ORDER BY s.started_utc, s.id"
)


def summary_row(row: tuple[Any, ...]) -> SessionSummary:
    """A :class:`SessionSummary` from a ``SUMMARY_QUERY`` row."""
    (id_, routine_id, local_date, started, offset, status, planned, recorded, done, effort,
     pain, note) = row
    return SessionSummary(id_, routine_id, date.fromisoformat(local_date),
                          datetime.fromisoformat(started), offset, _STATUS[status], planned,
                          recorded, done, effort, pain, note)


# The distinct exercise ids with a result not skipped, by a skip-scan of results_by_exercise
# (a dozen index seeks instead of reading every result); then one of each id's rows.
EXERCISES_QUERY = (
    "WITH RECURSIVE ids(id) AS ("
    " SELECT min(exercise_id) FROM results"
    " UNION ALL SELECT (SELECT min(exercise_id) FROM results WHERE exercise_id > ids.id)"
    " FROM ids WHERE ids.id IS NOT NULL)"
    " SELECT ids.id, (SELECT r.kind FROM results r WHERE r.exercise_id = ids.id"
    "  AND r.skipped = 0 LIMIT 1) AS kind,"
    " (SELECT r.exercise_index FROM results r WHERE r.exercise_id = ids.id"
    "  AND r.skipped = 0 LIMIT 1) AS position"
    " FROM ids WHERE ids.id IS NOT NULL AND kind IS NOT NULL ORDER BY position, ids.id"
)

EXERCISE_RESULTS_QUERY = (
    "SELECT s.local_date, s.id, r.exercise_id, r.kind, r.side, r.achieved_count,"
    " r.achieved_seconds, r.bouts, r.answer, r.skipped"
    " FROM results r JOIN sessions s ON s.id = r.session_id"
    " WHERE r.exercise_id = ? AND s.local_date >= ?"
    " ORDER BY s.started_utc, s.id, r.exercise_index, ifnull(r.side, '')"
)


_decode = json.JSONDecoder().raw_decode  # json.loads minus its checks: 3x faster on "[31.5]"


def dated_point(row: tuple[Any, ...]) -> tuple[date, int, ResultPoint]:
    """``(day, session id, ResultPoint)`` from an ``EXERCISE_RESULTS_QUERY`` row."""
    (day, session_id, exercise_id, kind, side, count, seconds, bouts, answer, skipped) = row
    return (date.fromisoformat(day), session_id, ResultPoint(
        exercise_id, _KIND[kind], _SIDE[side], count, seconds,
        tuple(_decode(bouts)[0]) if bouts != "[]" else (), answer, bool(skipped)))
