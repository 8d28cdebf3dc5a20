"""Column lists of the history tables and the conversion of their rows to dataclasses."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from footwork.history.rows import ResultRow, SessionRow

SESSION_COLUMNS = ("id, routine_id, routine_hash, local_date, started_utc, ended_utc,"
                   " utc_offset_minutes, status, planned_exercises")
RESULT_COLUMNS = ("session_id, exercise_index, exercise_id, kind, side, planned_sets,"
                  " achieved_sets, planned_count, achieved_count, planned_seconds,"
                  " achieved_seconds, bouts, answer, skipped, recorded_utc")


def session_row(row: tuple[Any, ...]) -> SessionRow:
    """A :class:`SessionRow` from a ``SELECT SESSION_COLUMNS`` row."""
    (id_, routine_id, routine_hash, local_date, started, ended, offset, status,
     planned) = row
    return SessionRow(
        id=id_, routine_id=routine_id, routine_hash=routine_hash,
        local_date=date.fromisoformat(local_date),
        started_utc=datetime.fromisoformat(started),
        ended_utc=datetime.fromisoformat(ended) if ended else None,
        utc_offset_minutes=offset, status=status, planned_exercises=planned,
    )


_timestamp = lru_cache(maxsize=1024)(datetime.fromisoformat)  # an exercise's sides share one


def result_row(row: tuple[Any, ...]) -> ResultRow:
    """A :class:`ResultRow` from a ``SELECT RESULT_COLUMNS`` row."""
    (session_id, index, exercise_id, kind, side, planned_sets, achieved_sets, planned_count,
     achieved_count, planned_seconds, achieved_seconds, bouts, answer, skipped,
     recorded) = row
    return ResultRow(  # positional: this runs for every row of a ten-year export
        session_id, index, exercise_id, kind, side, planned_sets, achieved_sets, planned_count,
        achieved_count, planned_seconds, achieved_seconds,
        tuple(json.loads(bouts)) if bouts != "[]" else (), answer, bool(skipped),
        _timestamp(recorded) if recorded else None)
