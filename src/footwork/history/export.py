"""Exporting the history: CSV for spreadsheets, JSON for programs.

CSV has one row per exercise result and side (a session with no result gets one row with
empty exercise cells, so none goes missing), the session's rating repeated on its rows.
Text cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) get a leading ``'``; numbers stay numbers. Open the file with
``newline=""``.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from footwork.history.rows import History, Rating, ResultRow, SessionRow
from footwork.history.store import Store
from footwork.i18n import translate

CSV_COLUMNS = (
    "session_id", "session_started", "session_status", "routine_id", "exercise_id", "side",
    "planned_sets", "achieved_sets", "planned_count", "achieved_count", "planned_seconds",
    "achieved_seconds", "bouts", "answer", "skipped", "effort", "pain", "note",
)
FORMATS = ("csv", "json")
JSON_FORMAT = 1  # version of the JSON layout
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """``value`` safe for a spreadsheet cell: formula-like text gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _history(source: Store | History) -> History:
    return source.snapshot() if isinstance(source, Store) else source


def _number(value: float) -> int | float:
    """Whole seconds as ints (``45`` rather than ``45.0``), others kept."""
    return int(value) if float(value).is_integer() else value


def _session_cells(session: SessionRow) -> list[object]:
    return [session.id, session.started_local.isoformat(), neutralise(session.status),
            neutralise(session.routine_id)]


def _result_cells(result: ResultRow | None) -> list[object]:
    if result is None:
        return [""] * 11
    return [neutralise(result.exercise_id), result.side or "", result.planned_sets,
            result.achieved_sets, result.planned_count, result.achieved_count,
            _number(result.planned_seconds), _number(result.achieved_seconds),
            " ".join(str(_number(b)) for b in result.bouts), neutralise(result.answer or ""),
            int(result.skipped)]


def _rating_cells(rating: Rating | None) -> list[object]:
    if rating is None:
        return ["", "", ""]
    return ["" if rating.effort is None else rating.effort,
            "" if rating.pain is None else rating.pain, neutralise(rating.note)]


def write_csv(source: Store | History, fileobj: IO[str]) -> int:
    """Write the history as CSV to ``fileobj``; returns the number of data rows."""
    history = _history(source)
    by_session = history.results_by_session()
    writer = csv.writer(fileobj)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for session in history.sessions:
        head = _session_cells(session)
        tail = _rating_cells(history.ratings.get(session.id))
        results: list[ResultRow | None] = [*by_session.get(session.id, [])] or [None]
        writer.writerows(head + _result_cells(result) + tail for result in results)
        count += len(results)
    return count


def _result_dict(r: ResultRow) -> dict[str, Any]:
    return {
        "exercise_index": r.exercise_index, "exercise_id": r.exercise_id, "kind": r.kind,
        "side": r.side, "planned_sets": r.planned_sets, "achieved_sets": r.achieved_sets,
        "planned_count": r.planned_count, "achieved_count": r.achieved_count,
        "planned_seconds": r.planned_seconds, "achieved_seconds": r.achieved_seconds,
        "bouts": list(r.bouts), "answer": r.answer, "skipped": r.skipped,
        "recorded_utc": r.recorded_utc.isoformat() if r.recorded_utc else None,
    }


def _session_dict(s: SessionRow, results: list[ResultRow], rating: Rating | None
                  ) -> dict[str, Any]:
    return {
        "id": s.id, "routine_id": s.routine_id, "routine_hash": s.routine_hash,
        "local_date": s.local_date.isoformat(), "started": s.started_local.isoformat(),
        "started_utc": s.started_utc.isoformat(),
        "ended_utc": s.ended_utc.isoformat() if s.ended_utc else None,
        "utc_offset_minutes": s.utc_offset_minutes, "status": s.status,
        "planned_exercises": s.planned_exercises,
        "rating": None if rating is None else
        {"effort": rating.effort, "pain": rating.pain, "note": rating.note},
        "results": [_result_dict(r) for r in results],
    }


def write_json(source: Store | History, fileobj: IO[str]) -> int:
    """Write the history as JSON (sessions with their results and rating); returns sessions."""
    history = _history(source)
    by_session = history.results_by_session()
    document = {
        "format": JSON_FORMAT,
        "sessions": [_session_dict(s, by_session.get(s.id, []), history.ratings.get(s.id))
                     for s in history.sessions],
    }
    json.dump(document, fileobj, ensure_ascii=False, indent=1)
    fileobj.write("\n")
    return len(history.sessions)


def export(store: Store | History, fmt: str, fileobj: IO[str]) -> int:
    """Write the history in ``fmt`` (``"csv"`` or ``"json"``); returns rows or sessions written.

    An unknown format raises ``ValueError`` with a translated message.
    """
    if fmt == "csv":
        return write_csv(store, fileobj)
    if fmt == "json":
        return write_json(store, fileobj)
    text = translate("history", "Unknown export format {fmt}: choose csv or json.")
    raise ValueError(text.format(fmt=fmt))
